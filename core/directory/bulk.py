"""Capability profiles in bulk from a workbook or CSV (one row per supplier), all or nothing.

Headers are recognised in en/es/pt after folding (case, accents, ``_``/``-``/spaces). Lists in a
cell are separated by ``;`` (certifications as ``NAME`` or ``NAME:YYYY-MM-DD``, machines as
``NAME:CAPACITY:YEAR``). Every unusable cell is reported with its sheet, Excel row, column
letter, value and reason, and then nothing is saved.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from core.directory.model import CapabilityProfile, Certification, Machine, split_certification
from core.directory.profiles import load_profile, profile_edit
from core.edits import Edit
from core.errors import Problem, UserInputError
from core.text import normalise

FIELDS: dict[str, tuple[str, ...]] = {
    "company_id": ("company id", "id", "codigo", "codigo de la empresa", "codigo da empresa",
                   "empresa id", "cedula juridica", "nit", "rut", "ruc", "rfc", "cuit", "cnpj"),
    "products": ("products", "products and services", "productos", "productos y servicios",
                 "produtos", "produtos e servicos"),
    "codes": ("codes", "classification codes", "codigos", "ciiu", "isic", "cnae"),
    "processes": ("processes", "procesos", "processos"),
    "machines": ("machinery", "machines", "maquinaria", "maquinas", "maquinario"),
    "certifications": ("certifications", "certificaciones", "certificacoes"),
    "monthly_capacity": ("monthly capacity", "capacidad mensual", "capacidade mensal"),
    "region": ("region", "regiao", "provincia", "departamento", "estado"),
    "municipality": ("municipality", "municipio", "canton", "comuna", "distrito"),
    "exports": ("exports", "exporta", "exporter"),
    "export_markets": ("export markets", "mercados de exportacion", "mercados de exportacao"),
    "verified_on": ("verified", "verified on", "verificado", "fecha de verificacion",
                    "data de verificacao"),
}
_YES = {"yes", "y", "si", "sim", "1", "true", "x"}
_NO = {"no", "n", "nao", "0", "false"}


def _key(text: object) -> str:
    return re.sub(r"[\s_\-]+", " ", normalise(text)).strip()


def _letter(j: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(j + 1)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.split(";") if t.strip()]


def read_profiles(path: str | Path) -> list[CapabilityProfile]:
    """The profiles in the first sheet of ``path`` (raises with every bad cell listed)."""
    from core.workbook import read_sheet
    sheet = read_sheet(Path(path))
    if not sheet.rows:
        raise UserInputError("directory.bulk_no_id", path=str(path), headers="")
    columns: dict[str, int] = {}
    for j, header in enumerate(sheet.rows[0]):
        key = _key(header)
        for field, names in FIELDS.items():
            if key in names and field not in columns:
                columns[field] = j
    if "company_id" not in columns:
        raise UserInputError("directory.bulk_no_id", path=str(path),
                             headers=", ".join(_text(h) for h in sheet.rows[0] if _text(h)))
    problems: list[Problem] = []
    profiles = []

    def bad(row: int, field: str, value: str, reason: str) -> None:
        problems.append(Problem(reason, sheet.name, row, _letter(columns[field]), {"value": value}))

    for n, cells in enumerate(sheet.rows[1:], start=2):
        get = {f: _text(cells[j]) if j < len(cells) else "" for f, j in columns.items()}
        if not any(get.values()):
            continue
        if not get["company_id"]:
            bad(n, "company_id", "", "directory.reason_no_id")
            continue
        profile = CapabilityProfile(get["company_id"])
        profile.products = _items(get.get("products", ""))
        profile.codes = [c.strip() for c in re.split(r"[;,]", get.get("codes", "")) if c.strip()]
        profile.processes = _items(get.get("processes", ""))
        for item in _items(get.get("certifications", "")):
            name, expiry = split_certification(item)
            if expiry is not None and not _is_date(expiry):
                bad(n, "certifications", item, "directory.reason_date")
                continue
            profile.certifications.append(Certification(name, expiry))
        for item in _items(get.get("machines", "")):
            parts = [p.strip() for p in item.split(":")]
            year = parts[2] if len(parts) > 2 and parts[2] else None
            if year is not None and not (year.isdigit() and 1900 <= int(year) <= 2200):
                bad(n, "machines", item, "directory.reason_year")
                continue
            profile.machines.append(Machine(parts[0], parts[1] if len(parts) > 1 and parts[1]
                                            else None, int(year) if year else None))
        exports = _key(get.get("exports", ""))
        if exports:
            if exports in _YES or exports in _NO:
                profile.exports = exports in _YES
            else:
                bad(n, "exports", get["exports"], "directory.reason_yes_no")
        verified = get.get("verified_on", "")
        if verified:
            if _is_date(verified):
                profile.verified_on = verified
            else:
                bad(n, "verified_on", verified, "directory.reason_date")
        for field in ("monthly_capacity", "region", "municipality", "export_markets"):
            setattr(profile, field, get.get(field) or None)
        profiles.append((n, profile))
    if problems:
        raise UserInputError("directory.bulk_refused", problems, path=str(path),
                             count=len(problems))
    return [p for _, p in profiles]


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
        return True
    except ValueError:
        return False


def bulk_profiles_edit(conn: sqlite3.Connection, profiles: list[CapabilityProfile]) -> Edit:
    """One edit saving every profile (unknown companies refused, naming them)."""
    unknown = [p.company_id for p in profiles if conn.execute(
        "SELECT 1 FROM companies WHERE id = ?", (p.company_id,)).fetchone() is None]
    if unknown:
        raise UserInputError("directory.bulk_unknown_companies", companies=", ".join(unknown[:20]),
                             count=len(unknown))
    changes = []
    for profile in profiles:
        if profile.uid == "" and load_profile(conn, profile.company_id) is not None:
            profile.uid = load_profile(conn, profile.company_id).uid
        changes += profile_edit(conn, profile).changes
    return Edit("edit.capability_import", tuple(changes), "programme", None,
                {"count": len(profiles)})

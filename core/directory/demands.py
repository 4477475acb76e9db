"""Buyers' demand specifications: stored, listed, and edited as undoable edits."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date

from core.directory.model import Demand
from core.edits import Edit, RowChange, register_table
from core.edits.build import insert
from core.errors import UserInputError
from core.project.timeutil import now

register_table("demands", ("id",))
register_table("demand_terms", ("demand_id", "kind", "value"))

_TERMS = (("code", "codes"), ("process", "processes"), ("require_cert", "required_certs"),
          ("prefer_cert", "preferred_certs"))


def next_demand_id(conn: sqlite3.Connection) -> str:
    numbers = [int(i[1:]) for (i,) in conn.execute("SELECT id FROM demands")
               if i[:1] == "D" and i[1:].isdigit()]
    return f"D{max(numbers, default=0) + 1:03d}"


def resolve_demand_id(conn: sqlite3.Connection, text: str) -> str:
    """``D003``, ``d3`` or ``3`` -> the stored id (exit 2 naming it when there is none)."""
    raw = str(text).strip()
    digits = raw[1:] if raw[:1] in "dD" else raw
    candidates = [raw] + ([f"D{int(digits):03d}"] if digits.isdigit() else [])
    for cand in candidates:
        if conn.execute("SELECT 1 FROM demands WHERE id = ?", (cand,)).fetchone():
            return cand
    raise UserInputError("directory.unknown_demand", demand=raw)


def validate_demand(conn: sqlite3.Connection, demand: Demand, band_names: set[str],
                    risk_names: list[str]) -> None:
    """Refuse a demand that names an unknown buyer, band, risk level or date."""
    if not (demand.title or "").strip():
        raise UserInputError("directory.demand_without_title")
    if conn.execute("SELECT 1 FROM companies WHERE id = ?", (demand.buyer_id,)).fetchone() is None:
        raise UserInputError("directory.unknown_company", company=demand.buyer_id)
    if demand.min_band and demand.min_band not in band_names:
        raise UserInputError("directory.unknown_band", band=demand.min_band,
                             known=", ".join(sorted(band_names)))
    if demand.max_risk and demand.max_risk not in risk_names:
        raise UserInputError("directory.unknown_risk_level", level=demand.max_risk,
                             known=", ".join(risk_names))
    if demand.deadline:
        try:
            date.fromisoformat(demand.deadline)
        except ValueError:
            raise UserInputError("directory.bad_date", value=demand.deadline) from None


def add_demand_edit(conn: sqlite3.Connection, demand: Demand) -> tuple[Edit, str]:
    """The edit registering ``demand`` (a new id), and that id."""
    demand_id = next_demand_id(conn)
    stamp = now()
    changes: list[RowChange] = [insert("demands", {"id": demand_id}, {
        "uid": str(uuid.uuid4()), "buyer_id": demand.buyer_id, "title": demand.title.strip(),
        "description": demand.description, "min_band": demand.min_band,
        "max_risk": demand.max_risk, "volume": demand.volume, "frequency": demand.frequency,
        "region": demand.region, "deadline": demand.deadline, "status": "open",
        "created_at": stamp, "updated_at": stamp})]
    for kind, attr in _TERMS:
        for value in dict.fromkeys(v.strip() for v in getattr(demand, attr) if v.strip()):
            changes.append(insert("demand_terms", {"demand_id": demand_id, "kind": kind,
                                                   "value": value}))
    return Edit("edit.demand_add", tuple(changes), "company", demand.buyer_id,
                {"demand": demand_id, "title": demand.title}), demand_id


def load_demands(conn: sqlite3.Connection) -> list[Demand]:
    """Every demand, oldest first, with its terms."""
    terms: dict[str, dict[str, list[str]]] = {}
    for demand_id, kind, value in conn.execute(
            "SELECT demand_id, kind, value FROM demand_terms ORDER BY rowid"):
        terms.setdefault(demand_id, {}).setdefault(kind, []).append(value)
    out = []
    for row in conn.execute(
            "SELECT id, uid, buyer_id, title, description, min_band, max_risk, volume, frequency,"
            " region, deadline, status FROM demands ORDER BY id"):
        (did, uid, buyer, title, desc, band, risk, volume, freq, region, deadline, status) = row
        t = terms.get(did, {})
        out.append(Demand(buyer, title, did, desc, t.get("code", []), t.get("process", []),
                          t.get("require_cert", []), t.get("prefer_cert", []), band, risk,
                          volume, freq, region, deadline, status, uid))
    return out


def load_demand(conn: sqlite3.Connection, demand_id: str) -> Demand:
    found = [d for d in load_demands(conn) if d.id == demand_id]
    if not found:
        raise UserInputError("directory.unknown_demand", demand=demand_id)
    return found[0]

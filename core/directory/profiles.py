"""Capability profiles: read one, and build the edit that saves one (undoable, audited)."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date

from core.directory.model import CapabilityProfile, Certification, Machine
from core.edits import Edit, RowChange, register_table
from core.edits.build import delete_where, insert, update
from core.errors import UserInputError
from core.project.timeutil import now

for _table, _key in {"capability_profiles": ("company_id",),
                     "capability_codes": ("company_id", "code"),
                     "capability_machines": ("company_id", "position"),
                     "capability_certs": ("company_id", "name")}.items():
    register_table(_table, _key)

_CHILDREN = (("capability_codes", ("company_id", "code")),
             ("capability_machines", ("company_id", "position")),
             ("capability_certs", ("company_id", "name")))


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def load_profile(conn: sqlite3.Connection, company_id: str) -> CapabilityProfile | None:
    """The stored profile of ``company_id`` (None when it has none)."""
    row = conn.execute(
        "SELECT uid, products, processes, monthly_capacity, region, municipality, exports,"
        " export_markets, verified_on FROM capability_profiles WHERE company_id = ?",
        (company_id,)).fetchone()
    if row is None:
        return None
    uid, products, processes, capacity, region, municipality, exports, markets, verified = row
    codes = [r[0] for r in conn.execute(
        "SELECT code FROM capability_codes WHERE company_id = ? ORDER BY code", (company_id,))]
    machines = [Machine(m, c, y) for m, c, y in conn.execute(
        "SELECT machine, capacity, year FROM capability_machines WHERE company_id = ?"
        " ORDER BY position", (company_id,))]
    certs = [Certification(n, e) for n, e in conn.execute(
        "SELECT name, expires_on FROM capability_certs WHERE company_id = ? ORDER BY name",
        (company_id,))]
    return CapabilityProfile(company_id, _lines(products), codes, _lines(processes), machines,
                             certs, capacity, region, municipality,
                             None if exports is None else bool(exports), markets, verified, uid)


def validate_profile(profile: CapabilityProfile) -> None:
    """Refuse values that cannot be stored, naming them (exit 2 on the command line)."""
    for value in [profile.verified_on, *(c.expires_on for c in profile.certifications)]:
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise UserInputError("directory.bad_date", value=value) from None
    for m in profile.machines:
        if not (m.machine or "").strip():
            raise UserInputError("directory.machine_without_name")
        if m.year is not None and not 1900 <= int(m.year) <= 2200:
            raise UserInputError("directory.bad_year", value=m.year)
    names = [c.name.strip().casefold() for c in profile.certifications]
    if len(set(names)) != len(names) or any(not n for n in names):
        raise UserInputError("directory.bad_certifications")


def profile_edit(conn: sqlite3.Connection, profile: CapabilityProfile) -> Edit:
    """The edit that makes the stored profile equal to ``profile`` (children replaced)."""
    validate_profile(profile)
    cid = profile.company_id
    if conn.execute("SELECT 1 FROM companies WHERE id = ?", (cid,)).fetchone() is None:
        raise UserInputError("directory.unknown_company", company=cid)
    values = {
        "products": "\n".join(profile.products) or None,
        "processes": "\n".join(profile.processes) or None,
        "monthly_capacity": profile.monthly_capacity or None,
        "region": profile.region or None, "municipality": profile.municipality or None,
        "exports": None if profile.exports is None else int(bool(profile.exports)),
        "export_markets": profile.export_markets or None,
        "verified_on": profile.verified_on or None,
    }
    changes: list[RowChange] = []
    for table, key in _CHILDREN:                 # children first: undo re-inserts parents first
        changes += delete_where(conn, table, {"company_id": cid}, key)
    exists = conn.execute("SELECT 1 FROM capability_profiles WHERE company_id = ?",
                          (cid,)).fetchone() is not None
    if exists:
        values["updated_at"] = now()
        changes += update(conn, "capability_profiles", {"company_id": cid}, values)
    else:
        changes.append(insert("capability_profiles", {"company_id": cid},
                              values | {"uid": str(uuid.uuid4()), "updated_at": now()}))
    for code in dict.fromkeys(c.strip() for c in profile.codes if c.strip()):
        changes.append(insert("capability_codes", {"company_id": cid, "code": code}))
    for n, m in enumerate(profile.machines, start=1):
        changes.append(insert("capability_machines", {"company_id": cid, "position": n},
                              {"machine": m.machine.strip(), "capacity": m.capacity or None,
                               "year": None if m.year is None else int(m.year)}))
    for c in profile.certifications:
        changes.append(insert("capability_certs", {"company_id": cid, "name": c.name.strip()},
                              {"expires_on": c.expires_on or None}))
    return Edit("edit.capability_set", tuple(_net(changes)), "company", cid, {"company": cid})


def _net(changes: list[RowChange]) -> list[RowChange]:
    """Drop a delete and re-insert of the very same child row (an unchanged code stays put)."""
    deleted = {(c.table, tuple(sorted(c.key.items()))): c for c in changes if c.kind == "delete"}
    out, skip = [], set()
    for c in changes:
        if c.kind == "insert":
            k = (c.table, tuple(sorted(c.key.items())))
            old = deleted.get(k)
            if old is not None and all(old.before.get(n) == v for n, v in (c.after or {}).items()):
                skip.add(k)
                continue
        out.append(c)
    return [c for c in out if not (c.kind == "delete" and (c.table, tuple(sorted(c.key.items())))
                                   in skip)]

"""Value chains as edits: create, change, rename, remove, anchor, members and phase dates.

Each function reads the file as it is and returns an :class:`~core.edits.Edit` (nothing is
written); ``apply_edit`` (command line) or the undo stack (workbench) applies it. A supplier
belongs to one chain per programme: adding it to another chain moves it, and every join and
leave is kept in ``chain_membership_history``. Removing a chain keeps its companies and their
assessments (they are then in no chain).
"""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from typing import Iterable

from core.edits import Edit, RowChange, read_row, read_rows
from core.edits.build import delete, delete_where, insert, update
from core.errors import UserInputError
from core.project.model import PHASES
from core.project.timeutil import current_user, now
from core.setup.lookup import chain_row, company_row
from core.setup.values import parse_date, parse_text

CHAIN_FIELDS = ("sector", "region", "consultant", "starts_on")
# Default plan from the chain's start, in months: diagnosis done within 6 months, the whole
# intervention within the methodology's 9-12 (here 10).
DEFAULT_PLAN = {"formalisation": (0, 1), "diagnosis": (1, 3), "validation": (3, 4),
                "improvement_plan": (4, 5), "implementation": (5, 9), "documentation": (9, 10)}
PHASE_DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def chain_values(sector=None, region=None, consultant=None, start=None) -> dict:
    """The stored chain columns from what the user typed (only those given, None = not given)."""
    given = {"sector": sector, "region": region, "consultant": consultant, "starts_on": start}
    out = {}
    for column, value in given.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            value = "; ".join(v.strip() for v in value if v and v.strip())
        out[column] = (parse_date("start", value) if column == "starts_on"
                       else parse_text(column, value))
    return out


def add_chain(conn: sqlite3.Connection, name: str, anchor: str | None = None,
              who: str | None = None, **fields) -> Edit:
    """Create the chain ``name`` (refused if it exists), with its anchor and details."""
    name = (name or "").strip()
    if not name:
        raise UserInputError("setup.chain_name_required")
    if conn.execute("SELECT 1 FROM value_chains WHERE name = ?", (name,)).fetchone():
        raise UserInputError("setup.chain_exists", chain=name)
    values = chain_values(**fields)
    chain_id = int(conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM value_chains").fetchone()[0])
    uid = str(uuid.uuid4())
    if anchor:
        company_row(conn, anchor)
    changes = [insert("value_chains", {"id": chain_id}, {"uid": uid, "name": name,
                                                         "anchor_id": anchor or None,
                                                         "created_at": now(), **values})]
    chain = {"id": chain_id, "uid": uid, "name": name, "anchor_id": None}
    if anchor:
        changes += _anchor_changes(conn, chain, anchor, who, new=True)
    return Edit("edit.chain_add", tuple(changes), "chain", uid, {"name": name})


def set_chain(conn: sqlite3.Connection, name: str, anchor: str | None = None,
              rename: str | None = None, who: str | None = None, **fields) -> Edit:
    """Change a chain's details, anchor and/or name (only what is given)."""
    chain = chain_row(conn, name)
    values = chain_values(**fields)
    if rename is not None:
        rename = rename.strip()
        if not rename:
            raise UserInputError("setup.chain_name_required")
        if rename != name and conn.execute("SELECT 1 FROM value_chains WHERE name = ?",
                                           (rename,)).fetchone():
            raise UserInputError("setup.chain_exists", chain=rename)
        values["name"] = rename
    changes = update(conn, "value_chains", {"id": chain["id"]}, values)
    if anchor is not None and anchor != chain["anchor_id"]:
        changes += _anchor_changes(conn, chain, anchor, who)
    code = "edit.chain_rename" if rename and rename != name else "edit.chain_set"
    return Edit(code, tuple(changes), "chain", chain["uid"], {"name": name, "new": rename or name})


def remove_chain(conn: sqlite3.Connection, name: str, who: str | None = None) -> Edit:
    """Remove a chain, its phase dates and memberships; companies and assessments stay."""
    chain = chain_row(conn, name)
    key = {"chain_id": chain["id"]}
    changes = [*delete_where(conn, "chain_phase_actuals", key, ("chain_id", "phase")),
               *delete_where(conn, "chain_phases", key, ("chain_id", "phase"))]
    for member in read_rows(conn, "chain_members", key):
        changes += _leave(conn, chain, member["company_id"], who)
    changes += delete(conn, "value_chains", {"id": chain["id"]})
    return Edit("edit.chain_remove", tuple(changes), "chain", chain["uid"], {"name": name})


def chain_members_edit(conn: sqlite3.Connection, name: str, add: Iterable[str] = (),
                       remove: Iterable[str] = (), who: str | None = None) -> Edit:
    """Add suppliers (moving them out of another chain) and remove members."""
    chain = chain_row(conn, name)
    changes: list[RowChange] = []
    add, remove = list(dict.fromkeys(add)), list(dict.fromkeys(remove))
    for company_id in [*add, *remove]:
        company_row(conn, company_id)
    for company_id in remove:
        if read_row(conn, "chain_members", {"chain_id": chain["id"], "company_id": company_id}) is None:
            raise UserInputError("setup.not_a_member", company=company_id, chain=name)
        changes += _leave(conn, chain, company_id, who)
        if chain["anchor_id"] == company_id:
            changes += update(conn, "value_chains", {"id": chain["id"]}, {"anchor_id": None})
    for company_id in add:
        changes += _join(conn, chain, company_id, "supplier", who)
    code = "edit.chain_members" if len(add) + len(remove) != 1 else (
        "edit.chain_member_add" if add else "edit.chain_member_remove")
    return Edit(code, tuple(changes), "chain", chain["uid"],
                {"name": name, "company": (add or remove or [""])[0],
                 "added": len(add), "removed": len(remove)})


def set_phase(conn: sqlite3.Connection, name: str, phase: str, **dates) -> Edit:
    """Set planned and/or actual dates of one phase (keys of PHASE_DATE_FIELDS; "" clears)."""
    chain = chain_row(conn, name)
    if phase not in PHASES:
        raise UserInputError("setup.unknown_phase", phase=phase, phases=", ".join(PHASES))
    given = {k: parse_date(k.replace("_", "-"), v) for k, v in dates.items()
             if k in PHASE_DATE_FIELDS and v is not None}
    key = {"chain_id": chain["id"], "phase": phase}
    planned = read_row(conn, "chain_phases", key) or {}
    actual = read_row(conn, "chain_phase_actuals", key) or {}
    now_dates = {"planned_start": planned.get("starts_on"), "planned_end": planned.get("ends_on"),
                 "actual_start": actual.get("actual_start"), "actual_end": actual.get("actual_end")}
    after = now_dates | given
    for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        if after[start] and after[end] and after[end] < after[start]:
            raise UserInputError("setup.end_before_start", phase=phase, start=after[start],
                                 end=after[end])
    changes = []
    if {"planned_start", "planned_end"} & set(given):
        changes += _upsert(conn, "chain_phases", key, {"starts_on": after["planned_start"],
                                                       "ends_on": after["planned_end"]})
    if {"actual_start", "actual_end"} & set(given):
        changes += _upsert(conn, "chain_phase_actuals", key, {"actual_start": after["actual_start"],
                                                              "actual_end": after["actual_end"]})
    return Edit("edit.chain_phase", tuple(changes), "chain", chain["uid"], {"name": name, "phase": phase})


def default_phase_dates(start: str | date) -> dict[str, tuple[str, str]]:
    """Planned (start, end) of each phase from the chain's start date (see DEFAULT_PLAN)."""
    first = date.fromisoformat(str(start)[:10])
    return {p: (_add_months(first, a).isoformat(), _add_months(first, b).isoformat())
            for p, (a, b) in DEFAULT_PLAN.items()}


def default_phases(conn: sqlite3.Connection, name: str) -> Edit:
    """Planned dates from the chain's start for every phase that has none yet."""
    chain = chain_row(conn, name)
    if not chain.get("starts_on"):
        raise UserInputError("setup.chain_no_start", chain=name)
    changes = []
    for phase, (s, e) in default_phase_dates(chain["starts_on"]).items():
        key = {"chain_id": chain["id"], "phase": phase}
        row = read_row(conn, "chain_phases", key)
        if row is None or not (row.get("starts_on") or row.get("ends_on")):
            changes += _upsert(conn, "chain_phases", key, {"starts_on": s, "ends_on": e})
    return Edit("edit.chain_default_phases", tuple(changes), "chain", chain["uid"], {"name": name})


# --- pieces ---------------------------------------------------------------------------------
def _upsert(conn, table: str, key: dict, values: dict) -> list[RowChange]:
    if read_row(conn, table, key) is None:
        return [insert(table, key, values)]
    return update(conn, table, key, values)


def _anchor_changes(conn, chain: dict, anchor: str, who, new: bool = False) -> list[RowChange]:
    """Make ``anchor`` the chain's anchor buyer (a member with role anchor, company role buyer)."""
    company = company_row(conn, anchor)
    changes = []
    old = chain.get("anchor_id")
    if old and old != anchor and chain.get("id") is not None:
        if read_row(conn, "chain_members", {"chain_id": chain["id"], "company_id": old}):
            changes += _leave(conn, chain, old, who)
    if not new:                 # a new chain is inserted with its anchor by the same edit
        changes += update(conn, "value_chains", {"id": chain["id"]}, {"anchor_id": anchor})
    member = read_row(conn, "chain_members", {"chain_id": chain["id"], "company_id": anchor})
    if member is None:
        changes += _join(conn, chain, anchor, "anchor", who)
    elif member.get("role") != "anchor":
        changes += update(conn, "chain_members", {"chain_id": chain["id"], "company_id": anchor},
                          {"role": "anchor"})
    if company.get("role") != "buyer":
        changes += update(conn, "companies", {"id": anchor}, {"role": "buyer"})
    return changes


def _join(conn, chain: dict, company_id: str, role: str, who) -> list[RowChange]:
    """Join ``chain``; a supplier first leaves the chain it is in (one chain per programme)."""
    changes: list[RowChange] = []
    key = {"chain_id": chain["id"], "company_id": company_id}
    if read_row(conn, "chain_members", key) is not None:
        return changes
    if role == "supplier":
        for other in conn.execute("SELECT v.id, v.uid, v.name, v.anchor_id FROM chain_members m "
                                  "JOIN value_chains v ON v.id = m.chain_id WHERE m.company_id = ? "
                                  "AND m.role = 'supplier' AND v.id != ?", (company_id, chain["id"])):
            changes += _leave(conn, dict(zip(("id", "uid", "name", "anchor_id"), other)),
                              company_id, who)
    changes.append(insert("chain_members", key, {"role": role, "joined_on": date.today().isoformat()}))
    changes.append(_history(chain, company_id, "joined", who))
    return changes


def _leave(conn, chain: dict, company_id: str, who) -> list[RowChange]:
    changes = delete(conn, "chain_members", {"chain_id": chain["id"], "company_id": company_id})
    if changes:
        changes.append(_history(chain, company_id, "left", who))
    return changes


def _history(chain: dict, company_id: str, event: str, who) -> RowChange:
    return insert("chain_membership_history", {"uid": str(uuid.uuid4())},
                  {"chain_uid": chain["uid"], "chain_name": chain["name"], "company_id": company_id,
                   "event": event, "at": now(), "who": who or current_user()})


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")

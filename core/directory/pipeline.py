"""The match pipeline: shortlisted -> contacted -> meeting -> trial order -> linkage (date and
value of the first transaction) or closed (reason); and the linkages the programme counts."""
from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd

from core.directory.model import STAGES
from core.edits import Edit, register_table
from core.edits.build import insert, update
from core.errors import UserInputError
from core.project.timeutil import now

register_table("match_pipeline", ("demand_id", "company_id"))


def stage_edit(conn: sqlite3.Connection, demand_id: str, company_id: str, stage: str,
               on: str | None = None, value: float | None = None,
               reason: str | None = None) -> Edit:
    """The edit putting ``company_id`` at ``stage`` for the demand (refusing bad values)."""
    if stage not in STAGES:
        raise UserInputError("directory.unknown_stage", stage=stage, known=", ".join(STAGES))
    on = on or date.today().isoformat()
    try:
        date.fromisoformat(on)
    except ValueError:
        raise UserInputError("directory.bad_date", value=on) from None
    if value is not None and value < 0:
        raise UserInputError("directory.bad_value", value=value)
    if stage == "closed" and not (reason or "").strip():
        raise UserInputError("directory.close_without_reason")
    if conn.execute("SELECT 1 FROM companies WHERE id = ?", (company_id,)).fetchone() is None:
        raise UserInputError("directory.unknown_company", company=company_id)
    values = {"stage": stage, "stage_on": on, "value": value if stage == "linkage" else None,
              "reason": reason if stage == "closed" else None, "updated_at": now()}
    key = {"demand_id": demand_id, "company_id": company_id}
    exists = conn.execute("SELECT 1 FROM match_pipeline WHERE demand_id = ? AND company_id = ?",
                          (demand_id, company_id)).fetchone()
    changes = update(conn, "match_pipeline", key, values) if exists \
        else [insert("match_pipeline", key, values)]
    return Edit("edit.match_stage", tuple(changes), "company", company_id,
                {"demand": demand_id, "company": company_id, "stage": stage})


def pipeline(conn: sqlite3.Connection, demand_id: str | None = None) -> pd.DataFrame:
    """The pipeline rows (demand, company, stage, date, value, reason), one demand or all."""
    sql = ("SELECT m.demand_id, m.company_id, c.name, m.stage, m.stage_on, m.value, m.reason,"
           " d.buyer_id, d.title FROM match_pipeline m JOIN demands d ON d.id = m.demand_id"
           " LEFT JOIN companies c ON c.id = m.company_id")
    params: tuple = ()
    if demand_id is not None:
        sql += " WHERE m.demand_id = ?"
        params = (demand_id,)
    return pd.read_sql_query(sql + " ORDER BY m.demand_id, m.company_id", conn, params=params)


def linkage_results(conn: sqlite3.Connection, chain: str | None = None) -> dict:
    """Linkages and the value of their first transactions, per chain (of the supplier) and for
    the programme (or only ``chain``): ``{"programme": {...}, "chains": {name: {...}}}``."""
    rows = pd.read_sql_query(
        "SELECT m.company_id, m.value, COALESCE(v.name, '') AS chain FROM match_pipeline m"
        " LEFT JOIN chain_members cm ON cm.company_id = m.company_id"
        " LEFT JOIN value_chains v ON v.id = cm.chain_id WHERE m.stage = 'linkage'", conn)
    if chain is not None:
        rows = rows[rows["chain"] == chain]

    def summary(frame: pd.DataFrame) -> dict:
        return {"linkages": int(len(frame)), "value": float(frame["value"].fillna(0).sum()),
                "suppliers": int(frame["company_id"].nunique())}
    return {"programme": summary(rows),
            "chains": {name: summary(group) for name, group in rows.groupby("chain") if name}}


def pipeline_sheet(conn: sqlite3.Connection, language: str, chain: str | None = None) -> pd.DataFrame:
    """The pipeline as a table for the results workbook: demand, buyer, supplier, stage (words),
    date, value of the first transaction, reason; only ``chain``'s suppliers when given."""
    from core import catalogue
    rows = pipeline(conn)
    if chain is not None:
        members = {c for (c,) in conn.execute(
            "SELECT m.company_id FROM chain_members m JOIN value_chains v ON v.id = m.chain_id"
            " WHERE v.name = ?", (chain,))}
        rows = rows[rows["company_id"].isin(members)]
    names = dict(conn.execute("SELECT id, name FROM companies").fetchall())
    words = {k: catalogue.text(f"directory.pipeline_col.{k}", language) for k in
             ("demand", "buyer", "supplier", "stage", "date", "value", "reason")}
    return pd.DataFrame({
        words["demand"]: [f"{d} {t}" for d, t in zip(rows["demand_id"], rows["title"])],
        words["buyer"]: [names.get(b) or b for b in rows["buyer_id"]],
        words["supplier"]: [f"{n or c} ({c})" for c, n in zip(rows["company_id"], rows["name"])],
        words["stage"]: [catalogue.text(f"directory.stage.{s}", language) for s in rows["stage"]],
        words["date"]: pd.to_datetime(rows["stage_on"], errors="coerce"),
        words["value"]: rows["value"].astype(float),
        words["reason"]: rows["reason"]})

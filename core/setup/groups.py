"""Programme results by group: index change, improvement, certification and jobs of the
suppliers, disaggregated by women-led, size class, sector or region (what funders ask for:
"jobs, of which women")."""
from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np
import pandas as pd

from core import catalogue
from core.errors import UserInputError
from core.project.entities import read_programme
from core.project.sizeclass import class_codes

GROUPINGS = ("women_led", "size_class", "sector", "region")
COLUMNS = ("group", "companies", "assessed", "mean_baseline", "mean_latest", "mean_delta",
           "improved", "kpis_improving", "certified", "jobs_women", "jobs_men", "jobs")


def supplier_groups(conn: sqlite3.Connection, by: str, chain: str | None = None) -> pd.Series:
    """company id -> group code (``None`` when not recorded) of every supplier."""
    if by not in GROUPINGS:
        raise UserInputError("setup.unknown_grouping", group=by, groups=", ".join(GROUPINGS))
    sql = ("SELECT id, women_led, sector, region, employees, annual_sales FROM companies "
           "WHERE role = 'supplier'")
    args: tuple = ()
    if chain is not None:
        sql += (" AND id IN (SELECT m.company_id FROM chain_members m JOIN value_chains v ON "
                "v.id = m.chain_id WHERE v.name = ?)")
        args = (chain,)
    frame = pd.DataFrame(conn.execute(sql, args).fetchall(),
                         columns=["id", "women_led", "sector", "region", "employees", "sales"])
    if by == "size_class":
        p = read_programme(conn)
        values = class_codes(frame["employees"], frame["sales"], p.size_scheme, p.size_basis,
                             p.usd_rate, p.gni_per_capita)
    elif by == "women_led":
        values = [None if v is None or v != v else ("yes" if v else "no") for v in frame["women_led"]]
    else:
        values = frame[by].tolist()
    clean = [None if v is None or (isinstance(v, float) and v != v) or v == "" else v for v in values]
    return pd.Series(clean, index=frame["id"], dtype=object)


def group_results(conn: sqlite3.Connection, by: str, today: date | None = None,
                  chain: str | None = None, flags: dict[str, dict] | None = None) -> pd.DataFrame:
    """One row per group (codes; ``group`` None = not recorded), in COLUMNS order.

    ``flags`` (from :func:`company_flags` of a progress report) saves computing the report again:
    ``certified`` and ``kpi_improving`` per company."""
    groups = supplier_groups(conn, by, chain)
    jobs = dict((r[0], r[1:]) for r in conn.execute("SELECT id, jobs_women, jobs_men FROM companies"))
    first, last = _first_and_latest(conn)
    rounds = dict(conn.execute("SELECT company_id, COUNT(*) FROM assessments WHERE status = "
                               "'current' GROUP BY company_id").fetchall())
    members_of: dict = {}
    for company, group in groups.items():
        members_of.setdefault(group, []).append(company)
    if flags is None:
        flags = _flags(conn, today or date.today(), chain)
    certified, improving = flags["certified"], flags["kpi_improving"]
    rows = []
    keys = sorted({g for g in groups if g is not None}, key=str) + (
        [None] if any(g is None for g in groups) else [])
    for key in keys:
        members = members_of.get(key, [])
        base = [first[c] for c in members if c in first]
        latest = [last[c] for c in members if c in last]
        deltas = [last[c] - first[c] for c in members if c in first and c in last and
                  first[c] is not None and last[c] is not None and rounds.get(c, 0) >= 2]
        women = [jobs[c][0] for c in members if jobs.get(c, (None,))[0] is not None]
        men = [jobs[c][1] for c in members if jobs.get(c, (None, None))[1] is not None]
        rows.append({"group": key, "companies": len(members), "assessed": len(latest),
                     "mean_baseline": _mean(base), "mean_latest": _mean(latest),
                     "mean_delta": _mean(deltas), "improved": sum(d > 0 for d in deltas),
                     "kpis_improving": sum(bool(improving.get(c)) for c in members),
                     "certified": sum(bool(certified.get(c)) for c in members),
                     "jobs_women": int(sum(women)), "jobs_men": int(sum(men)),
                     "jobs": int(sum(women) + sum(men))})
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["group"] = pd.Series([r["group"] for r in rows], dtype=object)   # None stays None
    return frame


def labelled(frame: pd.DataFrame, by: str, language: str) -> pd.DataFrame:
    """``frame`` with group codes and column names in ``language``."""
    out = frame.copy()
    out["group"] = [group_label(by, g, language) for g in frame["group"]]
    out.columns = [catalogue.text(f"setup.col_{c}", language) for c in frame.columns]
    return out


def group_label(by: str, code, language: str) -> str:
    if code is None or (isinstance(code, float) and code != code):
        return catalogue.text("setup.group_unknown", language)
    if by == "women_led":
        return catalogue.text(f"setup.{code}", language)
    if by == "size_class":
        return catalogue.label(f"setup.size_{code}", language, str(code))
    return str(code)


def group_sheets(conn: sqlite3.Connection, language: str, today: date | None = None,
                 chain: str | None = None) -> list[tuple[str, pd.DataFrame]]:
    """(sheet title, labelled table) per grouping, for the results workbook."""
    flags = _flags(conn, today or date.today(), chain)
    return [(catalogue.text(f"setup.sheet_{by}", language)[:31],
             labelled(group_results(conn, by, today, chain, flags), by, language))
            for by in GROUPINGS]


def _first_and_latest(conn) -> tuple[dict, dict]:
    rows = conn.execute("SELECT company_id, score_index FROM assessments WHERE status = 'current' "
                        "ORDER BY company_id, assessed_on, id").fetchall()
    first, last = {}, {}
    for company, index in rows:
        first.setdefault(company, index)
        last[company] = index
    return first, last


def _flags(conn, today: date, chain: str | None) -> dict[str, dict]:
    from core.plans.report import progress_report
    return company_flags(progress_report(conn, today, chain))


def company_flags(report: dict) -> dict[str, dict]:
    """Per company, from a progress report: certified, and at least one KPI improved."""
    companies = report.get("companies", [])
    return {"certified": {c["company_id"]: bool((c.get("certification") or {}).get("certified"))
                          for c in companies},
            "kpi_improving": {c["company_id"]: any(k.get("improved") for k in c.get("kpis", []))
                              for c in companies}}


def _mean(values: list) -> float | None:
    values = [float(v) for v in values if v is not None]
    return round(float(np.mean(values)), 2) if values else None

"""The tables of a results export, as DataFrames (shared by the xlsx workbook and the CSV files).

Columns carry keys of :data:`core.reports.labels.WORDS` (or ``area:<id>`` / item names), so
:func:`header_texts` gives the headers in any language. Everything is read in bulk: the
100,000-company programme is a few queries and vectorised re-scoring, never a loop of queries.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from core.reports.labels import label
from core.reports.report_data import ToolkitCache

ANSWERS_SQL = (     # item lists and toolkit hashes are looked up per import / toolkit, not per row
    "SELECT a.company_id, a.toolkit_ref, a.import_id, w.answers FROM assessments a "
    "JOIN assessment_answers w ON w.assessment_id = a.id WHERE a.status = 'current' "
    "ORDER BY a.company_id, a.assessed_on, a.id")


@dataclass
class ItemTable:
    """Item scores of the companies assessed with one toolkit (latest assessment each)."""

    toolkit: object
    companies: list[str]
    result: object                        # core.scoring ScoreResult


@dataclass
class ExportTables:
    companies: pd.DataFrame
    areas: list[tuple[str, str]]          # (column key area:<id>, label)
    bands: list                           # BandRow of the main toolkit
    items: list[ItemTable] = field(default_factory=list)
    opportunities: pd.DataFrame | None = None
    risks: pd.DataFrame | None = None
    actions: pd.DataFrame | None = None
    kpis: pd.DataFrame | None = None
    measurements: pd.DataFrame | None = None
    results: pd.DataFrame | None = None


def header_texts(columns, language: str, extra: dict[str, str] | None = None) -> list[str]:
    """Column headers in ``language``: known words translated, ``extra`` (areas, items) as given."""
    from core.reports.labels import WORDS
    extra = extra or {}
    return [extra.get(c) or (label(c, language) if c in WORDS else str(c)) for c in columns]


def build_tables(project, language: str = "en", chain: str | None = None, today: date | None = None,
                 progress=None) -> ExportTables:
    """Every table of the results export of ``project`` (one value chain when ``chain`` is set)."""
    from core.progress import no_progress
    from core.reports.report_data import bands_of
    report = progress or no_progress
    today = today or date.today()
    report(0.0, "companies")
    companies, members = _companies(project, chain, language)
    ids = set(companies["id"].tolist())
    report(0.1, "answers")
    items, toolkits = _items(project, ids)
    main = max(items, key=lambda t: len(t.companies)).toolkit if items else None
    areas = [(f"area:{a.name}", a.label(language)) for a in main.areas] if main else []
    _area_columns(project, companies, [a[0] for a in areas])
    tables = ExportTables(companies, areas, bands_of(main, language) if main else [], items)
    report(0.5, "opportunities")
    tables.opportunities = _opportunities(items, language)
    for t in items:             # priorities and their order were for the opportunities only
        t.result = dataclasses.replace(t.result, priorities=np.empty((0, len(t.result.item_names))),
                                       _order=None)
    report(0.6, "risks")
    tables.risks = _risks(project, ids, language, today)
    report(0.7, "plans")
    _plans(tables, project, ids, members, language, today)
    report(0.8, "tables")
    return tables


def _companies(project, chain: str | None, language: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = project.companies(chain)
    chains = project.value_chains()
    if chain is not None and not any(c.name == chain for c in chains):
        from core.reports.chain_data import find_chain
        find_chain(project, chain)
    chain_of: dict[str, str] = {}
    for c in chains:
        for member in [c.anchor_id, *c.suppliers]:
            if member and member not in chain_of:
                chain_of[member] = c.name
    members = pd.DataFrame({"company_id": list(chain_of), "chain": list(chain_of.values())})
    frame["chain"] = [chain_of.get(c, "") for c in frame["id"].tolist()]
    frame["role"] = _per_value(frame["role"], lambda r: label("buyer" if r == "buyer" else "supplier",
                                                              language))
    frame["size_class"] = _per_value(frame["size_class"], lambda s: label(f"size_{s}", language)
                                     if isinstance(s, str) and s else "")
    frame = frame.rename(columns={"latest_index": "index", "latest_band": "band",
                                  "latest_coverage": "coverage", "latest_date": "date",
                                  "latest_round": "round", "tax_id": "tax_id"})
    return frame, members


def _per_value(column: pd.Series, word) -> pd.Series:
    """``word`` of each value, computed once per distinct value (100,000 companies, few roles)."""
    codes, uniques = pd.factorize(column.astype(object), use_na_sentinel=True)
    table = np.array([word(u) for u in uniques] + [word(None)], dtype=object)
    return pd.Series(table[codes], index=column.index, dtype=object)


def _items(project, ids: set[str]) -> tuple[list[ItemTable], ToolkitCache]:
    """Latest answers per company, re-scored per toolkit workbook (vectorised per toolkit).

    Decodes like :func:`core.project.encode.decode`, in bulk (the project has no public call
    that returns many companies' answers at once), a chunk of answer rows at a time so that
    100,000 companies' answers never exist as Python objects all at once."""
    toolkits = ToolkitCache(project)
    conn = project.conn
    shas = dict(conn.execute("SELECT id, sha256 FROM toolkits").fetchall())
    item_lists = dict(conn.execute("SELECT id, answer_items FROM imports").fetchall())
    latest: dict[str, tuple[int, int | None, str]] = {}
    for company, toolkit_ref, import_id, answers_json in conn.execute(ANSWERS_SQL):
        if company in ids and toolkit_ref in shas:
            latest[company] = (toolkit_ref, import_id, answers_json)   # ordered by date: the last wins
    groups: dict[tuple[str, str | None], tuple[list[str], list[str]]] = {}
    for company, (toolkit_ref, import_id, answers_json) in latest.items():
        companies, texts = groups.setdefault((shas[toolkit_ref], item_lists.get(import_id)), ([], []))
        companies.append(company)
        texts.append(answers_json)
    latest.clear()
    by_sha: dict[str, list[tuple[list[str], list[str], list[str]]]] = {}
    for (sha, items_json), (companies, texts) in groups.items():
        by_sha.setdefault(sha, []).append((companies, json.loads(items_json or "[]"), texts))
    tables = []
    for sha, parts in by_sha.items():
        toolkit = toolkits.get(sha)
        from core.scoring import score_responses
        values = pd.concat([stored_values(toolkit, items, texts) for _, items, texts in parts],
                           ignore_index=True)
        tables.append(ItemTable(toolkit, [c for companies, _, _ in parts for c in companies],
                                score_responses(toolkit, values)))
    return tables, toolkits


ANSWER_CHUNK = 5_000


def _decode(texts: list[str | None]) -> list:
    """JSON arrays, one ``json.loads`` per chunk (one call per row costs a third more)."""
    try:
        return json.loads("[" + ",".join(t or "[]" for t in texts) + "]")
    except ValueError:         # a damaged row: decode one by one, a bad one as no answers
        out = []
        for t in texts:
            try:
                out.append(json.loads(t) if t else [])
            except ValueError:
                out.append([])
        return out


def stored_values(toolkit, items: list[str], texts: list[str]) -> pd.DataFrame:
    """Raw scoring values (one float column per scored item) from stored answer arrays (JSON
    texts aligned with ``items``), decoded a chunk at a time."""
    from core.project.rescore import raw_column
    at = {name: k for k, name in enumerate(items)}
    scored = toolkit.scored_items
    out = {it.name: np.full(len(texts), np.nan) for it in scored}
    for start in range(0, len(texts), ANSWER_CHUNK):
        rows = _decode(texts[start:start + ANSWER_CHUNK])
        if any(len(r) != len(items) for r in rows):       # a damaged row: pad or cut it
            rows = [(list(r) + [None] * len(items))[:len(items)] if isinstance(r, list)
                    else [None] * len(items) for r in rows]
        columns = list(zip(*rows)) if rows and items else []
        for it in scored:
            if it.name in at and columns:
                out[it.name][start:start + len(rows)] = raw_column(toolkit, it, columns[at[it.name]])
    return pd.DataFrame(out)


def _area_columns(project, companies: pd.DataFrame, keys: list[str]) -> None:
    """The area scores of each company's latest current assessment (NaN where it has none);
    SQLite pivots them, one row per assessment."""
    conn = project.conn
    latest = pd.DataFrame(conn.execute("SELECT id, company_id FROM assessments WHERE status = 'current' "
                                       "ORDER BY assessed_on, id").fetchall(), columns=["id", "company_id"])
    latest = latest.drop_duplicates("company_id", keep="last")
    names = [key[len("area:"):] for key in keys]
    pivot = "".join(", MAX(CASE WHEN s.area = ? THEN s.score END)" for _ in names)
    rows = conn.execute(f"SELECT s.assessment_id{pivot} FROM area_scores s JOIN assessments a "
                        "ON a.id = s.assessment_id WHERE a.status = 'current' GROUP BY s.assessment_id",
                        names).fetchall()
    table = pd.DataFrame(rows, columns=["id", *keys]).set_index("id")
    at = table.index.get_indexer(companies["id"].map(latest.set_index("company_id")["id"]))
    for key in keys:
        values = np.append(pd.to_numeric(table[key], errors="coerce").to_numpy(dtype=float), np.nan)
        companies[key] = values[at]


def _opportunities(items: list[ItemTable], language: str) -> pd.DataFrame:
    parts = []
    for t in items:
        r, tk = t.result, t.toolkit
        order = r.opportunity_order()[:, : max(1, tk.top_n)]
        pri = np.take_along_axis(r.priorities, order, axis=1)
        rows, ranks = np.nonzero(~np.isnan(pri))
        cols = order[rows, ranks]
        scores = r.item_scores.to_numpy()[rows, cols]
        targets = r.item_targets.to_numpy()[cols]
        names = np.array(r.item_names, dtype=object)
        questions = np.array([tk.item(n).label(language) for n in r.item_names], dtype=object)
        area_labels = {a.name: a.label(language) for a in tk.areas}
        areas = np.array([area_labels[a] for a in r.item_areas], dtype=object)
        parts.append(pd.DataFrame({
            "company_id": np.array(t.companies, dtype=object)[rows], "rank": ranks + 1,
            "item": names[cols], "question": questions[cols], "area": areas[cols], "score": scores,
            "target": targets, "gap": np.maximum(0.0, targets - scores), "priority": pri[rows, ranks]}))
    cols = ["company_id", "rank", "item", "question", "area", "score", "target", "gap", "priority"]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)


RISK_COLUMNS = ["company_id", "risk_id", "category", "description", "cause", "controls",
                "likelihood", "severity", "inherent", "residual", "level", "owner", "status",
                "next_review"]


def _risks(project, ids: set[str], language: str, today: date) -> pd.DataFrame:
    from core.reports.report_data import risk_context
    context = risk_context(project, today)
    if context is None:
        return pd.DataFrame(columns=RISK_COLUMNS)
    from core.risk.classify import classify_risks
    from core.risk.messages import label as risk_label
    from core.risk.rules import describe
    matrix, rules = context["matrix"], context["rules"]
    reg = context["register"]
    reg = classify_risks(reg[reg["company_id"].isin(ids)].reset_index(drop=True), matrix)
    levels = {lv.name: lv.label(language) for lv in matrix.levels}
    out = pd.DataFrame({
        "company_id": reg["company_id"], "risk_id": reg["risk_id"],
        "category": [risk_label("category", c, language) for c in reg["category"]],
        "description": _descriptions(reg, rules, language, describe),
        "cause": reg["cause"], "controls": reg["controls"],
        "likelihood": reg["residual_l"], "severity": reg["residual_s"],
        "inherent": reg["inherent_level"].map(levels), "residual": reg["residual_level"].map(levels),
        "level": reg["residual_rank"], "owner": reg["owner"],
        "status": [risk_label("status", s, language) for s in reg["status"]],
        "next_review": [str(d) if d is not None and d == d and str(d) != "NaT" else None
                        for d in reg["next_review"]]})
    return out.drop(columns=["level"]).sort_values(["company_id", "risk_id"], kind="stable")


DESCRIBED_BY = ("rule_id", "evidence_field", "evidence_value", "evidence_items")


def _descriptions(reg: pd.DataFrame, rules, language: str, describe) -> list:
    """The risk's own description, else the sentence of the rule that derived it (built only
    for the rows that need it, from the columns the sentence uses)."""
    out = [d or "" for d in reg["description"].tolist()]
    need = [k for k, (d, origin) in enumerate(zip(out, reg["origin"].tolist())) if not d and origin == "derived"]
    if need:
        columns = [reg[c].to_numpy(dtype=object)[need].tolist() if c in reg.columns else [None] * len(need)
                   for c in DESCRIBED_BY]
        for k, values in zip(need, zip(*columns)):
            rec = dict(zip(DESCRIBED_BY, values))
            out[k] = describe(rules.rule(rec["rule_id"] or ""), rec, language)
    return out


def _plans(tables: ExportTables, project, ids: set[str], members: pd.DataFrame, language: str,
           today: date) -> None:
    from core.plans.kpi import kpi_status, unit_label
    from core.plans.messages import status_label
    from core.plans.results import programme_results
    from core.plans.store import has_plan_tables, load_plans
    plans = load_plans(project.conn, sorted(ids)) if has_plan_tables(project.conn) else {}
    actions, kpis, measures = [], [], []
    for cid, plan in sorted(plans.items()):
        for a in plan.actions:
            actions.append([cid, a.id, a.title, a.owner, a.start, a.due, status_label(a.status, language),
                            a.effective_percent, a.budget])
        for k in plan.kpis:
            s = kpi_status(k, today)
            kpis.append([cid, k.id, k.name, unit_label(k, language), label(k.direction, language),
                         k.baseline_value, k.target_value, s.current, s.measured_on, s.change_pct,
                         status_label(s.status, language)])
            measures += [[cid, k.id, k.name, m.on, m.value, m.source] for m in k.measurements]
    tables.actions = pd.DataFrame(actions, columns=["company_id", "action", "description", "owner", "start",
                                                    "due", "status", "percent", "budget"])
    tables.kpis = pd.DataFrame(kpis, columns=["company_id", "kpi", "description", "unit", "direction",
                                              "baseline", "target", "current", "measured_on", "change_pct",
                                              "status"])
    tables.measurements = pd.DataFrame(measures, columns=["company_id", "kpi", "description", "date",
                                                          "value", "source"])
    mine = members[members["company_id"].isin(ids)]
    if not plans:           # nothing to aggregate (and programme_results wants some KPI rows)
        results = {"chains": {}, "programme": {"kpis": {}}}
    else:
        results = programme_results(plans, mine, today)
    rows = []
    from core.reports.chain_data import _kpi_name
    scopes = [(name, s) for name, s in results["chains"].items()] + [(label("total", language),
                                                                      results["programme"])]
    for scope, s in scopes:
        for key, k in s["kpis"].items():
            rows.append([scope, _kpi_name(key, language), k["suppliers"], k["measured"], k["improving"],
                         k["median_change_pct"], k["best_change_pct"], k.get("chains_improving")])
    tables.results = pd.DataFrame(rows, columns=["chain", "kpi", "companies_count", "measured", "improving",
                                                 "median_change", "best_change", "chains_improving"])

"""The tables of a results export, as DataFrames (shared by the xlsx workbook and the CSV files).

The companies come from the programme read-model (:mod:`core.programme`) with its one column
list; the other tables' columns carry report word keys (``label.<key>`` in the catalogue, or
``area:<id>`` / item names), so :func:`header_texts` gives the headers in any language.
Everything is read in bulk: the 100,000-company programme is a few queries and vectorised
re-scoring, never a loop of queries.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from core.reports.labels import has_word, label
from core.reports.report_data import ToolkitCache


@dataclass
class ItemTable:
    """Item scores of the companies assessed with one toolkit (latest assessment each)."""

    toolkit: object
    companies: list[str]
    result: object                        # core.scoring ScoreResult


@dataclass
class ExportTables:
    programme: object                     # core.programme.ProgrammeModel (the companies)
    language: str
    areas: list[tuple[str, str]]          # (column key area:<id>, label)
    bands: list                           # BandRow of the main toolkit
    items: list[ItemTable] = field(default_factory=list)
    opportunities: pd.DataFrame | None = None
    risks: pd.DataFrame | None = None
    actions: pd.DataFrame | None = None
    kpis: pd.DataFrame | None = None
    measurements: pd.DataFrame | None = None
    results: pd.DataFrame | None = None
    certification: pd.DataFrame | None = None
    status: object = None                 # core.reports.supplier_status.SupplierStatus

    @property
    def companies(self) -> pd.DataFrame:
        """The read-model's companies (company_id, name, band, ``area:<id>``...)."""
        return self.programme.companies

    def company_rows(self, reader: str):
        """The companies as ``reader`` (workbook, csv) shows them: the read-model's one column
        list, words in the export's language (:class:`core.programme.rows.CompanyTable`)."""
        from core.programme.rows import company_table
        return company_table(self.programme, self.language, reader)


def header_texts(columns, language: str, extra: dict[str, str] | None = None) -> list[str]:
    """Column headers in ``language``: known words translated, ``extra`` (areas, items) as given."""
    extra = extra or {}
    return [extra.get(c) or (label(c, language) if has_word(str(c)) else str(c)) for c in columns]


def build_tables(project, language: str = "en", chain: str | None = None, today: date | None = None,
                 progress=None) -> ExportTables:
    """Every table of the results export of ``project`` (one value chain when ``chain`` is set)."""
    from core.programme import read_programme
    from core.progress import no_progress, scaled
    from core.reports.report_data import bands_of
    report = progress or no_progress
    today = today or date.today()
    if chain is not None:
        from core.reports.chain_data import find_chain
        find_chain(project, chain)
    model = read_programme(project, today, scaled(report, 0.0, 0.1), chain=chain)
    ids = set(model.companies["company_id"].tolist())
    report(0.1, "answers")
    items = _items(project, ids, model.toolkits)
    main = max(items, key=lambda t: len(t.companies)).toolkit if items else None
    labels = model.labels(language)
    areas = [(key, labels.area_label(key[len("area:"):])) for key in model.area_keys()]
    tables = ExportTables(model, language, areas, bands_of(main, language) if main else [], items)
    report(0.5, "opportunities")
    tables.opportunities = _opportunities(items, language)
    for t in items:             # priorities and their order were for the opportunities only
        t.result = dataclasses.replace(t.result, priorities=np.empty((0, len(t.result.item_names))),
                                       _order=None)
    report(0.6, "risks")
    tables.risks = _risks(project, model, ids, language, today)
    report(0.7, "plans")
    from core.plans.store import has_plan_tables, load_plans
    # every plan, then those of ``ids``: a query listing 100,000 ids costs SQLite 150 MB
    plans = ({c: p for c, p in load_plans(project.conn).items() if c in ids}
             if has_plan_tables(project.conn) else {})
    _plans(tables, plans, ids, _members(model.chains), language, today)
    from core.reports.certification_table import certification_frame
    from core.reports.supplier_status import supplier_status
    # the read-model's register is the certification's (as of ``today``) unless ``today`` is
    # the real today: the read-model then reads the programme as it stands, future dates included
    same_day = model.today == today and model.register is not None and today != date.today()
    tables.status = supplier_status(project.conn, today, plans, model.register if same_day else None,
                                    model.matrix, ids)
    tables.certification = certification_frame(project.conn, ids, language, today, tables.status)
    report(0.8, "tables")
    return tables


def _members(chains) -> pd.DataFrame:
    """company_id, chain: each company's first value chain (for the results per chain)."""
    chain_of: dict[str, str] = {}
    for c in chains:
        for member in [c.anchor_id, *c.suppliers]:
            if member and member not in chain_of:
                chain_of[member] = c.name
    return pd.DataFrame({"company_id": list(chain_of), "chain": list(chain_of.values())})


def _items(project, ids: set[str], loaded: dict) -> list[ItemTable]:
    """Latest answers per company, re-scored per toolkit workbook (vectorised per toolkit);
    ``loaded``: the toolkits the read-model has read already, by sha256."""
    from core.reports.answers import latest_values
    from core.scoring import score_responses
    toolkits = ToolkitCache(project)

    def toolkit_of(sha: str):
        return loaded.get(sha) or toolkits.get(sha)
    return [ItemTable(toolkit, companies, score_responses(toolkit, values))
            for toolkit, companies, values in latest_values(project.conn, ids, toolkit_of)]


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


def _risks(project, model, ids: set[str], language: str, today: date) -> pd.DataFrame:
    from core.reports.report_data import risk_context
    context = risk_context(project, today, model)
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


def _plans(tables: ExportTables, plans: dict, ids: set[str], members: pd.DataFrame, language: str,
           today: date) -> None:
    from core.plans.kpi import kpi_status, unit_label
    from core.plans.messages import status_label
    from core.plans.results import programme_results
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

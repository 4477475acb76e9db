"""What ``encadena risk`` prints: a JSON document an independent checker can recompute, and
a text heat map (rows likelihood high -> low, columns severity low -> high)."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from core.risk.classify import classify_risks, classify_suppliers, heat_map
from core.risk.matrix import RiskMatrix
from core.risk.messages import label
from core.risk.register import review_status
from core.risk.rules import RuleSet, describe

MAX_IDS = 10        # suppliers listed per level in the text view


def _clean(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def risk_report(register: pd.DataFrame, suppliers: pd.DataFrame, matrix: RiskMatrix,
                rules: RuleSet, basis: str = "inherent", today: date | None = None,
                language: str = "en", chain: str | None = None,
                actions: dict[tuple[str, str], dict] | None = None,
                chains: pd.DataFrame | None = None,
                details: bool | set[str] = True,
                area_labels: dict[str, str] | None = None,
                item_labels: dict[str, str] | None = None) -> dict:
    """The JSON-ready classification of ``suppliers`` (``company_id``, ``name``): the matrix,
    the heat map on ``basis``, and per supplier its level (highest residual level of its open
    risks) with every open risk's inherent and residual likelihood, severity and level.
    ``actions`` (:func:`core.risk.store.linked_actions`) resolves ``action:<id>`` controls;
    ``chains`` (``company_id``, ``chain``) adds the number of suppliers per level per chain.
    ``details``: list the open risks of every supplier (True), of some (a set of ids) or none."""
    today = today or date.today()
    companies = suppliers["company_id"].to_numpy(dtype=object).tolist()
    register = register[register["company_id"].isin(companies)].reset_index(drop=True)
    open_reg = register[register["status"] == "open"].reset_index(drop=True)
    risks = classify_risks(open_reg, matrix)
    reviews = review_status(open_reg, matrix, today)
    risks["review"] = reviews["review"].to_numpy()
    risks["next_review_due"] = [d.isoformat() if isinstance(d, date) else None
                                for d in reviews["next_review_due"]]
    levels = classify_suppliers(register, matrix, companies, "residual")
    inherent = classify_suppliers(register, matrix, companies, "inherent")
    per_company: dict[str, list[dict]] = {}
    describers = {r.id: r for r in rules.rules}
    if details is not True:
        wanted = set(details or ())
        risks = risks[risks["company_id"].isin(wanted)]
    for rec in _records(risks):
        per_company.setdefault(rec["company_id"], []).append(
            _risk_json(rec, describers, language, actions or {}, area_labels, item_labels))
    names = dict(zip(suppliers["company_id"], suppliers.get("name", suppliers["company_id"])))
    # classify_suppliers returns rows in the order of ``companies``: plain lists, no .loc per row
    ranks = levels["rank"].tolist()
    cells = zip(levels["likelihood"].tolist(), levels["severity"].tolist(), levels["score"].tolist())
    out_suppliers = []
    for cid, rank, level, inh, (li, si, score) in zip(companies, ranks, levels["level"].tolist(),
                                                     inherent["level"].tolist(), cells):
        out_suppliers.append({
            "company_id": cid, "name": _clean(names.get(cid)), "level": _clean(level),
            "rank": int(rank), "inherent_level": _clean(inh),
            "worst_cell": None if rank < 0 else {"likelihood": int(li), "severity": int(si),
                                                 "score": float(score)},
            **({"open_risks": per_company.get(cid, [])} if details is True or cid in per_company
               else {})})
    return {"as_of": today.isoformat(), "chain": chain, "basis": basis,
            "matrix": matrix.to_dict(), "rules": rules.source,
            "heat_map": heat_map(register, matrix, basis, companies),
            "chains": chain_summary(levels, chains) if chains is not None else {},
            "review_overdue": int((risks["review"] == "overdue").sum()),
            "suppliers": out_suppliers}


def chain_summary(levels: pd.DataFrame, chains: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Suppliers per (residual) level in each value chain; ``none`` counts those without open risks."""
    merged = chains.merge(levels[["company_id", "level"]], on="company_id")
    out: dict[str, dict[str, int]] = {}
    for chain, level in zip(merged["chain"].to_numpy(dtype=object), merged["level"].to_numpy(dtype=object)):
        key = "none" if level is None or (isinstance(level, float) and np.isnan(level)) else level
        counts = out.setdefault(chain, {})
        counts[key] = counts.get(key, 0) + 1
    return {c: out[c] for c in sorted(out)}


def render_register(report: dict, company_id: str, matrix: RiskMatrix, language: str = "en") -> str:
    """One supplier's open risks as text lines: id, category, inherent and residual cell and
    level, status, review and description."""
    from core.risk.messages import label as text_label
    sup = next((s for s in report["suppliers"] if s["company_id"] == company_id), None)
    if sup is None:
        return ""
    sup.setdefault("open_risks", [])
    levels = {lv.name: lv.label(language) for lv in matrix.levels}
    level = levels.get(sup["level"]) if sup["level"] else text_label("text", "no_open_risks", language)
    name = f" {sup['name']}" if sup["name"] and sup["name"] != sup["company_id"] else ""
    lines = [f"{sup['company_id']}{name}: {level}"]
    # the cell as "L4 S5" in English, "P4 S5" in Spanish/Portuguese: initials of the axis labels
    li, se = (text_label("text", axis, language)[:1] for axis in ("likelihood", "severity"))
    for r in sup["open_risks"]:
        decision = text_label("decision", r["decision"], language) if r["decision"] else ""
        lines.append(
            f"  {r['risk_id']:<28} {text_label('category', r['category'], language):<20} "
            f"{li}{r['inherent_likelihood']} {se}{r['inherent_severity']} {levels[r['inherent_level']]:<8} -> "
            f"{li}{r['residual_likelihood']} {se}{r['residual_severity']} {levels[r['level']]:<8} "
            f"{text_label('review', r['review'], language)}"
            + (f" [{decision}]" if decision else "") + (f"  {r['description']}" if r["description"] else ""))
    return "\n".join(lines)


_RECORD_COLUMNS = ("company_id", "risk_id", "category", "origin", "rule_id", "decision",
                   "description", "cause", "owner", "status", "controls", "last_review",
                   "next_review_due", "review", "inherent_level", "residual_level",
                   "evidence_field", "evidence_items")
_NUMBER_COLUMNS = ("inherent_likelihood", "inherent_severity", "inherent_score", "residual_l",
                   "residual_s", "residual_score", "evidence_value", "criticality")


def _iso(value: object) -> object:
    return value.isoformat()[:10] if hasattr(value, "isoformat") else _clean(value)


def _records(risks: pd.DataFrame) -> list[dict]:
    """Rows as dicts, each company's risks together, worst first. Built from column lists:
    ``DataFrame.to_dict('records')`` costs ~20x more on 100,000s of rows."""
    if risks.empty:
        return []
    codes, _ = pd.factorize(risks["company_id"].to_numpy(dtype=object))
    order = np.lexsort((-risks["residual_score"].to_numpy(dtype=float),
                        -risks["residual_rank"].to_numpy(dtype=float), codes))
    columns = {}
    for c in _RECORD_COLUMNS:
        values = risks[c].to_numpy(dtype=object)[order]
        values[pd.isna(values)] = None
        columns[c] = values.tolist()
    columns.update({c: risks[c].to_numpy(dtype=float)[order].tolist() for c in _NUMBER_COLUMNS})
    keys = list(columns)
    return [dict(zip(keys, values)) for values in zip(*columns.values())]


def _risk_json(rec: dict, rules: dict, language: str, actions: dict,
               area_labels: dict[str, str] | None = None,
               item_labels: dict[str, str] | None = None) -> dict:
    description = rec.get("description")
    if not description and rec.get("origin") == "derived":
        description = describe(rules.get(rec.get("rule_id") or ""), rec, language, area_labels, item_labels)
    controls = [c for c in (rec.get("controls") or "").split("\n") if c]
    evidence = None
    if rec.get("origin") == "derived":
        evidence = {k: _clean(rec.get(f"evidence_{k}")) for k in ("field", "value", "items")}
        evidence["criticality"] = _clean(rec.get("criticality"))
    return {"risk_id": rec["risk_id"], "category": rec["category"], "origin": rec["origin"],
            "rule_id": _clean(rec.get("rule_id")),
            "decision": _clean(rec.get("decision")) or ("pending" if rec["origin"] == "derived" else None),
            "description": description or "", "cause": _clean(rec.get("cause")),
            "owner": _clean(rec.get("owner")), "status": rec["status"],
            "controls": controls,
            "actions": [actions.get((rec["company_id"], c[len("action:"):]),
                                    {"action_id": c[len("action:"):], "missing": True})
                        for c in controls if c.startswith("action:")],
            "inherent_likelihood": int(rec["inherent_likelihood"]),
            "inherent_severity": int(rec["inherent_severity"]),
            "inherent_level": rec["inherent_level"], "inherent_score": float(rec["inherent_score"]),
            "residual_likelihood": int(rec["residual_l"]), "residual_severity": int(rec["residual_s"]),
            "level": rec["residual_level"], "score": float(rec["residual_score"]),
            "last_review": _iso(rec.get("last_review")), "next_review_due": rec["next_review_due"],
            "review": rec["review"], "evidence": evidence}


def render_text(report: dict, matrix: RiskMatrix, language: str = "en") -> str:
    """The heat map as a text grid with counts and level names, then suppliers per level."""
    basis = label("text", report["basis"], language)
    lines = [label("text", "heat_map", language, basis=basis, matrix=matrix.id)]
    if report.get("chain"):
        lines[0] += f" - {report['chain']}"
    cells = {(c["likelihood"], c["severity"]): c for c in report["heat_map"]["cells"]}
    n_l, n_s = matrix.size
    lv_labels = {lv.name: lv.label(language) for lv in matrix.levels}
    width = min(16, max(12, *(len(f"{s.value} {s.label(language)}") + 1 for s in matrix.severity),
                        *(len(f"9999 {name}") + 1 for name in lv_labels.values())))
    row_head = max(len(label("text", "likelihood", language)),
                   *(len(f"{s.value} {s.label(language)}") for s in matrix.likelihood)) + 1
    head = label("text", "likelihood", language).ljust(row_head) + "| "
    head += " ".join(f"{s.value} {s.label(language)}"[:width].ljust(width) for s in matrix.severity)
    head = head.rstrip()
    lines += ["", " " * row_head + "| " + label("text", "severity", language) + " ->", head,
              "-" * len(head)]
    for l in range(n_l, 0, -1):
        step = matrix.likelihood[l - 1]
        row = f"{step.value} {step.label(language)}".ljust(row_head) + "| "
        row += " ".join(f"{cells[(l, s)]['suppliers']:>4} {lv_labels[cells[(l, s)]['level']]}"[:width]
                        .ljust(width) for s in range(1, n_s + 1))
        lines.append(row.rstrip())
    lines += ["", label("text", "suppliers_per_level", language) + f" ({basis}):"]
    per_level = report["heat_map"]["suppliers_per_level"]
    for lv in reversed(matrix.levels):
        ids = per_level.get(lv.name, [])
        lines.append(f"  {lv.label(language)} ({len(ids)}): " + _ids(ids, language))
    none = report["heat_map"]["without_open_risks"]
    lines.append(f"  {label('text', 'no_open_risks', language)} ({len(none)}): " + _ids(none, language))
    if report.get("review_overdue"):
        lines.append(f"\n{label('review', 'overdue', language)}: {report['review_overdue']}")
    return "\n".join(lines)


def _ids(ids: list[str], language: str) -> str:
    shown = ", ".join(ids[:MAX_IDS])
    if len(ids) > MAX_IDS:
        shown += f", ... (+{len(ids) - MAX_IDS})"
    return shown or "-"

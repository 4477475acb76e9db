"""Derived risks: editable rules that turn project data into proposed risks, vectorised.

Rules are JSON (the defaults are ``resources/risk/rules.json``)::

    {"item_categories": {"cert_*": "compliance", ...},     # critical-gap item pattern -> category
     "severity_from_criticality": {"1": 1, ..., "5": 5},   # optional; default: linear onto the scale
     "severity_if_unknown": null,                          # step name/value; null: middle, rounded up
     "rules": [{"id": "finance_weak", "kind": "area_below", "areas": ["finance"], "below": 40,
                "categories": ["financial"], "likelihood": "likely", "severity": "criticality",
                "description": {"en": "... {field} {value} {threshold} ...", "es": ..., "pt": ...}},
               ...]}

Kinds: ``area_below`` (the lowest score among ``areas`` of the latest assessment is below
``below``), ``field_at_least`` / ``field_below`` (a company field, e.g. ``largest_client_share``,
compared with ``at_least`` / ``below``), ``critical_gap`` (one risk per category of the company's
critical gaps, the category found through ``item_categories``; unmapped items derive nothing;
``categories`` optionally restricts it). ``likelihood`` and ``severity`` are step names or values
of the matrix scales; ``severity: "criticality"`` maps the company's criticality (1-5) of what it
supplies onto the severity scale. Each derived risk has id ``<rule id>:<category>`` and keeps the
field, value and items that fired it.
"""
from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import Problem, UserInputError
from core.paths import resources_dir
from core.risk.matrix import RiskMatrix
from core.risk.register import CATEGORIES, COLUMNS

KINDS = ("area_below", "field_at_least", "field_below", "critical_gap")


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    categories: tuple[str, ...]
    likelihood: object
    severity: object
    fields: tuple[str, ...] = ()
    threshold: float | None = None
    description: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    item_categories: dict[str, str]
    severity_from_criticality: dict[int, object] | None = None
    severity_if_unknown: object | None = None
    source: str = "rules"

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def parse_rules(data: dict, source: str = "rules") -> RuleSet:
    """Validate a rule set; raises ``risk_rules_invalid`` naming each bad rule."""
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise UserInputError("risk_rules_invalid", source=source,
                             problems=[Problem("risk_rules_no_list")])
    item_categories = {str(k): str(v) for k, v in (data.get("item_categories") or {}).items()}
    for pattern, cat in item_categories.items():
        if cat not in CATEGORIES:
            problems.append(Problem("risk_unknown_category", column=pattern,
                                    params={"value": cat, "known": ", ".join(CATEGORIES)}))
    rules, seen = [], set()
    for i, raw in enumerate(data["rules"], start=1):
        raw = raw if isinstance(raw, dict) else {}
        rid = str(raw.get("id") or f"rule{i}")
        where = {"column": rid}
        if rid in seen:
            problems.append(Problem("risk_rule_duplicate", params={"rule": rid}))
        seen.add(rid)
        kind = raw.get("kind")
        if kind not in KINDS:
            problems.append(Problem("risk_rule_unknown_kind",
                                    params={"rule": rid, "value": kind, "known": ", ".join(KINDS)}))
            continue
        cats = raw.get("categories", raw.get("category", []))
        cats = (cats,) if isinstance(cats, str) else tuple(cats or ())
        for cat in cats:
            if cat not in CATEGORIES:
                problems.append(Problem("risk_unknown_category", **where,
                                        params={"value": cat, "known": ", ".join(CATEGORIES)}))
        if kind != "critical_gap" and not cats:
            problems.append(Problem("risk_rule_missing", params={"rule": rid, "key": "categories"}))
        fields: tuple[str, ...] = ()
        threshold = None
        if kind == "area_below":
            fields = tuple(f"area:{a}" for a in (raw.get("areas") or []))
            threshold = raw.get("below")
            key = "below"
        elif kind in ("field_at_least", "field_below"):
            fields = (str(raw.get("field") or ""),) if raw.get("field") else ()
            key = "at_least" if kind == "field_at_least" else "below"
            threshold = raw.get(key)
        if kind != "critical_gap":
            if not fields:
                problems.append(Problem("risk_rule_missing",
                                        params={"rule": rid, "key": "areas" if kind == "area_below" else "field"}))
            if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
                problems.append(Problem("risk_rule_missing", params={"rule": rid, "key": key}))
                threshold = None
        rules.append(Rule(rid, kind, cats, raw.get("likelihood", "likely"),
                          raw.get("severity", "criticality"), fields,
                          None if threshold is None else float(threshold),
                          dict(raw.get("description") or {})))
    mapping = data.get("severity_from_criticality")
    if mapping is not None:
        try:
            mapping = {int(k): v for k, v in mapping.items()}
        except (AttributeError, ValueError):
            problems.append(Problem("risk_rule_missing", params={"rule": "-", "key": "severity_from_criticality"}))
            mapping = None
    if problems:
        raise UserInputError("risk_rules_invalid", problems=problems, source=source)
    return RuleSet(tuple(rules), item_categories, mapping, data.get("severity_if_unknown"), source)


def default_rules_path() -> Path:
    """The built-in default rules (``resources/risk/rules.json``)."""
    return resources_dir() / "risk" / "rules.json"


def load_rules(path: str | Path | None = None) -> RuleSet:
    """A rule set from a JSON file; the built-in defaults when ``path`` is None."""
    path = Path(path) if path else default_rules_path()
    if not path.exists():
        raise UserInputError("file_not_found", path=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserInputError("risk_bad_json", path=str(path), detail=str(exc)) from exc
    return parse_rules(data, source=path.name)


def _step(matrix: RiskMatrix, axis: str, ref: object, rule: str) -> int:
    try:
        return matrix.scale_value(axis, ref)
    except KeyError:
        names = matrix.likelihood if axis == "likelihood" else matrix.severity
        raise UserInputError("risk_rules_invalid", source=rule, problems=[Problem(
            "risk_rule_unknown_step", column=rule,
            params={"rule": rule, "axis": axis, "value": ref,
                    "known": ", ".join(s.name for s in names)})]) from None


def severity_from_criticality(criticality: np.ndarray, rules: RuleSet, matrix: RiskMatrix) -> np.ndarray:
    """Severity values for criticalities 1-5 (NaN: unknown -> ``severity_if_unknown``)."""
    n = len(matrix.severity)
    crit = np.clip(np.asarray(criticality, dtype=float), 1, 5)
    if rules.severity_from_criticality:
        table = np.array([_step(matrix, "severity", rules.severity_from_criticality.get(c, c), "criticality")
                          for c in range(1, 6)])
        sev = table[np.nan_to_num(np.round(crit), nan=1).astype(int) - 1]
    else:
        sev = np.floor(1 + (crit - 1) * (n - 1) / 4 + 0.5)
    unknown = (n // 2 + 1 if rules.severity_if_unknown is None
               else _step(matrix, "severity", rules.severity_if_unknown, "severity_if_unknown"))
    return np.where(np.isnan(crit), unknown, sev).astype(np.int64)


def derive_risks(suppliers: pd.DataFrame, critical_gaps: pd.DataFrame | None,
                 rules: RuleSet, matrix: RiskMatrix) -> pd.DataFrame:
    """Proposed risks (a register frame, ``origin == "derived"``) for every supplier.

    ``suppliers``: one row per company with ``company_id``, ``criticality`` (1-5, NaN unknown),
    ``largest_client_share`` (0-1) and area scores of its latest assessment as ``area:<id>``
    columns (NaN: no score). ``critical_gaps``: ``company_id``, ``item`` (one row per gap).
    """
    ids = suppliers["company_id"].to_numpy(dtype=object)
    crit = pd.to_numeric(suppliers.get("criticality", pd.Series(np.nan, index=suppliers.index)),
                         errors="coerce").to_numpy(dtype=float)
    crit_sev = severity_from_criticality(crit, rules, matrix)
    parts = []
    for rule in rules.rules:
        likelihood = _step(matrix, "likelihood", rule.likelihood, rule.id)
        if rule.severity == "criticality":
            sev = crit_sev
        else:
            sev = np.full(len(ids), _step(matrix, "severity", rule.severity, rule.id))
        if rule.kind == "critical_gap":
            parts += _gap_risks(rule, critical_gaps, rules, suppliers, crit, crit_sev, likelihood, matrix)
            continue
        cols = [c for c in rule.fields if c in suppliers.columns]
        if not cols:
            continue
        values = suppliers[cols].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
        if rule.kind == "area_below" or rule.kind == "field_below":
            filled = np.where(np.isnan(values), np.inf, values)
            pick = filled.argmin(axis=1)
            value = filled[np.arange(len(ids)), pick]
            fires = value < rule.threshold
        else:
            filled = np.where(np.isnan(values), -np.inf, values)
            pick = filled.argmax(axis=1)
            value = filled[np.arange(len(ids)), pick]
            fires = value >= rule.threshold
        if not fires.any():
            continue
        names = np.array([c.split(":", 1)[-1] for c in cols], dtype=object)[pick[fires]]
        for cat in rule.categories:
            parts.append(pd.DataFrame({
                "company_id": ids[fires], "risk_id": f"{rule.id}:{cat}", "rule_id": rule.id,
                "category": cat, "inherent_likelihood": float(likelihood),
                "inherent_severity": sev[fires].astype(float), "evidence_field": names,
                "evidence_value": value[fires], "criticality": crit[fires]}))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(COLUMNS))
    out["origin"] = "derived"
    out["status"] = "open"
    for col in COLUMNS:
        if col not in out.columns:
            out[col] = np.nan if col.endswith(("likelihood", "severity")) else None
    return out[list(COLUMNS)]


def _gap_risks(rule: Rule, gaps: pd.DataFrame | None, rules: RuleSet, suppliers: pd.DataFrame,
               crit: np.ndarray, crit_sev: np.ndarray, likelihood: int,
               matrix: RiskMatrix) -> list[pd.DataFrame]:
    if gaps is None or gaps.empty or not rules.item_categories:
        return []
    # Everything on integer codes: the few distinct items are matched against the patterns
    # once, and one sort of (company, category, item) codes groups, orders and de-duplicates.
    company_codes, companies = pd.factorize(gaps["company_id"].to_numpy(dtype=object))
    item_codes, items = pd.factorize(gaps["item"].astype(str).to_numpy(dtype=object), sort=True)
    categories = sorted(set(rules.item_categories.values()))
    wanted = set(rule.categories or categories)
    category_of_item = np.full(len(items), -1, dtype=np.int64)
    for i, item in enumerate(items):
        for pattern, cat in rules.item_categories.items():
            if fnmatch.fnmatchcase(item.casefold(), pattern.casefold()):
                category_of_item[i] = categories.index(cat) if cat in wanted else -1
                break
    category_codes = category_of_item[item_codes]
    keep = category_codes >= 0
    if not keep.any():
        return []
    n_items, n_cats = len(items), len(categories)
    key = np.unique((company_codes[keep] * n_cats + category_codes[keep]) * n_items + item_codes[keep])
    group = key // n_items                      # company * n_cats + category, sorted
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    item_names = np.asarray(items, dtype=object)[key % n_items]
    joined = [", ".join(part.tolist()) for part in np.split(item_names, starts[1:])]
    group_company = np.asarray(companies, dtype=object)[group[starts] // n_cats]
    group_category = np.asarray(categories, dtype=object)[group[starts] % n_cats]
    position = pd.Index(suppliers["company_id"].to_numpy(dtype=object)).get_indexer(group_company)
    known = position >= 0
    idx = np.where(known, position, 0)
    unknown_sev = severity_from_criticality(np.array([np.nan]), rules, matrix)[0]
    if rule.severity == "criticality":
        sev = np.where(known, crit_sev[idx] if len(crit_sev) else unknown_sev, unknown_sev)
    else:
        sev = np.full(len(starts), _step(matrix, "severity", rule.severity, rule.id))
    return [pd.DataFrame({
        "company_id": group_company, "risk_id": rule.id + ":" + group_category,
        "rule_id": rule.id, "category": group_category,
        "inherent_likelihood": float(likelihood), "inherent_severity": sev.astype(float),
        "evidence_field": "critical_gaps", "evidence_items": np.asarray(joined, dtype=object),
        "criticality": np.where(known, crit[idx] if len(crit) else np.nan, np.nan)})]


def describe(rule: Rule | None, row: dict, language: str = "en",
             area_labels: dict[str, str] | None = None,
             item_labels: dict[str, str] | None = None) -> str:
    """The sentence explaining why a derived risk exists, in ``language``: the area by its label
    (``area_labels``: area id -> label), numbers with one decimal in the language's format
    (a share as a percentage). Templates with format specs (``{value:.0f}``, older project
    rules) still work with the raw numbers."""
    if rule is None:
        return ""
    from core.numbers import format_number, format_percent
    template = rule.description.get(language) or rule.description.get("en") or rule.id
    value = row.get("evidence_value")
    value = float(value) if value is not None and not pd.isna(value) else float("nan")
    field_name = row.get("evidence_field") or ""
    raw = {"field": field_name, "threshold": rule.threshold or 0, "value": value,
           "items": row.get("evidence_items") or ""}
    share = field_name.endswith("_share")
    items = row.get("evidence_items") or ""
    if item_labels and items:
        items = ", ".join(item_labels.get(i, i) for i in str(items).split(", "))
    local = dict(raw, field=(area_labels or {}).get(field_name, field_name), items=items,
                 value="-" if value != value else (format_percent(value, language, 1) if share
                                                   else format_number(value, language, 1)),
                 threshold=(format_percent(rule.threshold or 0, language, _places(rule.threshold * 100))
                            if share else format_number(rule.threshold or 0, language,
                                                        _places(rule.threshold))))
    for params in (local, raw):   # noqa: B007
        try:
            return template.format(**params)
        except (KeyError, ValueError, IndexError):
            continue
    return template


def _places(value: float | None) -> int:
    """No decimals for a whole threshold (40), one otherwise (37.5)."""
    return 0 if value is None or float(value).is_integer() else 1

"""A draft improvement plan proposed from a diagnosis, for the consultant to accept or edit.

One action per top improvement opportunity and one per critical gap (an item appears once),
each with a KPI suggested from the catalogue by the item's area; actions measured by the same
catalogue KPI share it. Actions are spread over the intervention: all start on ``start`` and
fall due in priority order between three and ``months`` months later.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterable, Protocol

from core.messages import message
from core.plans.kpi import suggest_kpi
from core.plans.model import ImprovementPlan


class OpportunityLike(Protocol):
    item: str
    area: str
    gap: float
    priority: float


def draft_plan(company_id: str, opportunities: Iterable[OpportunityLike], critical_gaps: Iterable[str],
               item_areas: dict[str, str], start: date, *, top_n: int = 5, months: int = 9,
               labels: dict[str, str] | None = None, language: str = "en",
               default_shares: tuple[float, float, float] = (0.75, 0.25, 0.0),
               levels: dict[str, tuple[str, str]] | None = None) -> ImprovementPlan:
    """Propose a plan: the first ``top_n`` opportunities, then every critical gap not among them.

    ``item_areas`` maps item names to areas (critical gaps that were left unanswered have no
    opportunity to take it from); ``labels`` maps item names to their text for action titles;
    ``levels`` maps an item to (target level, the toolkit's descriptor of that level): the
    title then says what to reach ("Reach level 4: written procedures...").
    """
    labels, levels = labels or {}, levels or {}
    chosen: list[tuple[str, str | None, str]] = []          # item, area, why
    for o in list(opportunities)[:top_n]:
        chosen.append((o.item, o.area, "opportunity"))
    seen = {c[0] for c in chosen}
    for item in critical_gaps:
        if item not in seen:
            chosen.append((item, item_areas.get(item), "critical_gap"))
            seen.add(item)
    plan = ImprovementPlan(company_id, agreed_on=None)
    end = start + timedelta(days=round(months * 30.4))
    first_due = start + timedelta(days=91)
    kpi_by_catalogue: dict[str, str] = {}
    for n, (item, area, why) in enumerate(chosen):
        fraction = n / (len(chosen) - 1) if len(chosen) > 1 else 0.0
        due = first_due + (end - first_due) * fraction
        suggestion = suggest_kpi(area)
        if suggestion.id not in kpi_by_catalogue:
            kpi = plan.add_kpi(suggestion.name(language), unit=suggestion.unit,
                               direction=suggestion.direction, catalogue_id=suggestion.id,
                               baseline_date=start, target_date=end)
            kpi_by_catalogue[suggestion.id] = kpi.id
        if item in levels:
            title = message("plan_draft_level_title", language, level=levels[item][0],
                            descriptor=levels[item][1])
        else:
            title = message("plan_draft_title", language, label=labels.get(item, item))
        plan.add_action(title, area=area, items=[item], start=start, due=due,
                        programme_share=default_shares[0], buyer_share=default_shares[1],
                        supplier_share=default_shares[2], kpi_id=kpi_by_catalogue[suggestion.id],
                        notes=message(f"plan_draft_{why}", language))
    return plan


def draft_for_company(conn, company_id: str, start: date, *, top_n: int = 5, months: int = 9,
                      language: str = "en") -> ImprovementPlan:
    """A draft plan from the company's latest stored assessment, re-scored with the exact
    toolkit workbook it was scored with (nothing is saved: the consultant edits it first)."""
    from core.errors import UserInputError
    from core.project.assessments import read_assessments
    from core.project.rescore import score_stored
    from core.toolkit.loader import load_toolkit
    current = read_assessments(conn, company_id, include_conflicts=False)
    row = None
    if current:
        row = conn.execute("SELECT workbook FROM toolkits WHERE sha256 = ?",
                           (current[-1].toolkit_sha256,)).fetchone()
    if row is None:
        raise UserInputError("plan_no_assessment", company=company_id)
    toolkit = load_toolkit(bytes(row[0]))
    return draft_from_scores(company_id, toolkit, score_stored(toolkit, [current[-1].answers]), start,
                             top_n=top_n, months=months, language=language)


def draft_from_scores(company_id: str, toolkit, scores, start: date, *, top_n: int = 5, months: int = 9,
                      language: str = "en") -> ImprovementPlan:
    """The draft plan of a diagnosis already re-scored (``scores``: :func:`score_stored` of the
    latest assessment alone, with ``toolkit``): a supplier report shows it without scoring twice."""
    items = toolkit.scored_items
    return draft_plan(company_id, scores.opportunities(0, top_n=top_n), scores.critical_gaps(0),
                      {it.name: it.area for it in items}, start, top_n=top_n, months=months,
                      labels={it.name: it.label(language) for it in items}, language=language,
                      levels=target_levels(toolkit, language))


def target_levels(toolkit, language: str) -> dict[str, tuple[str, str]]:
    """Item -> (target level, the label of the choice at that level) for the select_one items
    whose list has a choice scored at the item's target (the toolkit's level descriptor)."""
    out = {}
    for it in toolkit.scored_items:
        if it.type != "select_one" or it.list_name not in toolkit.lists:
            continue
        target = it.target if it.target is not None else it.scale_max
        choice = next((c for c in toolkit.lists[it.list_name].choices
                       if c.score is not None and target is not None and abs(c.score - target) < 1e-9),
                      None)
        if choice is not None:
            level = f"{target:g}"
            text = re.sub(r"^\s*" + re.escape(level) + r"\s*[-—–.:)]\s*", "", choice.label(language))
            out[it.name] = (level, text[:1].lower() + text[1:] if text[1:2].islower() else text)
    return out

"""Improvement plans, KPIs, follow-up workbooks and programme results.

Pure logic (dates as ``datetime.date``, a ``today`` parameter everywhere):
:mod:`~core.plans.model` (ImprovementPlan, Action, Kpi, Measurement and their ``add_*``),
:mod:`~core.plans.kpi` (catalogue, progress, on track / at risk / off track),
:mod:`~core.plans.plan` (percent complete, burn-up, overdue, next due),
:mod:`~core.plans.draft` (a draft plan from a diagnosis), :mod:`~core.plans.rounds`,
:mod:`~core.plans.phases`, :mod:`~core.plans.certification`, :mod:`~core.plans.results`.
Persistence: :mod:`~core.plans.store`; the follow-up workbook: :mod:`~core.plans.followup_export`
and :mod:`~core.plans.followup_import`; everything together: :mod:`~core.plans.report`.
"""
from core.plans import messages as _messages  # noqa: F401  (registers the sentences)
from core.plans.model import (ACTION_STATUSES, Action, ActionUpdate, ImprovementPlan, Kpi,
                              Measurement)

__all__ = ["ImprovementPlan", "Action", "ActionUpdate", "Kpi", "Measurement", "ACTION_STATUSES"]

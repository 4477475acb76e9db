"""Improvement plans, KPIs, follow-up workbooks and programme results.

Pure logic (dates as ``datetime.date``, a ``today`` parameter everywhere):
:mod:`~core.plans.model` (ImprovementPlan, Action, Kpi, Measurement and their ``add_*``),
:mod:`~core.plans.kpi` (catalogue, progress, on track / at risk / off track),
:mod:`~core.plans.plan` (percent complete, burn-up, overdue, next due),
:mod:`~core.plans.draft` (a draft plan from a diagnosis), :mod:`~core.plans.rounds`,
:mod:`~core.plans.phases`, :mod:`~core.plans.certification`, :mod:`~core.plans.results`.
Persistence: :mod:`~core.plans.store` (``save_plan(conn, plan)``, ``load_plans``, ...) and
:mod:`~core.plans.merge` (plans between project files); the follow-up workbook:
:mod:`~core.plans.followup_export` and :mod:`~core.plans.followup_import`; everything together
for the CLI and the GUI: :mod:`~core.plans.report` (``progress_report``, ``plans_overview``).

Building a plan (what a demo generator does)::

    plan = ImprovementPlan("S-001", agreed_on=date(2026, 3, 1))
    kpi = plan.add_kpi("Productividad", catalogue_id="productivity", unit="kg/h",
                       baseline_value=100, baseline_date=..., target_value=140, target_date=...)
    action = plan.add_action("Balanceo de línea", start=..., due=..., budget=8000,
                             programme_share=0.75, buyer_share=0.25, supplier_share=0, kpi_id=kpi.id)
    action.record(date(2026, 4, 1), percent=30, status="in_progress")   # monthly progress
    kpi.add_measurement(date(2026, 4, 1), 104.5, "ERP")
    with project.transaction() as conn:
        save_plan(conn, plan)
"""
from core.plans import messages as _messages  # noqa: F401  (registers the sentences)
from core.plans.model import ACTION_STATUSES, Action, ActionUpdate, ImprovementPlan, Kpi, Measurement

__all__ = ["ImprovementPlan", "Action", "ActionUpdate", "Kpi", "Measurement", "ACTION_STATUSES"]

"""The programme's plan, KPI, round, phase and certification figures, computed once per change.

The progress view and the dashboard read the same :func:`core.plans.report.progress_report`
(about a second on the demo), so one :class:`ReportSource` per session computes it in a worker
when a visible view first asks, and tells every view when it is ready.
"""
from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Signal

log = logging.getLogger("encadena.gui")


@dataclass
class ProgrammeFigures:
    """Everything the progress view and the dashboard draw, as the core returned it."""

    today: date
    report: dict                                      # progress_report(conn, today)
    plans: dict[str, Any] = field(default_factory=dict)   # company id -> ImprovementPlan
    assessments: pd.DataFrame = field(default_factory=pd.DataFrame)
    members: pd.DataFrame = field(default_factory=pd.DataFrame)   # company_id, chain, role

    def companies_of(self, chain: str | None) -> list[str]:
        """Company ids of one value chain (by name), or of every chain when None."""
        if self.members.empty:
            return []
        frame = self.members if chain is None else self.members[self.members["chain"] == chain]
        return sorted(set(frame["company_id"]))


def compute_figures(conn, today: date, progress=None) -> ProgrammeFigures:
    """Read the figures with the core (runs in a worker thread): the copy kept in the project
    when current (core.programme.aggregates), else computed and kept."""
    from core.plans.store import has_plan_tables, load_plans
    from core.programme.aggregates import programme_figures
    if progress:
        progress(0.1, "")
    figures = programme_figures(conn, today)
    plans = load_plans(conn) if has_plan_tables(conn) else {}
    return ProgrammeFigures(today, figures.report, plans, figures.assessments, figures.members)


class ReportSource(QObject):
    """Computes :class:`ProgrammeFigures` for the open programme on request; ``ready`` tells."""

    ready = Signal()
    failed = Signal(str)
    invalidated = Signal()         # the programme changed: views showing figures ask again

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.today: date | None = None          # None: the real today (tests pin a date)
        self.figures: ProgrammeFigures | None = None
        self._generation = 0
        self._running = False
        context.session.changed.connect(self.invalidate)

    def invalidate(self) -> None:
        self.figures = None
        self._generation += 1
        self._running = False
        self.invalidated.emit()

    def request(self) -> ProgrammeFigures | None:
        """The figures if computed; otherwise start computing them and return None."""
        session = self.context.session
        if self.figures is not None or not session.is_open:
            return self.figures
        if self._running:
            return None
        self._running = True
        generation, conn = self._generation, session.project.conn
        today = self.today or date.today()

        def done(figures: ProgrammeFigures) -> None:
            if generation != self._generation:       # the programme changed meanwhile
                return
            self._running = False
            self.figures = figures
            self.ready.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._running = False
            from gui.workers import error_text
            log.error("programme figures failed", exc_info=exc)
            self.failed.emit(error_text(exc, self.context.language))

        self.context.runner.run(lambda progress: compute_figures(conn, today, progress),
                                on_result=done, on_error=failed)
        return self.figures


_SOURCES: "weakref.WeakKeyDictionary[Any, ReportSource]" = weakref.WeakKeyDictionary()


def report_source(context) -> ReportSource:
    """The one source of the session in ``context`` (shared by every view)."""
    source = _SOURCES.get(context.session)
    if source is None:
        source = ReportSource(context, parent=context.session)
        _SOURCES[context.session] = source
    return source

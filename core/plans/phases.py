"""The six phases of a value chain intervention, planned vs actual, with late phases flagged.

Planned dates are the project's ``chain_phases`` (``starts_on``/``ends_on``); actual dates are
kept by this module. A phase is ``late`` when it should have ended and has not, or ended after
its planned end (``done_late``); the intervention is flagged ``long`` beyond 12 months and
``short`` under 9 (the methodology's 9-12 months).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.project.model import PHASES

TYPICAL_MONTHS = (9, 12)


@dataclass
class PhaseDates:
    """Planned (from the project) and actual (recorded here) dates of one phase."""

    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None


@dataclass
class PhaseStatus:
    """A phase as of a date: its status and how many days late it is."""

    phase: str
    dates: PhaseDates
    status: str          # not_started, in_progress, done, late, done_late, start_late, no_dates
    days_late: int       # > 0 for late, done_late and start_late

    def as_dict(self) -> dict:
        iso = {k: (v.isoformat() if v else None) for k, v in self.dates.__dict__.items()}
        return {"phase": self.phase, **iso, "status": self.status, "days_late": self.days_late}


def phase_status(phase: str, d: PhaseDates, today: date) -> PhaseStatus:
    """The status of one phase as of ``today``."""
    if d.actual_end:
        if d.planned_end and d.actual_end > d.planned_end:
            return PhaseStatus(phase, d, "done_late", (d.actual_end - d.planned_end).days)
        return PhaseStatus(phase, d, "done", 0)
    if d.planned_end and today > d.planned_end:
        return PhaseStatus(phase, d, "late", (today - d.planned_end).days)
    if d.actual_start:
        return PhaseStatus(phase, d, "in_progress", 0)
    if d.planned_start and today > d.planned_start:
        return PhaseStatus(phase, d, "start_late", (today - d.planned_start).days)
    if d.planned_start is None and d.planned_end is None:
        return PhaseStatus(phase, d, "no_dates", 0)
    return PhaseStatus(phase, d, "not_started", 0)


def chain_phases(phases: dict[str, PhaseDates], today: date) -> list[PhaseStatus]:
    """Every one of the six phases in methodology order (missing ones have no dates)."""
    return [phase_status(p, phases.get(p, PhaseDates()), today) for p in PHASES]


def intervention_months(phases: dict[str, PhaseDates]) -> float | None:
    """Planned length of the intervention in months, first planned start to last planned end."""
    starts = [d.planned_start for d in phases.values() if d.planned_start]
    ends = [d.planned_end for d in phases.values() if d.planned_end]
    if not starts or not ends:
        return None
    return (max(ends) - min(starts)).days / 30.44


def duration_flag(months: float | None) -> str | None:
    """``short`` under 9 months, ``long`` over 12, None within (or unknown)."""
    if months is None:
        return None
    low, high = TYPICAL_MONTHS
    return "short" if months < low - 0.05 else "long" if months > high + 0.05 else None

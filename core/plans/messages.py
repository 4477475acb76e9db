"""Labels of plan and phase codes, read from the word catalogue (the plan, KPI, certification
and follow-up sentences are in ``core/catalogue/words/messages_plans.json``)."""
from __future__ import annotations

ACTION_AND_KPI_STATUSES = ("not_started", "in_progress", "done", "blocked", "cancelled", "on_track",
                           "at_risk", "off_track", "no_data")


def status_labels(code: str) -> dict[str, str]:
    """Every language's label of an action or KPI status (catalogue ``status.<code>``)."""
    from core import catalogue
    return dict(catalogue.entries()[f"status.{code}"])


def status_label(code: str, language: str) -> str:
    """The translated label of an action or KPI status code (the code itself when unknown)."""
    from core import catalogue
    return catalogue.label(f"status.{code}", language, code)


def phase_label(phase: str, language: str) -> str:
    """The translated name of a value chain phase id (the id itself when unknown)."""
    from core import catalogue
    return catalogue.label(f"phase.{phase}", language, phase)


def phase_status_label(status: str, language: str) -> str:
    """The translated label of a phase status code (the code itself when unknown)."""
    from core import catalogue
    return catalogue.label(f"phase_status.{status}", language, status)

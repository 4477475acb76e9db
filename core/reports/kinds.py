"""The kinds of PDF report, one registry entry each: what the report is about (a company, a value
chain, the whole programme) and how its content is built from a project.

The command line (``encadena report``), the Reports menu and the PDF layout all look a kind up
here instead of dispatching on it: a new kind is one entry here and one layout in
``gui/reports/pdf.py`` (a test checks that every kind has one).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from core.registry import Registry
from core.reports import chain_data, report_data


@dataclass(frozen=True)
class ReportKind:
    """One kind of report. ``target`` is what it is about: ``"company"`` (an id), ``"chain"``
    (a name) or None (the whole programme); ``build(project, target, language, today)`` returns
    its content, an instance of ``data_type``."""

    key: str
    target: str | None
    data_type: type
    build: Callable[[Any, str | None, str, date], Any]


REPORT_KINDS: Registry[ReportKind] = Registry("report kind")

REPORT_KINDS.add("supplier", ReportKind(
    "supplier", "company", report_data.SupplierReport,
    lambda project, company, language, today: report_data.supplier_report(project, company, language, today)))
REPORT_KINDS.add("chain", ReportKind(
    "chain", "chain", chain_data.ChainReport,
    lambda project, chain, language, today: chain_data.chain_report(project, chain, language, today)))
REPORT_KINDS.add("programme", ReportKind(
    "programme", None, chain_data.ProgrammeReport,
    lambda project, _target, language, today: chain_data.programme_report(project, language, today)))


def kind_of(data: Any) -> ReportKind:
    """The kind of a report's content (``LookupError`` for an object no kind builds)."""
    for kind in REPORT_KINDS:
        if isinstance(data, kind.data_type):
            return kind
    raise LookupError(f"no report kind builds {type(data).__name__}")

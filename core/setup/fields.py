"""The fields of a company record a consultant enters: name, stored column, parser, label.

Kept apart from :mod:`core.setup.companies` (records as edits, above the project store) because
the survey importer recognises columns by these names too, and the survey sits below the project.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from core.setup.values import parse_amount, parse_count, parse_fraction, parse_text, parse_year, parse_yes_no


@dataclass(frozen=True)
class CompanyField:
    """A field of the company record: user name, stored column, parser, catalogue label."""
    name: str
    column: str
    parse: Callable[[str, Any], Any]

    @property
    def label_code(self) -> str:
        return f"setup.field_{self.name}"


FIELDS: dict[str, CompanyField] = {f.name: f for f in (
    CompanyField("name", "name", parse_text),
    CompanyField("legal_name", "legal_name", parse_text),
    CompanyField("trade_name", "trade_name", parse_text),
    CompanyField("tax_id", "tax_id", parse_text),
    CompanyField("sector", "sector", parse_text),
    CompanyField("region", "region", parse_text),
    CompanyField("municipality", "municipality", parse_text),
    CompanyField("contact", "contact", parse_text),
    CompanyField("employees", "employees", parse_count),
    CompanyField("sales", "annual_sales", parse_amount),
    CompanyField("founded", "founded", parse_year),
    CompanyField("women_led", "women_led", parse_yes_no),
    CompanyField("jobs_women", "jobs_women", parse_count),
    CompanyField("jobs_men", "jobs_men", parse_count),
    CompanyField("largest_client_share", "largest_client_share", parse_fraction),
    CompanyField("consultant", "consultant", parse_text),
)}

"""The programme's records as plain dataclasses (what the project file stores)."""
from __future__ import annotations

from dataclasses import dataclass, field

PHASES = ("formalisation", "diagnosis", "validation", "improvement_plan", "implementation",
          "documentation")
ROLES = ("buyer", "supplier")


@dataclass
class Programme:
    name: str
    country: str | None = None             # ISO 3166 alpha-2, e.g. "CR"
    currency: str = "USD"
    usd_rate: float = 1.0                  # programme currency per US$ (for size classes)
    number_format: str = "point"           # "point" 1,234.5 | "comma" 1.234,5
    size_scheme: str = "world_bank"        # chile, costa_rica, bolivia, world_bank, gni
    size_basis: str = "both"               # employees, sales, both (the larger class)
    gni_per_capita: float | None = None    # US$ PPP, for the "gni" scheme
    uid: str = ""
    created_at: str = ""
    created_by: str | None = None


@dataclass
class SuppliedItem:
    item: str
    criticality: int | None = None         # 1 (minor) .. 5 (critical for the buyer)


@dataclass
class Company:
    id: str
    name: str | None = None
    tax_id: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str = "supplier"
    employees: int | None = None
    annual_sales: float | None = None      # programme currency
    supplied_items: list[SuppliedItem] = field(default_factory=list)
    largest_client_share: float | None = None   # 0..1: share of sales to its largest client
    contact: str | None = None
    consultant: str | None = None
    origin: str | None = None
    created_at: str = ""
    updated_at: str = ""
    # the company record of issue 15 (migration 006)
    legal_name: str | None = None
    trade_name: str | None = None
    region: str | None = None
    municipality: str | None = None
    founded: int | None = None
    women_led: int | None = None           # 1 owned or managed by a woman, 0 not, None unknown
    jobs_women: int | None = None
    jobs_men: int | None = None

    @property
    def supplied_criticality(self) -> int | None:
        """The highest criticality over the supplied items (None when none is rated)."""
        rated = [s.criticality for s in self.supplied_items if s.criticality is not None]
        return max(rated) if rated else None


@dataclass
class ValueChain:
    name: str
    sector: str | None = None
    anchor_id: str | None = None           # the buyer company
    suppliers: list[str] = field(default_factory=list)
    phases: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # phase -> (start, end)
    consultant: str | None = None
    id: int | None = None
    uid: str = ""
    created_at: str = ""


@dataclass
class Assessment:
    company_id: str
    toolkit_id: str
    toolkit_version: str
    toolkit_sha256: str
    assessed_on: str                       # ISO date
    answers: dict[str, object]
    round: int | None = None
    consultant: str | None = None
    index: float | None = None
    band: str | None = None
    coverage: float | None = None
    area_scores: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)  # area -> (score, coverage)
    critical_gaps: list[str] = field(default_factory=list)
    status: str = "current"                # "conflict": waits for the user beside the current one
    conflicts_with: int | None = None
    kobo_uuid: str | None = None
    source_row: int | None = None
    metadata: dict[str, object] = field(default_factory=dict)
    import_id: int | None = None
    id: int | None = None
    uid: str = ""
    created_at: str = ""


@dataclass
class ImportRecord:
    file_name: str
    sha256: str
    sheet: str | None
    imported_at: str
    imported_by: str | None
    toolkit_sha256: str | None
    row_count: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    errors: int = 0
    mapping: dict = field(default_factory=dict)
    error_list: list[dict] = field(default_factory=list)
    origin_file: str | None = None
    id: int | None = None
    uid: str = ""


@dataclass
class ImportOutcome:
    """What an import did: counts of assessments, plus the rows that need the user."""

    added: int = 0
    updated: int = 0                       # an existing assessment completed (no answer changed)
    unchanged: int = 0
    conflicts: int = 0
    errors: int = 0                        # cell errors + rows without a company id
    companies_added: int = 0
    import_id: int | None = None
    conflict_rows: list[dict] = field(default_factory=list)   # {row, company_id, assessed_on, existing_id}
    skipped_rows: list[int] = field(default_factory=list)     # Excel rows with no company id
    flags: dict[str, int] = field(default_factory=dict)      # data-quality flag code -> responses
    # the first FLAG_ROWS flags: {row, company_id, code, value, threshold}
    flag_rows: list[dict] = field(default_factory=list)
    quality: object = field(default=None, repr=False)         # the QualityFlags (not serialised)

    FLAG_ROWS = 1000

    def add_flags(self, quality, survey) -> None:
        """Keep the data-quality flags of the import (counts and the first rows)."""
        self.quality = quality
        self.flags = quality.counts()
        for position in quality.flagged()[:self.FLAG_ROWS].tolist():
            for flag in quality.of(position):
                self.flag_rows.append({"row": int(survey.rows[position]),
                                       "company_id": survey.company_ids[position], **flag.as_dict()})
    cell_errors: list = field(default_factory=list)           # the survey's CellErrors (not in as_dict)

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("added", "updated", "unchanged", "conflicts", "errors",
                                               "companies_added", "import_id", "conflict_rows",
                                               "skipped_rows", "flags", "flag_rows")}

"""The ONE list of company columns every reader shows: the GUI companies table, the results
workbook, the CSV export, ``encadena project companies`` (and the PDF profile reads the same
words). A declarative table: adding a company field is one entry here (plus its header words in
``core/catalogue/words/labels_columns.json``, the migration and the model field).

Each entry names the read-model's column (``key``), the catalogue code of its header, how its
values are shown (``kind``; ``words`` turns codes into words: a catalogue domain such as
``size`` -> ``size.<code>``, or ``band`` / ``risk`` for the programme's toolkits and risk
matrix) and which readers show it (``shown_in``).
"""
from __future__ import annotations

from dataclasses import dataclass

READERS = frozenset({"table", "workbook", "csv", "cli"})
AREA_PREFIX = "area:"           # area score columns (one per area of the programme's toolkits)


@dataclass(frozen=True)
class CompanyColumn:
    """One column of the companies listing (see the module docstring)."""

    key: str
    header: str                              # catalogue code of the column header
    kind: str = "text"                       # text | number | percent | count | date | words
    decimals: int = 0                        # numbers: digits after the decimal mark
    words: str | None = None                 # kind "words": size | role | band | risk
    shown_in: frozenset[str] = READERS
    searchable: bool = False                 # the GUI's search box looks in it
    width: int = 12                          # characters, for workbooks


def _only(*readers: str) -> frozenset[str]:
    return frozenset(readers)


COMPANY_COLUMNS: tuple[CompanyColumn, ...] = (
    CompanyColumn("company_id", "column.company_id", searchable=True, width=14),
    CompanyColumn("name", "column.name", searchable=True, width=32),
    CompanyColumn("role", "column.role", "words", words="role", shown_in=_only("workbook", "csv")),
    CompanyColumn("chain_name", "column.chain", searchable=True, width=30),
    CompanyColumn("sector", "column.sector", shown_in=_only("workbook", "csv"), width=16),
    CompanyColumn("index", "column.index", "number", 1, width=9),
    CompanyColumn("band", "column.band", "words", words="band", width=16),
    CompanyColumn("risk_level", "column.risk_level", "words", words="risk", width=14),
    CompanyColumn("plan_progress", "column.plan_progress", "percent", width=10),
    CompanyColumn("size_class", "column.size_class", "words", words="size", width=10),
    CompanyColumn("employees", "column.employees", "count", shown_in=_only("workbook", "csv"), width=10),
    CompanyColumn("coverage", "column.coverage", "percent", shown_in=_only("table", "workbook", "csv"),
                  width=10),
    CompanyColumn("critical_gaps", "column.critical_gaps", "count", shown_in=_only("workbook", "csv"),
                  width=10),
    CompanyColumn("date", "column.date", "date", shown_in=_only("workbook", "csv", "cli"), width=12),
    CompanyColumn("round", "column.round", "count", shown_in=_only("table", "workbook", "csv"), width=8),
    CompanyColumn("conflicts", "column.conflicts", "count", shown_in=_only("cli"), width=8),
    CompanyColumn("flags", "column.flags", "count", shown_in=_only("table", "workbook", "csv"),
                  width=8),
)


def columns_for(reader: str) -> list[CompanyColumn]:
    """The columns ``reader`` (table, workbook, csv, cli) shows, in order (areas not included)."""
    return [c for c in COMPANY_COLUMNS if reader in c.shown_in]


def column(key: str) -> CompanyColumn:
    """The column ``key`` (KeyError when there is none)."""
    for c in COMPANY_COLUMNS:
        if c.key == key:
            return c
    raise KeyError(key)

"""What reading a survey produces (spec section 2). The readers live beside this module."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class CellError:
    """One survey cell that could not be used: exactly where, what it held and why (a code)."""

    sheet: str
    row: int            # Excel row number (CSV: line number)
    column: str         # Excel column letter
    item: str | None
    value: object
    code: str           # not_a_choice, not_a_number, out_of_range, not_a_choice_value, not_a_flag, ...
    message: str = ""   # English sentence; translated ones come from core.messages
    # the message parameters (item, value, min, max): message(code, language, **params)
    params: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "item": self.item,
                "value": self.value, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class ColumnMatch:
    column: str         # Excel letter
    header: str         # header text as written
    item: str           # item name
    how: str            # name, label, kobo_path, odk_path, split_choice, company_id, company_name, metadata
    choice: str | None = None  # for select_multiple split columns: the choice name


@dataclass
class MappingReport:
    sheet: str
    header_row: int                         # Excel row of the header
    matched: list[ColumnMatch] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)   # (letter, header)
    metadata: list[tuple[str, str]] = field(default_factory=list)    # Kobo/ODK provenance columns
    missing_items: list[str] = field(default_factory=list)           # scored items with no column
    # headers naming several items that neither groups nor order decide: (letter, header, items)
    ambiguous: list[tuple[str, str, list[str]]] = field(default_factory=list)
    # the workbook's other sheets, kept as provenance (KoboToolbox repeat groups): (name, rows)
    other_sheets: list[tuple[str, int]] = field(default_factory=list)
    id_column: str | None = None            # letter
    name_column: str | None = None          # letter


@dataclass(frozen=True)
class ImportOptions:
    sheet: str | None = None                # None: the first sheet that has a header
    decimal_comma: bool = False             # text numbers use 1.234,5
    id_column: str | None = None            # header text or Excel letter naming the company column
    strict: bool = False                    # any cell error refuses the import
    column_overrides: dict[str, str] = field(default_factory=dict)  # letter -> item name (GUI mapping edits)
    # role -> header text or letter: company_id, company_name, assessed_on, consultant or a
    # company-record field (core.survey.roles); the user's roles win over recognition
    column_roles: dict[str, str] = field(default_factory=dict)


@dataclass
class SurveyData:
    """The answers of one sheet, ready to score.

    ``values`` has one row per response and one float column per *scored* item (toolkit order):
    the raw value (select_one: the choice score; select_multiple: the sum of selected scores),
    NaN when missing or invalid. ``answers`` keeps every item's answer as text in canonical form
    (choice names; numbers as given) for storage. ``metadata`` holds Kobo/ODK provenance columns.
    """

    file: str
    sheet: str
    sha256: str
    rows: list[int]                         # Excel row of each response
    company_ids: list[str | None]
    company_names: list[str | None]
    values: pd.DataFrame
    answers: pd.DataFrame
    metadata: pd.DataFrame
    errors: list[CellError]
    mapping: MappingReport
    dates: list | None = None               # cells of the visit-date column (None: no such column)
    roles: dict[str, list] = field(default_factory=dict)   # role -> cells (consultant, company fields)
    role_columns: dict[str, str] = field(default_factory=dict)  # role -> Excel letter

    def __len__(self) -> int:
        return len(self.rows)

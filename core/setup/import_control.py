"""Import control: refuse an import that yields no usable row (saying why), give rows their date
from the date column, and keep a re-import of the same file from duplicating assessments.

The same file (by content hash) and the same company are the same assessment: an undated
re-import takes the date stored the first time; a re-import with another explicit date is
refused (remove the first import to re-date it).
"""
from __future__ import annotations

import sqlite3

import pandas as pd

from core.errors import UserInputError
from core.survey.matching import letter_index


def check_usable(survey, live_rows: int) -> None:
    """Raise when no row of ``survey`` can be stored, naming the reason."""
    if live_rows:
        return
    mapping = survey.mapping
    if not len(survey.rows):
        raise UserInputError("setup.import_no_rows", sheet=survey.sheet)
    if mapping.id_column is None:
        found = headers(mapping)
        shown = ", ".join(found[:12]) + (f", … (+{len(found) - 12})" if len(found) > 12 else "")
        raise UserInputError("setup.import_no_id_column", headers=shown)
    header = next((m.header for m in mapping.matched if m.column == mapping.id_column), "")
    raise UserInputError("setup.import_no_usable_row", rows=len(survey.rows),
                         column=mapping.id_column, header=header)


def headers(mapping) -> list[str]:
    """Every header of the sheet, in column order, as written."""
    cells = [(m.column, m.header) for m in mapping.matched]
    cells += list(mapping.unmatched) + list(mapping.metadata)
    cells = [(letter_index(c) or 0, h) for c, h in cells if h]
    return [f"'{h}'" for _, h in sorted(dict(cells).items())]


def reuse_dates(conn: sqlite3.Connection, frame: pd.DataFrame, sha256: str, toolkit_id: str,
                explicit: str | None, undated) -> None:
    """Give undated rows of a file imported before the dates stored then; refuse another date.

    ``frame`` has ``company_id`` and ``assessed_on`` (None where undated); changed in place.
    """
    stored = conn.execute(
        "SELECT a.company_id, a.assessed_on, i.id FROM assessments a JOIN imports i "
        "ON i.id = a.import_id WHERE i.sha256 = ? AND a.toolkit_id = ? ORDER BY a.assessed_on",
        (sha256, toolkit_id)).fetchall()
    if not stored:
        return
    dates: dict[str, list[str]] = {}
    import_of: dict[str, int] = {}
    for company, on, import_id in stored:
        dates.setdefault(company, []).append(on)
        import_of[company] = import_id
    on = frame["assessed_on"].tolist()
    for pos, company in enumerate(frame["company_id"].tolist()):
        if company not in dates:
            continue
        if undated[pos]:
            on[pos] = dates[company][0]
        elif explicit and on[pos] not in dates[company]:
            raise UserInputError("setup.reimport_other_date", import_id=import_of[company],
                                 company=company, stored=", ".join(dates[company]), given=on[pos])
    frame["assessed_on"] = pd.Series(on, index=frame.index, dtype=object)


def row_dates(survey, dates: pd.Series) -> pd.Series:
    """The date column's dates (when the survey has one) before any other source."""
    column = getattr(survey, "dates", None)
    if column is None:
        return dates
    from core.project.encode import _iso_dates
    mine = pd.Series(_iso_dates(pd.Series(column, dtype=object)), dtype=object)
    return mine.where(mine.notna(), dates)


def row_consultants(survey, pos, default: str | None) -> list:
    """The consultant of each written row: the consultant column's cell, else ``default``."""
    cells = getattr(survey, "roles", {}).get("consultant")
    if cells is None:
        return [default] * len(pos)
    out = []
    for p in list(pos):
        value = cells[int(p)]
        text = None if value is None or (isinstance(value, float) and value != value) else str(value).strip()
        out.append(text or default)
    return out


def apply_company_roles(conn: sqlite3.Connection, survey, live: pd.DataFrame) -> list:
    """Company-record fields from their columns: set where the record has none yet (an import
    never overwrites what a consultant entered). Returns the unusable cells as CellErrors."""
    from core.setup.companies import FIELDS
    from core.survey.model import CellError
    roles = {r: c for r, c in getattr(survey, "roles", {}).items() if r in FIELDS}
    errors = []
    if not roles:
        return errors
    letters = getattr(survey, "role_columns", {})
    firsts = live.drop_duplicates("company_id")
    for role, cells in roles.items():
        spec = FIELDS[role]
        updates = []
        for pos, row, company in zip(firsts["pos"], firsts["row"], firsts["company_id"]):
            raw = cells[int(pos)]
            try:
                value = spec.parse(role, None if isinstance(raw, float) and raw != raw else raw)
            except UserInputError as exc:
                errors.append(CellError(survey.sheet, int(row), letters.get(role, "?"), role, raw,
                                        exc.code, params=dict(exc.params)))
                continue
            if value is not None:
                updates.append((value, company))
        conn.executemany(f"UPDATE companies SET {spec.column} = COALESCE({spec.column}, ?) "
                         "WHERE id = ?", updates)
    return errors

"""The programme read-model: one typed, cached picture of a programme that every reader uses.

- :func:`read_programme` (:mod:`.model`) builds :class:`ProgrammeModel` from the store;
- :mod:`.columns` is the one list of company columns (GUI table, workbook, CSV, CLI);
- :mod:`.labels` names the programme's codes in a language (the word catalogue + toolkits);
- :mod:`.rows` turns the read-model into the rows a reader shows;
- :mod:`.picture` is one company as the company view shows it.
"""
from __future__ import annotations

from core.programme.columns import COMPANY_COLUMNS, CompanyColumn, columns_for
from core.programme.labels import Labels
from core.programme.model import ProgrammeModel, read_programme

__all__ = ["COMPANY_COLUMNS", "CompanyColumn", "Labels", "ProgrammeModel", "columns_for", "read_programme"]

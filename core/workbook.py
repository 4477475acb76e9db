"""Reading tabular files safely: xlsx / xlsm / xlsb / xls / ods through python-calamine, and CSV.

Every reader first judges the file by its content (:func:`core.filesafety.inspect_file`) and
refuses hostile or unusable files *before* parsing them (zip bombs, password protection, web
pages saved as .xls, Word files renamed .xlsx, giant sparse grids) with a
:class:`core.errors.UserInputError` carrying a code.

Cells come back exactly as calamine gives them: str, float, int, bool, datetime/date/time/
timedelta, and **empty cells are ""** (CSV: every cell is a str). xlsx numbers are floats even
when whole (3 -> 3.0) and a date-time at midnight comes back as a ``date``. No per-cell work is done here
because this read is the performance floor of the product; use :func:`is_empty` (which also
accepts None) where emptiness matters. Formula cells saved without a cached value (files
written by scripts and never opened in Excel) also read as "".
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, Protocol

from python_calamine import CalamineSheet, CalamineWorkbook, PasswordError

from core.csvread import read_csv
from core.errors import UserInputError
from core.filesafety import DEFAULT_LIMITS, ReadLimits, inspect_file
from core.progress import Progress
from core.registry import Registry

__all__ = ["Sheet", "ReadLimits", "sheet_names", "read_sheet", "read_all_sheets",
           "file_sha256", "is_empty", "file_format", "prefetch_sheet"]


@dataclass
class Sheet:
    """One sheet as a rectangular grid: ``rows[0]`` is Excel row 1 (CSV line 1), ``rows[i][j]``
    is column ``j`` (0 = A). Every row has ``width`` cells; empty cells are ""."""

    name: str
    rows: list[list[object]]
    source_format: str = ""              # xlsx, xlsm, xlsb, xls, ods or csv (by content)
    encoding: str | None = None          # CSV only
    delimiter: str | None = None         # CSV only

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def column(self, j: int, first_row: int = 0) -> list[object]:
        """The cells of column ``j`` (0-based) from ``rows[first_row]`` down. Built on demand
        (~23 ms CPU per 100,000 rows), so a reader pays only for the columns it maps."""
        rows = self.rows[first_row:] if first_row else self.rows
        return [row[j] for row in rows]

    def columns(self, first_row: int = 0) -> list[list[object]]:
        """Every column as a list (1.4 s CPU for 100,000 x 60; ``zip(*rows)`` measured slower:
        1.7 s). Prefer :meth:`column` for just the columns you need."""
        return [self.column(j, first_row) for j in range(self.width)]


def is_empty(value: object) -> bool:
    """True for an empty cell ("" from the readers, None from other code)."""
    return value is None or value == ""


def file_format(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """The format of ``path`` judged by content, after the safety checks (see module doc)."""
    return inspect_file(path, limits)


class SheetReader(Protocol):
    """How one kind of file (as :func:`core.filesafety.inspect_file` names it) is read."""

    def sheet_names(self, path: Path, kind: str, limits: ReadLimits) -> list[str]: ...

    def read_sheet(self, path: Path, kind: str, sheet: str | None, limits: ReadLimits) -> Sheet: ...

    def read_all(self, path: Path, kind: str, limits: ReadLimits) -> dict[str, Sheet]: ...


# One reader per kind of file, keyed by the kind sniffed from the content.
READERS: Registry[SheetReader] = Registry("file reader")


class CsvReader:
    """A CSV / text export: one sheet named after the file (see :mod:`core.csvread`)."""

    def sheet_names(self, path: Path, kind: str, limits: ReadLimits) -> list[str]:
        return [path.stem]

    def read_sheet(self, path: Path, kind: str, sheet: str | None, limits: ReadLimits) -> Sheet:
        if sheet is not None and sheet != path.stem:
            raise UserInputError("sheet_not_found", sheet=sheet, path=str(path), sheets=path.stem)
        text = read_csv(path, limits)
        return Sheet(path.stem, text.rows, "csv", text.encoding, text.delimiter)

    def read_all(self, path: Path, kind: str, limits: ReadLimits) -> dict[str, Sheet]:
        return {path.stem: self.read_sheet(path, kind, None, limits)}


class CalamineReader:
    """A workbook through python-calamine."""

    def sheet_names(self, path: Path, kind: str, limits: ReadLimits) -> list[str]:
        with _open(path, kind) as wb:
            return list(wb.sheet_names)

    def read_sheet(self, path: Path, kind: str, sheet: str | None, limits: ReadLimits) -> Sheet:
        return self.cells(path, kind, *self.parse(path, kind, sheet))

    def parse(self, path: Path, kind: str, sheet: str | None) -> tuple[str, CalamineSheet]:
        """The first half of :meth:`read_sheet`, which needs no GIL: (name, parsed sheet)."""
        with _open(path, kind) as wb:
            name = _sheet_name(path, wb, sheet)
            return name, _parsed(path, wb, name)

    def cells(self, path: Path, kind: str, name: str, parsed: CalamineSheet) -> Sheet:
        """The second half: the parsed sheet as Python cells."""
        return Sheet(name, _cells(path, parsed), kind)

    def read_all(self, path: Path, kind: str, limits: ReadLimits) -> dict[str, Sheet]:
        with _open(path, kind) as wb:
            return {name: Sheet(name, _rows(path, wb, name), kind) for name in wb.sheet_names}


READERS.add("csv", CsvReader())
READERS("xlsx", "xlsm", "xlsb", "xls", "ods")(CalamineReader())


def sheet_names(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The names of the sheets of a workbook (a CSV file has one sheet named after the file)."""
    path = Path(path)
    kind = inspect_file(path, limits)
    return READERS.get(kind).sheet_names(path, kind, limits)


def read_sheet(path: str | Path, sheet: str | None = None, *,
               limits: ReadLimits = DEFAULT_LIMITS, progress: Progress | None = None) -> Sheet:
    """Read one sheet (the first when ``sheet`` is None). ``progress`` may raise ``Cancelled``
    before the (uninterruptible) parse starts."""
    path = Path(path)
    started = _take_prefetched(path, sheet, limits)
    kind = inspect_file(path, limits) if started is None else None
    if progress:
        progress(0.0, "reading")
    result = started.result(path) if started is not None else None
    if result is None:
        kind = kind or inspect_file(path, limits)
        result = READERS.get(kind).read_sheet(path, kind, sheet, limits)
    if progress:
        progress(1.0, "read")
    return result


class _Prefetch:
    """One sheet parsed ahead of its :func:`read_sheet` (see :func:`prefetch_sheet`)."""

    def __init__(self, path: Path, sheet: str | None, limits: ReadLimits):
        self.key, self.stamp = (str(path.resolve()), sheet, limits), _stamp(path)
        self.parsed: tuple | None = None       # (reader, kind, name, parsed sheet)
        self.error: BaseException | None = None
        try:
            kind = inspect_file(path, limits)     # hostile files refused before parsing, as ever
            reader = READERS.get(kind)
            if hasattr(reader, "parse"):    # CSV is parsed in Python, under the GIL: not here
                self.parsed = (reader, kind, *reader.parse(path, kind, sheet))
        except Exception as exc:  # noqa: BLE001 - raised by the read_sheet that takes it
            self.error = exc

    def result(self, path: Path) -> Sheet | None:
        """The sheet (or the reader's error, raised here); None when it was not parsed."""
        if self.error is not None:
            raise self.error
        if self.parsed is None:
            return None
        reader, kind, name, parsed = self.parsed
        self.parsed = None
        return reader.cells(path, kind, name, parsed)


_prefetched: _Prefetch | None = None


def prefetch_sheet(path: str | Path, sheet: str | None = None, *,
                   limits: ReadLimits = DEFAULT_LIMITS) -> None:
    """Parse one sheet of ``path`` now and keep it for the next :func:`read_sheet` of the same
    file and sheet (any other read of that file drops it).

    Calamine parses without holding the GIL, so a command that knows its input early (``encadena
    score``, ``project import``) can load its modules in another thread meanwhile. The cells
    become Python objects only in :func:`read_sheet`. Nothing happens for a missing file; the
    safety checks and errors are those of :func:`read_sheet`, raised there.
    """
    global _prefetched
    path = Path(path)
    _prefetched = None              # one at a time: an earlier one nobody took is dropped
    if path.is_file():
        _prefetched = _Prefetch(path, sheet, limits)


def forget_prefetched() -> None:
    """Drop a prefetched sheet nobody took (a command that failed before reading it)."""
    global _prefetched
    _prefetched = None


def _take_prefetched(path: Path, sheet: str | None, limits: ReadLimits) -> Sheet | None:
    """The prefetched sheet when it is this one and the file has not changed since; else None."""
    global _prefetched
    started, _prefetched = _prefetched, None
    if started is None:
        return None
    try:
        here = str(path.resolve())
        same = started.key == (here, sheet, limits) and started.stamp == _stamp(path)
    except OSError:
        here, same = None, False
    if not same:
        if started.key[0] != here:
            _prefetched = started       # another file: still for whoever asked for it
        return None
    return started


def _stamp(path: Path) -> tuple:
    info = os.stat(path)
    return info.st_ino, info.st_size, info.st_mtime_ns


def read_all_sheets(path: str | Path, *, limits: ReadLimits = DEFAULT_LIMITS) -> dict[str, Sheet]:
    """Every sheet of a workbook (toolkits, follow-up workbooks), in workbook order."""
    path = Path(path)
    kind = inspect_file(path, limits)
    return READERS.get(kind).read_all(path, kind, limits)


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of the file's bytes, streamed in 1 MB blocks."""
    path = Path(path)
    if not path.is_file():
        raise UserInputError("file_not_found", path=str(path))
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _sheet_name(path: Path, wb: CalamineWorkbook, sheet: str | None) -> str:
    names = list(wb.sheet_names)
    if not names:
        raise UserInputError("no_sheets", path=str(path))
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise UserInputError("sheet_not_found", sheet=sheet, path=str(path), sheets=", ".join(names))
    return sheet


def _rows(path: Path, wb: CalamineWorkbook, name: str) -> list[list[object]]:
    return _cells(path, _parsed(path, wb, name))


def _parsed(path: Path, wb: CalamineWorkbook, name: str) -> CalamineSheet:
    """The sheet parsed by calamine (in Rust, without the GIL), not yet Python objects."""
    try:
        return wb.get_sheet_by_name(name)
    except PasswordError as exc:
        raise UserInputError("password_protected", path=str(path)) from exc
    except BaseException as exc:  # calamine raises several types for damaged content
        _raise_corrupt(path, exc)


def _cells(path: Path, parsed: CalamineSheet) -> list[list[object]]:
    try:
        return parsed.to_python(skip_empty_area=False)
    except BaseException as exc:
        _raise_corrupt(path, exc)


_SUFFIXES = {"xlsx": (".xlsx", ".xlsm"), "xlsm": (".xlsx", ".xlsm"), "xlsb": (".xlsb",),
             "xls": (".xls",), "ods": (".ods",)}


def _open(path: Path, kind: str) -> CalamineWorkbook:
    # from_path picks the parser by extension, so a mislabelled file (an .xlsx renamed .xls)
    # goes through from_filelike, which sniffs the content but first copies the whole file
    # into memory (35 ms and 28 MB for the 100,000 x 65 survey).
    try:
        if path.suffix.lower() in _SUFFIXES.get(kind, ()):
            return CalamineWorkbook.from_path(str(path))
        with path.open("rb") as f:
            return CalamineWorkbook.from_filelike(f)
    except PasswordError as exc:
        raise UserInputError("password_protected", path=str(path)) from exc
    except BaseException as exc:
        _raise_corrupt(path, exc)


def _raise_corrupt(path: Path, exc: BaseException) -> NoReturn:
    """``corrupt_file`` for calamine's errors, including a Rust panic (pyo3's PanicException
    derives from BaseException); KeyboardInterrupt and friends pass through untouched."""
    if isinstance(exc, Exception) or type(exc).__name__ == "PanicException":
        raise UserInputError("corrupt_file", path=str(path), detail=str(exc)[:200]) from exc
    raise exc

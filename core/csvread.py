"""Reading CSV / text exports: encoding and delimiter found from the content.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else cp1252
(Windows Latin-1, what Excel writes on Spanish/Portuguese Windows), else Latin-1 (never fails).
Mostly-UTF-8 text with a few invalid bytes stays UTF-8 (those bytes become U+FFFD).
Delimiters: comma, semicolon, tab or pipe, chosen from the first lines. Every cell is a string,
numbers included: the value parsers convert them with the decimal format the user chose.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import UserInputError

if TYPE_CHECKING:
    from core.filesafety import ReadLimits

DELIMITERS = (",", ";", "\t", "|")
_SEP_HINT = re.compile(r'"?sep=([,;\t|])"?\r?\n')
_SNIFF_LINES = 30


@dataclass
class CsvText:
    rows: list[list[str]]        # rectangular (short rows padded with "")
    encoding: str
    delimiter: str


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding name used to decode it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few stray bytes (two exports pasted together) stays UTF-8: reading it
    # all as cp1252 would garble every accent to fix a handful of cells.
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii - bad >= 10 * bad:
        return text, "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most regular, fields, or
    the one named by Excel's ``sep=;`` first line (kept as row 1 so line numbers stay true)."""
    hint = _SEP_HINT.match(text)
    if hint:
        return hint.group(1)
    sample = text[:64 * 1024].splitlines()[:_SNIFF_LINES]
    if len(sample) > 1 and len(text) > 64 * 1024:
        sample = sample[:-1]                 # the last line of the window may be cut short
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(r) for r in csv.reader(sample, delimiter=delimiter)]
        counts = [c for c in counts if c > 0]
        if not counts or counts[0] < 2:
            continue
        regular = sum(1 for c in counts if c == counts[0])
        score = (regular, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, limits: "ReadLimits") -> CsvText:
    """All rows of a CSV file as strings, refusing files beyond ``limits``."""
    text, encoding = decode(path.read_bytes())
    lines = text.count("\n") + 1
    if lines > limits.max_rows:
        raise UserInputError("too_many_rows", path=str(path), sheet=path.stem,
                             rows=lines, limit=limits.max_rows)
    delimiter = sniff_delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            # Excel caps a cell at 32,767 characters: a longer field is not a survey answer.
            raise UserInputError("csv_field_too_large", path=str(path),
                                 limit=csv.field_size_limit()) from exc
        raise UserInputError("corrupt_file", path=str(path), detail=str(exc)) from exc
    while rows and not rows[-1]:
        rows.pop()
    width = max(map(len, rows), default=0)
    if width > limits.max_columns:
        raise UserInputError("too_many_columns", path=str(path), sheet=path.stem,
                             columns=width, limit=limits.max_columns)
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return CsvText(rows, encoding, delimiter)

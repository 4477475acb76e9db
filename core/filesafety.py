"""Refuse hostile or mislabelled files before any parser touches them.

:func:`inspect_file` looks at a file's *content* (never its extension) and returns what it is
(``xlsx``, ``xlsm``, ``xlsb``, ``ods``, ``xls`` or ``csv``), or raises a
:class:`core.errors.UserInputError` with a code: ``empty_file``, ``corrupt_file``,
``not_a_spreadsheet``, ``html_not_spreadsheet``, ``password_protected``, ``zip_bomb``,
``too_many_rows``, ``too_many_columns`` or ``too_many_cells``.

Zip checks use the central directory only (sizes as declared), so they cost milliseconds.
"""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from core import filemessages  # noqa: F401  (registers the codes raised here)
from core.errors import UserInputError
from core.sheetextent import check_ods_extents, check_xlsx_extents

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MB = 1 << 20


@dataclass(frozen=True)
class ReadLimits:
    """Caps that protect memory. Measured on openpyxl-written workbooks: a 100,000 x 60 survey
    is 26 MB whose sheet XML expands to 227 MB (8.7:1); 100,000 x 65 gives 28 MB -> 244 MB
    (8.7:1); bench/make_survey.py's 100,000-row survey 28 MB -> 302 MB (10.8:1). Even 100,000 x
    20 identical values only reach 17:1 (zeros) to 25:1 ("yes"). So 100:1 and 1 GB leave a wide
    margin for real files while a zip bomb (1000:1 and more) is refused."""

    max_rows: int = 1_100_000            # Excel's own limit is 1,048,576
    max_columns: int = 16_384            # Excel's own limit (XFD)
    max_cells: int = 150_000_000         # rows x columns of the dense grid a sheet becomes
    max_uncompressed: int = 1 << 30      # 1 GB expanded in total
    max_ratio: float = 100.0             # per member, for members larger than ratio_min_size
    ratio_min_size: int = 1 * MB
    max_members: int = 10_000


DEFAULT_LIMITS = ReadLimits()

# Known binary signatures that are certainly not spreadsheets: magic -> language-neutral name.
_OTHER_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF",
    b"\x1f\x8b": "GZIP", b"Rar!": "RAR", b"7z\xbc\xaf": "7-Zip", b"{\\rtf": "RTF",
}
_OOXML_KINDS = (  # content-type fragment -> our format, or a name for what else it is
    ("sheet.macroenabled.main+xml", "xlsm"), ("spreadsheetml.sheet.main+xml", "xlsx"),
    ("spreadsheetml.template.main+xml", "xlsx"), ("sheet.binary.macroenabled.main", "xlsb"),
    ("wordprocessingml", "DOCX (Word)"), ("presentationml", "PPTX (PowerPoint)"),
)
_SPREADSHEETS = {"xlsx", "xlsm", "xlsb", "ods", "xls", "csv"}


def inspect_file(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> str:
    """What ``path`` holds, judged by content: a format name, or a ``UserInputError``."""
    path = Path(path)
    if not path.is_file():
        raise UserInputError("file_not_found", path=str(path))
    with path.open("rb") as f:
        head = f.read(8)
    if not head:
        raise UserInputError("empty_file", path=str(path))
    if head.startswith(b"PK"):
        return _inspect_zip(path, limits)
    if head.startswith(OLE2_MAGIC):
        return _inspect_ole2(path)
    for magic, kind in _OTHER_MAGIC.items():
        if head.startswith(magic):
            raise UserInputError("not_a_spreadsheet", path=str(path), kind=kind)
    with path.open("rb") as f:
        text_head = f.read(4096)
    markup = _markup_kind(text_head)
    if markup:
        code = "not_a_spreadsheet" if markup == "XML" else "html_not_spreadsheet"
        raise UserInputError(code, path=str(path), kind=markup)
    if b"\x00" in text_head and not text_head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UserInputError("not_a_spreadsheet", path=str(path), kind="binary")
    return "csv"


def _markup_kind(head: bytes) -> str | None:
    """'HTML', 'XML Spreadsheet 2003' or 'XML' when the text is markup rather than CSV."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            head = head[len(bom):].decode(codec, "ignore").encode("ascii", "ignore")
            break
    start = head.lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<head", b"<body", b"<meta")):
        return "HTML"
    if start.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in start:
            return "XML Spreadsheet 2003"
        if b"<html" in start:
            return "HTML"
        if start.startswith(b"<?xml"):
            return "XML"
    return None


def _inspect_zip(path: Path, limits: ReadLimits) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            check_zip_bomb(path, members, limits)
            kind = _zip_kind(zf)
            if kind not in _SPREADSHEETS:
                raise UserInputError("not_a_spreadsheet", path=str(path), kind=kind)
            if kind in ("xlsx", "xlsm"):
                check_xlsx_extents(path, zf, limits)
            elif kind == "ods":
                check_ods_extents(path, zf, limits)
            return kind
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise UserInputError("corrupt_file", path=str(path), detail=str(exc)) from exc


def check_zip_bomb(path: Path, members: list[zipfile.ZipInfo], limits: ReadLimits) -> None:
    """Refuse archives whose declared sizes could exhaust memory (before decompressing).
    ``detail`` is written with numbers and symbols only, so it reads the same in every language."""
    if len(members) > limits.max_members:
        raise UserInputError("zip_bomb", path=str(path), reason="members", count=len(members),
                             limit=limits.max_members,
                             detail=f"{len(members):,} ZIP entries > {limits.max_members:,}")
    total = sum(m.file_size for m in members)
    if total > limits.max_uncompressed:
        raise UserInputError("zip_bomb", path=str(path), reason="total", megabytes=total // MB,
                             limit=limits.max_uncompressed // MB,
                             detail=f"{total / MB:,.0f} MB > {limits.max_uncompressed / MB:,.0f} MB")
    for m in members:
        if m.file_size > limits.ratio_min_size:
            ratio = m.file_size / max(m.compress_size, 1)
            if ratio > limits.max_ratio:
                raise UserInputError("zip_bomb", path=str(path), reason="ratio", member=m.filename,
                                     ratio=round(ratio), megabytes=m.file_size // MB,
                                     limit=limits.max_ratio,
                                     detail=f"{m.filename}: {ratio:,.0f}:1, {m.file_size / MB:,.0f} MB "
                                            f"> {limits.max_ratio:,.0f}:1")


def _zip_kind(zf: zipfile.ZipFile) -> str:
    names = set(zf.namelist())
    if "mimetype" in names:
        with zf.open("mimetype") as f:
            mime = f.read(200).decode("ascii", "replace").strip()
        if mime == "application/vnd.oasis.opendocument.spreadsheet":
            return "ods"
        if mime.startswith("application/vnd.oasis.opendocument."):
            return "OpenDocument " + mime.rsplit(".", 1)[-1]
    if "[Content_Types].xml" in names:
        info = zf.getinfo("[Content_Types].xml")
        if info.file_size > MB:
            return "ZIP"
        types = zf.read(info).decode("utf-8", "replace").lower()
        for fragment, kind in _OOXML_KINDS:
            if fragment in types:
                return kind
    # Some generators omit or mangle [Content_Types].xml; calamine still reads the parts.
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "word/document.xml" in names:
        return "DOCX (Word)"
    return "ZIP"


def _inspect_ole2(path: Path) -> str:
    """An OLE2 container: a legacy .xls, an encrypted OOXML workbook, or a Word/other file."""
    found = _ole2_stream_names(path)
    if {"EncryptedPackage", "EncryptionInfo"} & found:
        raise UserInputError("password_protected", path=str(path))
    if {"Workbook", "Book"} & found:
        return "xls"
    if "WordDocument" in found:
        raise UserInputError("not_a_spreadsheet", path=str(path), kind="DOC (Word 97-2003)")
    if "PowerPoint Document" in found:
        raise UserInputError("not_a_spreadsheet", path=str(path), kind="PPT (PowerPoint 97-2003)")
    raise UserInputError("not_a_spreadsheet", path=str(path), kind="OLE2")


_OLE2_NAMES = ("EncryptedPackage", "EncryptionInfo", "Workbook", "Book", "WordDocument",
               "PowerPoint Document")


def _ole2_stream_names(path: Path) -> set[str]:
    """Which of the stream names we care about occur in the file.

    They live in the directory sectors as UTF-16LE; a byte search finds them without parsing
    the FAT (~20 ms for 30 MB), read in 8 MB blocks so a huge file never sits in memory."""
    wanted = {name: name.encode("utf-16-le") for name in _OLE2_NAMES}
    found: set[str] = set()
    tail = b""
    with path.open("rb") as f:
        while block := f.read(8 << 20):
            data = tail + block
            found.update(name for name, raw in wanted.items() if raw in data)
            tail = data[-64:]
    return found

"""Print layout rules of the report documents, on top of Qt's rich text:

- column widths from content: every column at least as wide as its longest word (header in bold
  included), the rest of the line shared in proportion to how much each column's text wants; words
  are never broken (the document wraps only between words, see :func:`text_option`);
- headings kept with what follows (:func:`keep_with_next`): a heading, and a short paragraph under
  it, never ends a page without the first lines of the table or picture they introduce.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

FONT = "DejaVu Sans"
CELL_PADDING = 3          # the tables' cellpadding, in 96-dpi pixels
CELL_EXTRA = 2 * CELL_PADDING + 4     # padding both sides, borders, and a little air
PAGE_WIDTH = {"width": 672.0}          # the body width in 96-dpi pixels (set per document)
TAG = re.compile(r"<[^>]+>")
BREAK = re.compile(r"<br\s*/?>", re.I)


def text_option() -> QTextOption:
    """Wrap between words only: never "Presupuest/o" at a column's edge."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    return option


@lru_cache(maxsize=8)
def _metrics(points: float, bold: bool) -> QFontMetricsF:
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(round(96 / 0.0254))
    probe.setDotsPerMeterY(round(96 / 0.0254))
    font = QFont(FONT)
    font.setPointSizeF(points)
    font.setBold(bold)
    return QFontMetricsF(font, probe)


@lru_cache(maxsize=20000)
def _widths(text: str, points: float, bold: bool) -> tuple[float, float]:
    """(longest word, longest line) of ``text`` in 96-dpi pixels."""
    metrics = _metrics(points, bold)
    lines = [line.strip() for line in text.split("\n")]
    words = [w for line in lines for w in line.split()]
    longest_word = max((metrics.horizontalAdvance(w) for w in words), default=0.0)
    longest_line = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
    return longest_word, longest_line


def plain(html: str) -> str:
    """The visible text of a cell's HTML (line breaks kept, non-breaking spaces joined)."""
    return unescape(TAG.sub("", BREAK.sub("\n", html))).replace("\u00a0", "\u2060")


def column_widths(headers: list[str], rows: list[list[str]], small: bool,
                  available: float | None = None) -> list[float]:
    """Column widths in percent of the line, from the headers' and cells' text (HTML)."""
    points = 7.5 if small else 9.0
    available = available or PAGE_WIDTH["width"]
    n = len(headers)
    low, high, total = [0.0] * n, [0.0] * n, [0.0] * n
    for j, head in enumerate(headers):
        word, line = _widths(plain(head), points, True)
        low[j], high[j] = word, line
    for row in rows:
        for j, cell in enumerate(row[:n]):
            word, line = _widths(plain(cell), points, False)
            low[j], high[j], total[j] = max(low[j], word), max(high[j], line), total[j] + line
    low = [w + CELL_EXTRA for w in low]
    high = [max(h + CELL_EXTRA, lo) for h, lo in zip(high, low)]
    if sum(high) <= available:
        share = [h * available / sum(high) for h in high]
    elif sum(low) <= available:
        share = _fill(low, high, total, available - sum(low))
    else:
        share = [lo * available / sum(low) for lo in low]
    return [round(100.0 * s / available, 2) for s in share]


def _fill(low: list[float], high: list[float], total: list[float], spare: float) -> list[float]:
    """Share ``spare`` among columns in proportion to how much text each holds (fewer lines in
    all), none beyond its longest line."""
    share = list(low)
    active = [j for j in range(len(low)) if high[j] > low[j]]
    while spare > 0.5 and active:
        weight = sum(max(total[j], 1.0) for j in active)
        given = 0.0
        for j in list(active):
            add = min(spare * max(total[j], 1.0) / weight, high[j] - share[j])
            share[j] += add
            given += add
            if share[j] >= high[j] - 0.01:
                active.remove(j)
        spare -= given
        if given < 0.5:
            break
    return share


# -- keeping headings with what follows ------------------------------------------------------------
def _elements(doc: QTextDocument):
    """The top-level blocks and tables of ``doc`` in order: (kind, object, rect)."""
    layout = doc.documentLayout()
    out = []
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            out.append(("frame", frame, layout.frameBoundingRect(frame)))
        else:
            block = it.currentBlock()
            if block.isValid():
                out.append(("block", block, layout.blockBoundingRect(block)))
        it += 1
    return out


def _keeps(kind: str, obj, previous_keeps: bool) -> bool:
    """Does this element belong with the next one (a heading, or a short note under one)?"""
    if kind != "block":
        return False
    if obj.blockFormat().headingLevel() > 0:
        return True
    return previous_keeps and obj.length() < 400 and obj.text().strip() != "" and \
        not _has_image(obj)


def _has_image(block) -> bool:
    it = block.begin()
    while not it.atEnd():
        if it.fragment().charFormat().isImageFormat():
            return True
        it += 1
    return False


def _first_rows(doc: QTextDocument, frame, rect, default: float) -> float:
    """Height from a table's top to the end of its first body row (the header row and one row),
    or the whole of a short table."""
    cursor = QTextCursor(doc)
    cursor.setPosition(frame.firstPosition())
    table = cursor.currentTable()
    if table is None:
        return min(rect.height(), default)
    if table.rows() <= SMALL_TABLE:          # a short table (band scale, signatures) stays whole
        return rect.height()
    layout = doc.documentLayout()
    row = min(table.rows() - 1, max(1, table.format().headerRowCount()))
    bottom = max(layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block()).bottom()
                 for c in range(table.columns()))
    return max(default, bottom - rect.top())


FIRST_UNIT = 48.0   # the least of a table to keep with its heading: header row and a row or two
SMALL_TABLE = 6    # rows: a table this short moves whole


def keep_with_next(doc: QTextDocument, page_height: float, scale: float, passes: int = 8) -> int:
    """Move headings (with their notes) that would end a page away from what they introduce to the
    next page; returns how many were moved. ``scale``: device pixels per 96-dpi pixel."""
    moved = 0
    for _ in range(passes):
        elements = _elements(doc)
        changed = False
        k = 0
        while k < len(elements):
            if not _keeps(elements[k][0], elements[k][1], False):
                k += 1
                continue
            start = k
            while k + 1 < len(elements) and _keeps(elements[k + 1][0], elements[k + 1][1], True) \
                    and elements[k + 1][0] == "block" and k + 1 - start < 3:
                k += 1
            if k + 1 >= len(elements):
                break
            kind, obj, rect = elements[k + 1]
            need = rect.height() if kind == "block" else _first_rows(doc, obj, rect, FIRST_UNIT * scale)
            need = min(need, 0.4 * page_height)
            top = elements[start][2].top()
            page = int(top // page_height)
            end = rect.top() + need
            block = elements[start][1]
            moved_already = block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if int((end - 1) // page_height) > page and not moved_already \
                    and top - page * page_height > 0.05 * page_height:
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                moved += 1
                changed = True
                break
            k += 1
        if not changed:
            break
    return moved


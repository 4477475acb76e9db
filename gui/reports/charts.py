"""Charts for PDF reports, drawn with QPainter into vector pictures (no widgets, works offscreen)."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPicture, QPolygonF

FONT = "DejaVu Sans"
CURRENT, TARGET, PREVIOUS = QColor("#1f4e79"), QColor("#c00000"), QColor("#7f9fbf")


def _font(pixels: int, bold: bool = False) -> QFont:
    """A font sized in image pixels (the images are printed at about 240 dpi)."""
    font = QFont(FONT)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


_PICTURES: dict = {}


def _image(width: int, height: int) -> tuple[QPicture, QPainter]:
    """A vector picture (replayed into the PDF as lines and text: sharp at any zoom, a few KB)."""
    picture = QPicture()
    picture.setBoundingRect(QRect(0, 0, width, height))
    painter = QPainter(picture)
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    return picture, painter


def _frozen(value):
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


def once(draw):
    """Draw each distinct picture once (a batch of reports repeats matrices and legends)."""
    def cached(*args, **kwargs):
        key = (draw.__name__, _frozen(args), _frozen(sorted(kwargs.items())))
        if key not in _PICTURES:
            if len(_PICTURES) > 64:
                _PICTURES.clear()
            _PICTURES[key] = draw(*args, **kwargs)
        return _PICTURES[key]
    cached.__doc__, cached.__name__ = draw.__doc__, draw.__name__
    return cached


@once
def radar_chart(labels: list[str], current: list[float | None], target: list[float | None],
                previous: list[float | None] | None, legend: tuple[str, str, str],
                size: tuple[int, int] = (1400, 1000)) -> QPicture:
    """Area scores (0-100) on spokes: current filled, target dashed, previous round dotted."""
    image, p = _image(*size)
    w, h = size
    cx, cy, r = w * 0.5, h * 0.46, min(w * 0.30, h * 0.31)
    n = max(3, len(labels))
    angle = [(-math.pi / 2) + 2 * math.pi * k / n for k in range(n)]

    def point(k: int, value: float) -> QPointF:
        return QPointF(cx + r * value / 100 * math.cos(angle[k]), cy + r * value / 100 * math.sin(angle[k]))

    p.setFont(_font(26))
    grid = QPen(QColor("#bfbfbf"), 2)
    for ring in (20, 40, 60, 80, 100):
        p.setPen(grid)
        p.drawPolygon(QPolygonF([point(k, ring) for k in range(n)]))
        p.setPen(QColor("#808080"))
        p.drawText(QPointF(cx + 6, cy - r * ring / 100 + 22), str(ring))
    for k in range(n):
        p.setPen(grid)
        p.drawLine(QPointF(cx, cy), point(k, 100))
    series = [(target, TARGET, Qt.DashLine, None), (current, CURRENT, Qt.SolidLine, 70)]
    if previous and any(v is not None for v in previous):
        series.insert(0, (previous, PREVIOUS, Qt.DotLine, None))
    for values, colour, style, alpha in series:
        pts = [point(k, v if v is not None else 0.0) for k, v in enumerate(values[:n])]
        if len(pts) < 3:
            continue
        path = QPainterPath()
        path.addPolygon(QPolygonF(pts + [pts[0]]))
        if alpha is not None:
            fill = QColor(colour)
            fill.setAlpha(alpha)
            p.fillPath(path, fill)
        p.setPen(QPen(colour, 6 if alpha is not None else 5, style))
        p.drawPath(path)
    p.setPen(QColor("#262626"))
    p.setFont(_font(34))
    for k, text in enumerate(labels):
        pt = point(k, 122)
        box = QRectF(pt.x() - 230, pt.y() - 60, 460, 120)
        p.drawText(box, Qt.AlignCenter | Qt.TextWordWrap, text)
    _legend(p, [(legend[0], CURRENT, Qt.SolidLine), (legend[1], TARGET, Qt.DashLine)]
            + ([(legend[2], PREVIOUS, Qt.DotLine)] if len(series) == 3 else []), w, h)
    p.end()
    return image


def _legend(p: QPainter, entries, w: int, h: int) -> None:
    p.setFont(_font(30))
    x = 30
    for text, colour, style in entries:
        p.setPen(QPen(colour, 6, style))
        p.drawLine(QPointF(x, h - 40), QPointF(x + 70, h - 40))
        p.setPen(QColor("#262626"))
        p.drawText(QPointF(x + 85, h - 28), text)
        x += 110 + p.fontMetrics().horizontalAdvance(text)


@once
def risk_matrix(grid: list[list[tuple[str, str]]], likelihood: list[str], severity: list[str],
                cell: tuple[int, int] | None, axis: tuple[str, str],
                size: tuple[int, int] = (1400, 1000), counts: list[list[int]] | None = None) -> QPicture:
    """The matrix with likelihood rows (high at the top) and severity columns; the supplier's
    worst cell is outlined and marked; ``counts`` (a chain's heat map) are written in the cells."""
    image, p = _image(*size)
    w, h = size
    n_l, n_s = len(likelihood), len(severity)
    left, top, bottom = 330, 70, 200
    cw, ch = (w - left - 30) / n_s, (h - top - bottom) / n_l
    p.setFont(_font(28))
    for l in range(1, n_l + 1):
        y = top + (n_l - l) * ch
        p.setPen(QColor("#262626"))
        p.drawText(QRectF(10, y, left - 20, ch), Qt.AlignRight | Qt.AlignVCenter | Qt.TextWordWrap,
                   f"{l} {likelihood[l - 1]}")
        for s in range(1, n_s + 1):
            colour, text = grid[l - 1][s - 1]
            rect = QRectF(left + (s - 1) * cw, y, cw, ch)
            fill = QColor(colour)
            fill.setAlpha(150)
            p.fillRect(rect, fill)
            p.setPen(QPen(QColor("white"), 4))
            p.drawRect(rect)
            p.setPen(QColor("#262626"))
            p.drawText(rect.adjusted(6, 6, -6, -6), Qt.AlignLeft | Qt.AlignTop, text)
            if counts and counts[l - 1][s - 1]:
                p.save()
                p.setFont(_font(56, bold=True))
                p.drawText(rect, Qt.AlignCenter, str(counts[l - 1][s - 1]))
                p.restore()
    for s in range(1, n_s + 1):
        rect = QRectF(left + (s - 1) * cw, top + n_l * ch + 8, cw, 110)
        p.drawText(rect, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, f"{s} {severity[s - 1]}")
    p.setFont(_font(32, bold=True))
    p.drawText(QRectF(left, h - 70, w - left, 60), Qt.AlignCenter, axis[1] + " →")
    p.drawText(QRectF(0, 0, left, top), Qt.AlignLeft | Qt.AlignVCenter, axis[0] + " ↑")
    if cell:
        l, s = cell
        rect = QRectF(left + (s - 1) * cw, top + (n_l - l) * ch, cw, ch).adjusted(5, 5, -5, -5)
        p.setPen(QPen(QColor("black"), 10))
        p.drawRect(rect)
        p.setBrush(QColor("black"))
        p.drawEllipse(rect.center(), 24, 24)
    p.end()
    return image

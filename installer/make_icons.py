"""Draw the Encadena application icon with Qt and write installer/icons/encadena.{png,ico,icns}.

Drawn in code (three linked rings over a rising bar: suppliers linked to a buyer, improving) so
no binary artwork needs to be kept in git. Run by the platform build scripts.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

OUT = Path(__file__).resolve().parent / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#1f5f8b"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    pen = QPen(QColor("#ffffff"), 18 * s)
    p.setPen(pen)
    p.setBrush(Qt.NoBrush)
    for i, colour in enumerate(("#ffffff", "#f2b134", "#ffffff")):
        pen.setColor(QColor(colour))
        p.setPen(pen)
        p.drawEllipse(QPointF((72 + 56 * i) * s, 112 * s), 34 * s, 34 * s)
    p.setPen(Qt.NoPen)
    for i, height in enumerate((28, 44, 62)):
        p.setBrush(QColor("#8fd19e"))
        p.drawRoundedRect(QRectF((70 + 42 * i) * s, (214 - height) * s, 30 * s, height * s), 6 * s, 6 * s)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    OUT.mkdir(parents=True, exist_ok=True)
    ok = draw(256).save(str(OUT / "encadena.png"))
    ok &= draw(256).save(str(OUT / "encadena.ico"))
    ok &= draw(512).save(str(OUT / "encadena.icns"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

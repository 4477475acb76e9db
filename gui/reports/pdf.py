"""PDF reports with Qt: ``QTextDocument`` laid out on ``QPdfWriter`` pages, A4 or Letter, with a
footer (report, date, "page x of y") on every page; fonts are embedded by Qt as subsets (DejaVu
Sans). Charts are vector pictures drawn over room the text keeps for them (a blank 1-pixel image
of the chart's size), so a supplier report weighs ~45 KB instead of ~280 KB of JPEGs. Print rules
(widths from content, words never broken, headings kept with what follows): :mod:`gui.reports.layout`.

The content comes from :mod:`core.reports.report_data` / :mod:`core.reports.chain_data`;
this module only lays it out (see :mod:`gui.reports.html_supplier` and
:mod:`gui.reports.html_chain`), one layout per report kind (:data:`LAYOUTS`).
``encadena report`` (:mod:`gui.reports.command`) loads it when it runs.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPicture,
    QTextDocument,
)

from core.errors import UserInputError
from core.registry import Registry
from core.reports.kinds import kind_of
from core.reports.labels import label
from core.safe_output import atomic_output, names
from core.safe_output.files import check_folder
from gui.reports import html_chain, html_supplier
from gui.reports.layout import PAGE_WIDTH, keep_with_next, text_option

FONT = "DejaVu Sans"
DPI = 300
MARGINS_MM = QMarginsF(16, 14, 16, 12)
FOOTER_MM = 8.0
CSS = """
body { font-family: 'DejaVu Sans'; color: #262626; }
h1 { font-size: 17pt; color: #1f4e79; margin: 0 0 2pt 0; }
h2 { font-size: 12pt; color: #1f4e79; margin: 12pt 0 4pt 0; }
h3 { font-size: 10pt; color: #1f4e79; margin: 8pt 0 3pt 0; }
p { margin: 2pt 0 4pt 0; }
.muted { color: #595959; }
.small { font-size: 7.5pt; }
table.grid { border-collapse: collapse; border-color: #bfbfbf; }
table.grid th { background-color: #1f4e79; color: white; font-weight: bold; }
td.num, th.num { text-align: right; }
.big { font-size: 26pt; font-weight: bold; color: #1f4e79; }
"""

# How each report kind (core.reports.kinds.REPORT_KINDS) is laid out: fn(data, width) ->
# (html, images by name, footer title). tests/test_registries.py checks every kind has one.
LAYOUTS: Registry = Registry("report layout")
LAYOUTS.add("supplier", html_supplier.supplier_html)
LAYOUTS.add("chain", html_chain.chain_html)
LAYOUTS.add("programme", html_chain.programme_html)


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen in the CLI). A ``QApplication``, not
    a bare ``QGuiApplication``: widgets created later in the same process (tests, the desktop
    app) need it, and a process can hold only one application object."""
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication
        app = QApplication(["encadena-report"])
    return app


def page_layout(paper: str = "a4") -> QPageLayout:
    size = QPageSize(QPageSize.Letter if paper == "letter" else QPageSize.A4)
    return QPageLayout(size, QPageLayout.Portrait, MARGINS_MM, QPageLayout.Millimeter)


def layout_of(data):
    """``fn(width) -> (html, images by name, footer title)`` for a report's content: its own
    ``to_html`` when it lays itself out (the directory's catalogue and shortlist), else the
    layout registered for its kind (:data:`LAYOUTS`)."""
    own = getattr(data, "to_html", None)
    if own is not None:
        return own
    layout = LAYOUTS.get(kind_of(data).key)
    return lambda width: layout(data, width)


def build_document(data, width_px: float, device, page: QSizeF | None = None) -> tuple[QTextDocument, str]:
    """The laid-out document of a report and its footer title (paginated to ``page``)."""
    layout = layout_of(data)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont(FONT, 9))
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    if page is not None:            # before the content: the text is laid out once
        doc.setPageSize(page)
    doc.setDefaultTextOption(text_option())
    # Rich-text image widths are in 96-dpi pixels, scaled to the device's resolution.
    scale = max(1, device.logicalDpiX()) / 96.0
    width_px = width_px / scale
    PAGE_WIDTH["width"] = width_px
    html, images, title = layout(width_px)
    pictures = {name: p for name, p in images.items() if isinstance(p, QPicture)}
    for name, image in images.items():
        if name not in pictures:
            doc.addResource(QTextDocument.ImageResource, QUrl(name), image)
    doc.setHtml(_place_pictures(doc, html, pictures))
    if page is not None:
        keep_with_next(doc, page.height(), scale)
    doc.placed_pictures = picture_rects(doc, pictures, scale)
    return doc, title


BLANK = QImage(1, 1, QImage.Format_RGB32)
BLANK.fill(QColor("white"))


def _place_pictures(doc: QTextDocument, html: str, pictures: dict) -> str:
    """Give each ``<img src="img://...">`` its picture's height and a blank 1-pixel image: the
    text keeps the room, the chart itself is drawn as vectors over it (:func:`picture_rects`)."""
    for name in pictures:
        doc.addResource(QTextDocument.ImageResource, QUrl(name), BLANK)

    def sized(match: re.Match) -> str:
        box = pictures[match.group(1)].boundingRect()
        width = float(match.group(2))
        return f'<img src="{match.group(1)}" width="{width:.0f}" height="{width * box.height() / max(1, box.width()):.0f}"'
    return re.sub(r'<img src="(img://[^"]+)" width="([0-9.]+)"',
                  lambda m: sized(m) if m.group(1) in pictures else m.group(0), html)


def _image_fragments(doc: QTextDocument, pictures: dict):
    found = []
    block = doc.begin()
    while block.isValid():
        if "\ufffc" not in block.text():      # no inline object (image) in this block
            block = block.next()
            continue
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name() in pictures:
                found.append((fragment, fmt.toImageFormat()))
            it += 1
        block = block.next()
    return found


def picture_rects(doc: QTextDocument, pictures: dict, scale: float) -> list[tuple[QRectF, object]]:
    """Where each chart sits in the laid-out document (device pixels), with its picture."""
    out = []
    layout = doc.documentLayout()
    for fragment, fmt in _image_fragments(doc, pictures):
        block = doc.findBlock(fragment.position())
        rect = layout.blockBoundingRect(block)
        line = block.layout().lineForTextPosition(fragment.position() - block.position())
        if not line.isValid():
            continue
        x = rect.left() + line.cursorToX(fragment.position() - block.position())[0]
        width, height = fmt.width() * scale, fmt.height() * scale
        y = rect.top() + line.y() + line.ascent() - height
        out.append((QRectF(x, y, width, height), pictures[fmt.name()]))
    return out


def _draw_pictures(painter: QPainter, placed, top: float, height: float) -> None:
    for rect, picture in placed:
        if rect.bottom() <= top or rect.top() >= top + height:
            continue
        box = picture.boundingRect()
        painter.save()
        painter.translate(rect.topLeft())
        # play() rescales from the picture's resolution to the device's: undo that here.
        dpi = picture.logicalDpiX() / max(1, painter.device().logicalDpiX())
        painter.scale(dpi * rect.width() / max(1, box.width()), dpi * rect.height() / max(1, box.height()))
        picture.play(painter)
        painter.restore()


def write_pdf(data, path: str | Path, paper: str = "a4", inputs=()) -> Path:
    """Write the PDF of a supplier, value chain or programme report to ``path`` (atomically;
    never over one of ``inputs``, e.g. the project)."""
    path = Path(path)
    ensure_application()
    with atomic_output(path, inputs) as tmp:
        _write_pdf(data, tmp, path, paper)
    return path


def _write_pdf(data, tmp: Path, path: Path, paper: str) -> None:
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setCreator("Encadena")
    body = writer.pageLayout().paintRectPixels(DPI)
    footer = FOOTER_MM / 25.4 * DPI
    doc, title = build_document(data, body.width(), writer, QSizeF(body.width(), body.height() - footer))
    writer.setTitle(title)
    painter = QPainter()
    if not painter.begin(writer):
        raise UserInputError("report_cannot_write", path=str(path), detail="cannot open the PDF for writing")
    try:
        _paint(doc, painter, body.width(), body.height() - footer, footer, title, data,
               new_page=writer.newPage)
    finally:
        painter.end()
    del writer                   # flushes and closes the file before it is published


def render_png(data, folder: str | Path, paper: str = "a4", dpi: int = 60) -> list[Path]:
    """Render the report's pages to PNG files (``page-1.png``...): to look at reports in tests."""
    ensure_application()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    layout = page_layout(paper)
    full, body = layout.fullRectPixels(dpi), layout.paintRectPixels(dpi)
    probe = _page_image(full.width(), full.height(), dpi)
    footer = FOOTER_MM / 25.4 * dpi
    doc, title = build_document(data, body.width(), probe, QSizeF(body.width(), body.height() - footer))
    paths = []
    for page in range(doc.pageCount()):
        image = _page_image(full.width(), full.height(), dpi)
        painter = QPainter(image)
        painter.translate(body.left(), body.top())
        _paint(doc, painter, body.width(), body.height() - footer, footer, title, data,
               pages=[page], total=doc.pageCount())
        painter.end()
        paths.append(folder / f"page-{page + 1}.png")
        image.save(str(paths[-1]))
    return paths


def _page_image(width: int, height: int, dpi: int) -> QImage:
    image = QImage(width, height, QImage.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    return image


def _paint(doc: QTextDocument, painter: QPainter, width: float, height: float, footer: float,
           title: str, data, new_page=None, pages: list[int] | None = None, total: int | None = None) -> None:
    total = total or doc.pageCount()
    for n, page in enumerate(pages if pages is not None else range(total)):
        if n and new_page:
            new_page()
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        _draw_pictures(painter, getattr(doc, "placed_pictures", []), page * height, height)
        painter.restore()
        painter.save()
        painter.setFont(QFont(FONT, 7))
        painter.setPen(QColor("#7f7f7f"))
        line_y = height + footer * 0.25
        painter.drawLine(0, int(line_y), int(width), int(line_y))
        box = QRectF(0, line_y, width, footer * 0.75)
        page_text = label("page", data.language, page=page + 1, pages=total)
        metrics = painter.fontMetrics()
        room = width - metrics.horizontalAdvance(page_text) - metrics.horizontalAdvance("MM")
        generated = label("generated", data.language, date=data.today.isoformat())
        left = metrics.elidedText(title, Qt.ElideRight, max(0, int(room - metrics.horizontalAdvance(
            f" · {generated}")))) + f" · {generated}"
        painter.drawText(box, Qt.AlignLeft | Qt.AlignVCenter, left)
        painter.drawText(box, Qt.AlignRight | Qt.AlignVCenter, page_text)
        painter.restore()


def safe_file_name(text: str) -> str:
    """A file name from a company id (see :func:`core.safe_output.safe_file_name`)."""
    return names.safe_file_name(text, "report")


def write_chain_batch(project, chain: str, folder: str | Path, language: str = "en", today=None,
                      paper: str = "a4", progress=None, jobs: int | None = None) -> list[Path]:
    """One supplier diagnostic report per assessed supplier of ``chain`` into ``folder``, drawn
    by ``jobs`` worker processes (default: one per core; see :mod:`gui.reports.batch`)."""
    from datetime import date

    from core.reports.chain_data import find_chain
    from gui.reports.batch import write_reports
    today = today or date.today()
    found = find_chain(project, chain)
    folder = check_folder(folder)
    reports = _chain_reports(project, list(found.suppliers), folder, language, today)
    paths = write_reports(reports, len(found.suppliers), paper, inputs=[getattr(project, "path", None)],
                          jobs=jobs, progress=progress)
    if progress:
        progress(1.0, str(folder))
    return paths


def _chain_reports(project, suppliers: list[str], folder: Path, language: str, today):
    """(report data, target file) of each supplier that has a diagnosis, in order (lazily)."""
    from core.reports.report_data import ToolkitCache, risk_context, supplier_report
    stems = names.safe_file_names(suppliers, "report")   # distinct, even ignoring case
    toolkits, risks = ToolkitCache(project), risk_context(project, today)
    for cid in suppliers:
        try:
            data = supplier_report(project, cid, language, today, toolkits=toolkits, risk_context=risks)
        except UserInputError as exc:
            if exc.code == "report_no_assessment":
                continue              # nothing to report on yet
            raise
        yield data, names.path_inside(folder, f"{stems[cid]}.pdf")

"""PDF reports with Qt: ``QTextDocument`` laid out on ``QPdfWriter`` pages, A4 or Letter, with a
footer (report, date, "page x of y") on every page; fonts are embedded by Qt (DejaVu Sans).

The content comes from :mod:`core.reports.report_data` / :mod:`core.reports.chain_data`;
this module only lays it out (see :mod:`gui.reports.html_supplier` and
:mod:`gui.reports.html_chain`), one layout per report kind (:data:`LAYOUTS`).
``encadena report`` (:mod:`gui.reports.command`) loads it when it runs.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter,
                           QPdfWriter, QTextDocument)

from core.errors import UserInputError
from core.registry import Registry
from core.reports.kinds import kind_of
from core.reports.labels import label
from core.safe_output import atomic_output, names
from core.safe_output.files import check_folder
from gui.reports import html_chain, html_supplier

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


def build_document(data, width_px: float, device, page: QSizeF | None = None) -> tuple[QTextDocument, str]:
    """The laid-out document of a report and its footer title (paginated to ``page``)."""
    layout = None if hasattr(data, "to_html") else LAYOUTS.get(kind_of(data).key)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(QFont(FONT, 9))
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    if page is not None:            # before the content: the text is laid out once
        doc.setPageSize(page)
    # Rich-text image widths are in 96-dpi pixels, scaled to the device's resolution.
    width_px = width_px * 96.0 / max(1, device.logicalDpiX())
    if hasattr(data, "to_html"):        # reports that lay themselves out (directory, shortlist)
        html, images, title = data.to_html(width_px)
    else:
        html, images, title = layout(data, width_px)
    for name, image in images.items():
        doc.addResource(QTextDocument.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    return doc, title


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
        painter.restore()
        painter.save()
        painter.setFont(QFont(FONT, 7))
        painter.setPen(QColor("#7f7f7f"))
        line_y = height + footer * 0.25
        painter.drawLine(0, int(line_y), int(width), int(line_y))
        box = QRectF(0, line_y, width, footer * 0.75)
        painter.drawText(box, Qt.AlignLeft | Qt.AlignVCenter,
                         f"{title} · {label('generated', data.language, date=data.today.isoformat())}")
        painter.drawText(box, Qt.AlignRight | Qt.AlignVCenter,
                         label("page", data.language, page=page + 1, pages=total))
        painter.restore()


def safe_file_name(text: str) -> str:
    """A file name from a company id (see :func:`core.safe_output.safe_file_name`)."""
    return names.safe_file_name(text, "report")


def write_chain_batch(project, chain: str, folder: str | Path, language: str = "en", today=None,
                      paper: str = "a4", progress=None) -> list[Path]:
    """One supplier diagnostic report per assessed supplier of ``chain`` into ``folder``."""
    from datetime import date

    from core.reports.chain_data import find_chain
    from core.reports.report_data import ToolkitCache, risk_context, supplier_report
    today = today or date.today()
    found = find_chain(project, chain)
    folder = check_folder(folder)
    stems = names.safe_file_names(list(found.suppliers), "report")   # distinct, even ignoring case
    toolkits, risks = ToolkitCache(project), risk_context(project, today)
    paths = []
    for k, cid in enumerate(found.suppliers):
        if progress:
            progress(k / max(1, len(found.suppliers)), cid)
        try:
            data = supplier_report(project, cid, language, today, toolkits=toolkits, risk_context=risks)
        except UserInputError as exc:
            if exc.code == "report_no_assessment":
                continue              # nothing to report on yet
            raise
        target = names.path_inside(folder, f"{stems[cid]}.pdf")
        paths.append(write_pdf(data, target, paper, inputs=[getattr(project, "path", None)]))
    if progress:
        progress(1.0, str(folder))
    return paths

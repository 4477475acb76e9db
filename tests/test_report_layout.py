"""Print layout of every PDF kind in en/es/pt, A4 and Letter, with long names, read back from the
PDF's text positions (pypdf): words never broken across lines in table headers, headings never
the last thing on a page, no page under a quarter full unless it is the last, continued tables
repeat their header, the supplier's first page holds the summary, radar and area table."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from test_export import TODAY, build_programme  # noqa: E402

pytestmark = pytest.mark.gui
LONG = "Procesadora Agroindustrial de Lácteos y Derivados del Valle Central Sociedad Anónima"


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    from core.project import Project
    path = tmp_path_factory.mktemp("layout") / "p.encadena"
    build_programme(path)
    with Project.open(path, backups=False) as project:
        chain = project.value_chains()[1]
        project.save_company(replace(project.company(chain.suppliers[0]), name=LONG))
    return path


def _lines(path) -> list[list[tuple[float, str]]]:
    """Per page, the text runs as (distance from the top in points, text)."""
    reader = pypdf.PdfReader(str(path))
    pages = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        runs: list[tuple[float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs, height=height):
            if text.strip():
                runs.append((height - (cm[5] + tm[5] * cm[3]),
                             " ".join(unicodedata.normalize("NFKC", text).split())))
        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _report(project, kind: str, language: str):
    from core.reports.chain_data import chain_report, programme_report
    from core.reports.report_data import supplier_report
    chain = project.value_chains()[1]
    if kind == "supplier":
        return supplier_report(project, chain.suppliers[0], language, TODAY)
    if kind == "chain":
        return chain_report(project, chain.name, language, TODAY)
    return programme_report(project, language, TODAY)


HEADINGS = ("area_results", "top_opportunities", "critical_gaps", "risk_section", "plan_section",
            "plan_draft", "signatures", "side_by_side", "heat_map", "risk_map", "plan_progress",
            "kpi_results", "phases", "chain_results", "co_financing", "certification_list", "scale")
HEADERS = ("budget", "owner", "inherent", "residual", "certified", "priority", "controls",
           "description", "status", "pending_reasons", "improving", "overdue", "planned")


@pytest.mark.parametrize("language", ["en", "es", "pt"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("kind", ["supplier", "chain", "programme"])
def test_layout(programme, tmp_path, kind, language, paper):
    from core.project import Project
    from core.reports.labels import label
    from gui.reports.pdf import write_pdf
    with Project.open(programme, backups=False) as project:
        data = _report(project, kind, language)
        path = write_pdf(data, tmp_path / f"{kind}.pdf", paper)
    pages = _lines(path)
    page_height = 842 if paper == "a4" else 792
    headings = {label(h, language) for h in HEADINGS}
    words = {w for h in HEADERS for w in re.findall(r"\w{6,}", label(h, language))}
    texts = [t for runs in pages for _, t in runs]
    tokens = {w for t in texts for w in re.findall(r"\w+", t)}
    for word in words:                      # a header word printed at all is printed whole
        pieces = [t for t in tokens if t != word and len(t) >= 3 and word.startswith(t)
                  and word[len(t):] in tokens]
        assert not pieces, (word, pieces)
    for n, runs in enumerate(pages):
        body = [(y, t) for y, t in runs if y < page_height - 40]       # above the footer
        assert body, f"page {n + 1} is empty"
        last = max(body)[1]
        if n < len(pages) - 1:
            assert last not in headings, f"page {n + 1} ends with the heading {last!r}"
            assert max(body)[0] > page_height * 0.25, f"page {n + 1} under a quarter full"
    if kind == "supplier":
        first = " ".join(t for _, t in pages[0])
        assert label("area_results", language) in first and label("result", language) in first
        for area in data.areas:
            assert area.label in first, area.label               # radar labels and area table
    if kind == "programme" and len(pages) > 2:
        head = label("pending_reasons", language)
        start = next(n for n, runs in enumerate(pages) if any(label("certification_list", language) in t
                                                               for _, t in runs))
        for runs in pages[start + 1:]:
            assert any(head in t for _, t in runs), "continued table without its header row"


def test_parentheses_and_area_labels(programme, tmp_path):
    from core.project import Project
    from gui.reports.pdf import write_pdf
    with Project.open(programme, backups=False) as project:
        path = write_pdf(_report(project, "chain", "es"), tmp_path / "c.pdf")
    text = " ".join(t for runs in _lines(path) for _, t in runs)
    assert "((" not in text.replace(" ", "") and "))" not in text.replace(" ", "")
    assert "área finance" not in text

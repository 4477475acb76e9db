"""Issue 12's done-when: every number and word a user sees about one company in the GUI
companies table, the results workbook, the CSV export and the supplier PDF comes from the one
read-model and the one word catalogue; the same company reads the same everywhere, in es and pt.
Also: no produced text keeps an unfilled ``{placeholder}``."""
from __future__ import annotations

import csv
import re
import unicodedata
from datetime import date

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

pytestmark = pytest.mark.gui
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from core.demo.builder import build_demo
    path = tmp_path_factory.mktemp("demo") / "demo.encadena"
    build_demo(path)
    return path


def _pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _gui_cells(model, company_id: str, language: str) -> dict[str, str]:
    """The companies table's cells of one company, by column key, as the GUI displays them."""
    from PySide6.QtCore import QLocale, Qt

    from gui.models.dataframe_model import DataFrameModel
    from gui.views.companies import company_columns
    QLocale.setDefault(QLocale({"es": "es_ES", "pt": "pt_BR"}[language]))
    table = DataFrameModel()
    frame = model.companies
    table.set_frame(frame, company_columns(frame, model.labels(language)))
    row = next(r for r in range(table.rowCount())
               if table.data(table.index(r, 0), Qt.ItemDataRole.DisplayRole) == company_id)
    return {key: table.data(table.index(row, c), Qt.ItemDataRole.DisplayRole)
            for c, key in enumerate(table.column_keys())}


@pytest.mark.parametrize("language", ["es", "pt"])
def test_one_company_reads_the_same_in_table_workbook_csv_and_pdf(demo, tmp_path, qapp, language):
    from openpyxl import load_workbook

    from core import catalogue
    from core.numbers import format_number
    from core.programme import read_programme
    from core.project import Project
    from core.reports.csv_export import write_csv
    from core.reports.report_data import supplier_report
    from core.reports.results_workbook import write_results_workbook
    from gui.reports.pdf import write_pdf
    today = date.today()
    with Project.open(demo, backups=False) as project:
        model = read_programme(project, today)
        frame = model.companies
        chosen = frame[frame["risk_level"].notna() & frame["index"].notna() & frame["size_class"].notna()
                       & (frame["chain_name"] != "")]
        assert len(chosen), "the demo has a supplier with an index, a size, a chain and a risk level"
        row = chosen.iloc[0]
        company = row["company_id"]
        labels = model.labels(language)
        expected = {"index": format_number(row["index"], language, 1),
                    "band": labels.band_label(row["band"]), "chain_name": row["chain_name"],
                    "size_class": labels.size_label(row["size_class"]),
                    "risk_level": labels.risk_label(row["risk_level"])}
        assert expected["size_class"] == catalogue.text(f"size.{row['size_class']}", language)
        write_results_workbook(project, tmp_path / "r.xlsx", language, today=today)
        write_csv(project, tmp_path / "csv", language, today=today)
        write_pdf(supplier_report(project, company, language, today), tmp_path / "s.pdf")
    header = {key: catalogue.text(f"column.{name}", language) for key, name in
              (("index", "index"), ("band", "band"), ("chain_name", "chain"),
               ("size_class", "size_class"), ("risk_level", "risk_level"))}

    gui = _gui_cells(model, company, language)
    assert {k: gui[k] for k in expected} == expected

    sheet = load_workbook(tmp_path / "r.xlsx", read_only=True)[catalogue.text("label.sheet_companies", language)]
    rows = list(sheet.iter_rows(values_only=True))
    at = {h: k for k, h in enumerate(rows[0])}
    mine = next(r for r in rows[1:] if r[0] == company)
    book = {k: mine[at[h]] for k, h in header.items()}
    book["index"] = format_number(book["index"], language, 1)
    assert book == expected

    with (tmp_path / "csv" / "companies.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    at = {h: k for k, h in enumerate(table[0])}
    mine = next(r for r in table[1:] if r[0] == company)
    flat = {k: mine[at[h]] for k, h in header.items()}
    flat["index"] = format_number(float(flat["index"]), language, 1)
    assert flat == expected

    text = _pdf_text(tmp_path / "s.pdf")
    for key, words in expected.items():
        assert words in text, (key, words)


def test_no_produced_text_keeps_a_placeholder(demo, tmp_path, qapp, capsys):
    from openpyxl import load_workbook

    from core.cli.main import main
    from core.project import Project
    from core.reports.chain_data import chain_report, programme_report
    from core.reports.csv_export import write_csv
    from core.reports.results_workbook import write_results_workbook
    from gui.reports.pdf import write_pdf
    today = date.today()
    texts = []
    for language in ("en", "es", "pt"):
        with Project.open(demo, backups=False) as project:
            chain = project.value_chains()[0].name
            write_results_workbook(project, tmp_path / f"r{language}.xlsx", language, today=today)
            files = write_csv(project, tmp_path / f"csv{language}", language, today=today)
            write_pdf(chain_report(project, chain, language, today), tmp_path / f"c{language}.pdf")
            write_pdf(programme_report(project, language, today), tmp_path / f"p{language}.pdf")
        book = load_workbook(tmp_path / f"r{language}.xlsx", read_only=True)
        texts += [str(v) for ws in book for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)]
        texts += [f.read_text(encoding="utf-8-sig") for f in files]
        texts += [_pdf_text(tmp_path / f"{k}{language}.pdf") for k in ("c", "p")]
        for command in (["project", "companies"], ["project", "info"], ["progress"]):
            assert main(["--language", language, *command, str(demo)]) == 0
            texts.append(capsys.readouterr().out)
    left = sorted({m for t in texts for m in PLACEHOLDER.findall(t)})
    assert left == []

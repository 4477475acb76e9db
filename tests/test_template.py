"""Survey templates: layout, validations, formula safety and the round trip through the importer."""
from __future__ import annotations

import csv
import math

import pytest
from openpyxl import load_workbook

from core.cli.main import main
from core.reports.safe_cells import csv_value, put
from core.reports.template import FIRST_DATA_ROW, HEADER_ROW, LABEL_ROW, write_template
from core.survey.importer import import_survey
from core.toolkit.loader import load_toolkit
from core.toolkit.registry import get_toolkit
from toolkit_factory import write_toolkit


@pytest.fixture(scope="module")
def toolkit(tmp_path_factory):
    return load_toolkit(write_toolkit(tmp_path_factory.mktemp("tk") / "tk.xlsx"))


def _column_of(ws, header: str) -> int:
    for cell in ws[HEADER_ROW]:
        if cell.value == header:
            return cell.column
    raise KeyError(header)


def test_layout_validations_and_hidden_header(toolkit, tmp_path):
    path = write_template(toolkit, tmp_path / "t.xlsx", "es")
    book = load_workbook(path)
    assert book.sheetnames == ["Respuestas", "Instrucciones", "Listas"]
    assert book["Listas"].sheet_state == "hidden"
    ws = book["Respuestas"]
    headers = [c.value for c in ws[HEADER_ROW] if c.value]
    assert headers[:2] == ["company_id", "company_name"]
    assert "mgmt_02/5s" in headers and "mgmt_02/kanban" in headers and "mgmt_01" in headers
    assert ws.row_dimensions[HEADER_ROW].hidden
    assert ws.freeze_panes == f"C{FIRST_DATA_ROW}"
    label_cell = ws.cell(LABEL_ROW, _column_of(ws, "mgmt_01"))
    assert label_cell.value.startswith("1.1 ")            # numbered, so never taken for a header
    assert label_cell.comment is not None and "Elija de la lista" in label_cell.comment.text
    by_column = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            by_column[rng.min_col] = dv
    sel = by_column[_column_of(ws, "mgmt_01")]
    assert sel.type == "list" and "Listas" in sel.formula1
    rng = by_column[_column_of(ws, "ops_01")]
    assert (rng.type, rng.formula1, rng.formula2) == ("whole", "1", "5")
    dec = by_column[_column_of(ws, "fin_01")]
    assert dec.type == "decimal" and float(dec.formula2) == 100.0
    assert by_column[_column_of(ws, "mgmt_02/smed")].formula1 == '"1,0"'
    lists = book["Listas"]
    values = [c.value for c in next(lists.iter_cols(min_col=1, max_col=1)) if c.value]
    assert values[0] == "level5" and len(values) == 6
    assert ws.page_setup.orientation == "landscape"
    instructions = [c.value for c in book["Instrucciones"]["B"] if c.value]
    assert any("fila oculta 4" in str(v) for v in instructions)


def test_filled_template_round_trips_without_mapping(toolkit, tmp_path):
    path = write_template(toolkit, tmp_path / "t.xlsx", "en")
    book = load_workbook(path)
    ws = book.active
    level = {c.name: c.label("en") for c in toolkit.lists["level5"].choices}
    yesno = {c.name: c.label("en") for c in toolkit.lists["yesno_na"].choices}
    rows = [
        {"company_id": "0012", "company_name": "=HYPERLINK(\"x\")", "mgmt_01": level["4"],
         "mgmt_02/5s": 1, "mgmt_02/kanban": 0, "mgmt_02/smed": 1, "mgmt_02/none": 0,
         "ops_01": 3, "ops_02": 12, "fin_01": 55.5, "fin_02": yesno["yes"]},
        {"company_id": "S-2", "company_name": "Lácteos", "mgmt_01": level["1"], "ops_01": 5,
         "fin_02": yesno["na"]},
    ]
    for r, row in enumerate(rows, start=FIRST_DATA_ROW):
        for header, value in row.items():
            put(ws, r, _column_of(ws, header), value)
    book.save(path)
    survey = import_survey(path, toolkit)
    assert survey.errors == []
    assert survey.mapping.header_row == HEADER_ROW
    assert survey.mapping.unmatched == [] and survey.mapping.missing_items == []
    assert survey.company_ids == ["0012", "S-2"]
    assert survey.company_names[0] == '=HYPERLINK("x")'
    v = survey.values
    assert v.loc[0, "mgmt_01"] == 4 and v.loc[0, "mgmt_02"] == 3 and v.loc[0, "ops_02"] == 12
    assert v.loc[0, "fin_01"] == 55.5 and v.loc[0, "fin_02"] == 1
    assert v.loc[1, "mgmt_01"] == 1 and math.isnan(v.loc[1, "mgmt_02"]) and math.isnan(v.loc[1, "fin_02"])
    again = load_workbook(path).active
    cell = again.cell(FIRST_DATA_ROW, 2)
    assert cell.data_type == "s" and cell.value.startswith("=")


@pytest.mark.parametrize("toolkit_id", ["sdp-diagnostic", "lean-production", "qcdi", "linkage-readiness"])
def test_builtin_toolkits_give_importable_templates(toolkit_id, tmp_path):
    tk = get_toolkit(toolkit_id)
    path = write_template(tk, tmp_path / "t.xlsx", "pt", rows=5)
    book = load_workbook(path)
    ws = book.active
    first = next(it for it in tk.scored_items if it.type == "select_one")
    put(ws, FIRST_DATA_ROW, 1, "C1")
    best = [c for c in tk.lists[first.list_name].choices if c.score is not None][-1]
    put(ws, FIRST_DATA_ROW, _column_of(ws, first.name), best.label("pt"))
    book.save(path)
    survey = import_survey(path, tk)
    assert survey.errors == [] and survey.company_ids == ["C1"]
    assert survey.values.loc[0, first.name] == best.score


def test_csv_and_xlsx_neutralise_formulas(tmp_path):
    assert [csv_value(v) for v in ["=1+1", "+A1", "-2", "@SUM", "\tx", "\rx", "ok", -2.5, None]] == \
        ["'=1+1", "'+A1", "'-2", "'@SUM", "'\tx", "'\rx", "ok", -2.5, ""]
    from openpyxl import Workbook
    book = Workbook()
    for k, text in enumerate(["=cmd|' /C calc'!A0", "+1", "@x"], start=1):
        put(book.active, k, 1, text)
    book.save(tmp_path / "x.xlsx")
    ws = load_workbook(tmp_path / "x.xlsx").active
    assert [ws.cell(k, 1).data_type for k in (1, 2, 3)] == ["s", "s", "s"]
    assert ws.cell(1, 1).value == "=cmd|' /C calc'!A0"
    with (tmp_path / "x.csv").open("w", newline="") as f:
        csv.writer(f).writerow([csv_value("=1+1")])
    assert (tmp_path / "x.csv").read_text().strip() == "'=1+1"


def test_cli_template(tmp_path, capsys):
    out = tmp_path / "plantilla.xlsx"
    assert main(["--language", "es", "template", "--toolkit", "qcdi", "-o", str(out)]) == 0
    assert load_workbook(out).sheetnames[0] == "Respuestas"
    toolkit_path = write_toolkit(tmp_path / "mine.xlsx")
    assert main(["template", "--toolkit", str(toolkit_path), "-o", str(out), "--language", "pt",
                 "--paper", "letter", "--rows", "10"]) == 0
    ws = load_workbook(out).active
    assert ws.title == "Respostas" and int(ws.page_setup.paperSize) == 1  # Letter
    assert main(["template", "--toolkit", "no-such-toolkit", "-o", str(out)]) == 2

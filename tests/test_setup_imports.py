"""Issue 15, import control: an import with no usable row is refused with the reason; the
national id, name and visit-date headers get their roles; the same file re-imported with or
without a date makes no duplicates; imports are listed and removed (undoably) with what they
added; company lists import through the same roles."""
from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from core.edits import apply_edit
from core.project import Project
from core.setup.imports_admin import remove_import
from setup_support import COMPANIES, company_list_file, survey_file
from test_setup_cli import dump, run

KIT = "sdp-diagnostic"


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.encadena"
    assert run(capsys, "project", "create", path, "--name", "P", "--country", "CR")[0] == 0
    return path


def assessments(path) -> list[tuple]:
    with Project.open(path, backups=False) as p:
        return p.conn.execute("SELECT company_id, assessed_on FROM assessments ORDER BY 1, 2").fetchall()


def test_an_import_with_no_id_column_is_refused_with_the_headers(project, tmp_path, capsys):
    survey = survey_file(tmp_path / "s.xlsx", headers=("Identificación", "Razón social", "Notas"))
    before = dump(project)
    code, out, err = run(capsys, "--language", "es", "project", "import", project, survey,
                         "--toolkit", KIT, "--chain", "Lácteos")
    assert code == 2 and "ninguna columna contiene el código de la empresa" in err
    assert "'Identificación'" in err and "Traceback" not in err
    assert dump(project) == before                       # no chain created, nothing at all


def test_an_import_whose_ids_are_all_blank_is_refused(project, tmp_path, capsys):
    survey = survey_file(tmp_path / "s.xlsx", with_ids=False)
    code, _, err = run(capsys, "project", "import", project, survey, "--toolkit", KIT)
    assert code == 2 and "Cédula jurídica" in err and "none of the 3 rows" in err


def test_cedula_juridica_alone_identifies_the_companies(project, tmp_path, capsys):
    survey = survey_file(tmp_path / "s.xlsx", headers=("Cédula jurídica", "Observaciones", "Otra"))
    code, out, _ = run(capsys, "project", "import", project, survey, "--toolkit", KIT)
    assert code == 0 and "3 added" in out
    assert [c for c, _ in assessments(project)] == [c for c, _, _ in COMPANIES]


@pytest.mark.parametrize("headers", [("CEDULA_JURIDICA", "razon-social", "fecha_de_visita"),
                                     ("NIT", "Nombre comercial", "Fecha de visita"),
                                     ("CNPJ", "Razão social", "Data da visita")])
def test_national_headers_are_recognised_after_folding(project, tmp_path, capsys, headers):
    survey = survey_file(tmp_path / "s.xlsx", headers=headers)
    assert run(capsys, "project", "import", project, survey, "--toolkit", KIT)[0] == 0
    assert assessments(project) == [(c, d) for c, _, d in COMPANIES]      # visit dates used
    with Project.open(project, backups=False) as p:
        assert p.company(COMPANIES[0][0]).name == COMPANIES[0][1]


def test_roles_named_on_the_command_line(project, tmp_path, capsys):
    survey = survey_file(tmp_path / "s.xlsx", headers=("Código", "Nombre", "Día"),
                         extra={"Empleados": [12, "x", 300]})
    code, out, _ = run(capsys, "project", "import", project, survey, "--toolkit", KIT,
                       "--id-column", "A", "--name-column", "Nombre", "--date-column", "Día",
                       "--column", "employees=Empleados")
    assert code == 0, out
    assert assessments(project) == [(c, d) for c, _, d in COMPANIES]
    with Project.open(project, backups=False) as p:
        assert [p.company(c).employees for c, _, _ in COMPANIES] == [12, None, 300]
    assert "'x'" in out                                  # the unusable cell, listed
    code, _, err = run(capsys, "project", "import", project, survey, "--toolkit", KIT,
                       "--column", "colour=Día")
    assert code == 2 and "colour" in err


def test_reimport_with_and_without_a_date_does_not_duplicate(project, tmp_path, capsys):
    survey = survey_file(tmp_path / "s.xlsx", headers=("Cédula jurídica", "Razón social", "Notas"))
    assert run(capsys, "project", "import", project, survey, "--toolkit", KIT)[0] == 0
    first = assessments(project)
    code, _, err = run(capsys, "project", "import", project, survey, "--toolkit", KIT,
                       "--date", "2024-03-01")
    assert code == 2 and "remove-import" in err and "2024-03-01" in err
    code, out, _ = run(capsys, "project", "import", project, survey, "--toolkit", KIT)
    assert code == 0 and "3 unchanged" in out
    assert assessments(project) == first
    # dated first, then again without the date: the same assessments
    other = tmp_path / "o.encadena"
    run(capsys, "project", "create", other, "--name", "O")
    assert run(capsys, "project", "import", other, survey, "--toolkit", KIT, "--date", "2024-03-01")[0] == 0
    code, out, _ = run(capsys, "project", "import", other, survey, "--toolkit", KIT)
    assert code == 0 and "3 unchanged" in out and len(assessments(other)) == 3


def test_cell_list_and_report(project, tmp_path, capsys):
    toolkit_items = 40
    survey = survey_file(tmp_path / "s.xlsx", rows=[(f"3-101-{k:06d}", f"E{k}", "2026-02-10")
                                                   for k in range(25)])
    from openpyxl import load_workbook
    wb = load_workbook(survey)
    for row in range(2, 27):
        wb.active.cell(row, 4).value = "siete"          # an answer that is no choice
    wb.save(survey)
    report = tmp_path / "problemas.csv"
    code, out, _ = run(capsys, "project", "import", project, survey, "--toolkit", KIT,
                       "--report", report)
    assert code == 0 and toolkit_items
    lines = [x for x in out.splitlines() if "'siete'" in x]
    assert len(lines) == 20 and "Diagnóstico" in lines[0] and " D" in lines[0]
    assert "5 more" in out
    rows = report.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 26 and rows[1].startswith("Diagnóstico,2,D")


def test_imports_are_listed_and_removed_with_what_they_added(project, tmp_path, capsys):
    first = survey_file(tmp_path / "a.xlsx")
    second = survey_file(tmp_path / "b.xlsx", rows=[("3-101-777777", "Nueva", "2026-05-01"),
                                                    (COMPANIES[0][0], COMPANIES[0][1], "2026-06-01")])
    run(capsys, "project", "import", project, first, "--toolkit", KIT, "--chain", "Lácteos")
    run(capsys, "project", "import", project, second, "--toolkit", KIT, "--chain", "Nueva cadena")
    code, out, _ = run(capsys, "project", "imports", project, "--json", "-")
    listed = json.loads(out)
    assert [i["id"] for i in listed] == [1, 2] and listed[1]["added"] == 2
    before = dump(project)
    with Project.open(project, backups=False) as p:
        latest = p.company(COMPANIES[0][0])
        edit = remove_import(p.conn, 2)
        apply_edit(p.conn, edit, "tester")
        assert p.conn.execute("SELECT COUNT(*) FROM companies WHERE id = '3-101-777777'").fetchone()[0] == 0
        assert [c.name for c in p.value_chains()] == ["Lácteos"]
        row = p.conn.execute("SELECT latest_date FROM companies WHERE id = ?",
                             (COMPANIES[0][0],)).fetchone()
        assert row[0] == COMPANIES[0][2] and latest
        assert p.check().ok
        apply_edit(p.conn, edit.inverse(), "tester")         # undo puts everything back
    after = dump(project)
    strip = lambda d: [(t, r) for t, r in d if t not in ("audit_log",)]  # noqa: E731
    assert strip(after) == strip(before)
    code, out, _ = run(capsys, "--language", "es", "project", "remove-import", project, "1")
    assert code == 0 and "Se eliminó la importación 1" in out
    code, _, err = run(capsys, "project", "remove-import", project, "99")
    assert code == 2 and "99" in err


def test_company_list_import(project, tmp_path, capsys):
    path = company_list_file(tmp_path / "empresas.xlsx")
    code, out, _ = run(capsys, "company", "import", project, path,
                       "--column", "trade_name=Nombre comercial")
    assert code == 0 and "3 companies added" in out and "'muchos'" in out
    record = json.loads(run(capsys, "company", "show", project, "3-101-111111", "--json", "-")[1])
    assert (record["trade_name"], record["employees"], record["sales"]) == ("La Vaca", 12, 85e6)
    assert record["municipality"] == "San Carlos" and record["women_led"] is True
    empty = tmp_path / "vacia.xlsx"
    wb = Workbook()
    wb.active.append(["Nombre", "Teléfono"])
    wb.active.append(["X", "1"])
    wb.save(empty)
    code, _, err = run(capsys, "company", "import", project, empty)
    assert code == 2 and "Nombre" in err


def test_progress_by_group(project, tmp_path, capsys):
    run(capsys, "project", "import", project, survey_file(tmp_path / "s.xlsx"), "--toolkit", KIT)
    run(capsys, "company", "set", project, COMPANIES[0][0], "--women-led", "yes", "--jobs-women", "4",
        "--jobs-men", "2", "--employees", "6")
    run(capsys, "company", "set", project, COMPANIES[1][0], "--women-led", "no", "--jobs-men", "3")
    code, out, _ = run(capsys, "progress", project, "--by", "women_led", "--json", "-")
    groups = {g["group"]: g for g in json.loads(out)["groups"]}
    assert set(groups) == {"yes", "no", None}
    assert (groups["yes"]["jobs_women"], groups["yes"]["jobs"]) == (4, 6)
    assert groups["no"]["companies"] == 1 and groups[None]["companies"] == 1
    code, out, _ = run(capsys, "--language", "es", "progress", project, "--by", "size_class")
    assert code == 0 and "micro" in out and "(sin dato)" in out
    assert run(capsys, "progress", project, "--by", "colour")[0] == 2

"""The streaming results workbook holds what the openpyxl one held (tests/legacy: the writer as it
was before XlsxWriter), read back with openpyxl, for the demo programme in two languages.

Intended differences, and only these: dates are real dates with a date format (were ISO text);
every table has a filter (the items sheet's ends on its last row, not one past it); headers wrap
and columns take their width from the content.
"""
from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from test_export import TODAY, build_programme


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    from core.project import Project
    from core.reports.results_workbook import write_results_workbook
    from legacy.results_workbook import write_results_workbook as legacy
    folder = tmp_path_factory.mktemp("compat")
    build_programme(folder / "demo.encadena")
    books = {}
    with Project.open(folder / "demo.encadena", backups=False) as project:
        for language in ("es", "en"):
            legacy(project, folder / f"old-{language}.xlsx", language, today=TODAY)
            write_results_workbook(project, folder / f"new-{language}.xlsx", language, today=TODAY)
            books[language] = (load_workbook(folder / f"old-{language}.xlsx"),
                               load_workbook(folder / f"new-{language}.xlsx"))
    return books


@pytest.mark.parametrize("language", ["es", "en"])
def test_same_sheets_headers_and_values(both, language):
    old, new = both[language]
    # Sheets added after the legacy writer was frozen (the certification decisions) are new.
    added = {"Certificación", "Certification", "Certificação", "Encadenamientos", "Linkages",
             "Encadeamentos"}
    assert [t for t in new.sheetnames if t not in added] == old.sheetnames
    dates = 0
    for title in old.sheetnames:
        before, after = old[title], new[title]
        assert (after.max_row, after.max_column) == (before.max_row, before.max_column), title
        heads = [c.value for c in before[1]]
        for r, (row_old, row_new) in enumerate(zip(before.iter_rows(), after.iter_rows()), start=1):
            for j, (a, b) in enumerate(zip(row_old, row_new)):
                if r > 1 and isinstance(b.value, datetime) and isinstance(a.value, str) and heads[j]:
                    assert isinstance(b.value, datetime) and b.is_date, (title, b.coordinate, b.value)
                    assert b.value.date() == date.fromisoformat(a.value), (title, b.coordinate)
                    dates += 1
                    continue
                assert b.value == a.value, (title, b.coordinate, a.value, b.value)
                assert (b.data_type == "s") == (a.data_type == "s"), (title, b.coordinate)
                if isinstance(a.value, (int, float)) and a.number_format != "General":
                    assert b.number_format == a.number_format, (title, b.coordinate)
    assert dates > 100          # companies, plans, KPIs and measurements carry dates


def test_layout_frozen_filtered_wrapped_and_sized(both):
    old, new = both["es"]
    for ws in new.worksheets[1:]:
        assert ws.freeze_panes in ("A2", "C2", "C3"), ws.title
        assert ws.auto_filter.ref, ws.title          # a filter on every table
        head = ws.cell(1, 1)
        assert head.alignment.wrap_text and head.font.b
        for cell in ws[1]:
            letter = cell.column_letter
            width = ws.column_dimensions[letter].width
            assert 6 <= width <= 61        # XlsxWriter adds 0.71 of padding
            longest_word = max(len(w) for w in str(cell.value).split())
            assert width >= longest_word + 2, (ws.title, letter, cell.value, width)
    companies = new["Empresas"]
    band = [c.value for c in companies[1]].index("Nivel") + 1
    letter = companies.cell(1, band).column_letter
    assert companies.column_dimensions[letter].width >= len("Listo para encadenamiento")
    assert new["Puntajes por ítem"].cell(1, 3).comment is not None
    assert len(new["Resumen"]._charts) == 2
    assert len(companies.conditional_formatting) >= 1
    assert old["Empresas"].freeze_panes == companies.freeze_panes


def test_the_workbook_never_replaces_the_programme_file(tmp_path):
    from core.errors import UserInputError
    from core.project import Company, Project
    from core.reports.results_workbook import write_results_workbook
    path = tmp_path / "p.encadena"
    with Project.create(path, "Vacío", country="MX", backups=False) as project:
        project.save_company(Company("X1", "Uno"))
        before = path.read_bytes()
        with pytest.raises(UserInputError) as err:
            write_results_workbook(project, path, "es", today=TODAY)
        assert err.value.code in ("safety.output_is_input", "safety.output_is_project")
        assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir())[0] == "p.encadena"

"""Reading sheets: workbook formats through calamine, CSV through the csv module."""
from __future__ import annotations

import datetime as dt
import hashlib
import zipfile

import pytest

from core.errors import Cancelled, UserInputError
from core.workbook import (
    ReadLimits,
    Sheet,
    file_format,
    file_sha256,
    is_empty,
    read_all_sheets,
    read_sheet,
    sheet_names,
)
from tests import hostile_files as hf


def test_xlsx_values_keep_their_types_and_empty_cells_are_blank_strings(tmp_path):
    sheet = read_sheet(hf.survey_xlsx(tmp_path, rows=2))
    assert sheet.name == "Respuestas" and sheet.source_format == "xlsx"
    assert sheet.rows[0] == ["company_id", "empresa", "q1", "q2", "fecha", "nota"]
    row = sheet.rows[2]
    assert row[:4] == ["C2", "Empresa 2", 1, 3.5]
    assert row[4] == dt.date(2026, 3, 2)          # calamine gives a date for midnight datetimes
    assert row[5] == "" and is_empty(row[5]) and is_empty(None) and not is_empty(0)
    assert {len(r) for r in sheet.rows} == {sheet.width}


def test_data_starting_below_a1_keeps_excel_coordinates(tmp_path):
    path = hf.sparse_grid_xlsx(tmp_path, far_cell="C3")
    from openpyxl import Workbook
    wb = Workbook()
    wb.active["C3"] = "header"
    wb.active["D4"] = 7
    wb.save(path)
    sheet = read_sheet(path)
    assert sheet.rows[2][2] == "header" and sheet.rows[3][3] == 7     # rows[0] is Excel row 1


def test_columns_accessors(tmp_path):
    sheet = read_sheet(hf.survey_xlsx(tmp_path, rows=3))
    assert sheet.column(2) == ["q1", 0, 1, 2]
    columns = sheet.columns()
    assert len(columns) == 6 and columns[0] == ["company_id", "C1", "C2", "C3"]
    assert sheet.columns(first_row=1)[2] == [0, 1, 2] and sheet.column(2, 1) == [0, 1, 2]
    assert Sheet("empty", []).width == 0


def test_sheet_selection_and_unknown_sheet_lists_the_sheets(tmp_path):
    path = hf.survey_xlsx(tmp_path, sheets=("Uno", "Dos"))
    assert sheet_names(path) == ["Uno", "Dos"]
    assert read_sheet(path, "Dos").name == "Dos"
    with pytest.raises(UserInputError) as info:
        read_sheet(path, "Tres")
    assert info.value.code == "sheet_not_found" and info.value.params["sheets"] == "Uno, Dos"
    assert "Uno, Dos" in str(info.value)


def test_read_all_sheets_in_workbook_order(tmp_path):
    sheets = read_all_sheets(hf.survey_xlsx(tmp_path, sheets=("survey", "choices", "settings")))
    assert list(sheets) == ["survey", "choices", "settings"]
    assert sheets["choices"].rows[1][0] == "C1"


def test_xlsx_renamed_xls_is_read_by_content(tmp_path):
    path = hf.renamed(hf.survey_xlsx(tmp_path), "survey.xls")
    sheet = read_sheet(path)
    assert sheet.source_format == "xlsx" and sheet.rows[1][0] == "C1"


def test_xlsm_and_ods(tmp_path):
    assert read_sheet(hf.xlsm_from_xlsx(tmp_path)).rows[1][0] == "C1"
    ods = read_sheet(hf.ods_file(tmp_path))
    assert (ods.name, ods.source_format) == ("Datos", "ods")
    assert ods.rows == [["company_id", "q1", "nota"], ["C1", 4.0, "Año bueno"]]


def test_formula_without_cached_value_reads_as_blank(tmp_path):
    sheet = read_sheet(hf.formula_without_value_xlsx(tmp_path))
    assert sheet.rows[1][:2] == [1, 2]
    assert is_empty(sheet.rows[1][2])


def test_damaged_member_is_corrupt_not_a_crash(tmp_path):
    path = hf.survey_xlsx(tmp_path, rows=200)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + 40
    data[start:start + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    with pytest.raises(UserInputError) as e:
        read_sheet(path)
    assert e.value.code == "corrupt_file"


def test_progress_is_reported_and_can_cancel(tmp_path):
    path = hf.survey_xlsx(tmp_path)
    seen = []
    read_sheet(path, progress=lambda f, m: seen.append(f))
    assert seen == [0.0, 1.0]

    def cancel(fraction, message):
        raise Cancelled()
    with pytest.raises(Cancelled):
        read_sheet(path, progress=cancel)


def test_file_sha256_streams_the_bytes(tmp_path):
    path = hf.survey_xlsx(tmp_path)
    assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(UserInputError):
        file_sha256(tmp_path / "missing.xlsx")


# --- CSV -----------------------------------------------------------------------------------

def test_csv_utf8_bom_comma(tmp_path):
    path = hf.csv_file(tmp_path, "company_id,área,q1\r\nC1,Producción,3\r\nC2,,4.5\r\n", "utf-8-sig")
    sheet = read_sheet(path)
    assert (sheet.name, sheet.source_format, sheet.encoding, sheet.delimiter) == \
        ("respuestas", "csv", "utf-8-sig", ",")
    assert sheet.rows == [["company_id", "área", "q1"], ["C1", "Producción", "3"], ["C2", "", "4.5"]]
    assert sheet_names(path) == ["respuestas"]


def test_csv_latin1_semicolon_with_decimal_commas(tmp_path):
    text = "empresa;puntuación;nota\nAçúcar Ltda;3,5;\"sí; con matices\"\nPeña;4;\n"
    sheet = read_sheet(hf.csv_file(tmp_path, text, "cp1252"))
    assert (sheet.encoding, sheet.delimiter) == ("cp1252", ";")
    assert sheet.rows[1] == ["Açúcar Ltda", "3,5", "sí; con matices"]
    assert sheet.rows[2] == ["Peña", "4", ""]


def test_csv_utf16_tab_from_excel_unicode_text(tmp_path):
    sheet = read_sheet(hf.csv_file(tmp_path, "id\tq1\r\nC1\t2\r\n", "utf-16", name="x.txt"))
    assert (sheet.delimiter, sheet.rows) == ("\t", [["id", "q1"], ["C1", "2"]])


def test_csv_ragged_rows_are_padded_and_quoted_newlines_kept(tmp_path):
    sheet = read_sheet(hf.csv_file(tmp_path, 'a,b,c\n1,"two\nlines"\n3,4,5,6\n\n'))
    assert sheet.width == 4 and {len(r) for r in sheet.rows} == {4}
    assert sheet.rows[1] == ["1", "two\nlines", "", ""]


def test_csv_sheet_name_is_the_file_stem(tmp_path):
    path = hf.csv_file(tmp_path, "a,b\n1,2\n", name="Encuesta 2026.csv")
    assert read_sheet(path, "Encuesta 2026").rows[1] == ["1", "2"]
    assert list(read_all_sheets(path)) == ["Encuesta 2026"]
    with pytest.raises(UserInputError) as info:
        read_sheet(path, "Hoja1")
    assert info.value.code == "sheet_not_found"


def test_csv_row_and_column_caps(tmp_path):
    path = hf.csv_file(tmp_path, "a,b\n" + "1,2\n" * 30)
    with pytest.raises(UserInputError) as info:
        read_sheet(path, limits=ReadLimits(max_rows=10))
    assert info.value.code == "too_many_rows" and info.value.params["sheet"] == "respuestas"
    with pytest.raises(UserInputError) as info:
        read_sheet(path, limits=ReadLimits(max_columns=1))
    assert info.value.code == "too_many_columns"


def test_file_format_reports_content(tmp_path):
    assert file_format(hf.csv_file(tmp_path, "a;b\n1;2\n", name="x.xlsx")) == "csv"


def test_formulas_without_value_are_found_on_demand(tmp_path):
    from core.formulacheck import formulas_without_value, raise_if_formulas_without_value
    path = hf.formula_without_value_xlsx(tmp_path)
    assert formulas_without_value(path, "Hoja1") == ["C2"]
    with pytest.raises(UserInputError) as info:
        raise_if_formulas_without_value(path, "Hoja1")
    assert info.value.code == "formula_without_value" and "C2" in str(info.value)
    assert formulas_without_value(hf.survey_xlsx(tmp_path, sheets=("a", "b")), "b") == []
    assert formulas_without_value(path, "no such sheet") == []
    cached = hf._minimal_xlsx(tmp_path / "cached.xlsx", (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c>'
        '<c r="C1"><f t="shared" si="0"/><v></v></c></row></sheetData></worksheet>'))
    assert formulas_without_value(cached, "Hoja1") == ["C1"]
    prefixed = hf._minimal_xlsx(tmp_path / "prefixed.xlsx", (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        '<x:row r="1"><x:c r="A1"><x:f>1+1</x:f></x:c><x:c r="B1"><x:f>2</x:f><x:v>2</x:v></x:c>'
        '</x:row></x:sheetData></x:worksheet>'))
    assert formulas_without_value(prefixed, "Hoja1") == ["A1"]


def test_csv_excel_sep_hint_line(tmp_path):
    sheet = read_sheet(hf.csv_file(tmp_path, "sep=;\nid;nota\nC1;\"a, b, c, d\"\n"))
    assert sheet.delimiter == ";" and sheet.rows[2] == ["C1", "a, b, c, d"]


def test_read_sheet_adds_no_per_cell_work(tmp_path, monkeypatch):
    """The rows are calamine's own list: re-adding a per-cell pass (e.g. "" -> None) fails here."""
    import core.workbook as workbook
    grid = [["id", "q1"], ["C1", ""]]

    class FakeSheet:
        def to_python(self, skip_empty_area=True):
            assert skip_empty_area is False       # keep Excel coordinates: rows[0] is row 1
            return grid

    class FakeWorkbook:
        sheet_names = ["Hoja1"]

        @classmethod
        def from_path(cls, path):
            return cls()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def get_sheet_by_name(self, name):
            return FakeSheet()

    path = hf.survey_xlsx(tmp_path)
    monkeypatch.setattr(workbook, "CalamineWorkbook", FakeWorkbook)
    assert read_sheet(path).rows is grid


def test_csv_mostly_utf8_with_a_stray_latin1_byte_stays_utf8(tmp_path):
    text = ("empresa,nota\n" + "Producción Señorial,ñandú\n" * 20).encode() + "Peña,x\n".encode("cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(text)
    sheet = read_sheet(path)
    assert sheet.encoding == "utf-8" and sheet.rows[1] == ["Producción Señorial", "ñandú"]
    assert sheet.rows[-1] == ["Pe\ufffda", "x"]


def test_csv_truncated_utf16_does_not_crash(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("id\tq1\r\nC1\t2".encode("utf-16") + b"\x00")      # odd number of bytes
    assert read_sheet(path).rows[1][0] == "C1"

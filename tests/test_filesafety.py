"""The file layer refuses hostile and mislabelled files by content, before any parser runs."""
from __future__ import annotations

import dataclasses

import pytest

from core import sheetextent
from core.errors import UserInputError
from core.filesafety import DEFAULT_LIMITS, inspect_file
from core.messages import message
from core.workbook import read_sheet, sheet_names
from tests import hostile_files as hf


def _refused(path, limits=DEFAULT_LIMITS) -> UserInputError:
    with pytest.raises(UserInputError) as info:
        inspect_file(path, limits)
    return info.value


def test_genuine_formats_are_recognised_by_content(tmp_path):
    xlsx = hf.survey_xlsx(tmp_path)
    assert inspect_file(xlsx) == "xlsx"
    assert inspect_file(hf.renamed(xlsx, "survey.xls")) == "xlsx"
    assert inspect_file(hf.xlsm_from_xlsx(tmp_path)) == "xlsm"
    assert inspect_file(hf.ods_file(tmp_path)) == "ods"
    assert inspect_file(hf.csv_file(tmp_path, "a,b\n1,2\n", name="data.xls")) == "csv"


def test_empty_file(tmp_path):
    error = _refused(hf.empty_file(tmp_path))
    assert error.code == "empty_file"


def test_missing_file(tmp_path):
    assert _refused(tmp_path / "nope.xlsx").code == "file_not_found"


def test_docx_renamed_names_what_it_is(tmp_path):
    error = _refused(hf.docx_renamed(tmp_path))
    assert error.code == "not_a_spreadsheet"
    assert "Word" in error.params["kind"]


def test_pdf_renamed(tmp_path):
    error = _refused(hf.pdf_renamed(tmp_path))
    assert (error.code, error.params["kind"]) == ("not_a_spreadsheet", "PDF")


def test_html_saved_as_xls(tmp_path):
    error = _refused(hf.html_as_xls(tmp_path))
    assert (error.code, error.params["kind"]) == ("html_not_spreadsheet", "HTML")


def test_xml_spreadsheet_2003_is_refused_with_advice(tmp_path):
    path = tmp_path / "old.xls"
    path.write_text('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
                    'xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')
    assert _refused(path).params["kind"] == "XML Spreadsheet 2003"


def test_password_protected_ooxml(tmp_path):
    assert _refused(hf.encrypted_ooxml(tmp_path)).code == "password_protected"


def test_word_97_renamed_xls(tmp_path):
    error = _refused(hf.ole2_word(tmp_path))
    assert error.code == "not_a_spreadsheet" and "Word" in error.params["kind"]


def test_truncated_xlsx_is_corrupt(tmp_path):
    assert _refused(hf.truncated_xlsx(tmp_path)).code == "corrupt_file"


def test_binary_junk_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "junk.xlsx"
    path.write_bytes(b"\x00\x01\x02garbage\x00" * 50)
    assert _refused(path).code == "not_a_spreadsheet"


def test_zip_bomb_refused_by_compression_ratio(tmp_path):
    error = _refused(hf.zip_bomb_xlsx(tmp_path))
    assert error.code == "zip_bomb"
    assert error.params["reason"] == "ratio" and error.params["ratio"] > 100
    assert "sheet1.xml" in error.params["detail"] and ":1" in error.params["detail"]


def test_zip_bomb_refused_by_total_size(tmp_path):
    limits = dataclasses.replace(DEFAULT_LIMITS, max_uncompressed=4 << 20, max_ratio=1e9)
    error = _refused(hf.zip_bomb_xlsx(tmp_path, megabytes=5), limits)
    assert (error.code, error.params["reason"], error.params["megabytes"]) == ("zip_bomb", "total", 5)


def test_too_many_members(tmp_path):
    limits = dataclasses.replace(DEFAULT_LIMITS, max_members=20)
    error = _refused(hf.many_members_zip(tmp_path), limits)
    assert (error.code, error.params["reason"], error.params["count"]) == ("zip_bomb", "members", 51)


def test_zip_bomb_is_refused_before_reading(tmp_path):
    with pytest.raises(UserInputError) as info:
        read_sheet(hf.zip_bomb_xlsx(tmp_path))
    assert info.value.code == "zip_bomb"


def test_sparse_grid_bomb_is_refused_before_calamine(tmp_path):
    path = hf.sparse_grid_xlsx(tmp_path)          # A1 and XFD1048576 in a few hundred bytes
    error = _refused(path)
    assert error.code == "too_many_cells"
    assert error.params["rows"] == 1_048_576 and error.params["columns"] == 16_384
    assert error.params["sheet"] == "Hoja1"
    with pytest.raises(UserInputError):           # never reaches calamine's dense grid
        sheet_names(path)


def test_sparse_grid_with_lying_small_dimension_is_still_scanned(tmp_path):
    path = hf.sparse_grid_xlsx(tmp_path, far_cell="ZZZ500000", dimension="A1:B2")
    assert _refused(path).code == "too_many_columns"


def test_too_many_rows(tmp_path):
    path = hf.sparse_grid_xlsx(tmp_path, far_cell="A1200000")
    error = _refused(path)
    assert (error.code, error.params["rows"]) == ("too_many_rows", 1_200_000)
    assert "1,200,000" in message(error.code, "en", **error.params)


def test_large_sheet_is_judged_by_its_dimension(tmp_path, monkeypatch):
    monkeypatch.setattr(sheetextent, "FULL_SCAN_BYTES", 1000)
    honest = hf.sparse_grid_xlsx(tmp_path, far_cell="C5", dimension="A1:C5", padding=2000)
    assert inspect_file(honest) == "xlsx"
    huge = hf.sparse_grid_xlsx(tmp_path, far_cell="C5", dimension="A1:XFD1048576",
                               padding=2000, name="huge.xlsx")
    assert _refused(huge).code == "too_many_cells"


def test_ods_repeated_values_bomb(tmp_path):
    error = _refused(hf.ods_repeat_bomb(tmp_path))
    assert error.code == "too_many_cells" and error.params["cells"] == 16_000_000_000
    assert error.params["sheet"] == "Datos"
    assert _refused(hf.ods_repeat_bomb(tmp_path, rows=2_000_000, columns=2)).code == "too_many_rows"


def test_small_sparse_sheet_reads(tmp_path):
    path = hf.sparse_grid_xlsx(tmp_path, far_cell="D4")
    sheet = read_sheet(path)
    assert sheet.rows[0][0] == 1 and sheet.rows[3][3] == 2
    assert len(sheet.rows) == 4 and sheet.width == 4


def test_every_code_has_three_languages():
    codes = ["empty_file", "corrupt_file", "not_a_spreadsheet", "html_not_spreadsheet",
             "password_protected", "zip_bomb", "too_many_rows", "too_many_columns",
             "too_many_cells", "sheet_not_found", "no_sheets", "unreadable_workbook",
             "formula_without_value"]
    import core.formulacheck  # noqa: F401  (registers formula_without_value)
    from core.catalogue import entries as _entries
    _CATALOGUE = _entries()
    for code in codes:
        assert set(_CATALOGUE[code]) >= {"en", "es", "pt"}, code
    assert "contraseña" in message("password_protected", "es", path="x.xlsx")
    assert "cálculo" in message("not_a_spreadsheet", "es", path="x", kind="PDF")


def test_generic_xml_is_not_read_as_csv(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text('<?xml version="1.0"?><data><row a="1"/></data>')
    error = _refused(path)
    assert (error.code, error.params["kind"]) == ("not_a_spreadsheet", "XML")


def test_mutated_workbooks_only_ever_raise_user_errors(tmp_path):
    """A seeded fuzz: random byte flips in real workbooks give a Sheet or a UserInputError."""
    import random
    rng = random.Random(20260301)
    sources = [hf.survey_xlsx(tmp_path, rows=30).read_bytes(), hf.ods_file(tmp_path).read_bytes()]
    outcomes = set()
    for n in range(60):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"mutant{n}.xlsx"
        path.write_bytes(bytes(data))
        try:
            read_sheet(path)
            outcomes.add("read")
        except UserInputError as error:
            outcomes.add(error.code)
    assert "corrupt_file" in outcomes


def test_interrupt_is_not_turned_into_a_user_error(tmp_path, monkeypatch):
    import core.workbook as workbook

    class Interrupting:
        @classmethod
        def from_path(cls, path):
            raise KeyboardInterrupt
    monkeypatch.setattr(workbook, "CalamineWorkbook", Interrupting)
    with pytest.raises(KeyboardInterrupt):
        read_sheet(hf.survey_xlsx(tmp_path))


def test_xml_entities_are_never_expanded(tmp_path):
    with pytest.raises(UserInputError) as info:
        read_sheet(hf.entity_bomb_xlsx(tmp_path))
    assert info.value.code == "corrupt_file"


def test_xlsx_without_content_types_is_still_a_workbook(tmp_path):
    import zipfile
    source = hf.survey_xlsx(tmp_path)
    path = tmp_path / "no_types.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename != "[Content_Types].xml":
                dst.writestr(info.filename, src.read(info))
    assert inspect_file(path) == "xlsx"
    assert read_sheet(path).rows[1][0] == "C1"
    plain_zip = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as zf:
        zf.writestr("a.txt", "hello")
    assert _refused(plain_zip).params["kind"] == "ZIP"

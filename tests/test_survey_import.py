"""import_survey end to end on files built in tmp_path (spec section 2)."""
from __future__ import annotations

import hashlib
import math

import pytest

from core.errors import Cancelled, UserInputError
from core.messages import describe_error, message
from core.survey import ImportOptions, import_survey
from survey_factory import (
    PLAIN_HEADER,
    kobo_rows,
    odk_rows,
    plain_rows,
    spanish_rows,
    survey_toolkit,
    write_csv,
    write_xlsx,
)

TK = survey_toolkit()


def _nan(x) -> bool:
    return isinstance(x, float) and math.isnan(x)


def test_plain_sheet(tmp_path):
    path = write_xlsx(tmp_path / "plain.xlsx", plain_rows())
    data = import_survey(path, TK)
    assert data.sheet == "Sheet1" and data.rows == [2, 3, 4] and len(data) == 3
    assert data.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert data.company_ids == ["S-001", "S-002", "S-003"]
    assert data.company_names[0] == "Lácteos del Valle"
    assert list(data.values.columns) == ["adm_01", "adm_02", "adm_03", "fin_01", "fin_02", "fin_03"]
    assert data.values.iloc[0].tolist() == [2.0, 1.0, 4.0, 12.0, 35.5, 3.0]
    second = data.values.iloc[1]
    assert second["adm_01"] == 0 and _nan(second["adm_02"]) and _nan(second["fin_03"])  # n/a choices
    assert data.values.iloc[2].isna().tolist() == [True, False, True, False, True, True]
    assert data.answers.loc[0, "sector"] == "agro" and data.answers.loc[1, "adm_02"] == "na"
    assert data.answers.loc[2, "adm_01"] is None
    assert data.errors == [] and data.mapping.unmatched == [] and data.mapping.missing_items == []


def test_kobo_export(tmp_path):
    data = import_survey(write_xlsx(tmp_path / "kobo.xlsx", kobo_rows()), TK)
    m = data.mapping
    assert data.company_ids == ["S-010", "S-011", "S-012"] and m.id_column == "C"
    assert {c.how for c in m.matched if c.item.startswith("adm")} == {"kobo_path"}
    assert data.values["fin_03"].tolist()[:2] == [2.0, 2.0]       # split columns are scored
    assert _nan(data.values["fin_03"].iloc[2])                    # all split columns blank: missing
    assert data.answers["fin_03"].tolist() == ["iso9001 iso14001", "haccp", None]
    assert ("J", "provenance") in [(c.column, c.how) for c in m.matched]   # single column kept
    assert data.metadata["fin/fin_03"].tolist()[:2] == ["iso9001 iso14001", "haccp"]
    assert data.metadata["_uuid"].tolist() == ["uuid-a", "uuid-b", "uuid-c"]
    assert {"start", "end", "_id", "_submission_time", "_validation_status", "_index"} <= set(data.metadata)
    assert data.values["fin_02"].tolist() == [80.0, 10.5, 0.0]
    assert data.errors == [] and m.unmatched == []


def test_odk_export(tmp_path):
    data = import_survey(write_xlsx(tmp_path / "odk.xlsx", odk_rows()), TK)
    assert {c.how for c in data.mapping.matched if c.item.startswith("adm")} == {"odk_path"}
    assert data.values["fin_03"].tolist() == [3.0, 0.0]           # all FALSE is an answer: 0
    assert data.answers["fin_03"].tolist() == ["iso9001 haccp", ""]
    assert set(data.metadata) == {"SubmissionDate", "meta-instanceID", "KEY"}
    assert data.company_ids == ["S-020", "S-021"] and data.company_names == [None, None]


def test_spanish_labels_below_a_title_block(tmp_path):
    path = write_xlsx(tmp_path / "es.xlsx", spanish_rows())
    data = import_survey(path, TK, ImportOptions(decimal_comma=True))
    assert data.mapping.header_row == 4 and data.rows == [5, 6]
    assert data.values["adm_01"].tolist() == [2.0, 2.0]            # "Sí" and "SI"
    assert data.values["fin_01"].tolist() == [1200.0, 3.0]          # "1.200" with decimal comma
    assert data.values["fin_02"].tolist() == [12.5, 1234.5]
    assert _nan(data.values["adm_02"].iloc[1]) and _nan(data.values["adm_03"].iloc[1])
    assert data.mapping.unmatched == [("J", "Observaciones")]
    assert data.errors == []
    # the same sheet read with a decimal point: "12,5" and "1.234,5" are not numbers
    point = import_survey(path, TK, ImportOptions(decimal_comma=False))
    assert {(e.row, e.column, e.code) for e in point.errors} == {(5, "G", "not_a_number"),
                                                                  (6, "G", "not_a_number"),
                                                                  (5, "F", "not_whole")}


def test_csv_with_semicolons_and_decimal_comma(tmp_path):
    rows = [PLAIN_HEADER, ["S-1", "Café Sur", "agro", "sí", "N/A", "3", "4", "1.234,5", "haccp"],
            ["S-2", "Miel", "", "", "no", "", "", "", ""]]
    data = import_survey(write_csv(tmp_path / "respuestas.csv", rows, ";"), TK,
                         ImportOptions(decimal_comma=True))
    assert data.rows == [2, 3] and data.company_ids == ["S-1", "S-2"]
    assert data.values.iloc[0].tolist()[2:] == [3.0, 4.0, 1234.5, 2.0]
    assert data.values.iloc[1].isna().tolist() == [True, False, True, True, True, True]
    assert data.errors == []


def test_blank_rows_are_skipped_and_rows_keep_their_excel_numbers(tmp_path):
    rows = [PLAIN_HEADER, ["A", None, None, "yes"], [None] * 9, ["", "", ""], ["B", None, None, "no"]]
    data = import_survey(write_xlsx(tmp_path / "gaps.xlsx", rows), TK)
    assert data.rows == [2, 5] and data.values["adm_01"].tolist() == [2.0, 0.0]


def _wide_sheet() -> list[list[object]]:
    """26 unmatched columns A..Z first, so the items sit in AA.. and errors name two letters."""
    filler = [f"extra {k}" for k in range(26)]
    header = filler + ["adm_01", "adm_02", "adm_03", "fin_01", "fin_02", "fin_03",
                       "fin_03/iso9001", "fin_03/haccp", "company_id"]
    pad = [None] * 26
    return [header,
            pad + ["siete", 7, 9, 2.5, "mucho", "iso9001", 1, "sí", "A"],
            pad + ["yes", "no", 3, 4, 10, "iso9001", 1, 0, "B"],
            pad + [None, None, None, None, None, "iso27001", None, None, "C"]]


def test_every_error_code_with_row_and_column_letter(tmp_path):
    data = import_survey(write_xlsx(tmp_path / "bad.xlsx", _wide_sheet()), TK)
    got = [(e.row, e.column, e.item, e.code, e.value) for e in data.errors]
    assert got == [
        (2, "AA", "adm_01", "not_a_choice", "siete"),
        (2, "AB", "adm_02", "not_a_choice_value", 7),
        (2, "AC", "adm_03", "out_of_range", 9),
        (2, "AD", "fin_01", "not_whole", 2.5),
        (2, "AE", "fin_02", "not_a_number", "mucho"),
        (2, "AH", "fin_03", "not_a_flag", "sí"),
    ]
    assert all(e.sheet == "Sheet1" and e.message for e in data.errors)
    assert "1 to 5" in data.errors[2].message
    assert message("out_of_range", "es", **data.errors[2].params) == \
        "9 está fuera de la escala de adm_03 (1 a 5)."
    assert data.values.iloc[0].isna().all()                   # invalid cells count as missing
    assert data.values.iloc[1].tolist() == [2.0, 0.0, 3.0, 4.0, 10.0, 1.0]
    assert data.errors[0].as_dict()["column"] == "AA"
    # the single select_multiple column is provenance here, so its bad value is not an error;
    # read alone it is:
    rows = [r[:26] + r[26:32] for r in _wide_sheet()]
    alone = import_survey(write_xlsx(tmp_path / "multi.xlsx", rows), TK)
    assert [(e.row, e.column, e.code) for e in alone.errors if e.item == "fin_03"] == [
        (4, "AF", "unknown_choice_in_multiple")]


def test_strict_mode_refuses_the_whole_import(tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", _wide_sheet())
    with pytest.raises(UserInputError) as info:
        import_survey(path, TK, ImportOptions(strict=True))
    error = info.value
    assert error.code == "strict_refused" and error.params["count"] == 6
    assert [(p.row, p.column, p.code) for p in error.problems][:2] == [(2, "AA", "not_a_choice"),
                                                                    (2, "AB", "not_a_choice_value")]
    text = describe_error(error, "es")
    assert "Modo estricto" in text and "'siete' no es una opción de adm_01" in text
    assert "column AA" in describe_error(error, "en")
    clean = write_xlsx(tmp_path / "ok.xlsx", plain_rows())
    assert len(import_survey(clean, TK, ImportOptions(strict=True))) == 3


def test_no_header_explains_what_was_looked_for(tmp_path):
    path = write_xlsx(tmp_path / "other.xlsx", [["Nombre", "Edad"], ["Ana", 30]])
    with pytest.raises(UserInputError) as info:
        import_survey(path, TK)
    assert info.value.code == "no_header"
    text = describe_error(info.value, "en")
    assert "20 rows" in text and "sdp-test" in text and "adm_01" in text
    assert "encabezados" in describe_error(info.value, "es")


def test_first_sheet_with_a_header_is_used_unless_one_is_named(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", plain_rows(), sheet="Respuestas",
                      before={"Instrucciones": [["Complete una fila por empresa"]]})
    assert import_survey(path, TK).sheet == "Respuestas"
    with pytest.raises(UserInputError) as info:
        import_survey(path, TK, ImportOptions(sheet="Instrucciones"))
    assert info.value.code == "no_header"


def test_user_named_company_column(tmp_path):
    path = write_xlsx(tmp_path / "plain.xlsx", plain_rows())
    data = import_survey(path, TK, ImportOptions(id_column="B"))
    assert data.company_ids[0] == "Lácteos del Valle" and data.mapping.id_column == "B"


def test_numbers_stored_as_text_in_xlsx(tmp_path):
    rows = [PLAIN_HEADER, ["S-1", None, None, "2", " 1 ", "5", "12", "35.5", None]]
    data = import_survey(write_xlsx(tmp_path / "text.xlsx", rows), TK)
    assert data.values.iloc[0].tolist()[:5] == [2.0, 1.0, 5.0, 12.0, 35.5] and data.errors == []


def test_progress_is_reported_and_cancel_propagates(tmp_path):
    path = write_xlsx(tmp_path / "plain.xlsx", plain_rows())
    seen: list[float] = []
    import_survey(path, TK, progress=lambda f, msg: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 5

    def cancel(fraction: float, msg: str) -> None:
        if fraction > 0.6:
            raise Cancelled()
    with pytest.raises(Cancelled):
        import_survey(path, TK, progress=cancel)


def test_work_follows_distinct_values_not_cells(tmp_path, monkeypatch):
    """20,000 responses with a few distinct answers per column: normalising is done per distinct
    value (a per-cell loop would call it 100,000+ times)."""
    from core import workbook
    from core.survey import values

    n = 20_000
    answers = ["yes", "no", "Partly", "n/a"]
    rows = [PLAIN_HEADER] + [[f"S-{i}", f"Firm {i}", "agro", answers[i % 4], answers[(i + 1) % 4],
                              1 + i % 5, i % 50, float(i % 997) / 10, "iso9001 haccp" if i % 2 else ""]
                             for i in range(n)]
    sheet = workbook.Sheet("Big", rows)
    monkeypatch.setattr(workbook, "read_sheet", lambda path, name=None: sheet)
    calls = {"n": 0}
    real = values.normalise

    def counting(text):
        calls["n"] += 1
        return real(text)
    monkeypatch.setattr(values, "normalise", counting)
    path = write_csv(tmp_path / "tiny.csv", [["x"]])        # only hashed; the sheet is in memory
    data = import_survey(path, TK)
    assert len(data) == n and data.rows[-1] == n + 1 and data.errors == []
    assert data.values["adm_01"].sum() == pytest.approx(n / 4 * 3)
    assert data.values["fin_03"].isna().sum() == n / 2
    assert calls["n"] < 200


def test_unscored_items_keep_canonical_answers_and_never_raise_errors(tmp_path):
    from datetime import datetime
    rows = [["company_id", "adm_01", "Sector", "Mercados/Exportación", "markets/local", "Visit date"],
            ["S-1", "yes", "Manufactura", 1, 0, datetime(2026, 3, 1)],
            ["S-2", "no", "pesca", "x", 1, "ayer"]]
    data = import_survey(write_xlsx(tmp_path / "profile.xlsx", rows), TK)
    assert data.answers["sector"].tolist() == ["manuf", "pesca"]
    assert data.answers["markets"].tolist() == ["export", None]     # S-2: a bad flag, no answer
    assert data.answers["visit_date"].tolist() == ["2026-03-01", "ayer"]
    assert data.errors == [] and "sector" not in data.values

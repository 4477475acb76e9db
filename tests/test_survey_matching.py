"""Header detection and column matching (spec section 2, rules 1-3 and the company columns)."""
from __future__ import annotations

import pytest

from core.errors import UserInputError
from core.survey.header import find_header, map_columns
from core.survey.matching import HeaderMatcher, excel_letter, is_metadata, letter_index
from core.survey.model import ImportOptions
from survey_factory import survey_toolkit


@pytest.fixture(scope="module")
def matcher() -> HeaderMatcher:
    return HeaderMatcher(survey_toolkit())


def _map(matcher, headers, options=ImportOptions(), has_data=None):
    return map_columns("S", 0, headers, matcher, options, has_data or [True] * len(headers))


@pytest.mark.parametrize("index, letters", [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"),
                                            (701, "ZZ"), (702, "AAA")])
def test_excel_letters_both_ways(index, letters):
    assert excel_letter(index) == letters
    assert letter_index(letters) == index
    assert letter_index(letters.lower()) == index


@pytest.mark.parametrize("text", ["", "A1", "Área", "ABCD", "1"])
def test_letter_index_rejects_non_letters(text):
    assert letter_index(text) is None


@pytest.mark.parametrize("header, item, how", [
    ("adm_01", "adm_01", "name"),
    ("  ADM_01 ", "adm_01", "name"),
    ("Level of planning", "adm_03", "label"),
    ("nivel de  PLANIFICACION:", "adm_03", "label"),          # Spanish, no accent, colon, spaces
    ("¿La empresa tiene un plan escrito?", "adm_01", "label"),
    ("La empresa tiene un plan escrito", "adm_01", "label"),      # without ¿ ?: still the label
    ("Monthly sales, thousands", "fin_02", "label"),
    ("admin/adm_03", "adm_03", "kobo_path"),
    ("Administración/Nivel de planificación", "adm_03", "kobo_path"),   # group and item labels
    ("admin-adm_03", "adm_03", "odk_path"),
    ("Finance-Employees trained", "fin_01", "odk_path"),
])
def test_header_matches_item(matcher, header, item, how):
    found = matcher.match(header)
    assert found is not None and (found.item, found.how) == (item, how)


@pytest.mark.parametrize("header", ["other/adm_03", "adm", "adm_01 extra", "Level", "admin",
                                    "fin_01/3", "adm_01/yes", "", None])
def test_header_matches_nothing(matcher, header):
    assert matcher.match(header) is None


@pytest.mark.parametrize("header, choice", [
    ("fin/fin_03/iso9001", "iso9001"),
    ("fin_03/HACCP", "haccp"),                               # choice by label
    ("Certificaciones que tiene/ISO 14001", "iso14001"),     # item label, choice label
    ("fin-fin_03-haccp", "haccp"),                           # ODK group-item-choice
    ("fin_03-other", "other"),                               # ODK item-choice
    ("Finanzas/Certificaciones que tiene/ISO 9001", "iso9001"),   # Kobo export with labels
    ("fin-fin_03/haccp", "haccp"),
])
def test_split_select_multiple_columns(matcher, header, choice):
    found = matcher.match(header)
    assert (found.item, found.how, found.choice) == ("fin_03", "split_choice", choice)


def test_split_column_with_unknown_choice_is_not_a_match(matcher):
    assert matcher.match("fin/fin_03/iso27001") is None


@pytest.mark.parametrize("header, expected", [
    ("_uuid", True), ("_submission_time", True), ("SubmissionDate", True), ("KEY", True),
    ("meta/instanceID", True), ("meta-instanceID", True), ("__version__", True), ("_anything", True),
    ("start", True), ("deviceid", True), ("company", False), ("keys", False), ("adm_01", False)])
def test_metadata_columns(header, expected):
    assert is_metadata(header) is expected


def test_header_below_title_block_is_found(matcher):
    rows = [["Diagnóstico 2026"], [None, "adm_01 is asked first"], [],
            ["Código", "adm_01", "Nivel de planificación"], ["x", "yes", 3]]
    assert find_header(rows, matcher) == 3


def test_one_matching_item_is_not_a_header(matcher):
    rows = [["adm_01", "notes", "ADM_01"], ["adm_01", "adm_02"]]   # same item twice counts once
    assert find_header(rows, matcher) == 1


def test_header_must_be_within_twenty_rows(matcher):
    rows = [["title"]] * 20 + [["adm_01", "adm_02"]]
    assert find_header(rows, matcher) is None
    assert find_header(rows[1:], matcher) == 19


def test_mapping_lists_matched_unmatched_metadata_and_missing(matcher):
    headers = ["company_id", "adm_01", "Observaciones", "_uuid", None, None, "adm_01"]
    report, plan = _map(matcher, headers, has_data=[True, True, True, True, True, False, True])
    assert plan.single["adm_01"] == 1
    assert [(m.column, m.how) for m in report.matched if m.item == "adm_01"] == [("B", "name"),
                                                                               ("G", "duplicate")]
    assert report.unmatched == [("C", "Observaciones"), ("E", "")]   # F is blank and empty
    assert report.metadata == [("D", "_uuid")]
    assert report.id_column == "A" and report.name_column is None
    assert report.missing_items == ["adm_02", "adm_03", "fin_01", "fin_02", "fin_03"]


def test_company_id_item_matched_by_spanish_label(matcher):
    report, plan = _map(matcher, ["nit", "Código de la empresa", "Nombre de la empresa", "adm_01"])
    assert (report.id_column, report.name_column) == ("B", "C")
    assert ("A", "nit") in report.unmatched


def test_company_fallback_names_in_list_order(matcher):
    report, _ = _map(matcher, ["nit", "adm_01", "supplier_id", "razon_social", "proveedor"])
    assert report.id_column == "C"          # supplier_id comes before nit in the list
    assert report.name_column == "D"
    assert [u[0] for u in report.unmatched] == ["A", "E"]


def test_uuid_is_the_last_fallback_and_stays_provenance(matcher):
    report, plan = _map(matcher, ["adm_01", "_uuid", "adm_02"])
    assert report.id_column == "B" and ("B", "company_id") in [(m.column, m.how) for m in report.matched]
    assert report.metadata == [] and plan.metadata == [1]       # listed once, values still kept
    report, _ = _map(matcher, ["adm_01", "_uuid", "rut"])
    assert report.id_column == "C"


def test_user_named_id_column_by_header_or_letter(matcher):
    headers = ["company_id", "Número de RUC", "adm_01", "adm_02"]
    report, _ = _map(matcher, headers, ImportOptions(id_column="numero de ruc"))
    assert report.id_column == "B"
    report, plan = _map(matcher, headers, ImportOptions(id_column="D"))
    assert report.id_column == "D" and "adm_02" not in plan.single
    with pytest.raises(UserInputError) as info:
        _map(matcher, headers, ImportOptions(id_column="Cédula"))
    assert info.value.code == "id_column_not_found"


def test_column_overrides(matcher):
    headers = ["Pregunta 1", "adm_02", "adm_03"]
    report, plan = _map(matcher, headers, ImportOptions(column_overrides={"A": "adm_01", "C": ""}))
    assert plan.single == {"adm_01": 0, "adm_02": 1}
    assert ("C", "adm_03") in report.unmatched
    report, plan = _map(matcher, ["company_id", "RUC", "razon_social", "adm_01", "adm_02"],
                        ImportOptions(column_overrides={"B": "company_id", "E": "company_name"}))
    assert (report.id_column, report.name_column) == ("B", "E")
    assert plan.single == {"company_id": 0, "adm_01": 3}    # the company_id item is kept as an answer
    for bad in ({"A": "no_such_item"}, {"Q": "adm_01"}):
        with pytest.raises(UserInputError) as info:
            _map(matcher, headers, ImportOptions(column_overrides=bad))
        assert info.value.code in ("override_unknown_item", "override_column_not_found")


def test_single_select_multiple_becomes_provenance_when_split_present(matcher):
    report, plan = _map(matcher, ["adm_01", "fin_03", "fin_03/iso9001", "fin_03/haccp"])
    assert "fin_03" not in plan.single
    assert plan.split["fin_03"] == {"iso9001": 2, "haccp": 3}
    assert report.metadata == [] and plan.metadata == [1]
    assert next(m.how for m in report.matched if m.column == "B") == "provenance"
    report, plan = _map(matcher, ["adm_01", "fin_03"])
    assert plan.single["fin_03"] == 1 and "fin_03" not in plan.split


@pytest.mark.parametrize("headers", [
    ["start", "company_id", "fin_03", "fin_03/iso9001", "_uuid", "x", "adm_01", "adm_01", None],
    ["_uuid", "razon_social", "adm_01", "adm_02", "Notas", "nit"],
])
def test_every_column_is_listed_exactly_once(matcher, headers):
    report, _ = _map(matcher, headers, has_data=[True] * len(headers))
    letters = ([m.column for m in report.matched] + [u[0] for u in report.metadata]
               + [u[0] for u in report.unmatched])
    assert sorted(letters) == sorted(excel_letter(j) for j in range(len(headers)))


def test_the_id_column_is_never_also_the_name_column(matcher):
    report, _ = _map(matcher, ["empresa", "adm_01", "adm_02"], ImportOptions(id_column="empresa"))
    assert (report.id_column, report.name_column) == ("A", None)

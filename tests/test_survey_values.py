"""Value parsing on distinct cell values (spec section 2, "Values")."""
from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.messages import message
from core.survey.values import (
    CELL_MESSAGES,
    ChoiceIndex,
    parse_numbers,
    resolve_flags,
    resolve_numeric,
    resolve_select_multiple,
    resolve_select_one,
)
from core.toolkit.model import Choice, ChoiceList
from survey_factory import survey_toolkit

TK = survey_toolkit()
YESNO = ChoiceIndex(TK.lists["yesno3"])
CERTS = ChoiceIndex(TK.lists["certs"])


def _u(*values) -> np.ndarray:
    return np.array(list(values), dtype=object)


def _one(resolver, value, *args):
    """(value, answer, code) of a single distinct value."""
    r = resolver(_u(value), *args)
    return r.values[0], r.answers[0], r.codes[0]


@pytest.mark.parametrize("text, comma, expected", [
    ("1,234.5", False, 1234.5), ("1234.5", False, 1234.5), (" 12 ", False, 12.0), ("-3", False, -3.0),
    (".5", False, 0.5), ("1,234,567", False, 1234567.0),
    ("1.234,5", True, 1234.5), ("12,5", True, 12.5), ("1.200", True, 1200.0), ("+7", True, 7.0),
])
def test_numeric_text_in_the_chosen_format(text, comma, expected):
    assert parse_numbers(_u(text), comma)[0][0] == pytest.approx(expected)


@pytest.mark.parametrize("text, comma", [
    ("1,5", False),        # a decimal comma under the decimal-point option is not 15
    ("1.5", True), ("12,34.5", False), ("1.23.4", False), ("abc", False), ("1 2", False),
    ("5 kg", True), ("", False), ("--1", False), (",", True)])
def test_text_that_is_not_a_number(text, comma):
    assert math.isnan(parse_numbers(_u(text), comma)[0][0])


def test_parse_numbers_keeps_numbers_and_flags_blank_and_not_applicable():
    numbers, blank, na = parse_numbers(_u(3, 2.5, "  ", "N/A", "No  Aplica", "—", True, date(2026, 1, 1)),
                                       False)
    assert numbers[:2].tolist() == [3.0, 2.5]
    assert np.isnan(numbers[2:]).all()                   # booleans and dates are not numbers
    assert blank.tolist() == [False, False, True] + [False] * 5
    assert na.tolist() == [False, False, False, True, True, True, False, False]


@pytest.mark.parametrize("token", ["n/a", "NA", "n.a.", "N/D", "nd", "No aplica", "no sabe",
                                   "NS/NC", "-", "—", "."])
def test_not_applicable_tokens_are_missing_not_errors(token):
    for item in ("adm_03", "fin_02"):
        value, _, code = _one(resolve_numeric, token, TK.item(item), False)
        assert math.isnan(value) and code is None
    value, _, code = _one(resolve_select_one, token, YESNO, False)
    assert math.isnan(value) and code is None
    value, _, code = _one(resolve_select_multiple, token, CERTS)
    assert math.isnan(value) and code is None


@pytest.mark.parametrize("item, value, expected, code", [
    ("adm_03", 3, 3.0, None), ("adm_03", "4", 4.0, None), ("adm_03", 1, 1.0, None),
    ("adm_03", 5, 5.0, None), ("adm_03", 6, None, "out_of_range"), ("adm_03", 0.5, None, "out_of_range"),
    ("adm_03", 2.5, 2.5, None),               # off the step grid: accepted (only start/end checked)
    ("fin_01", 12, 12.0, None), ("fin_01", "12.0", 12.0, None), ("fin_01", 2.5, None, "not_whole"),
    ("fin_01", -1, None, "out_of_range"), ("fin_01", "doce", None, "not_a_number"),
    ("fin_02", 35.5, 35.5, None), ("fin_02", 5000.0000000001, 5000.0000000001, None),
    ("fin_02", 5001, None, "out_of_range"), ("fin_02", True, None, "not_a_number"),
    ("fin_02", date(2026, 5, 1), None, "not_a_number"),
])
def test_numeric_items(item, value, expected, code):
    got, _, got_code = _one(resolve_numeric, value, TK.item(item), False)
    assert got_code == code
    assert (math.isnan(got) if expected is None else got == pytest.approx(expected))


def test_numeric_answers_are_canonical_text():
    r = resolve_numeric(_u(4.0, "12,5", "doce", "n/a", "12.5"), TK.item("fin_02"), True)
    # invalid numbers are not answers (their text lives in the error list), so a stored "12.5"
    # can only ever be the canonical form of a valid number
    assert r.answers.tolist() == ["4", "12.5", None, "n/a", None]
    assert r.codes.tolist()[2] == "not_a_number" and r.codes.tolist()[4] is not None


@pytest.mark.parametrize("value, score, answer", [
    ("yes", 2, "yes"), ("  YES ", 2, "yes"), ("Partly", 1, "partly"), ("Sí", 2, "yes"),
    ("si", 2, "yes"), ("¡Sí!", 2, "yes"), ("En parte.", 1, "partly"), ("en PARTE", 1, "partly"), (2, 2, "yes"), ("0", 0, "no"), (1.0, 1, "partly"),
    ("Not applicable", None, "na"), ("na", None, None), ("", None, None),
])
def test_select_one_by_name_label_or_score(value, score, answer):
    got, got_answer, code = _one(resolve_select_one, value, YESNO, False)
    assert code is None
    assert (math.isnan(got) if score is None else got == score)
    if answer:
        assert got_answer == answer


@pytest.mark.parametrize("value, code", [("siete", "not_a_choice"), ("maybe", "not_a_choice"),
                                         (7, "not_a_choice_value"), ("1,5", "not_a_choice"),
                                         (0.5, "not_a_choice_value"), (True, "not_a_choice")])
def test_select_one_errors(value, code):
    got, answer, got_code = _one(resolve_select_one, value, YESNO, False)
    assert math.isnan(got) and got_code == code and answer


def test_select_one_tries_names_before_scores():
    levels = ChoiceIndex(ChoiceList("lv", tuple(Choice(str(k), {"en": f"Level {k}"}, k * 10.0)
                                               for k in (1, 2, 3))))
    assert _one(resolve_select_one, 2, levels, False)[:2] == (20.0, "2")      # name "2"
    assert _one(resolve_select_one, 30, levels, False)[:2] == (30.0, "3")     # score 30
    assert _one(resolve_select_one, "level 1", levels, False)[:2] == (10.0, "1")
    assert _one(resolve_select_one, "2,5", levels, True)[2] == "not_a_choice_value"


def test_a_choice_named_like_a_not_applicable_token_is_still_that_choice():
    unsure = ChoiceIndex(ChoiceList("u", (Choice("yes", {"es": "Sí"}, 2.0),
                                          Choice("dont_know", {"es": "No sabe"}, 0.0))))
    assert _one(resolve_select_one, "no sabe", unsure, False)[:2] == (0.0, "dont_know")
    assert _one(resolve_select_multiple, "No sabe", unsure)[:2] == (0.0, "dont_know")
    value, _, code = _one(resolve_select_one, "n/a", unsure, False)
    assert math.isnan(value) and code is None


@pytest.mark.parametrize("value, total, answer", [
    ("iso9001 haccp", 3.0, "iso9001 haccp"), ("haccp  iso9001", 3.0, "iso9001 haccp"),
    ("ISO9001 iso9001", 1.0, "iso9001"), ("ISO 14001", 1.0, "iso14001"),     # a whole label
    ("other", None, "other"), ("iso9001 other", 1.0, "iso9001 other"),
    ("ISO 9001 HACCP", 3.0, "iso9001 haccp"), ("haccp Otra", 2.0, "haccp other"),   # labels
])
def test_select_multiple_single_cell(value, total, answer):
    got, got_answer, code = _one(resolve_select_multiple, value, CERTS)
    assert code is None and got_answer == answer
    assert (math.isnan(got) if total is None else got == total)


def test_select_multiple_unknown_choice():
    got, answer, code = _one(resolve_select_multiple, "iso9001 iso27001", CERTS)
    assert math.isnan(got) and code == "unknown_choice_in_multiple" and answer == "iso9001 iso27001"


@pytest.mark.parametrize("value, flag, code", [
    (1, 1.0, None), (0, 0.0, None), (1.0, 1.0, None), ("1", 1.0, None), ("TRUE", 1.0, None),
    (True, 1.0, None), (False, 0.0, None), ("false", 0.0, None), (None, None, None), ("", None, None),
    ("n/a", None, None), ("yes", None, "not_a_flag"), (2, None, "not_a_flag"), ("x", None, "not_a_flag"),
])
def test_split_column_flags(value, flag, code):
    got, _, got_code = _one(resolve_flags, value)
    assert got_code == code
    assert (math.isnan(got) if flag is None else got == flag)


def test_every_cell_code_has_three_languages_with_spanish_accents():
    for code, texts in CELL_MESSAGES.items():
        assert set(texts) == {"en", "es", "pt"}
        for lang in ("en", "es", "pt"):
            text = message(code, lang, item="adm_01", value="x", min="1", max="5")
            assert "adm_01" in text and "{" not in text
    assert "opción" in CELL_MESSAGES["not_a_choice"]["es"]
    assert "número" in CELL_MESSAGES["not_a_number"]["es"]


@settings(max_examples=60, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.booleans(), st.booleans())
def test_numbers_written_either_way_read_back(number, comma, grouped):
    """Any number written in the chosen format (with or without thousands groups) reads back."""
    text = f"{number:,.2f}" if grouped else f"{number:.2f}"
    if comma:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    assert parse_numbers(_u(text), comma)[0][0] == pytest.approx(float(number))
    other = parse_numbers(_u(text), not comma)[0][0]
    if "," in text and "." in text:     # both separators present: the wrong option never reads it
        assert math.isnan(other)

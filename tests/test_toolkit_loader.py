"""Loading toolkit workbooks: the valid default toolkit, XLSForm variants, and every validation rule."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from core.catalogue import entries as _entries
from core.errors import Problem, UserInputError

_CATALOGUE = _entries()
from core.toolkit import load_toolkit
from core.toolkit.cells import as_number, as_text, column_key, column_letter, language_code
from core.toolkit.model import DEFAULT_LANGUAGE_KEY
from toolkit_factory import EN, ES, ITEM_SCALES, toolkit_sheets, write_toolkit, write_workbook


def problems_of(tmp_path: Path, **changes) -> list[Problem]:
    path = write_toolkit(tmp_path / "tk.xlsx", **changes)
    with pytest.raises(UserInputError) as info:
        load_toolkit(path)
    assert info.value.code == "invalid_toolkit"
    assert info.value.params["count"] == len(info.value.problems)
    return info.value.problems


def only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, (code, problems)
    return found[0]


# -- the valid default toolkit ---------------------------------------------------------------

def test_default_toolkit_loads_with_items_scales_and_settings(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx")
    tk = load_toolkit(path)
    assert (tk.id, tk.version, tk.default_language) == ("test-diagnostic", "2026.1", "en")
    assert tk.languages == ["en", "es"]
    assert tk.title == {DEFAULT_LANGUAGE_KEY: "Test diagnostic"}
    assert (tk.min_coverage, tk.top_n) == (0.5, 5)
    # groups, notes, calculations and metadata (start) are not items
    assert [it.name for it in tk.items] == ["company_id", "company_name", *ITEM_SCALES]
    assert [it.order for it in tk.items] == list(range(8))
    assert {it.name: (it.scale_min, it.scale_max) for it in tk.scored_items} == ITEM_SCALES
    assert tk.item("company_id").scored is False and tk.item("company_id").scale_min is None
    mgmt_01 = tk.item("mgmt_01")
    assert (mgmt_01.row, mgmt_01.area, mgmt_01.target, mgmt_01.list_name) == (6, "mgmt", 4.0, "level5")
    assert [(g.name, g.labels["es"]) for g in mgmt_01.groups] == [("grp_mgmt", "Gestión")]
    assert tk.item("mgmt_02").weight == 2.0 and tk.item("fin_01").weight == 1.5
    assert tk.item("ops_01").critical and not tk.item("ops_02").critical
    assert tk.item("ops_02").reverse and tk.item("ops_02").target_score == pytest.approx(100 - 100 * 5 / 30)
    assert tk.item("fin_02").groups == ()
    assert tk.item("fin_02").labels == {"en": "Separate business accounts",
                                        "es": "Cuentas separadas de la empresa"}
    assert [c.score for c in tk.lists["yesno_na"].choices] == [1.0, 0.0, None]
    assert [(a.name, a.weight) for a in tk.areas] == [("mgmt", 2.0), ("ops", 1.0), ("fin", 1.0)]
    assert [(b.name, b.min) for b in tk.bands] == [("low", 0), ("developing", 40), ("good", 70),
                                                     ("excellent", 85)]
    assert tk.band_for(72).name == "good"
    data = path.read_bytes()
    assert tk.sha256 == hashlib.sha256(data).hexdigest() and tk.source_bytes == data


def test_bytes_load_the_same_toolkit(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx")
    from_path, from_bytes = load_toolkit(str(path)), load_toolkit(path.read_bytes())
    assert from_bytes.items == from_path.items and from_bytes.sha256 == from_path.sha256


def test_xlsform_aliases_and_case_insensitive_names(tmp_path):
    def edit(sheets):
        for row in sheets["survey"]:
            row["type"] = (row["type"].replace("select_one ", "select one ")
                           .replace("select_multiple ", "select all that apply ")
                           .replace("begin_group", "Begin Group").replace("end_group", "END_GROUP"))
        sheets["survey"].append({"type": "int", "name": "workers"})
    path = write_toolkit(tmp_path / "tk.xlsx", edit=edit,
                         sheet_names={"survey": "Survey", "choices": "CHOICES", "bands": " Bands "},
                         columns={"list_name": "List Name", "type": "TYPE", EN: "Label::English (en)",
                                  "score::area": "SCORE::Area", "score::weight": "Score::Weight"})
    tk = load_toolkit(path)
    assert tk.item("mgmt_01").type == "select_one" and tk.item("mgmt_01").list_name == "level5"
    assert tk.item("mgmt_02").type == "select_multiple" and tk.item("mgmt_02").weight == 2.0
    assert tk.item("workers").type == "integer" and tk.item("workers").groups == ()
    assert tk.item("mgmt_01").groups[0].name == "grp_mgmt"
    assert tk.item("mgmt_01").labels["en"] == "Strategic plan"
    assert len(tk.bands) == 4


def test_plain_label_is_the_default_language(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx", columns={ES: "label", EN: "label::English"},
                         settings={"default_language": "Español (es)"})
    tk = load_toolkit(path)
    assert tk.item("mgmt_01").labels == {DEFAULT_LANGUAGE_KEY: "Plan estratégico",
                                         "english": "Strategic plan"}
    assert tk.languages == ["es", "english"] and tk.default_language == "es"
    assert tk.item("mgmt_01").label("es") == "Plan estratégico"
    assert tk.item("mgmt_01").label("english") == "Strategic plan"


def test_range_defaults_numeric_names_and_defaults(tmp_path):
    def edit(sheets):
        for row in sheets["choices"]:
            if row["list_name"] == "level5":
                row["name"] = int(row["name"])          # stored as numbers: must read back "1"
        sheets["settings"] = [{"form_id": 2026, "version": 3}]
    path = write_toolkit(tmp_path / "tk.xlsx", item={"ops_01": {"parameters": None}}, edit=edit,
                         band={"good": {"colour": "9CF"}, "low": {"colour": None}})
    tk = load_toolkit(path)
    assert (tk.item("ops_01").scale_min, tk.item("ops_01").scale_max) == (0.0, 10.0)
    assert [c.name for c in tk.lists["level5"].choices] == ["1", "2", "3", "4", "5"]
    assert (tk.id, tk.version, tk.min_coverage, tk.top_n, tk.title) == ("2026", "3", 0.5, 10, {})
    assert {b.name: b.colour for b in tk.bands}["good"] == "#99ccff"
    assert {b.name: b.colour for b in tk.bands}["low"] == "#888888"


def test_form_id_falls_back_to_the_file_name_but_bytes_need_it(tmp_path):
    path = write_toolkit(tmp_path / "my-kit.xlsx", settings={"form_id": None})
    assert load_toolkit(path).id == "my-kit"
    with pytest.raises(UserInputError) as info:
        load_toolkit(path.read_bytes())
    assert only(info.value.problems, "missing_setting").params == {"setting": "form_id"}


def test_scales_of_every_scored_type(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx", item={
        "ops_01": {"parameters": "start = 2 end=7;step=0.5"},
        "fin_01": {"score::min": "-10", "score::max": "12,5"}},
        choice={("practices", "none"): {"score": -3}})
    tk = load_toolkit(path)
    assert (tk.item("ops_01").scale_min, tk.item("ops_01").scale_max) == (2.0, 7.0)
    assert (tk.item("fin_01").scale_min, tk.item("fin_01").scale_max) == (-10.0, 12.5)
    assert (tk.item("mgmt_02").scale_min, tk.item("mgmt_02").scale_max) == (0.0, 4.0)


@pytest.mark.parametrize("columns", [{}, {"list_name": "list name"}])
def test_the_factory_toolkit_is_a_valid_xlsform(tmp_path, columns):
    from pyxform.xls2xform import convert
    path = write_toolkit(tmp_path / "tk.xlsx", columns=columns)
    assert convert(xlsform=str(path)).warnings == []


# -- invalid toolkits: every rule names the right place ----------------------------------------

def test_scored_row_of_an_unscorable_type(tmp_path):
    found = problems_of(tmp_path, item={"company_id": {"score::area": "mgmt"},
                                        "grp_ops": {"score::area": "ops"},
                                        "ops_note": {"score::area": "ops"}})
    assert [(p.code, p.sheet, p.row, p.column) for p in found] == [
        ("unscorable_type", "survey", 3, "A"), ("unscorable_type", "survey", 9, "A"),
        ("unscorable_type", "survey", 12, "A")]


def test_unknown_area(tmp_path):
    p = only(problems_of(tmp_path, item={"fin_02": {"score::area": "finance"}}), "unknown_area")
    assert (p.sheet, p.row, p.column, p.params["area"]) == ("survey", 15, "E", "finance")


@pytest.mark.parametrize("weight, code", [(0, "non_positive_weight"), (-1, "non_positive_weight"),
                                          ("heavy", "toolkit_not_a_number")])
def test_bad_item_weight(tmp_path, weight, code):
    p = only(problems_of(tmp_path, item={"ops_01": {"score::weight": weight}}), code)
    assert (p.sheet, p.row, p.column) == ("survey", 10, "G")


@pytest.mark.parametrize("target", [6, 0.5])
def test_target_outside_the_scale(tmp_path, target):
    p = only(problems_of(tmp_path, item={"mgmt_01": {"score::target": target}}),
             "target_outside_scale")
    assert (p.row, p.column, p.params["min"], p.params["max"]) == (6, "F", "1", "5")


def test_targets_at_the_ends_of_the_scale_are_fine(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx", item={"mgmt_01": {"score::target": 5},
                                                      "ops_02": {"score::target": 0}})
    assert load_toolkit(path).item("ops_02").target_score == 100.0


def test_list_with_fewer_than_two_distinct_values(tmp_path):
    found = problems_of(tmp_path, choice={("yesno_na", "no"): {"score": 1}})
    p = only(found, "too_few_values")
    assert (p.row, p.params) == (15, {"item": "fin_02", "list": "yesno_na"})


def test_unscored_select_may_use_a_list_without_scores(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx", add_items=[{"type": "select_one yesno_na",
                                                            "name": "exports"}],
                         choice={("yesno_na", "no"): {"score": None}, ("yesno_na", "yes"): {"score": None}},
                         item={"fin_02": {"type": "select_one level5"}})
    assert load_toolkit(path).item("exports").scored is False


def test_unknown_list_and_missing_list(tmp_path):
    found = problems_of(tmp_path, item={"mgmt_01": {"type": "select_one levels"},
                                        "fin_02": {"type": "select_one"}})
    assert (only(found, "unknown_list").row, only(found, "unknown_list").params["list"]) == (6, "levels")
    assert only(found, "missing_list").row == 15


def test_duplicate_item_names(tmp_path):
    p = only(problems_of(tmp_path, item={"fin_02": {"name": "mgmt_01"}}), "duplicate_item")
    assert (p.row, p.column, p.params["first_row"]) == (15, "B", 6)


def test_duplicate_choice_in_a_list_but_not_across_lists(tmp_path):
    found = problems_of(tmp_path, choice={("practices", "kanban"): {"name": "5s"},
                                          ("yesno_na", "na"): {"name": "none"}})
    p = only(found, "duplicate_choice")
    assert (p.sheet, p.row, p.params["list"], p.params["first_row"]) == ("choices", 8, "practices", 7)


@pytest.mark.parametrize("sheet", ["survey", "areas", "bands", "settings"])
def test_missing_required_sheet(tmp_path, sheet):
    found = problems_of(tmp_path, **{sheet: None})
    p = only(found, "toolkit_missing_sheet")
    assert p.params == {"sheet": sheet} and (p.sheet, p.row) == (None, None)


def test_choices_sheet_is_required_only_by_select_questions(tmp_path):
    only(problems_of(tmp_path, choices=None), "toolkit_missing_sheet")
    numeric_only = [r for r in toolkit_sheets()["survey"] if "select" not in r["type"]]
    path = write_toolkit(tmp_path / "num.xlsx", choices=None, survey=numeric_only,
                         area={"mgmt": None})
    assert [it.name for it in load_toolkit(path).scored_items] == ["ops_01", "ops_02", "fin_01"]


def test_missing_and_duplicate_columns(tmp_path):
    def edit(sheets):
        for row in sheets["bands"]:
            row["lower"] = row.pop("min")
        for row in sheets["areas"]:
            row["Name "] = "x"
    found = problems_of(tmp_path, edit=edit)
    p = only(found, "toolkit_missing_column")
    assert (p.sheet, p.row, p.params) == ("bands", 1, {"column": "min"})
    d = only(found, "toolkit_duplicate_column")
    assert (d.sheet, d.row, d.column) == ("areas", 1, "E")


@pytest.mark.parametrize("changes, code, column", [
    ({"score::min": None}, "missing_scale", "J"),
    ({"score::max": None}, "missing_scale", "K"),
    ({"score::min": 30, "score::max": 30}, "empty_scale", "K"),
    ({"score::min": 40}, "empty_scale", "K"),
])
def test_integer_scale_required_and_ordered(tmp_path, changes, code, column):
    p = only(problems_of(tmp_path, item={"ops_02": {**changes, "score::target": None}}), code)
    assert (p.row, p.column) == (11, column)


def test_range_parameters_must_be_numeric_and_ascending(tmp_path):
    found = problems_of(tmp_path, item={"ops_01": {"parameters": "start=5 end=1"}},
                        add_items=[{"type": "range", "name": "r2", "parameters": "start=a end=3",
                                    "score::area": "ops"},
                                   {"type": "range", "name": "r3", "parameters": "start=3 end=3",
                                    "score::area": "ops"}])
    assert only(found, "descending_range").row == 10
    assert only(found, "bad_parameter").row == 17
    assert only(found, "empty_scale").row == 18


@pytest.mark.parametrize("bands, code, row", [
    ({"low": {"min": 10}}, "no_zero_band", None),
    ({"good": {"min": 40}}, "duplicate_band_min", 4),
    ({"good": {"colour": "green"}}, "bad_colour", 3),
    ({"good": {"colour": "#12345g"}}, "bad_colour", 3),
    ({"good": {"min": 120}}, "band_min_out_of_range", 3),
    ({"good": {"min": "high"}}, "toolkit_not_a_number", 3),
    ({"good": {"name": "low"}}, "duplicate_band", 3),
])
def test_bad_bands(tmp_path, bands, code, row):
    p = only(problems_of(tmp_path, band=bands), code)
    assert (p.sheet, p.row) == ("bands", row)


@pytest.mark.parametrize("weight, code", [(0, "non_positive_weight"), (-2, "non_positive_weight"),
                                          ("x", "toolkit_not_a_number")])
def test_bad_area_weight(tmp_path, weight, code):
    p = only(problems_of(tmp_path, area={"ops": {"weight": weight}}), code)
    assert (p.sheet, p.row, p.column) == ("areas", 3, "D")


def test_duplicate_area_and_empty_area(tmp_path):
    found = problems_of(tmp_path, area={"fin": {"name": "ops"}},
                        add_items=[], item={"fin_01": {"score::area": "ops"},
                                            "fin_02": {"score::area": "ops"}})
    assert only(found, "duplicate_area").params == {"name": "ops", "first_row": 3}
    found = problems_of(tmp_path, item={"fin_01": {"score::area": "ops"},
                                        "fin_02": {"score::area": "ops"}})
    p = only(found, "empty_area")
    assert (p.sheet, p.row, p.params) == ("areas", 4, {"area": "fin"})


@pytest.mark.parametrize("settings, key", [
    ({"score::min_coverage": 1.5}, "score::min_coverage"),
    ({"score::min_coverage": "half"}, "score::min_coverage"),
    ({"score::top_n": 0}, "score::top_n"),
    ({"score::top_n": 2.5}, "score::top_n"),
])
def test_bad_settings_numbers(tmp_path, settings, key):
    p = only(problems_of(tmp_path, settings=settings), "bad_setting")
    assert (p.sheet, p.row, p.params["setting"]) == ("settings", 2, key)


def test_scoring_column_typos_flags_and_columns_without_area(tmp_path):
    found = problems_of(tmp_path, item={"mgmt_01": {"score::wieght": 2},
                                        "ops_02": {"score::reverse": "maybe"},
                                        "company_name": {"score::weight": 3}})
    assert only(found, "unknown_score_column").params == {"column": "score::wieght"}
    assert only(found, "toolkit_not_a_flag").row == 11
    assert only(found, "score_without_area").params == {"item": "company_name",
                                                        "column": "score::weight"}


def test_flag_spellings(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx", item={"ops_01": {"score::critical": "TRUE"},
                                                      "ops_02": {"score::reverse": 1},
                                                      "fin_01": {"score::critical": "Sí"},
                                                      "fin_02": {"score::reverse": "no"}})
    tk = load_toolkit(path)
    assert tk.item("ops_01").critical and tk.item("ops_02").reverse and tk.item("fin_01").critical
    assert not tk.item("fin_02").reverse


def test_groups_must_balance_and_repeats_are_not_scored(tmp_path):
    found = problems_of(tmp_path, item={"grp_mgmt": {"type": "begin_repeat"}},
                        add_items=[{"type": "end_group"}, {"type": "begin_group", "name": "open"}])
    assert {p.params["item"] for p in found if p.code == "scored_in_repeat"} == {"mgmt_01", "mgmt_02"}
    assert only(found, "unbalanced_group").row == 17
    assert only(found, "unclosed_group").row == 18


def test_nothing_scored(tmp_path):
    def unscore(sheets):
        for row in sheets["survey"]:
            for key in [k for k in row if k.startswith("score::")]:
                row[key] = None
    found = problems_of(tmp_path, edit=unscore)
    assert any(p.code == "nothing_scored" for p in found)


def test_every_problem_is_listed_not_just_the_first(tmp_path):
    found = problems_of(tmp_path, item={"mgmt_01": {"score::target": 9},
                                        "fin_02": {"name": "fin_01"}},
                        area={"ops": {"weight": 0}}, band={"good": {"colour": "nope"}},
                        settings={"score::top_n": -1})
    assert {p.code for p in found} == {"target_outside_scale", "duplicate_item",
                                      "non_positive_weight", "bad_colour", "bad_setting"}
    assert all(p.sheet and p.row for p in found)


def test_unreadable_files(tmp_path):
    with pytest.raises(UserInputError) as info:
        load_toolkit(tmp_path / "nope.xlsx")
    assert info.value.code == "file_not_found"
    for name in ("bad.xlsx", "toolkit.csv"):
        bad = tmp_path / name
        bad.write_bytes(b"type,name\ntext,x\n")
        with pytest.raises(UserInputError) as info:
            load_toolkit(bad)
        # which code depends on whether core.workbook reads text files as CSV tables
        assert info.value.code in ("unreadable_workbook", "toolkit_not_a_workbook")


def test_an_empty_workbook_lists_every_missing_sheet(tmp_path):
    path = write_workbook(tmp_path / "empty.xlsx", {"Sheet1": [{"a": 1}]})
    with pytest.raises(UserInputError) as info:
        load_toolkit(path)
    assert {p.params["sheet"] for p in info.value.problems} == {"survey", "areas", "bands", "settings"}


# -- helpers and messages -----------------------------------------------------------------------

def test_cell_helpers():
    assert (as_text(1.0), as_text(2.5), as_text(None), as_text(" x ")) == ("1", "2.5", "", "x")
    assert column_key("Label :: Português (pt)") == "label::pt"
    assert column_key(" List  Name ") == "list_name" and column_key("SCORE::Top_N") == "score::top_n"
    assert language_code("Español") == "español" and language_code("English (EN)") == "en"
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_every_code_has_english_spanish_and_portuguese_messages():
    root = Path(__file__).resolve().parent.parent / "core" / "toolkit"
    source = "".join(p.read_text(encoding="utf-8") for p in root.glob("*.py"))
    codes = set(re.findall(r'(?:Problem|problem|UserInputError|\.add)\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'unique_name\([^)]*"([a-z_]+)"\)', source))
    assert {"unknown_area", "duplicate_area", "invalid_toolkit", "bad_setting"} <= codes
    assert len(codes) >= 35
    for code in codes - {"file_not_found"}:
        texts = _CATALOGUE.get(code)
        assert texts and {"en", "es", "pt"} <= set(texts), code
    assert "á" in _CATALOGUE["unknown_area"]["es"] and "ção" in _CATALOGUE["missing_setting"]["pt"]


def test_numbers_survive_rendering_as_text():
    from hypothesis import given
    from hypothesis import strategies as st

    @given(st.floats(allow_nan=False, allow_infinity=False, width=64))
    def roundtrip(x):
        assert as_number(as_text(x)) == x
        if x.is_integer():
            assert "." not in as_text(x) or "e" in as_text(x)

    roundtrip()
    assert as_number("2,5") == 2.5 and as_number("1,234.5") is None and as_number(True) is None


@pytest.mark.parametrize("raw, expected", [
    ("select_one yesno", ("select_one", "yesno")),
    ("Select One  yesno", ("select_one", "yesno")),
    ("select1 yesno", ("select_one", "yesno")),
    ("select_one yesno or_other", ("select_one", "yesno")),
    ("select one from yesno", ("select_one", "yesno")),
    ("add select one prompt using yesno", ("select_one", "yesno")),
    ("select all that apply practices", ("select_multiple", "practices")),
    ("select_multiple practices", ("select_multiple", "practices")),
    ("select one from file towns.csv", ("select_one_from_file", None)),
    ("select_multiple_from_file towns.csv", ("select_multiple_from_file", None)),
    ("select one external towns", ("select_one_external", None)),
    ("begin group", ("begin_group", None)), ("BEGIN_GROUP", ("begin_group", None)),
    ("begin repeat", ("begin_repeat", None)), ("end_repeat", ("end_repeat", None)),
    ("begin looped group", ("begin_repeat", None)),
    ("int", ("integer", None)), ("Decimal", ("decimal", None)), ("range", ("range", None)),
])
def test_xlsform_type_spellings(raw, expected):
    from core.toolkit.survey_sheet import parse_type
    assert parse_type(raw) == expected


def test_select_from_file_cannot_be_scored(tmp_path):
    p = only(problems_of(tmp_path, item={"fin_02": {"type": "select_one_from_file banks.csv"}}),
             "unscorable_type")
    assert p.row == 15


def test_rows_without_a_type(tmp_path):
    path = write_toolkit(tmp_path / "tk.xlsx", add_items=[{"hint": "a comment for authors"}])
    assert len(load_toolkit(path).items) == 8
    p = only(problems_of(tmp_path, add_items=[{"name": "orphan"}]), "toolkit_missing_value")
    assert (p.row, p.column, p.params) == (17, "A", {"column": "type"})

"""Genuine KoboToolbox (formpack) and ODK Central-format exports of built-in toolkits and of a
toolkit whose items share labels, scored and compared with a per-response reference."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from core.scoring import score_responses
from core.survey import ImportOptions, import_survey
from core.toolkit.registry import get_toolkit
from genuine_exports import FIXTURES, KITS, reference_rows, submissions
from survey_factory import write_csv
from test_scoring_properties import reference

EXPORTS = sorted(p for p in FIXTURES.iterdir()
                 if p.name.startswith(("kobo-", "central-")) and p.suffix in (".xlsx", ".xls", ".csv"))


def _kit(path: Path) -> str:
    return next(k for k in KITS if f"-{k}" in path.stem)


def test_the_fixture_set_covers_every_export_shape():
    names = " ".join(p.name for p in EXPORTS)
    for shape in ("-xml-", "-es-", "-en-", "-flat-", "-groups-", "-dash-", "-both", "-summary",
                  "-details", ".csv", ".xlsx", ".xls", "-repeat-", "central-", "-split.csv",
                  "kobo-shared-labels-es-flat-both", "-hxl", "-typed", "shared-labels-es-flat-details",
                  "shared-labels-pt-groups-dash"):
        assert shape in names, shape
    assert len(EXPORTS) >= 40


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.name)
def test_genuine_export_scores_exactly_as_the_reference(path):
    kit = _kit(path)
    toolkit = get_toolkit(KITS[kit])
    subs = submissions(kit, repeat="-repeat-" in path.name)
    data = import_survey(path, toolkit, ImportOptions())
    assert data.errors == [] and data.mapping.unmatched == [] and data.mapping.ambiguous == []
    assert data.mapping.missing_items == []
    assert len(data) == len(subs)
    result = score_responses(toolkit, data.values)
    for i, row in enumerate(reference_rows(toolkit, subs)):
        for name, expected in row.items():
            got = data.values[name].iloc[i]
            assert (math.isnan(expected) and math.isnan(got)) or got == expected, (i, name, got, expected)
        index, areas, band, gaps = reference(toolkit, row)
        got = result.index.iloc[i]
        assert (index is None and math.isnan(got)) or got == pytest.approx(index, abs=1e-9), i
        for k, area in enumerate(result.area_names):
            value = result.area_scores.iloc[i, k]
            assert (areas[area] is None and math.isnan(value)) or value == pytest.approx(areas[area]), area
        assert result.band.iloc[i] == band
    ids = [s["profile/company_id"] for s in subs]
    assert data.company_ids == ids


def test_central_unanswered_select_multiple_is_missing_although_split_columns_hold_0():
    toolkit = get_toolkit("linkage-readiness")
    data = import_survey(FIXTURES / "central-linkage-readiness-split.csv", toolkit)
    subs = submissions("linkage-readiness")
    unanswered = [i for i, s in enumerate(subs) if "environmental_management/env_05" not in s]
    assert unanswered, "the fixture must hold an unanswered select_multiple"
    header = (FIXTURES / "central-linkage-readiness-split.csv").read_text(encoding="utf-8").splitlines()
    assert "environmental_management-env_05/none" in header[0].split(",")
    for i in unanswered:
        line = header[i + 1].split(",")
        cols = header[0].split(",")
        assert {line[j] for j, c in enumerate(cols) if c.startswith("environmental_management-env_05/")} == {"0"}
        assert math.isnan(data.values["env_05"].iloc[i])


def test_blank_single_column_decides_even_when_split_columns_say_selected(tmp_path):
    toolkit = get_toolkit("linkage-readiness")
    header = ["profile-company_id", "environmental_management-env_01", "environmental_management-env_05",
              "environmental_management-env_05/iso14001", "environmental_management-env_05/fsc"]
    path = write_csv(tmp_path / "c.csv", [header, ["A", "l2", "", "1", "0"], ["B", "l2", "iso14001", "1", "0"],
                                          ["C", "l2", "n/a", "0", "0"], ["D", "l2", "fsc", "0", "0"]])
    data = import_survey(path, toolkit)
    assert math.isnan(data.values["env_05"][0]) and data.answers["env_05"][0] is None
    assert data.values["env_05"][1] == 3.0
    assert math.isnan(data.values["env_05"][2])
    assert data.values["env_05"][3] == 0.0        # answered: the split columns give the selection


def test_shared_labels_without_groups_are_taken_in_survey_order():
    toolkit = get_toolkit(KITS["shared-labels"])
    data = import_survey(FIXTURES / "kobo-shared-labels-es-flat-both.xlsx", toolkit)
    by_item = {m.item: m.column for m in data.mapping.matched if m.how == "label"}
    assert by_item["admin_proc"] == "E" and by_item["prod_proc"] == "L"
    assert not [m for m in data.mapping.matched if m.how == "duplicate"]


def test_group_paths_decide_between_items_sharing_a_label(tmp_path):
    toolkit = get_toolkit(KITS["shared-labels"])
    header = ["Código de la empresa", "Producción/¿Tiene un procedimiento escrito?",
              "Administración/¿Tiene un procedimiento escrito?", "Nivel de producción"]
    path = write_csv(tmp_path / "g.csv", [header, ["A", "Sí", "No", 3]])
    data = import_survey(path, toolkit)
    assert data.values["prod_proc"][0] == 2.0 and data.values["admin_proc"][0] == 0.0
    assert data.mapping.ambiguous == []


def test_a_single_shared_header_is_reported_as_ambiguous_never_dropped(tmp_path):
    toolkit = get_toolkit(KITS["shared-labels"])
    header = ["Código de la empresa", "¿Tiene un procedimiento escrito?", "Nivel de producción",
              "Nivel de administración"]
    path = write_csv(tmp_path / "a.csv", [header, ["A", "Sí", 3, 2]])
    data = import_survey(path, toolkit)
    assert data.mapping.ambiguous == [("B", "¿Tiene un procedimiento escrito?", ["admin_proc", "prod_proc"])]
    assert {"admin_proc", "prod_proc"} <= set(data.mapping.missing_items)
    assert "B" not in {m.column for m in data.mapping.matched}


def test_label_joined_summary_reads_the_longest_label_first(tmp_path):
    toolkit = get_toolkit(KITS["shared-labels"])
    header = ["Código de la empresa", "Administración/Registros que lleva", "Nivel de administración"]
    path = write_csv(tmp_path / "s.csv", [header, ["A", "Control de calidad Control", 2],
                                          ["B", "Control Control de calidad", 2], ["C", "Costos Control", 2]])
    data = import_survey(path, toolkit)
    assert data.answers["admin_cert"].tolist() == ["quality control", "quality control", "costs control"]
    assert data.values["admin_cert"].tolist() == [3.0, 3.0, 2.0]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_repeat_sheets_are_provenance_and_another_sheet_can_be_chosen(suffix):
    toolkit = get_toolkit("linkage-readiness")
    path = FIXTURES / f"kobo-linkage-readiness-es-repeat-both{suffix}"
    data = import_survey(path, toolkit)
    assert data.sheet != "visits" and data.errors == []
    assert data.mapping.other_sheets == [("visits", 18)]
    assert "_index" in data.metadata.columns
    from core.errors import UserInputError
    with pytest.raises(UserInputError) as refused:      # the repeat sheet has no scored question
        import_survey(path, toolkit, ImportOptions(sheet="visits"))
    assert refused.value.code == "no_header"


def test_metadata_of_both_tools_is_kept_never_scored():
    toolkit = get_toolkit("linkage-readiness")
    central = import_survey(FIXTURES / "central-linkage-readiness-split.csv", toolkit)
    assert {"SubmissionDate", "meta-instanceID", "KEY", "SubmitterID", "FormVersion", "start",
            "end"} <= set(central.metadata.columns)
    kobo = import_survey(FIXTURES / "kobo-linkage-readiness-xml-groups-both.xlsx", toolkit)
    assert {"_id", "_uuid", "__version__", "_tags", "_index", "_validation_status"} <= set(kobo.metadata.columns)
    assert not np.isnan(kobo.values.to_numpy()).all()


def test_hxl_hashtag_row_under_the_header_is_not_a_response():
    data = import_survey(FIXTURES / "kobo-qcdi-en-flat-both-hxl.xlsx", get_toolkit("qcdi"))
    assert data.rows[0] == 3 and len(data) == len(submissions("qcdi"))

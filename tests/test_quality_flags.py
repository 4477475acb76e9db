"""Data-quality flags: every rule on genuine KoboToolbox and ODK Central exports, thresholds,
storage with the assessments, merge, and properties of the rules."""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.project import Project
from core.quality import DEFAULTS, QualityInput, quality_flags
from core.quality.labels import label_warnings
from core.quality.store import company_flags, compute_flags
from core.scoring import score_responses
from core.survey import import_survey
from core.toolkit.registry import get_toolkit
from genuine_exports import FIXTURES, KITS
from scoring_helpers import item, survey, toolkit, values
from survey_factory import write_csv

LR = "linkage-readiness"
# what the generator put in the submissions (see tests/genuine_exports.py): by response position
EXPECTED = {0: {"flag.duplicate_company"}, 1: {"flag.straight_lining"}, 2: {"flag.low_coverage"},
            3: {"flag.short_interview"}, 4: {"flag.duplicate_uuid"}, 5: {"flag.duplicate_uuid"},
            6: {"flag.mixed_versions"}, 13: {"flag.duplicate_company"}}


def _flags(path, kit=LR, **settings_):
    tk = get_toolkit(KITS[kit])
    data = import_survey(path, tk)
    scores = score_responses(tk, data.values)
    found = quality_flags(QualityInput(tk, data, scores, replace(DEFAULTS, **settings_)))
    return tk, data, scores, found


def _codes(found) -> dict[int, set[str]]:
    return {int(p): {f.code for f in found.of(p)} for p in found.flagged()}


@pytest.mark.parametrize("name", ["kobo-linkage-readiness-es-flat-both.csv",
                                  "kobo-linkage-readiness-xml-groups-dash-details.xlsx",
                                  "kobo-linkage-readiness-en-groups-summary.xlsx",
                                  "kobo-linkage-readiness-es-repeat-both.xls"])
def test_every_rule_on_kobo_exports(name):
    _tk, data, scores, found = _flags(FIXTURES / name)
    assert _codes(found) == EXPECTED
    short = found.of(3)[0]
    assert short.threshold == DEFAULTS.min_seconds_per_item
    answered = int((~np.isnan(data.values.iloc[3].to_numpy(float))).sum())
    assert short.value == round(4 * 60 / answered, 1)            # the interview lasted 4 minutes
    assert found.of(6)[0].as_dict() == {"code": "flag.mixed_versions", "value": "vOldVersion1",
                                        "threshold": "vKit20261"}
    coverage = found.of(2)[0]
    assert coverage.value == round(scores.coverage.iloc[2], 4) and coverage.threshold == 0.5
    assert found.of(1)[0].value == 40 and found.of(0)[0].value == 2


def test_every_rule_on_central_exports_with_the_toolkit_version():
    _tk, _data, _scores, found = _flags(FIXTURES / "central-linkage-readiness-split.csv")
    expected = {k: set(v) for k, v in EXPECTED.items()}
    expected[6] |= {"flag.toolkit_version"}        # FormVersion 2025.2, the toolkit is 2026.1
    assert _codes(found) == expected
    assert {"code": "flag.toolkit_version", "value": "2025.2", "threshold": "2026.1"} in \
        [f.as_dict() for f in found.of(6)]


def test_thresholds_are_settings():
    _tk, _d, _s, found = _flags(FIXTURES / "central-qcdi.csv", kit="qcdi", min_seconds_per_item=0,
                                straight_line_min_items=1000)
    codes = set().union(*_codes(found).values())
    assert "flag.short_interview" not in codes and "flag.straight_lining" not in codes
    _tk, _d, _s, strict = _flags(FIXTURES / "central-qcdi.csv", kit="qcdi", min_seconds_per_item=1000)
    assert len(strict.hits[[h.code for h in strict.hits].index("flag.short_interview")].positions) == 10


def test_identical_duplicates_are_not_flagged(tmp_path):
    tk = get_toolkit(KITS["shared-labels"])
    header = ["company_id", "admin_proc", "admin_level", "prod_proc", "prod_level"]
    path = write_csv(tmp_path / "d.csv", [header, ["A", "yes", 3, "no", 2], ["A", "yes", 3, "no", 2],
                                          ["B", "yes", 3, "no", 2], ["B", "no", 3, "no", 2]])
    data = import_survey(path, tk)
    found = quality_flags(QualityInput(tk, data, score_responses(tk, data.values)))
    assert _codes(found) == {2: {"flag.duplicate_company"}, 3: {"flag.duplicate_company"}}


def test_flags_are_stored_listed_replaced_and_merged(tmp_path):
    tk = get_toolkit(LR)
    head = ["company_id", "assessment_date"] + [it.name for it in tk.scored_items]
    top = ["K-007", "2025-06-01"] + ["l5" if it.type == "select_one" else 5 if it.type == "range" else ""
                                      for it in tk.scored_items]
    first = write_csv(tmp_path / "r1.csv", [head, top])
    with Project.create(tmp_path / "p.encadena", "P", "CR") as project:
        outcome = project.import_survey(first, tk)
        assert outcome.flags == {"flag.straight_lining": 1}
        outcome = project.import_survey(FIXTURES / "kobo-linkage-readiness-es-flat-both.csv", tk)
        assert outcome.flags["flag.index_change"] == 1
        change = next(r for r in outcome.flag_rows if r["code"] == "flag.index_change")
        assert change["company_id"] == "K-007" and change["threshold"] == DEFAULTS.max_index_change
        assert change["value"] < -DEFAULTS.max_index_change
        stored = company_flags(project.conn, "K-007")
        assert stored["code"].tolist() == ["flag.index_change", "flag.straight_lining"]
        assert stored["value"].iloc[0] == change["value"]
        listing = project.companies().set_index("id")
        assert listing.loc["K-007", "flags"] == 1 and listing.loc["K-008", "flags"] == 0
        assert listing["flagged"].sum() == 8
        assert project.check().ok
        project.save_copy(tmp_path / "copy.encadena")
    with Project.create(tmp_path / "q.encadena", "Q", "CR") as target:
        target.merge(tmp_path / "copy.encadena")
        assert company_flags(target.conn, "K-007")["code"].tolist() == ["flag.index_change",
                                                                         "flag.straight_lining"]
        assert target.companies().set_index("id").loc["K-003", "flags"] == 1


def test_a_completed_assessment_gets_its_new_flags(tmp_path):
    tk = get_toolkit(KITS["shared-labels"])
    header = ["company_id", "assessment_date", "admin_proc", "admin_level", "prod_proc", "prod_level"]
    partial = write_csv(tmp_path / "a.csv", [header, ["A", "2026-01-10", "yes", None, None, None]])
    full = write_csv(tmp_path / "b.csv", [header, ["A", "2026-01-10", "yes", 3, "no", 2]])
    with Project.create(tmp_path / "p.encadena", "P", "CR") as project:
        assert project.import_survey(partial, tk).flags == {"flag.low_coverage": 1}
        outcome = project.import_survey(full, tk)
        assert outcome.updated == 1 and outcome.flags == {}
        assert company_flags(project.conn, "A").empty


def test_score_without_a_project_has_no_index_change_rule():
    tk = get_toolkit(LR)
    data = import_survey(FIXTURES / "kobo-linkage-readiness-es-flat-both.csv", tk)
    found = compute_flags(None, tk, data, score_responses(tk, data.values), ["2026-01-01"] * len(data))
    assert "flag.index_change" not in found.counts()


def test_label_warnings_find_shared_and_near_identical_labels():
    kit = toolkit([item("a1", "a"), item("a2", "a"), item("b1", "b"), item("b2", "b")])
    items = [replace(it, labels=lab) for it, lab in zip(kit.items, [
        {"es": "¿Procedimiento escrito?"}, {"es": "¿Procedimiento  escrito?"},
        {"es": "Área limpia"}, {"es": "AREA LIMPIA"}])]
    warnings = label_warnings(replace(kit, items=items))
    assert [(w.code, w.items) for w in warnings] == [("quality.shared_label", ("a1", "a2")),
                                                     ("quality.near_label", ("b1", "b2"))]
    assert label_warnings(get_toolkit(LR)) == []


# --- properties ----------------------------------------------------------------------------
KIT = toolkit([item(f"i{k}", "a" if k < 4 else "b") for k in range(8)])


@st.composite
def surveys(draw):
    n = draw(st.integers(1, 25))
    rows = [{f"i{k}": draw(st.one_of(st.none(), st.integers(1, 5))) for k in range(8)} for _ in range(n)]
    data = survey(values(rows, [f"i{k}" for k in range(8)]))
    data.company_ids = [draw(st.sampled_from(["A", "B", "C", "D", None])) for _ in range(n)]
    uuids = [draw(st.sampled_from(["u1", "u2", "u3", "u4", "u5", None])) for _ in range(n)]
    minutes = [draw(st.integers(0, 30)) for _ in range(n)]
    data.metadata = pd.DataFrame({"_uuid": uuids,
                                  "start": ["2026-03-01T09:00:00.000-06:00"] * n,
                                  "end": [f"2026-03-01T09:{m:02d}:00.000-06:00" for m in minutes]},
                                 dtype=object)
    data.answers = data.values.astype(object)
    return data


@settings(max_examples=60, deadline=None, derandomize=True)
@given(surveys(), st.floats(0, 200), st.floats(0, 200))
def test_rules_are_consistent(data, low, high):
    low, high = sorted((low, high))
    scores = score_responses(KIT, data.values)
    before = scores.index.to_numpy().copy()
    loose = quality_flags(QualityInput(KIT, data, scores, replace(DEFAULTS, min_seconds_per_item=low)))
    tight = quality_flags(QualityInput(KIT, data, scores, replace(DEFAULTS, min_seconds_per_item=high)))
    np.testing.assert_array_equal(scores.index.to_numpy(), before)     # flags never change scores
    short = lambda f: {int(p) for h in f.hits if h.code == "flag.short_interview" for p in h.positions}  # noqa: E731
    assert short(loose) <= short(tight)                 # a higher threshold flags at least as many
    counts = pd.Series(data.metadata["_uuid"]).value_counts()
    repeated = {k for k, u in enumerate(data.metadata["_uuid"]) if u is not None and counts[u] > 1}
    assert {int(p) for h in tight.hits if h.code == "flag.duplicate_uuid" for p in h.positions} == repeated
    coverage = scores.coverage.to_numpy()
    low_cov = {int(p) for h in tight.hits if h.code == "flag.low_coverage" for p in h.positions}
    assert low_cov == {k for k, c in enumerate(coverage) if c < KIT.min_coverage - 1e-9}
    for position in tight.flagged().tolist():
        for flag in tight.of(position):
            assert isinstance(flag.value, (int, float, str)) and not (isinstance(flag.value, float)
                                                                      and math.isnan(flag.value))

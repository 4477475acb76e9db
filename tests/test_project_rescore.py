"""Stored answers re-score to the stored scores, whatever the survey's number format was."""
from __future__ import annotations

import pandas as pd

from core.project.rescore import score_stored, values_from_answers
from core.survey.model import ImportOptions
from test_project_support import answers, new_project, toolkit, write_survey


def test_decimal_comma_survey_rescores_to_its_stored_index(tmp_path):
    kit = toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    rows = [answers("S1", fin_01="62,5", ops_02="7,0"), answers("S2", level=2, fin_01="1.000,0")]
    project = new_project(tmp_path)
    project.import_survey(write_survey(tmp_path / "s.xlsx", rows), kit, ImportOptions(decimal_comma=True))
    stored = project.assessments("S1")[-1]
    assert stored.answers["fin_01"] == "62.5"          # canonical: a decimal point
    result = project.rescore()
    assert len(result) == 2
    assert (result["rescored_index"] - result["stored_index"]).abs().max() < 1e-9
    values = values_from_answers(kit, [stored.answers])
    assert values.loc[0, "fin_01"] == 62.5 and values.loc[0, "ops_02"] == 7.0
    again = score_stored(kit, [stored.answers])
    assert abs(float(again.index[0]) - stored.index) < 1e-9
    project.close()


def test_stored_choice_answers_convert_as_on_import(tmp_path):
    kit = toolkit(tmp_path)
    frame = pd.DataFrame({"mgmt_02": ["5s smed", "", "5s no-such-choice", None],
                          "fin_02": ["yes", "na", "maybe", None]}, dtype=object)
    got = values_from_answers(kit, frame)
    assert got["mgmt_02"].tolist()[:2] == [3.0, 0.0]          # "" = none selected: zero
    assert got["mgmt_02"].isna().tolist() == [False, False, True, True]
    assert got["fin_02"].tolist()[0] == 1.0
    assert got["fin_02"].isna().tolist() == [False, True, True, True]   # N/A choice: missing

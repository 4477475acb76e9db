"""Importing surveys into a project: stored scores, idempotence, updates, conflicts, atomicity."""
from __future__ import annotations

import json

import pytest

from core.errors import Cancelled
from core.scoring import score_responses
from core.survey import import_survey
from test_project_support import answers, new_project, toolkit, write_survey


@pytest.fixture
def kit(tmp_path):
    return toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])


def test_import_stores_companies_answers_and_the_scores_of_the_scoring_engine(tmp_path, kit):
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1"), answers("S2", level=5),
                                                 answers("S3", level=1, date="2026-04-01")])
    project = new_project(tmp_path)
    outcome = project.import_survey(survey, kit, chain="Lácteos")
    assert (outcome.added, outcome.updated, outcome.unchanged, outcome.conflicts) == (3, 0, 0, 0)
    expected = score_responses(kit, import_survey(survey, kit).values)
    listing = project.companies().set_index("id")
    assert listing.loc[["S1", "S2", "S3"], "latest_index"].tolist() == pytest.approx(expected.index.tolist())
    assert listing.loc[["S1", "S2", "S3"], "latest_band"].tolist() == expected.band.tolist()
    assert listing.loc["S3", "latest_date"] == "2026-04-01"
    stored = project.assessments("S1")[0]
    assert stored.answers["mgmt_02"] == "5s kanban"
    assert stored.area_scores["mgmt"][0] == pytest.approx(expected.area_scores.loc[0, "mgmt"])
    assert stored.critical_gaps == expected.critical_gaps(0)
    assert project.toolkit_bytes(stored.toolkit_sha256) == kit.source_bytes
    assert [c.name for c in project.value_chains()] == ["Lácteos"]
    assert project.value_chains()[0].suppliers == ["S1", "S2", "S3"]
    history = project.imports()
    assert history.loc[0, "file_name"].endswith("s.xlsx") and history.loc[0, "added"] == 3
    assert project.check().ok


def test_reimporting_the_same_file_changes_nothing(tmp_path, kit):
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1"), answers("S2", level=4)])
    project = new_project(tmp_path)
    first = project.import_survey(survey, kit)
    again = project.import_survey(survey, kit)
    assert (again.added, again.unchanged, again.conflicts) == (0, 2, 0)
    assert again.import_id == first.import_id
    assert len(project.imports()) == 1
    assert len(project.assessments("S1")) == 1


def test_undated_rows_are_recognised_by_their_answers_on_another_day(tmp_path):
    kit = toolkit(tmp_path)                  # no date item: the file gives no date
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1")])
    project = new_project(tmp_path)
    project.import_survey(survey, kit)
    project.conn.execute("UPDATE assessments SET assessed_on = '2020-01-01'")   # "yesterday"
    again = project.import_survey(survey, kit)
    assert (again.added, again.unchanged) == (0, 1)


def test_different_answers_for_the_same_company_and_date_are_a_conflict_not_an_overwrite(tmp_path, kit):
    project = new_project(tmp_path)
    project.import_survey(write_survey(tmp_path / "a.xlsx", [answers("S1"), answers("S2")]), kit)
    before = project.companies().set_index("id")["latest_index"]
    outcome = project.import_survey(write_survey(tmp_path / "b.xlsx",
                                                 [answers("S1", level=5), answers("S2")]), kit)
    assert (outcome.added, outcome.unchanged, outcome.conflicts) == (0, 1, 1)
    assert outcome.conflict_rows[0]["company_id"] == "S1" and outcome.conflict_rows[0]["row"] == 2
    after = project.companies().set_index("id")
    assert after["latest_index"].tolist() == before.tolist()          # nothing overwritten
    assert after.loc["S1", "conflicts"] == 1
    conflicts = project.conflicts()
    assert conflicts.loc[0, "items"] == ["mgmt_01", "ops_01", "fin_01"]
    # importing the conflicting file again does not pile up a second copy
    again = project.import_survey(tmp_path / "b.xlsx", kit)
    assert (again.conflicts, again.unchanged) == (0, 2)
    winner = project.resolve_conflict(int(conflicts.loc[0, "conflict_id"]), keep="incoming")
    assert project.assessments("S1")[0].id == winner
    assert project.assessments("S1")[0].answers["mgmt_01"] == "5"
    assert project.conflicts().empty and project.check().ok


def test_answers_that_only_fill_blanks_update_the_assessment(tmp_path, kit):
    project = new_project(tmp_path)
    project.import_survey(write_survey(tmp_path / "a.xlsx", [answers("S1", fin_02=None)]), kit)
    outcome = project.import_survey(write_survey(tmp_path / "b.xlsx", [answers("S1")]), kit)
    assert (outcome.updated, outcome.conflicts, outcome.added) == (1, 0, 0)
    [stored] = project.assessments("S1")
    assert stored.answers["fin_02"] == "yes" and stored.import_id == outcome.import_id
    assert project.check().ok


def test_duplicate_rows_inside_one_file(tmp_path, kit):
    project = new_project(tmp_path)
    rows = [answers("S1"), answers("S1"), answers("S1", level=5)]
    outcome = project.import_survey(write_survey(tmp_path / "a.xlsx", rows), kit)
    assert (outcome.added, outcome.unchanged, outcome.conflicts) == (1, 1, 1)
    assert project.check().ok


def test_kobo_uuid_identifies_a_submission_even_when_the_date_moves(tmp_path, kit):
    project = new_project(tmp_path)
    row = answers("S1", _uuid="abc-123")
    project.import_survey(write_survey(tmp_path / "a.xlsx", [row], extra=("_uuid",)), kit)
    moved = write_survey(tmp_path / "b.xlsx", [{**row, "date": "2026-05-05"}], extra=("_uuid",))
    outcome = project.import_survey(moved, kit)
    assert outcome.added == 0
    assert project.assessments("S1")[0].kobo_uuid == "abc-123"


def test_rows_without_company_id_are_reported_and_rounds_follow_dates(tmp_path, kit):
    project = new_project(tmp_path)
    rows = [answers("S1", date="2026-01-10"), answers(None)]
    outcome = project.import_survey(write_survey(tmp_path / "a.xlsx", rows), kit)
    assert outcome.skipped_rows == [3] and outcome.errors == 1
    project.import_survey(write_survey(tmp_path / "b.xlsx", [answers("S1", date="2026-09-10", level=4)]), kit)
    rounds = [(a.assessed_on, a.round) for a in project.assessments("S1")]
    assert rounds == [("2026-01-10", 1), ("2026-09-10", 2)]
    assert project.companies().loc[0, "latest_date"] == "2026-09-10"


def test_cancelling_an_import_leaves_the_project_unchanged(tmp_path, kit):
    project = new_project(tmp_path)
    survey = write_survey(tmp_path / "a.xlsx", [answers("S1"), answers("S2")])

    def cancel(fraction, message):
        if fraction >= 0.8:
            raise Cancelled()

    with pytest.raises(Cancelled):
        project.import_survey(survey, kit, progress=cancel)
    assert project.companies().empty and project.imports().empty
    assert project.check().ok


def test_errors_and_mapping_are_kept_as_provenance(tmp_path, kit):
    project = new_project(tmp_path)
    project.import_survey(write_survey(tmp_path / "a.xlsx", [answers("S1", mgmt_01="siete")]), kit)
    row = project.conn.execute("SELECT error_list, mapping, errors FROM imports").fetchone()
    assert json.loads(row[0])[0]["value"] == "siete" and row[2] == 1
    assert json.loads(row[1])["sheet"] == "Responses"


def test_keeping_the_existing_answers_drops_the_incoming_version(tmp_path, kit):
    project = new_project(tmp_path)
    project.import_survey(write_survey(tmp_path / "a.xlsx", [answers("S1")]), kit)
    project.import_survey(write_survey(tmp_path / "b.xlsx", [answers("S1", level=1)]), kit)
    [conflict] = project.conflicts()["conflict_id"].tolist()
    assert project.companies().loc[0, "conflicts"] == 1
    project.resolve_conflict(conflict, keep="existing")
    assert [a.answers["mgmt_01"] for a in project.assessments("S1")] == ["3"]
    assert project.companies().loc[0, "conflicts"] == 0 and project.check().ok


def test_the_stored_toolkit_rescores_old_assessments_identically(tmp_path, kit):
    from core.toolkit.loader import load_toolkit
    project = new_project(tmp_path)
    survey = write_survey(tmp_path / "a.xlsx", [answers("S1", level=2)])
    project.import_survey(survey, kit)
    [stored] = project.assessments("S1")
    again = load_toolkit(project.toolkit_bytes(stored.toolkit_sha256))
    assert again.sha256 == kit.sha256
    rescored = score_responses(again, import_survey(survey, again).values)
    assert rescored.index.iloc[0] == pytest.approx(stored.index)


def test_stored_answers_rescore_to_the_stored_scores(tmp_path, kit):
    project = new_project(tmp_path)
    rows = [answers("S1", level=2), answers("S2", level=5, mgmt_02="smed", fin_02="na"),
            answers("S3", level=4, ops_02=None, fin_01="12.5")]
    project.import_survey(write_survey(tmp_path / "a.xlsx", rows), kit)
    table = project.rescore()
    assert len(table) == 3
    assert table["rescored_index"].tolist() == pytest.approx(table["stored_index"].tolist())


def test_reimporting_into_a_value_chain_adds_the_companies_to_it(tmp_path, kit):
    project = new_project(tmp_path)
    survey = write_survey(tmp_path / "a.xlsx", [answers("S1"), answers("S2")])
    project.import_survey(survey, kit)
    outcome = project.import_survey(survey, kit, chain="Cacao")
    assert outcome.unchanged == 2
    assert project.value_chains()[0].suppliers == ["S1", "S2"]


def test_a_strict_import_with_a_bad_cell_stores_nothing(tmp_path, kit):
    from core.errors import UserInputError
    from core.survey import ImportOptions
    project = new_project(tmp_path)
    survey = write_survey(tmp_path / "a.xlsx", [answers("S1"), answers("S2", mgmt_01="siete")])
    with pytest.raises(UserInputError):
        project.import_survey(survey, kit, ImportOptions(strict=True))
    assert project.companies().empty and project.imports().empty and project.check().ok

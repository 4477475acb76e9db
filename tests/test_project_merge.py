"""Merging consultants' project files: identical records merge, new ones arrive, conflicts wait."""
from __future__ import annotations

import pytest

from core.errors import UserInputError
from core.project import Company, Project, ValueChain
from test_project_support import answers, new_project, toolkit, write_survey


@pytest.fixture
def kit(tmp_path):
    return toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])


def consultant_file(tmp_path, kit, name, rows, chain=None, companies=()):
    project = new_project(tmp_path, f"{name}.encadena")
    for company in companies:
        project.save_company(company)
    project.import_survey(write_survey(tmp_path / f"{name}.xlsx", rows), kit, chain=chain)
    project.close()
    return tmp_path / f"{name}.encadena"


def test_merge_of_three_files_with_overlaps_loses_nothing(tmp_path, kit):
    a = consultant_file(tmp_path, kit, "ana", [answers("S1"), answers("S2")], chain="Lácteos",
                        companies=[Company("S1", "Lácteos del Valle", employees=12)])
    b = consultant_file(tmp_path, kit, "beto", [answers("S1"), answers("S2", level=5),
                                                 answers("S4", level=2)], chain="Lácteos",
                        companies=[Company("S1", "Lácteos del Valle", employees=15, sector="dairy")])
    c = consultant_file(tmp_path, kit, "carla", [answers("S3"), answers("S1", date="2026-09-01", level=4)],
                        chain="Café")
    target = Project.open(a)
    outcomes = target.merge(b, c)
    ob, oc = outcomes
    assert (ob.added, ob.unchanged, ob.conflicts) == (1, 1, 1)      # S4 new, S1 same, S2 differs
    assert (oc.added, oc.unchanged, oc.conflicts) == (2, 0, 0)
    assert ob.company_conflicts == [{"company_id": "S1", "field": "employees", "target": 12, "source": 15}]
    s1 = target.company("S1")
    assert s1.employees == 12 and s1.sector == "dairy"          # blanks filled, values kept
    listing = target.companies().set_index("id")
    assert sorted(listing.index) == ["S1", "S2", "S3", "S4"]
    assert listing.loc["S1", "latest_date"] == "2026-09-01"
    assert listing.loc["S2", "conflicts"] == 1
    chains = {ch.name: ch for ch in target.value_chains()}
    assert chains["Lácteos"].suppliers == ["S1", "S2", "S4"] and chains["Café"].suppliers == ["S1", "S3"]
    # provenance: every assessment still points at its import, file and consultant's file
    history = target.imports().set_index("file_name")
    assert history.loc[str(tmp_path / "beto.xlsx"), "origin_file"] == str(b)
    assert history.loc[str(tmp_path / "carla.xlsx"), "origin_file"] == str(c)
    merged_uids = {r[0] for r in target.conn.execute("SELECT uid FROM assessments")}
    for source in (b, c):
        other = Project.open(source, backups=False)
        for uid, key in other.conn.execute("SELECT uid, company_id || assessed_on FROM assessments"):
            assert uid in merged_uids or key in {"S1" + "2026-03-02"}   # identical S1 merged into A's
        other.close()
    assert target.conn.execute("SELECT COUNT(*) FROM merges").fetchone()[0] == 2
    assert target.check().ok
    # merging again is idempotent
    again = target.merge(b, c)
    assert [(o.added, o.conflicts) for o in again] == [(0, 0), (0, 0)]
    target.close()


def test_merge_refuses_the_target_itself_and_missing_files(tmp_path, kit):
    a = consultant_file(tmp_path, kit, "ana", [answers("S1")])
    project = Project.open(a)
    with pytest.raises(UserInputError) as err:
        project.merge(a)
    assert err.value.code == "merge_same_file"
    with pytest.raises(UserInputError):
        project.merge(tmp_path / "nope.encadena")
    project.close()


def test_merge_brings_chains_phases_and_supplied_items(tmp_path, kit):
    a = consultant_file(tmp_path, kit, "ana", [answers("S1")])
    other = new_project(tmp_path, "b.encadena")
    other.save_company(Company("B1", "Compradora", role="buyer"))
    other.save_chain(ValueChain("Minería", anchor_id="B1", phases={"diagnosis": ("2026-02-01", None)}))
    other.close()
    project = Project.open(a)
    [outcome] = project.merge(tmp_path / "b.encadena")
    assert outcome.chains_added == 1 and outcome.companies_added == 1
    [chain] = [c for c in project.value_chains() if c.name == "Minería"]
    assert chain.anchor_id == "B1" and chain.phases == {"diagnosis": ("2026-02-01", None)}
    project.close()


def test_other_modules_tables_merge_through_registered_mergers(tmp_path, kit):
    from core.project import merge as merging
    a = consultant_file(tmp_path, kit, "ana", [answers("S1")])
    b = consultant_file(tmp_path, kit, "beto", [answers("S2")])
    conn = __import__("sqlite3").connect(b)
    conn.execute("CREATE TABLE notes_x (uid TEXT PRIMARY KEY, company_id TEXT, text TEXT)")
    conn.execute("INSERT INTO notes_x VALUES ('n1', 'S2', 'visit on Monday')")
    conn.commit()
    conn.close()
    project = Project.open(a)
    [outcome] = project.merge(b)
    assert outcome.unmerged_tables == ["notes_x"]        # reported, never silently dropped
    project.conn.execute("CREATE TABLE notes_x (uid TEXT PRIMARY KEY, company_id TEXT, text TEXT)")

    def merge_notes(target, source, _outcome):
        rows = source.execute("SELECT uid, company_id, text FROM notes_x").fetchall()
        target.executemany("INSERT INTO notes_x SELECT ?, ?, ? WHERE NOT EXISTS "
                           "(SELECT 1 FROM notes_x WHERE uid = ?)", [(*r, r[0]) for r in rows])
        return {"notes": len(rows)}

    merging.register_merger("notes", ("notes_x",), merge_notes)
    try:
        [outcome] = project.merge(b)
    finally:
        merging.MERGERS.remove("notes")
    assert outcome.unmerged_tables == [] and outcome.extra["notes"] == {"notes": 1}
    assert project.conn.execute("SELECT text FROM notes_x").fetchone()[0] == "visit on Monday"
    project.close()


def test_a_source_conflict_arrives_as_a_conflict_beside_the_source_current(tmp_path, kit):
    b = tmp_path / "beto.encadena"
    source = new_project(tmp_path, "beto.encadena")
    source.import_survey(write_survey(tmp_path / "b1.xlsx", [answers("S7", level=2)]), kit)
    source.import_survey(write_survey(tmp_path / "b2.xlsx", [answers("S7", level=4)]), kit)
    source.close()
    target = new_project(tmp_path, "ana.encadena")
    [outcome] = target.merge(b)
    assert (outcome.added, outcome.conflicts) == (1, 1)
    current, waiting = sorted(target.assessments("S7"), key=lambda a: a.status != "current")
    assert current.status == "current" and current.answers["mgmt_01"] == "2"
    assert waiting.status == "conflict" and waiting.conflicts_with == current.id
    assert target.companies().loc[0, "conflicts"] == 1 and target.check().ok
    target.close()

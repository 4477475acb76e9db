"""Issue 15 on the command line: chains, phases, members and company records as atomic edits
with audit rows; bad values exit 2 naming them and change nothing."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from core.cli.main import main
from core.project import Project
from core.setup.chains import default_phase_dates


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return [(t, conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()) for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    finally:
        conn.close()


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.encadena"
    assert run(capsys, "project", "create", path, "--name", "P", "--country", "CR",
               "--currency", "CRC", "--usd-rate", "500")[0] == 0
    for company, name in (("B1", "Ancla"), ("S1", "Uno"), ("S2", "Dos")):
        assert run(capsys, "company", "set", path, company, "--create", "--name", name)[0] == 0
    return path


def info(capsys, path) -> dict:
    code, out, _ = run(capsys, "project", "info", path, "--json", "-")
    assert code == 0
    return json.loads(out)


def test_chain_commands_build_a_chain_with_anchor_phases_and_members(project, capsys):
    assert run(capsys, "chain", "add", project, "Lácteos", "--anchor", "B1", "--sector", "C",
               "--region", "Alajuela", "--consultant", "Ana", "--consultant", "Luis",
               "--start", "2026-01-15")[0] == 0
    assert run(capsys, "chain", "members", project, "Lácteos", "--add", "S1", "S2")[0] == 0
    assert run(capsys, "chain", "phase", project, "Lácteos", "diagnosis", "--planned-start",
               "2026-02-01", "--planned-end", "2026-04-30", "--actual-start", "2026-02-03")[0] == 0
    chain = info(capsys, project)["value_chains"][0]
    assert (chain["anchor"], chain["members"], chain["region"]) == ("B1", ["S1", "S2"], "Alajuela")
    assert chain["consultant"] == "Ana; Luis" and chain["start"] == "2026-01-15"
    diagnosis = next(p for p in chain["phases"] if p["phase"] == "diagnosis")
    assert (diagnosis["planned_start"], diagnosis["planned_end"], diagnosis["actual_start"]) == (
        "2026-02-01", "2026-04-30", "2026-02-03")
    record = json.loads(run(capsys, "company", "show", project, "B1", "--json", "-")[1])
    assert record["role"] == "buyer" and record["chains"] == [{"chain": "Lácteos", "role": "anchor"}]
    # every command wrote audit rows with its action
    with Project.open(project, backups=False) as p:
        actions = {r[0] for r in p.conn.execute("SELECT action FROM audit_log")}
    assert {"edit.chain_add", "edit.chain_members", "edit.chain_phase", "edit.company_add"} <= actions


def test_a_supplier_moves_between_chains_and_the_history_is_kept(project, capsys):
    run(capsys, "chain", "add", project, "A")
    run(capsys, "chain", "add", project, "B")
    assert run(capsys, "chain", "members", project, "A", "--add", "S1")[0] == 0
    assert run(capsys, "chain", "members", project, "B", "--add", "S1")[0] == 0
    chains = {c["name"]: c["members"] for c in info(capsys, project)["value_chains"]}
    assert chains == {"A": [], "B": ["S1"]}
    with Project.open(project, backups=False) as p:
        history = p.conn.execute("SELECT chain_name, event FROM chain_membership_history "
                                 "WHERE company_id = 'S1' ORDER BY at, rowid").fetchall()
    assert history == [("A", "joined"), ("A", "left"), ("B", "joined")]


def test_rename_and_remove_keep_companies_and_assessments(project, capsys, tmp_path):
    from setup_support import survey_file
    run(capsys, "chain", "add", project, "Lácteos", "--anchor", "B1")
    survey = survey_file(tmp_path / "s.xlsx")
    assert run(capsys, "project", "import", project, survey, "--toolkit", "sdp-diagnostic",
               "--chain", "Lácteos")[0] == 0
    assert run(capsys, "chain", "set", project, "Lácteos", "--rename", "Leche")[0] == 0
    assert [c["name"] for c in info(capsys, project)["value_chains"]] == ["Leche"]
    code, out, _ = run(capsys, "chain", "remove", project, "Leche")
    assert code == 0 and "4" in out
    data = info(capsys, project)
    assert data["value_chains"] == [] and data["counts"]["assessments"] == 3
    assert data["counts"]["companies"] == 6


@pytest.mark.parametrize("args, named", [
    (("company", "set", "{p}", "NOPE", "--employees", "3"), "NOPE"),
    (("company", "set", "{p}", "S1", "--employees", "-3"), "-3"),
    (("company", "set", "{p}", "S1", "--employees", "muchos"), "muchos"),
    (("company", "set", "{p}", "S1", "--women-led", "quizás"), "quizás"),
    (("company", "set", "{p}", "S1", "--largest-client-share", "1.5"), "1.5"),
    (("company", "set", "{p}", "S1", "--sales", "-10"), "-10"),
    (("chain", "add", "{p}", "X", "--anchor", "NOPE"), "NOPE"),
    (("chain", "add", "{p}", "X", "--start", "2026-02-30"), "2026-02-30"),
    (("chain", "set", "{p}", "Nope", "--region", "R"), "Nope"),
    (("chain", "phase", "{p}", "L", "harvest", "--actual-start", "2026-01-01"), "harvest"),
    (("chain", "phase", "{p}", "L", "diagnosis", "--planned-start", "mañana"), "mañana"),
    (("chain", "phase", "{p}", "L", "diagnosis", "--planned-start", "2026-05-01",
      "--planned-end", "2026-04-01"), "2026-04-01"),
    (("chain", "members", "{p}", "L", "--add", "S1", "NOPE"), "NOPE"),
    (("chain", "members", "{p}", "L", "--remove", "S2"), "S2"),
    (("chain", "remove", "{p}", "Nope"), "Nope"),
    (("chain", "add", "{p}", "L"), "L"),
])
def test_a_bad_value_exits_2_naming_it_and_changes_nothing(project, capsys, args, named):
    run(capsys, "chain", "add", project, "L")
    before = dump(project)
    code, out, err = run(capsys, "--language", "es", *[a.format(p=project) for a in args])
    assert code == 2 and named in err and "Traceback" not in err
    assert dump(project) == before


def test_company_facts_and_the_size_class_with_its_rule(project, capsys):
    assert run(capsys, "company", "set", project, "S1", "--employees", "12", "--sales", "85.000.000",
               "--women-led", "sí", "--jobs-women", "5", "--jobs-men", "7", "--tax-id", "3-101-1",
               "--largest-client-share", "40%", "--region", "Alajuela")[0] == 0
    record = json.loads(run(capsys, "company", "show", project, "S1", "--json", "-")[1])
    assert (record["employees"], record["sales"], record["women_led"]) == (12, 85e6, True)
    assert record["largest_client_share"] == 0.4 and record["size_class"] == "small"
    assert record["size_by_employees"] == "small" and record["size_by_sales"] == "small"
    code, out, _ = run(capsys, "--language", "es", "company", "show", project, "S1")
    assert code == 0 and "12 trabajadores → pequeña" in out and "Costa Rica" in out


def test_default_phase_plan_follows_the_methodology():
    plan = default_phase_dates("2026-01-15")
    start = date(2026, 1, 15)
    months = lambda d: (date.fromisoformat(d) - start).days / 30.44  # noqa: E731
    assert months(plan["diagnosis"][1]) <= 6
    assert 9 <= months(plan["documentation"][1]) <= 12.2
    ends = [plan[p][1] for p in plan]
    assert ends == sorted(ends)


def test_merge_brings_the_setup_along(project, capsys, tmp_path):
    run(capsys, "chain", "add", project, "L", "--anchor", "B1", "--region", "Norte",
        "--start", "2026-01-15")
    run(capsys, "chain", "members", project, "L", "--add", "S1")
    run(capsys, "company", "set", project, "S1", "--women-led", "yes", "--jobs-women", "3",
        "--municipality", "Upala")
    target = tmp_path / "t.encadena"
    run(capsys, "project", "create", target, "--name", "T", "--country", "CR")
    code, out, err = run(capsys, "project", "merge", target, project)
    assert code == 0 and "chain_membership_history" not in err
    merged = info(capsys, target)
    chain = merged["value_chains"][0]
    assert (chain["region"], chain["start"], chain["anchor"], chain["members"]) == (
        "Norte", "2026-01-15", "B1", ["S1"])
    s1 = next(c for c in merged["companies"] if c["id"] == "S1")
    assert (s1["women_led"], s1["jobs_women"], s1["municipality"]) == (True, 3, "Upala")
    assert s1["chains"] == [{"chain": "L", "role": "supplier"}]


def test_the_survey_layer_knows_the_same_record_fields():
    from core.setup.companies import FIELDS
    from core.survey.roles import RECORD_FIELDS
    assert tuple(FIELDS) == RECORD_FIELDS

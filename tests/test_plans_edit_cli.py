"""The plan / kpi / risk editing commands end to end on a programme built from a survey (no demo),
with ``progress --json`` checked against an independent computation, and every edit undone."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from core.cli.main import main
from gui_support import build_programme


def run(capsys, *argv):
    code = main(["--language", "es", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def programme(tmp_path):
    return build_programme(tmp_path / "p.encadena", tmp_path)


def _rows(path, sql, *params):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def test_the_command_sequence_and_an_independent_progress(programme, capsys):
    p = programme
    assert run(capsys, "plan", "draft", p, "--company", "S-001", "--start", "2026-01-05",
               "--top", "2")[0] == 0
    code, _out, err = run(capsys, "plan", "draft", p, "--company", "S-001")
    assert code == 2 and "ya tiene un plan" in err
    code, out, _ = run(capsys, "plan", "action", "add", p, "--company", "S-001", "--title", "Compras",
                       "--item", "adm_03", "--owner", "Ana", "--start", "2026-02-01",
                       "--due", "2026-04-02", "--budget", "1000")
    assert code == 0 and "agregada" in out
    new_id = out.split()[1]
    shares = _rows(p, "SELECT programme_share, buyer_share, supplier_share, area FROM plan_actions "
                      "WHERE action_id = ?", new_id)[0]
    assert shares == (0.75, 0.25, 0.0, "administration")
    assert run(capsys, "plan", "agree", p, "--company", "S-001", "--date", "2026-01-20",
               "--buyer", "Láctea", "--supplier", "Ana", "--consultant", "Luis")[0] == 0
    assert run(capsys, "plan", "action", "set", p, "--company", "S-001", new_id, "--progress", "50",
               "--as-of", "2026-03-01")[0] == 0
    assert run(capsys, "plan", "action", "set", p, "--company", "S-001", "A01", "--status", "done",
               "--as-of", "2026-02-15")[0] == 0
    # bad values exit 2 and change nothing
    before = _rows(p, "SELECT COUNT(*) FROM audit_log")
    for argv in (("plan", "action", "set", p, "--company", "S-001", "A01", "--progress", "120"),
                 ("plan", "action", "set", p, "--company", "S-001", "A99", "--progress", "10"),
                 ("plan", "action", "add", p, "--company", "S-001", "--title", "x", "--due", "mañana"),
                 ("plan", "action", "add", p, "--company", "S-001", "--title", "x",
                  "--programme-share", "80", "--buyer-share", "30", "--supplier-share", "0"),
                 ("kpi", "add", p, "--company", "S-001", "--catalogue", "nada", "--baseline", "1",
                  "--target", "2"),
                 ("kpi", "measure", p, "--company", "S-001", "K01", "--date", "2026-13-01", "--value", "1"),
                 ("risk", "add", p, "--company", "S-001", "--category", "quality", "--likelihood", "7",
                  "--severity", "2")):
        code, _out, err = run(capsys, *argv)
        assert code == 2, argv
        assert err.strip() and "Traceback" not in err
    assert _rows(p, "SELECT COUNT(*) FROM audit_log") == before
    code, out, _ = run(capsys, "kpi", "add", p, "--company", "S-001", "--catalogue", "productivity",
                       "--baseline", "100", "--baseline-date", "2026-01-01", "--target", "130",
                       "--target-date", "2026-10-01")
    productivity = out.split()[1]
    code, out, _ = run(capsys, "kpi", "add", p, "--company", "S-001", "--name", "Reclamos", "--unit",
                       "n/mes", "--better", "down", "--baseline", "12", "--baseline-date", "2026-01-01",
                       "--target", "4", "--target-date", "2026-07-01", "--action", new_id)
    claims = out.split()[1]
    for month, (prod, claim) in enumerate([(104, 11), (109, 9), (112, 8)], start=2):
        for kpi, value in ((productivity, prod), (claims, claim)):
            assert run(capsys, "kpi", "measure", p, "--company", "S-001", kpi, "--date",
                       f"2026-0{month}-01", "--value", value)[0] == 0
    code, out, _ = run(capsys, "risk", "add", p, "--company", "S-001", "--category", "delivery",
                       "--likelihood", "4", "--severity", "4", "--description", "Atrasos")
    risk_id = out.split()[1]
    assert run(capsys, "risk", "set", p, risk_id, "--residual-likelihood", "2", "--residual-severity",
               "3", "--controls", "Plan B;Stock")[0] == 0
    assert run(capsys, "risk", "set", p, "finance_weak:financial", "--company", "S-001",
               "--decision", "dismiss", "--reason", "Crédito aprobado")[0] == 0
    assert run(capsys, "plan", "certify", p, "--company", "S-001", "--decision", "not_yet",
               "--date", "2026-04-01", "--note", "Falta avanzar")[0] == 0
    code, out, _ = run(capsys, "progress", p, "--json", "-", "--as-of", "2026-04-01")
    report = json.loads(out)
    me = next(c for c in report["companies"] if c["company_id"] == "S-001")
    _check_independently(p, me, date(2026, 4, 1))
    assert me["plan_status"] == "agreed" and me["signatories"]["consultant"] == "Luis"
    assert me["certification"]["decision"]["decision"] == "not_yet"
    assert {c["code"] for c in me["certification"]["checks"]} >= {"cert_plan_done", "cert_critical_gaps"}
    plan_done = next(c for c in me["certification"]["checks"] if c["code"] == "cert_plan_done")
    assert plan_done["params"]["percent"] == round(me["plan"]["percent"], 1)
    assert me["burn_up"] and all(pt["actual"] is not None for pt in me["burn_up"]
                                 if pt["date"] <= "2026-04-01")
    code, out, _ = run(capsys, "plan", "show", p, "--company", "S-001", "--json", "-", "--as-of",
                       "2026-04-01")
    doc = json.loads(out)
    assert doc["actions"] == me["actions"] and doc["kpis"] == me["kpis"]
    assert [r["change"] for r in doc["revisions"]][0] == "edit.plan_agree" and doc["revision"] >= 3
    code, out, _ = run(capsys, "risk", p, "--company", "S-001", "--residual", "--json", "-")
    risks = {r["risk_id"]: r for s in json.loads(out)["suppliers"] if s["company_id"] == "S-001"
             for r in s["open_risks"]}
    assert "finance_weak:financial" not in risks
    assert (risks[risk_id]["residual_likelihood"], risks[risk_id]["controls"]) == (2, ["Plan B", "Stock"])
    assert risks[risk_id]["next_review_due"] is not None


def _check_independently(path, me: dict, on: date) -> None:
    """Plan percent and KPI status recomputed from the rows, by the documented rules."""
    actions = _rows(path, "SELECT action_id, starts_on, due_on, status, percent FROM plan_actions "
                          "WHERE company_id = 'S-001'")
    history = _rows(path, "SELECT action_id, on_date, percent, status FROM action_updates "
                          "WHERE company_id = 'S-001' ORDER BY on_date")
    total = done = 0.0
    for aid, start, due, status, percent in actions:
        if status == "cancelled":
            continue
        w = max(1, (date.fromisoformat(due) - date.fromisoformat(start)).days) if start and due else 30
        mine = [h for h in history if h[0] == aid]
        if mine and on < date.fromisoformat(mine[-1][1]):
            past = [h for h in mine if date.fromisoformat(h[1]) <= on]
            value = 0.0 if not past else (100.0 if past[-1][3] == "done" else past[-1][2])
        else:
            value = 100.0 if status == "done" else percent
        total += w
        done += w * value
    assert me["plan"]["percent"] == pytest.approx(done / total)
    for k in me["kpis"]:
        if not k["measurements"]:
            assert k["status"] == "no_data"
            continue
        last = [m for m in k["measurements"] if m["date"] <= on.isoformat()][-1]
        progress = (last["value"] - k["baseline"]) / (k["target"] - k["baseline"])
        b, t = date.fromisoformat(k["baseline_date"]), date.fromisoformat(k["target_date"])
        expected = min(1.0, max(0.0, (date.fromisoformat(last["date"]) - b).days / (t - b).days))
        short = expected - progress
        status = "on_track" if short <= 0.15 else "at_risk" if short <= 0.30 else "off_track"
        assert k["status"] == status, k


def test_every_edit_undoes_and_redoes(programme):
    from core.edits import apply_edit
    from core.plans import edits
    from core.project import Project
    from core.risk import edits as risk_edits
    from core.risk.matrix import get_matrix
    today = date(2026, 3, 1)
    with Project.open(programme) as project:
        conn = project.conn

        def dump():
            return [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in (
                "plans", "plan_actions", "action_updates", "plan_kpis", "kpi_measurements", "risks",
                "risk_decisions", "certification_decisions", "plan_revisions", "risk_settings")]

        builders = [
            lambda: edits.draft_plans(conn, ["S-001", "S-002"], date(2026, 1, 5), top_n=2)[0],
            lambda: edits.add_action(conn, "S-001", "Compras", today, owner="Ana"),
            lambda: edits.set_action(conn, "S-001", "A01", today, percent=30.0),
            lambda: edits.move_action(conn, "S-001", "A02", -1, today),
            lambda: edits.agree_plan(conn, "S-001", today, "B", "S", "C"),
            lambda: edits.set_action(conn, "S-001", "A01", today, status="done"),
            lambda: edits.add_kpi(conn, "S-001", today, catalogue="sales", baseline=10.0, target=20.0,
                                  target_date=date(2026, 12, 1)),
            lambda: edits.measure(conn, "S-001", "K01", today, 12.0, "nota"),
            lambda: edits.set_kpi(conn, "S-001", "K01", today, target_value=25.0, aggregate="sum"),
            lambda: edits.delete_action(conn, "S-001", "A03", today),
            lambda: edits.decide_certification(conn, "S-001", "certify", today, "ok"),
            lambda: risk_edits.add_risk(conn, "S-001", "quality", 3, 3, today),
            lambda: risk_edits.set_risk(conn, "R-001", today, residual_likelihood=1, owner="Ana"),
            lambda: risk_edits.set_risk(conn, "finance_weak:financial", today, company_id="S-001",
                                        decision="accept", reason="visto"),
            lambda: risk_edits.choose_matrix(conn, get_matrix("6x6")),
            lambda: edits.delete_kpi(conn, "S-001", "K01", today),
        ]
        for build in builders:
            before = dump()
            edit = build()
            assert not edit.is_empty, edit.action
            apply_edit(conn, edit, "t")
            after = dump()
            assert after != before, edit.action
            apply_edit(conn, edit.inverse(), "t")
            assert dump() == before, edit.action
            apply_edit(conn, edit, "t")
            assert dump() == after, edit.action
        entries = conn.execute("SELECT DISTINCT action FROM audit_log").fetchall()
        assert {"edit.plan_agree", "edit.risk_add", "edit.certify.undo"} <= {e[0] for e in entries}


def test_every_builtin_toolkit_with_critical_items_can_trigger_the_critical_gap_rule():
    """Each critical item of each built-in toolkit maps to a risk category under the default
    rules, so a critical gap there derives a risk."""
    import pandas as pd

    from core.risk.matrix import get_matrix
    from core.risk.rules import derive_risks, load_rules
    from core.toolkit.loader import load_toolkit
    from core.toolkit.registry import builtin_folder
    rules, matrix = load_rules(), get_matrix()
    with_critical = 0
    for path in sorted(builtin_folder().glob("*.xlsx")):
        ident = path.stem
        critical = [it.name for it in load_toolkit(path).scored_items if it.critical]
        if not critical:
            continue
        with_critical += 1
        suppliers = pd.DataFrame({"company_id": [f"S{i}" for i in range(len(critical))],
                                  "criticality": [4.0] * len(critical)})
        gaps = pd.DataFrame({"company_id": suppliers["company_id"], "item": critical})
        derived = derive_risks(suppliers, gaps, rules, matrix)
        fired = derived[derived["rule_id"] == "critical_gap"]
        assert sorted(fired["company_id"]) == sorted(suppliers["company_id"]), (ident, critical)
    assert with_critical >= 2


def test_the_decision_reaches_the_programme_report_and_the_results_workbook(programme, tmp_path):
    from openpyxl import load_workbook

    from core.edits import apply_edit
    from core.plans.edits import decide_certification
    from core.project import Project
    from core.reports.chain_data import programme_report
    from core.reports.results_workbook import write_results_workbook
    from gui.reports.html_chain import programme_html
    with Project.open(programme) as project:
        apply_edit(project.conn, decide_certification(project.conn, "S-002", "not_yet",
                                                      date(2026, 5, 2), "Falta la visita"), "t")
        report = programme_report(project, "es", date(2026, 5, 3))
        html, _images, _title = programme_html(report, 180)
        write_results_workbook(project, tmp_path / "r.xlsx", "es", today=date(2026, 5, 3))
    entry = next(c for c in report.certification if c["company_id"] == "S-002")
    assert entry["decision"]["decision"] == "not_yet"
    assert "decisión: todavía no (2026-05-02) Falta la visita" in html
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "r.xlsx")["Certificación"].iter_rows()]
    s2 = next(r for r in rows if r[0] == "S-002")
    from datetime import datetime  # the results workbook writes real dates
    assert s2[3:6] == ["todavía no", datetime(2026, 5, 2), "Falta la visita"]


def test_a_merge_brings_the_agreement_revisions_and_decision(programme, tmp_path):
    import shutil

    from core.edits import apply_edit
    from core.plans.edits import agree_plan, decide_certification, draft_plans
    from core.project import Project
    with Project.open(programme) as project:
        apply_edit(project.conn, draft_plans(project.conn, ["S-001"], date(2026, 1, 5), top_n=2)[0])
    other = tmp_path / "ana.encadena"
    shutil.copy(programme, other)
    with Project.open(other) as project:
        conn = project.conn
        apply_edit(conn, agree_plan(conn, "S-001", date(2026, 1, 20), "B", "S", "C"))
        apply_edit(conn, decide_certification(conn, "S-001", "certify", date(2026, 9, 1), "ok"))
    with Project.open(programme) as project:
        [outcome] = project.merge(other)
        assert "plan_revisions" not in outcome.unmerged_tables
        row = project.conn.execute("SELECT status, signed_consultant, revision FROM plans").fetchone()
        assert row == ("agreed", "C", 1)
        assert project.conn.execute("SELECT decision FROM certification_decisions").fetchone() == ("certify",)


@pytest.mark.parametrize("how, expected", [("sum", 90.0), ("mean", 30.0), ("median", 20.0)])
def test_kpis_roll_up_per_chain_and_programme_as_they_define(how, expected):
    import pandas as pd

    from core.plans.model import ImprovementPlan
    from core.plans.rollup import kpi_rollups
    plans = {}
    for company, value in (("A", 10.0), ("B", 20.0), ("C", 60.0)):
        plan = ImprovementPlan(company)
        kpi = plan.add_kpi("Empleos", unit="n", baseline_value=0.0, target_value=100.0)
        kpi.aggregate = how
        kpi.add_measurement(date(2026, 3, 1), value)
        plans[company] = plan
    chains = pd.DataFrame({"company_id": ["A", "B", "C"], "chain": ["X", "X", "Y"]})
    out = kpi_rollups(plans, chains, date(2026, 4, 1))
    assert out["programme"]["Empleos"]["current"] == pytest.approx(expected)
    assert out["programme"]["Empleos"]["measured"] == 3 and out["chains"]["Y"]["Empleos"]["current"] == 60.0


def test_a_draft_after_a_kpi_was_added_by_hand_numbers_its_kpis_after_it(programme):
    from core.edits import apply_edit
    from core.plans.edits import add_kpi, draft_plans
    from core.project import Project
    with Project.open(programme) as project:
        conn = project.conn
        apply_edit(conn, add_kpi(conn, "S-001", date(2026, 1, 2), catalogue="sales", baseline=1.0, target=2.0))
        apply_edit(conn, draft_plans(conn, ["S-001"], date(2026, 1, 5), top_n=2)[0])
        kpis = [r[0] for r in conn.execute("SELECT kpi_id FROM plan_kpis ORDER BY position")]
        assert kpis[0] == "K01" and len(set(kpis)) == len(kpis) > 1
        linked = {r[0] for r in conn.execute("SELECT kpi_id FROM plan_actions")}
        assert linked <= set(kpis[1:])

"""Risk registers in a real project file, and the ``encadena risk`` command line."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from core.cli.main import main
from core.errors import UserInputError
from core.project import Company, Project, SuppliedItem, ValueChain
from core.risk.matrix import get_matrix, parse_matrix
from core.risk.register import Risk
from core.risk.history import classification_history, record_classification
from core.risk.store import (decide, effective_register, manual_risks, next_risk_id, project_matrix,
                             save_risk, set_setting, supply_base)

SUPPLIERS = {  # id: (criticality, largest client share, {area: score}, critical gaps, date)
    "S-001": (5, 0.7, {"finance": 30.0, "quality": 80.0}, "cert_iso9001 fin_02", "2026-02-01"),
    "S-002": (2, 0.3, {"finance": 75.0, "quality": 35.0}, "", "2026-02-01"),
    "S-003": (None, 0.1, {"finance": 90.0, "quality": 90.0}, None, "2026-02-01"),
}


def insert_row(conn, table: str, values: dict) -> None:
    """Insert the ``values`` whose columns exist, filling other NOT NULL columns without a
    default with placeholders, so these fixtures survive changes to schema 001 that the risk
    module does not read."""
    info = list(conn.execute(f"PRAGMA table_info({table})"))
    names = {r[1] for r in info}
    row = {k: v for k, v in values.items() if k in names}
    for _, name, kind, notnull, default, pk in info:
        if notnull and default is None and not pk and name not in row:
            row[name] = 0 if "INT" in kind.upper() or "REAL" in kind.upper() else "x"
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                 list(row.values()))


def add_assessment(conn, aid: int, company: str, on: str, areas: dict, gaps: str | None) -> None:
    """An assessment with the columns the risk module reads (foreign keys are off on ``conn``:
    the toolkit it points to does not matter here)."""
    insert_row(conn, "assessments", {"id": aid, "uid": f"u{aid}", "company_id": company,
                                     "toolkit_id": "sdp", "assessed_on": on, "critical_gaps": gaps,
                                     "created_at": on})
    for area, score in areas.items():
        insert_row(conn, "area_scores", {"assessment_id": aid, "area": area, "score": score})
    from core.project.latest import refresh_latest
    refresh_latest(conn, [company])          # as every write of assessments does (the store's rule)


def raw(path: Path):
    """A plain connection without foreign-key enforcement, for fixtures."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN")
    return conn


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "programme.encadena"
    project = Project.create(path, "PDP test", country="CR", backups=False)
    for i, (cid, (crit, share, areas, gaps, on)) in enumerate(SUPPLIERS.items(), start=1):
        items = [SuppliedItem("milk", crit)] if crit else []
        project.save_company(Company(cid, name=f"Supplier {i}", supplied_items=items,
                                     largest_client_share=share))
    project.save_company(Company("B-1", name="Anchor", role="buyer", largest_client_share=0.9))
    project.save_chain(ValueChain("Dairy", anchor_id="B-1", suppliers=["S-001", "S-002"]))
    project.save_chain(ValueChain("Coffee", suppliers=["S-003"]))
    project.close()
    conn = raw(path)
    for i, (cid, (_, _, areas, gaps, on)) in enumerate(SUPPLIERS.items(), start=1):
        add_assessment(conn, i, cid, on, areas, gaps)
    # an older baseline of S-003 that was weak in finance
    add_assessment(conn, 10, "S-003", "2025-06-01", {"finance": 20.0}, None)
    conn.execute("COMMIT")
    conn.close()
    return path


@pytest.fixture
def project(project_path: Path):
    p = Project.open(project_path, backups=False)
    yield p
    p.close()


def keys(register) -> set[tuple[str, str]]:
    return set(zip(register["company_id"], register["risk_id"]))


def test_supply_base_reads_the_latest_assessment_of_suppliers_only(project):
    base = supply_base(project.conn)
    sup = base.suppliers.set_index("company_id")
    assert list(sup.index) == ["S-001", "S-002", "S-003"]           # the buyer is not a supplier
    assert sup.loc["S-003", "area:finance"] == 90.0                 # latest, not the baseline
    assert sup.loc["S-001", "criticality"] == 5
    assert {"employees", "annual_sales", "assessment_date"} <= set(sup.columns)
    assert sorted(base.critical_gaps["item"]) == ["cert_iso9001", "fin_02"]
    assert set(base.chains["chain"]) == {"Dairy", "Coffee"}
    old = supply_base(project.conn, as_of=date(2025, 12, 31)).suppliers.set_index("company_id")
    assert old.loc["S-003", "area:finance"] == 20.0


def test_effective_register_derives_from_project_data(project):
    register, _ = effective_register(project.conn)
    assert keys(register) == {("S-001", "finance_weak:financial"), ("S-001", "single_client:dependency"),
                              ("S-001", "critical_gap:compliance"), ("S-002", "operations_weak:quality"),
                              ("S-002", "operations_weak:delivery")}
    historical, _ = effective_register(project.conn, as_of=date(2025, 12, 31))
    assert ("S-003", "finance_weak:financial") in keys(historical)


def test_manual_risks_round_trip_and_validation(project):
    rid = next_risk_id(project.conn, "S-003")
    assert rid == "R-001"
    save_risk(project.conn, Risk("S-003", rid, "environment", 3, 4, description="Waste water",
                                 controls=("action:abc",), owner="Ana"))
    assert next_risk_id(project.conn, "S-003") == "R-002"
    save_risk(project.conn, Risk("S-003", rid, "environment", 3, 4, residual_likelihood=1,
                                 description="Waste water", status="open"))
    df = manual_risks(project.conn, "S-003")
    assert len(df) == 1 and df.iloc[0]["residual_likelihood"] == 1 and df.iloc[0]["owner"] == ""
    with pytest.raises(UserInputError):
        save_risk(project.conn, Risk("S-003", "R-009", "environment", 7, 4))
    assert len(manual_risks(project.conn)) == 1


def test_decisions_are_kept_when_risks_are_re_derived(project):
    conn = project.conn
    decide(conn, "S-001", "single_client:dependency", "dismiss", by="consultant")
    decide(conn, "S-001", "finance_weak:financial", "edit",
           {"residual_likelihood": 2, "residual_severity": 3, "controls": ["credit line"]})
    decide(conn, "S-002", "operations_weak:quality", "accept")
    register, _ = effective_register(conn)
    assert ("S-001", "single_client:dependency") not in keys(register)
    fin = register.set_index(["company_id", "risk_id"]).loc[("S-001", "finance_weak:financial")]
    assert (fin["residual_likelihood"], fin["residual_severity"], fin["controls"]) == (2, 3, "credit line")
    quality = register.set_index(["company_id", "risk_id"]).loc[("S-002", "operations_weak:quality")]
    assert quality["last_review"] == date.today().isoformat()     # accepting is a review
    pending = register.set_index(["company_id", "risk_id"]).loc[("S-002", "operations_weak:delivery")]
    assert pd.isna(pending["last_review"]) and pd.isna(pending["decision"])
    # new data: the supplier's finance score changes; the edit stays, the value follows the data
    c = raw(project.path)
    add_assessment(c, 20, "S-001", "2026-09-01", {"finance": 10.0, "quality": 80.0}, None)
    c.execute("COMMIT")
    c.close()
    register, _ = effective_register(conn)
    fin = register.set_index(["company_id", "risk_id"]).loc[("S-001", "finance_weak:financial")]
    assert fin["evidence_value"] == 10.0 and fin["residual_likelihood"] == 2
    assert ("S-001", "single_client:dependency") not in keys(register)   # still dismissed
    assert ("S-001", "critical_gap:compliance") not in keys(register)    # the gap was closed
    with pytest.raises(UserInputError) as exc:
        decide(conn, "S-003", "finance_weak:financial", "accept")
    assert exc.value.code == "risk_not_derived"
    with pytest.raises(UserInputError) as exc:
        decide(conn, "S-001", "finance_weak:financial", "edit", {"residual_likelihood": 5,
                                                                 "inherent_likelihood": 2})
    assert exc.value.code == "risk_invalid"


def test_project_matrix_copy_and_classification_history(project):
    conn = project.conn
    assert project_matrix(conn).id == "5x5"
    set_setting(conn, "matrix", get_matrix("6x6").to_dict())
    save_risk(conn, Risk("S-002", "R-001", "quality", 6, 2, status="closed"))
    with pytest.raises(UserInputError) as exc:
        set_setting(conn, "matrix", get_matrix("3x3").to_dict())   # the register uses likelihood 6
    assert exc.value.code == "risk_matrix_too_small"
    assert project_matrix(conn).size == (6, 6)
    save_risk(conn, Risk("S-002", "R-001", "quality", 3, 2, status="closed"))
    set_setting(conn, "matrix", get_matrix("3x3").to_dict())
    assert project_matrix(conn).size == (3, 3)
    with pytest.raises(UserInputError):
        set_setting(conn, "matrix", {"likelihood": [1, 2]})
    assert record_classification(conn, date(2025, 12, 31)) == 3
    assert record_classification(conn, date(2026, 3, 1)) == 3
    assert record_classification(conn, date(2026, 3, 1)) == 3              # replaces that day
    history = classification_history(conn)
    assert len(history) == 6
    from core.risk.classify import classification_change
    change = classification_change(history, date(2026, 1, 1), date(2026, 3, 1)).set_index("company_id")
    assert change.loc["S-003", "change"] == "down"                           # finance recovered
    assert pd.isna(change.loc["S-003", "level_after"])


@pytest.fixture(autouse=True)
def english(monkeypatch):
    # `--language` sets ENCADENA_LANG for the process; monkeypatch restores it afterwards
    monkeypatch.setenv("ENCADENA_LANG", "en")


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_heat_map_text_and_chain_filter(project_path, capsys):
    code, out, _ = run_cli(capsys, "--language", "en", "risk", str(project_path))
    assert code == 0
    assert "Heat map (inherent), matrix 5x5" in out
    grid = [line for line in out.splitlines() if line.startswith("4 Likely")][0]
    assert grid.split("|")[1].split()[-2:] == ["1", "Extreme"]           # S-001 at (4, 5)
    assert "Extreme (1): S-001" in out and "No open risks (1): S-003" in out
    code, out, _ = run_cli(capsys, "risk", str(project_path), "--chain", "Coffee")
    assert "No open risks (1): S-003" in out and "S-001" not in out
    code, _, err = run_cli(capsys, "risk", str(project_path), "--chain", "Tea")
    assert code == 2 and "Coffee" in err
    code, out, _ = run_cli(capsys, "risk", str(project_path), "--company", "S-001")
    register = out.split("S-001 Supplier 1: Extreme")[1]
    assert "single_client:dependency" in register and "Pending review" in register
    assert "Never reviewed" in register and "70.0% of sales" in register
    code, _, err = run_cli(capsys, "risk", str(project_path), "--chain", "Coffee", "--company", "S-001")
    assert code == 2 and "S-001" in err


def test_cli_json_lets_a_checker_recompute_every_classification(project_path, capsys):
    p = Project.open(project_path, backups=False)
    save_risk(p.conn, Risk("S-003", "R-001", "health_safety", 5, 5, residual_likelihood=2,
                           residual_severity=2, controls=("guards", "action:A01", "action:A09")))
    with p.transaction() as conn:
        insert_row(conn, "plans", {"company_id": "S-003", "uid": "p1", "updated_at": "2026-01-01"})
        insert_row(conn, "plan_actions", {"uid": "a1", "company_id": "S-003", "action_id": "A01",
                                          "position": 1, "title": "Machine guards",
                                          "status": "in_progress", "percent": 40.0})
    save_risk(p.conn, Risk("S-003", "R-002", "environment", 4, 4, status="closed"))
    p.close()
    code, out, _ = run_cli(capsys, "risk", str(project_path), "--residual", "--json", "-")
    assert code == 0
    doc = json.loads(out)
    matrix = parse_matrix(doc["matrix"])                 # the JSON matrix is a full definition
    cell = {(c["likelihood"], c["severity"]): c for c in doc["matrix"]["cell_list"]}
    rank = {lv["name"]: lv["rank"] for lv in doc["matrix"]["levels"]}
    for sup in doc["suppliers"]:
        levels = [cell[(r["residual_likelihood"], r["residual_severity"])]["level"]
                  for r in sup["open_risks"]]
        for r, lv in zip(sup["open_risks"], levels):
            assert r["level"] == lv and r["status"] == "open"
            assert matrix.level(r["residual_likelihood"], r["residual_severity"]).name == lv
        expected = max(levels, key=rank.get) if levels else None
        assert sup["level"] == expected
    s3 = {s["company_id"]: s for s in doc["suppliers"]}["S-003"]
    assert [r["risk_id"] for r in s3["open_risks"]] == ["R-001"]           # closed one excluded
    assert s3["open_risks"][0]["controls"] == ["guards", "action:A01", "action:A09"]
    a01, a09 = s3["open_risks"][0]["actions"]
    assert (a01["title"], a01["status"], a01["percent"]) == ("Machine guards", "in_progress", 40.0)
    assert a09 == {"action_id": "A09", "missing": True}
    assert (s3["level"], s3["inherent_level"]) == ("low", "extreme")
    s1 = {s["company_id"]: s for s in doc["suppliers"]}["S-001"]
    dep = [r for r in s1["open_risks"] if r["risk_id"] == "single_client:dependency"][0]
    assert dep["evidence"]["value"] == 0.7 and dep["decision"] == "pending"
    assert "70.0%" in dep["description"]
    assert doc["basis"] == "residual" and sum(c["suppliers"] for c in doc["heat_map"]["cells"]) == 3
    assert doc["chains"] == {"Coffee": {"low": 1}, "Dairy": {"extreme": 1, "medium": 1}}


def test_cli_record_and_compare(project_path, capsys):
    assert run_cli(capsys, "risk", str(project_path), "--record", "--as-of", "2025-12-31")[0] == 0
    assert run_cli(capsys, "risk", str(project_path), "--record", "--as-of", "2026-03-01")[0] == 0
    code, out, _ = run_cli(capsys, "risk", str(project_path), "--compare", "2026-01-01",
                           "2026-03-01", "--json", "-")
    rows = {r["company_id"]: r for r in json.loads(out)["suppliers"]}
    assert rows["S-003"]["change"] == "down" and rows["S-001"]["change"] == "same"
    code, _, err = run_cli(capsys, "risk", str(project_path), "--as-of", "March")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run_cli(capsys, "risk", str(project_path), "2026-01-01")
    assert code == 2 and "2026-01-01" in err


def test_cli_matrix_commands(tmp_path, capsys):
    code, out, _ = run_cli(capsys, "risk", "matrix", "list")
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()] == ["3x3", "4x4", "5x5", "6x6"]
    code, out, _ = run_cli(capsys, "--language", "es", "risk", "matrix", "show", "4x4")
    assert code == 0 and "Casi seguro" in out and "Extremo 16" in out
    code, out, _ = run_cli(capsys, "--language", "en", "risk", "matrix", "show", "4x4")
    bad = get_matrix("3x3").to_dict()
    bad["cells"]["2"] = ["low", "catastrophe", "high"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    code, _, err = run_cli(capsys, "risk", "matrix", "check", str(path))
    assert code == 2 and "catastrophe" in err and "likelihood 2, severity 2" in err
    code, out, _ = run_cli(capsys, "risk", "matrix", "check", "resources/risk/matrix_6x6.json")
    assert code == 0 and "6 x 6" in out
    for name in ("edit.xlsx", "edit.json"):
        code, out, _ = run_cli(capsys, "risk", "matrix", "export", "6x6", str(tmp_path / name))
        assert code == 0 and name in out
        code, out, _ = run_cli(capsys, "risk", "matrix", "check", str(tmp_path / name))
        assert code == 0 and "low, medium, high, extreme" in out
    assert run_cli(capsys, "risk", "matrix", "frobnicate")[0] == 2
    code, _, err = run_cli(capsys, "risk", str(tmp_path / "missing.encadena"))
    assert code == 2


def test_cancelled_recording_changes_nothing(project):
    from core.errors import Cancelled
    seen = []

    def cancel_at_write(fraction: float, text: str) -> None:
        seen.append(text)
        if fraction >= 0.7:
            raise Cancelled()
    with pytest.raises(Cancelled):
        record_classification(project.conn, date(2026, 3, 1), progress=cancel_at_write)
    assert classification_history(project.conn).empty
    assert seen[0] == "Deriving risks…"
    assert record_classification(project.conn, date(2026, 3, 1), progress=lambda f, t: None) == 3


def test_change_between_dates_computed_without_records(project):
    from core.risk.history import classification_between
    change, sources = classification_between(project.conn, date(2025, 12, 31), date(2026, 3, 1))
    assert sources == {"before": "computed", "after": "computed"}
    change = change.set_index("company_id")
    assert change.loc["S-003", "change"] == "down" and change.loc["S-003", "level_before"] == "high"
    # company fields (largest client share) are today's: S-001's dependency risk is on both dates
    assert change.loc["S-001", "change"] == "same"
    assert change.loc["S-002", "level_before"] is None and change.loc["S-002", "change"] == "up"
    record_classification(project.conn, date(2026, 1, 15))
    _, sources = classification_between(project.conn, date(2025, 12, 31), date(2026, 3, 1))
    assert sources == {"before": "computed", "after": "recorded"}


def test_cli_rules_check_and_saving_settings_into_the_project(project_path, tmp_path, capsys):
    code, out, _ = run_cli(capsys, "risk", "rules", "show")
    assert code == 0 and json.loads(out)["rules"]
    rules = json.loads(out)
    code, out, _ = run_cli(capsys, "risk", "rules", "check", "resources/risk/rules.json",
                           "--matrix", "3x3")
    assert code == 0 and "5 valid rules" in out
    rules["rules"][0]["likelihood"] = "frequent"
    bad = tmp_path / "rules.json"
    bad.write_text(json.dumps(rules), encoding="utf-8")
    code, _, err = run_cli(capsys, "risk", "rules", "check", str(bad))
    assert code == 2 and "frequent" in err
    code, _, err = run_cli(capsys, "risk", str(project_path), "--rules", str(bad), "--save")
    assert code == 2
    rules["rules"][0]["likelihood"] = "almost_certain"
    bad.write_text(json.dumps(rules), encoding="utf-8")
    code, out, _ = run_cli(capsys, "risk", str(project_path), "--matrix", "4x4", "--rules",
                           str(bad), "--save")
    assert code == 0 and "matrix 4x4" in out
    with Project.open(project_path, backups=False) as p:
        assert project_matrix(p.conn).id == "4x4"
        register, _ = effective_register(p.conn)
    fin = register[register["risk_id"] == "finance_weak:financial"].iloc[0]
    assert fin["inherent_likelihood"] == 4               # almost certain on the 4-step scale
    code, out, _ = run_cli(capsys, "risk", str(project_path))
    assert "matrix 4x4" in out                            # the saved choice is the project's

"""``encadena project ...`` end to end through core.cli.main (in-process)."""
from __future__ import annotations

import json
import sqlite3

from core.cli.main import main
from core.project import migrations
from test_project_support import answers, toolkit, write_survey


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_import_info_companies_check(tmp_path, capsys):
    toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    path = tmp_path / "p.encadena"
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1"), answers("S2", level=5)])
    code, out, _ = run(capsys, "project", "create", path, "--name", "Café CR", "--country", "CR")
    assert code == 0 and "Café CR" in out
    code, out, _ = run(capsys, "project", "import", path, survey, "--toolkit", tmp_path / "toolkit.xlsx",
                       "--chain", "Café", "--json", "-")
    assert code == 0 and json.loads(out)["added"] == 2
    code, out, _ = run(capsys, "project", "import", path, survey, "--toolkit", tmp_path / "toolkit.xlsx")
    assert code == 0 and "0 added" in out and "2 unchanged" in out
    code, out, _ = run(capsys, "project", "info", path, "--json", "-")
    info = json.loads(out)
    assert info["programme"]["size_scheme"] == "costa_rica" and info["counts"]["assessments"] == 2
    assert info["value_chains"][0]["suppliers"] == ["S1", "S2"]
    code, out, _ = run(capsys, "project", "companies", path, "--json", "-")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == ["S1", "S2"] and rows[1]["latest_band"] == "good"
    code, out, _ = run(capsys, "project", "companies", path)
    assert code == 0 and "S2" in out and "Good" in out  # the band label of the toolkit, not its code
    code, out, _ = run(capsys, "--language", "es", "project", "check", path)
    assert code == 0 and "no se encontraron problemas" in out


def test_merge_and_user_errors_exit_2(tmp_path, capsys):
    toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    kit = tmp_path / "toolkit.xlsx"
    for name, rows in (("a", [answers("S1")]), ("b", [answers("S1", level=5), answers("S9")])):
        run(capsys, "project", "create", tmp_path / f"{name}.encadena", "--name", "P")
        run(capsys, "project", "import", tmp_path / f"{name}.encadena",
            write_survey(tmp_path / f"{name}.xlsx", rows), "--toolkit", kit)
    code, out, _ = run(capsys, "project", "merge", tmp_path / "a.encadena", tmp_path / "b.encadena",
                       "--json", "-")
    [merged] = json.loads(out)
    assert code == 0 and (merged["added"], merged["conflicts"]) == (1, 1)
    code, _, err = run(capsys, "project", "create", tmp_path / "a.encadena", "--name", "again")
    assert code == 2 and "already exists" in err
    conn = sqlite3.connect(tmp_path / "b.encadena")
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    conn.close()
    code, _, err = run(capsys, "project", "info", tmp_path / "b.encadena")
    assert code == 2 and "newer Encadena" in err
    code, _, err = run(capsys, "project", "check", tmp_path / "b.encadena")
    assert code == 2 and "newer Encadena" in err

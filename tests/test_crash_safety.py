"""Crash safety: SIGKILL at seeded random points of survey import, follow-up import, merge and
"Save a copy". Afterwards ``encadena project check`` passes and each change is all or nothing.

Each operation first runs to completion on a copy (its duration bounds the kill points and its
result is the "all" state), then twice more on fresh copies, killed after a random share of that
duration (and, for the copy, also the moment its temporary file appears).
"""
from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.cli.main import main as cli_main
from core.plans import ImprovementPlan
from core.plans.store import save_plan
from core.project import Company, Project, ValueChain
from test_project_support import HEADER, answers, write_survey
from toolkit_factory import write_toolkit

ROOT = Path(__file__).resolve().parent.parent
ROWS, SUPPLIERS, KILLS = 20_000, 300, 2
SEED = 20261127
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")]

# the content an operation may change; timestamps and uids are left out on purpose
STATE_QUERIES = {
    "assessments": "SELECT company_id, assessed_on, round, status, answers_hash, score_index "
                   "FROM assessments",
    "assessment_answers": "SELECT COUNT(*) FROM assessment_answers",
    "area_scores": "SELECT COUNT(*), SUM(score) FROM area_scores",
    "imports": "SELECT file_name, sha256, row_count, added FROM imports",
    "companies": "SELECT id, name FROM companies",
    "plan_actions": "SELECT company_id, action_id, title, status, percent, owner, notes FROM plan_actions",
    "action_updates": "SELECT company_id, action_id, on_date, percent, status FROM action_updates",
    "kpi_measurements": "SELECT * FROM kpi_measurements",
    "merges": "SELECT COUNT(*) FROM merges",
}


def state(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    try:
        return {table: sorted(map(repr, conn.execute(query).fetchall()))
                for table, query in STATE_QUERIES.items()}
    finally:
        conn.close()


def command_check(path: Path, capsys) -> None:
    assert cli_main(["project", "check", str(path)]) == 0, capsys.readouterr().err
    capsys.readouterr()


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> dict[str, Path]:
    """A project with assessments, a chain of suppliers with plans; the files each operation uses."""
    d = tmp_path_factory.mktemp("crash")
    kit = write_toolkit(d / "toolkit.xlsx")
    project = d / "base.encadena"
    with Project.create(project, "PDP", country="CR", backups=False) as p:
        p.import_survey(write_survey(d / "first.xlsx", [answers(f"S-{i:03d}") for i in range(SUPPLIERS)]),
                        kit, assessed_on="2026-01-15")
        p.save_company(Company("B-1", name="Ancla", role="buyer"))
        p.save_chain(ValueChain("Lácteos", anchor_id="B-1",
                                suppliers=[f"S-{i:03d}" for i in range(SUPPLIERS)]))
        for i in range(SUPPLIERS):
            plan = ImprovementPlan(f"S-{i:03d}", agreed_on=date(2026, 3, 1))
            plan.add_action("Capacitación 5S", start=date(2026, 4, 1), due=date(2026, 6, 1))
            plan.add_action("Orden y limpieza", start=date(2026, 4, 1), due=date(2026, 7, 1))
            save_plan(p.conn, plan)
    big = d / "big.csv"
    with big.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i in range(ROWS):
            row = answers(f"K{i:05d}", level=1 + i % 5)
            writer.writerow([row[h] for h in HEADER])
    followup = d / "followup.xlsx"
    assert cli_main(["--language", "en", "followup", "export", str(project), "--chain", "Lácteos",
                     "-o", str(followup)]) == 0
    wb = load_workbook(followup)
    for r in range(2, 2 + 2 * SUPPLIERS):
        wb["Actions"][f"J{r}"], wb["Actions"][f"K{r}"] = "in progress", 40
    wb.save(followup)
    source = d / "source.encadena"
    with Project.create(source, "Consultora", country="CR", backups=False) as p:
        p.import_survey(big, kit, assessed_on="2026-02-01")
    return {"project": project, "toolkit": kit, "big": big, "followup": followup, "source": source}


def operations(files: dict[str, Path], project: Path, copy: Path) -> dict[str, list[str]]:
    cli = [sys.executable, "-m", "core.cli.main"]
    snippet = ("import sys\nfrom core.project import Project\n"
               "p = Project.open(sys.argv[1])\np.save_copy(sys.argv[2])\np.close()\n")
    return {
        "survey import": cli + ["project", "import", str(project), str(files["big"]), "--toolkit",
                                str(files["toolkit"]), "--date", "2026-03-01"],
        "follow-up import": cli + ["followup", "import", str(project), str(files["followup"]),
                                   "--as-of", "2026-06-02"],
        "merge": cli + ["project", "merge", str(project), str(files["source"])],
        "save a copy": [sys.executable, "-c", snippet, str(project), str(copy)],
    }


def launch(argv: list[str], data_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "ENCADENA_DATA_DIR": str(data_dir), "ENCADENA_LANG": "en"}
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize("operation", ["survey import", "follow-up import", "merge", "save a copy"])
def test_sigkill_leaves_all_or_nothing(operation, base, tmp_path, capsys):
    rng = random.Random(f"{SEED}-{operation}")
    before = state(base["project"])
    # 1. the whole operation, to know its duration and its complete result
    done = tmp_path / "done.encadena"
    shutil.copyfile(base["project"], done)
    start = time.monotonic()
    child = launch(operations(base, done, tmp_path / "done-copy.encadena")[operation], tmp_path / "data")
    assert child.wait(timeout=300) == 0, child.stderr.read()[-2000:]
    duration = time.monotonic() - start
    after = state(tmp_path / "done-copy.encadena" if operation == "save a copy" else done)
    assert after != before or operation == "save a copy"
    # 2. the kills
    outcomes = []
    for k in range(KILLS + (operation == "save a copy")):
        project, copy = tmp_path / f"kill-{k}.encadena", tmp_path / f"kill-{k}-copy.encadena"
        shutil.copyfile(base["project"], project)
        delay = rng.uniform(0.2, 0.95) * duration
        child = launch(operations(base, project, copy)[operation], tmp_path / f"data-{k}")
        deadline = time.monotonic() + delay
        partial = copy.with_name(copy.name + ".partial")
        while child.poll() is None and time.monotonic() < deadline:
            if k == KILLS and partial.exists():       # the copy is being written: now
                break
            time.sleep(0.002)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        command_check(project, capsys)
        if operation == "save a copy":
            assert state(project) == before                      # the source is never touched
            if copy.exists():                                    # never a half-written copy
                command_check(copy, capsys)
                assert state(copy) == before
                outcomes.append("copy")
            else:
                outcomes.append("no copy")
        else:
            now = state(project)
            assert now in (before, after), f"{operation}: a partial change after a kill at {delay:.2f} s"
            outcomes.append("all" if now == after else "none")
    print(operation, f"{duration:.2f} s", outcomes)

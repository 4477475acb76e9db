"""Kill-safety: SIGKILL in the middle of a 50,000-row import leaves a sound file with all or none of it."""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.project import Project, check_file
from test_project_support import HEADER, answers, new_project, toolkit, write_survey

ROOT = Path(__file__).resolve().parent.parent
ROWS = 50_000


def write_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i in range(rows):
            row = answers(f"K{i:05d}", level=1 + i % 5)
            writer.writerow([row[h] for h in HEADER])
    return path


@pytest.mark.slow
@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX")
def test_sigkill_during_a_large_import_leaves_all_or_none_of_it(tmp_path):
    toolkit(tmp_path)
    project = new_project(tmp_path)
    project.import_survey(write_survey(tmp_path / "first.xlsx", [answers("S1"), answers("S2")]),
                          tmp_path / "toolkit.xlsx")
    project.close()
    path = tmp_path / "p.encadena"
    wal = Path(f"{path}-wal")
    survey = write_csv(tmp_path / "big.csv", ROWS)
    env = {**os.environ, "ENCADENA_DATA_DIR": str(tmp_path / "data")}
    child = subprocess.Popen([sys.executable, "-m", "core.cli.main", "project", "import", str(path),
                              str(survey), "--toolkit", str(tmp_path / "toolkit.xlsx"),
                              "--date", "2026-03-01"], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    killed_midway = False
    while child.poll() is None and time.monotonic() < deadline:
        # the import's transaction is spilling pages into the WAL: it is under way, not committed
        if wal.exists() and wal.stat().st_size > 2_000_000:
            child.send_signal(signal.SIGKILL)
            killed_midway = True
            break
        time.sleep(0.002)
    child.wait(timeout=60)
    assert killed_midway, f"the import ended before it could be killed: {child.stderr.read()[-500:]}"

    report = check_file(path)
    assert report.ok, report.problems
    held = report.counts["assessments"]
    assert held in (2, ROWS + 2)
    reopened = Project.open(path, backups=False)
    companies = reopened.companies()
    assert len(companies) == held and reopened.imports().shape[0] == (1 if held == 2 else 2)
    reopened.close()

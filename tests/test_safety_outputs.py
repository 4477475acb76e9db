"""Issue 13, class "outputs never replace inputs": every output option of the command line
refuses a path that is one of the command's inputs or a project (same file by path, by link or
by inode), before doing any work; outputs appear whole or not at all, even when the process is
killed half-way (no temporary file left behind)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import hostile_corpus as hc
from core.project import Project
from safety_support import ROOT, programme, run_cli, run_here, tree
from test_project_support import answers, write_survey


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(300):
        yield


@pytest.fixture
def folder(tmp_path) -> Path:
    programme(tmp_path)
    run_cli("risk", "matrix", "export", "5x5", tmp_path / "m.json", data=tmp_path / "data")
    return tmp_path


def _follow(folder: Path) -> Path:
    out = folder / "f.xlsx"
    assert run_cli("followup", "export", folder / "p.encadena", "--chain", "Cadena A", "-o", out,
                   data=folder / "data")[0] == 0
    return out


CASES = {   # name -> arguments, given the folder (p.encadena, toolkit.xlsx, survey.xlsx, m.json)
    "export -o project": lambda d: ["export", d / "p.encadena", "-o", d / "p.encadena"],
    "export -o project by another path": lambda d: ["export", d / "p.encadena", "-o", d / "x" / ".." / "p.encadena"],
    "export -o hard link of project": lambda d: ["export", d / "p.encadena", "-o", d / "hard.encadena"],
    "export -o symlink to project": lambda d: ["export", d / "p.encadena", "-o", d / "soft.xlsx"],
    "export --csv project": lambda d: ["export", d / "p.encadena", "--csv", d / "p.encadena"],
    "export -o another project": lambda d: ["export", d / "p.encadena", "-o", d / "other.encadena"],
    "followup export -o project": lambda d: ["followup", "export", d / "p.encadena", "--chain", "Cadena A",
                                             "-o", d / "p.encadena"],
    "template -o toolkit": lambda d: ["template", "--toolkit", d / "toolkit.xlsx", "-o", d / "toolkit.xlsx"],
    "score --json survey": lambda d: ["score", d / "survey.xlsx", "--toolkit", d / "toolkit.xlsx",
                                      "--json", d / "survey.xlsx"],
    "score --json toolkit": lambda d: ["score", d / "survey.xlsx", "--toolkit", d / "toolkit.xlsx",
                                       "--json", d / "toolkit.xlsx"],
    "project info --json project": lambda d: ["project", "info", d / "p.encadena", "--json", d / "p.encadena"],
    "project companies --json project": lambda d: ["project", "companies", d / "p.encadena", "--json",
                                                   d / "p.encadena"],
    "project check --json project": lambda d: ["project", "check", d / "p.encadena", "--json", d / "p.encadena"],
    "project import --json survey": lambda d: ["project", "import", d / "p.encadena", d / "survey.xlsx",
                                               "--toolkit", d / "toolkit.xlsx", "--json", d / "survey.xlsx"],
    "project import --report survey": lambda d: ["project", "import", d / "p.encadena", d / "survey.xlsx",
                                                 "--toolkit", d / "toolkit.xlsx", "--report", d / "survey.xlsx"],
    "project merge --json source": lambda d: ["project", "merge", d / "p.encadena", d / "other.encadena",
                                              "--json", d / "other.encadena"],
    "progress --json project": lambda d: ["progress", d / "p.encadena", "--json", d / "p.encadena"],
    "risk --json project": lambda d: ["risk", d / "p.encadena", "--json", d / "p.encadena"],
    "toolkit show --json toolkit": lambda d: ["toolkit", "show", d / "toolkit.xlsx", "--json", d / "toolkit.xlsx"],
    "risk matrix export over its source": lambda d: ["risk", "matrix", "export", d / "m.json", d / "m.json"],
    "followup import --json workbook": lambda d: ["followup", "import", d / "p.encadena", _follow(d),
                                                  "--json", d / "f.xlsx"],
}
MESSAGES = ("is one of the files this command reads", "is an Encadena project: an output never replaces",
            "is a file: give a folder")


@pytest.mark.parametrize("args", CASES.values(), ids=CASES.keys())
def test_an_output_never_replaces_an_input(folder, args, capsys, monkeypatch):
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(folder / "data"))
    monkeypatch.setenv("ENCADENA_LANG", "en")
    os.link(folder / "p.encadena", folder / "hard.encadena")
    (folder / "soft.xlsx").symlink_to(folder / "p.encadena")
    with Project.create(folder / "other.encadena", "Otro", backups=False):
        pass
    argv = args(folder)
    dump = hc.database_dump(folder / "p.encadena")
    for leftover in folder.glob("p.encadena-*"):     # the read-only dump's own lock files
        leftover.unlink()
    before = tree(folder)
    code, _, err = run_here(capsys, *argv)
    assert code == 2 and any(m in err for m in MESSAGES), err
    assert tree(folder) == before and hc.database_dump(folder / "p.encadena") == dump


def test_refusals_are_translated(folder):
    code, _, err = run_cli("--language", "es", "export", folder / "p.encadena", "-o", folder / "p.encadena",
                           data=folder / "data")
    assert code == 2 and "una salida nunca reemplaza una entrada" in err
    code, _, err = run_cli("--language", "pt", "export", folder / "p.encadena", "-o", folder / "p.encadena",
                           data=folder / "data")
    assert code == 2 and "uma saída nunca substitui uma entrada" in err


def _big(folder: Path, companies: int = 3000) -> Path:
    project = folder / "big.encadena"
    survey = write_survey(folder / "big.xlsx", [answers(f"S{i:05d}") for i in range(companies)])
    with Project.create(project, "Grande", backups=False) as p:
        p.import_survey(survey, folder / "toolkit.xlsx", assessed_on="2026-01-15", chain="C")
    return project


@pytest.mark.parametrize("delay", [0.8, 1.6, 2.4, 3.2])
def test_a_killed_export_leaves_the_old_file_or_the_new_one_and_nothing_else(folder, delay):
    project = _big(folder) if not (folder / "big.encadena").exists() else folder / "big.encadena"
    out = folder / "out"
    out.mkdir()
    (out / "r.xlsx").write_bytes(b"the previous export")
    env = {**os.environ, "ENCADENA_DATA_DIR": str(folder / "data"), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "encadena", "export", str(project), "-o",
                             str(out / "r.xlsx"), "--csv", str(out / "csv")], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(60)
    names = sorted(p.name for p in out.iterdir())
    assert names in (["r.xlsx"], ["csv", "r.xlsx"]), names
    data = (out / "r.xlsx").read_bytes()
    assert data == b"the previous export" or data[:2] == b"PK"
    if (out / "csv").exists():
        assert all(p.suffix == ".csv" and not p.name.startswith(".") for p in (out / "csv").iterdir())


def test_a_json_output_is_whole_or_absent(folder):
    out = folder / "info.json"
    code, _, _ = run_cli("project", "info", folder / "p.encadena", "--json", out, data=folder / "data")
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["programme"]["name"] == "Programa"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []

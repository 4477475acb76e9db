"""Hostile ``.encadena`` files through every command that opens a project (in process).

A truncated file, random bytes, a zero-byte file, a workbook renamed, a plain SQLite database
and a file from a newer schema: each is refused with exit 2 and its own message, the file's bytes
stay as they were, and a merge target receiving it is unchanged.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

import hostile_corpus as hc
import hostile_files as hf
from core.cli import main as cli
from core.project import Project
from test_project_support import answers, write_survey
from toolkit_factory import write_toolkit


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(120):
        yield


PHRASES = {"corrupt_database": "is damaged", "not_a_project": "is not an Encadena project file",
           "newer_schema": "saved by a newer Encadena"}


def _good(folder: Path) -> Path:
    kit = write_toolkit(folder / "toolkit.xlsx")
    path = folder / "good.encadena"
    with Project.create(path, "Programa", country="CR", backups=False) as project:
        project.import_survey(write_survey(folder / "s.xlsx", [answers(f"S{i}") for i in range(200)]),
                              kit, assessed_on="2026-01-15")
    return path


FILES = {  # name -> (builder from a good project file, expected code)
    "truncated to half": (lambda good, d: hc.truncated_copy(good, d / "half.encadena"), "corrupt_database"),
    "truncated to 100 bytes": (lambda good, d: hc.truncated_copy(good, d / "h.encadena", 100 / good.stat().st_size),
                               "corrupt_database"),
    "sqlite header then random bytes": (lambda good, d: hc.random_bytes(
        d / "r.encadena", 8192, prefix=b"SQLite format 3\x00"), "corrupt_database"),
    "random bytes": (lambda good, d: hc.random_bytes(d / "rand.encadena"), "not_a_project"),
    "zero bytes": (lambda good, d: hf.empty_file(d, "zero.encadena"), "not_a_project"),
    "workbook renamed": (lambda good, d: hf.survey_xlsx(d, "book.encadena"), "not_a_project"),
    "plain sqlite database": (lambda good, d: hc.plain_sqlite(d / "plain.encadena"), "not_a_project"),
    "newer schema version": (lambda good, d: hc.with_user_version(good, d / "new.encadena", 999), "newer_schema"),
}
COMMANDS = {
    "project info": lambda f, d: ["project", "info", f],
    "project companies": lambda f, d: ["project", "companies", f],
    "project import": lambda f, d: ["project", "import", f, d / "s.xlsx", "--toolkit", d / "toolkit.xlsx"],
    "followup import": lambda f, d: ["followup", "import", f, d / "s.xlsx"],
    "followup export": lambda f, d: ["followup", "export", f, "--chain", "x", "-o", d / "out.xlsx"],
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("projects")
    good = _good(folder)
    for build, _ in FILES.values():
        build(good, folder)
    return folder


@pytest.fixture
def refusals(monkeypatch) -> list:
    seen: list = []
    original = cli.describe_error

    def record(exc, language=None):
        seen.append((exc.code, [p.code for p in exc.problems]))
        return original(exc, language)
    monkeypatch.setattr(cli, "describe_error", record)
    return seen


def _built(folder: Path, case: str) -> Path:
    names = {"truncated to half": "half", "truncated to 100 bytes": "h",
             "sqlite header then random bytes": "r", "random bytes": "rand", "zero bytes": "zero",
             "workbook renamed": "book", "plain sqlite database": "plain", "newer schema version": "new"}
    return folder / f"{names[case]}.encadena"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err + out
    return code, out, err


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", FILES)
def test_opening_commands_refuse(case, command, folder, capsys, refusals):
    path = _built(folder, case)
    before = _digest(path)
    code, out, err = run(capsys, *COMMANDS[command](path, folder))
    expected = FILES[case][1]
    assert (code, refusals) == (2, [(expected, [])]), err
    assert PHRASES[expected] in err and str(path) in err and "{" not in err
    assert _digest(path) == before
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "nothing was written beside it"


@pytest.mark.parametrize("case", FILES)
def test_check_reports_the_problem(case, folder, capsys, refusals):
    path = _built(folder, case)
    before = _digest(path)
    code, out, err = run(capsys, "project", "check", path)
    expected = FILES[case][1]
    assert code == 2 and refusals[0][0] in ("project_check_failed", expected), err
    assert expected in (refusals[0][0], *refusals[0][1])
    assert PHRASES[expected] in err and "{" not in err
    assert _digest(path) == before


@pytest.mark.parametrize("case", FILES)
def test_merging_a_hostile_source_leaves_the_target_unchanged(case, folder, tmp_path, capsys, refusals):
    target = tmp_path / "target.encadena"
    with Project.create(target, "Destino", country="CR", backups=False):
        pass
    before = hc.database_dump(target)
    source = _built(folder, case)
    code, out, err = run(capsys, "project", "merge", target, source)
    expected = FILES[case][1]
    assert (code, refusals) == (2, [(expected, [])]), err
    assert str(source) in err, "the message names the user's file, not a private copy"
    assert hc.database_dump(target) == before


def test_opening_a_foreign_sqlite_file_leaves_its_bytes(folder, capsys):
    path = _built(folder, "plain sqlite database")
    path.write_bytes(b"")
    hc.plain_sqlite(path)
    before = _digest(path)
    assert run(capsys, "project", "info", path)[0] == 2
    assert _digest(path) == before


@pytest.mark.parametrize("language", ["es", "pt"])
def test_refusals_are_translated(language, folder, capsys):
    for case in FILES:
        path = _built(folder, case)
        english = run(capsys, "--language", "en", "project", "info", path)
        translated = run(capsys, "--language", language, "project", "info", path)
        assert english[0] == translated[0] == 2
        assert translated[2] != english[2] and "{" not in translated[2] and str(path) in translated[2], case

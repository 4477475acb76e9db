"""Issue 13, class "faulty media": read-only files, folders and drives, a full disk, a drive
that stops answering, a missing or unwritable folder, a path too long: each gets its own
translated message with exit 2, no traceback, and says what was and was not saved."""
from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

import pytest

import hostile_corpus as hc
from core.project import Project, db
from core.safe_output import faults, files
from safety_support import programme, run_cli, run_here, tree


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(300):
        yield


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    programme(tmp_path)
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ENCADENA_LANG", "en")
    return tmp_path


def _import(d: Path) -> list:
    return ["project", "import", d / "p.encadena", d / "survey.xlsx", "--toolkit", d / "toolkit.xlsx",
            "--date", "2026-02-01"]


def test_a_read_only_project_opens_for_reading_and_refuses_changes(folder):
    project = folder / "p.encadena"
    project.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)           # chmod 444
    before = tree(folder)
    code, out, err = run_cli("project", "info", project, data=folder / "data")
    assert code == 0 and "Programa" in out
    code, out, err = run_cli("export", project, "-o", folder / "r.xlsx", data=folder / "data")
    assert code == 0
    (folder / "r.xlsx").unlink()
    code, out, err = run_cli(*_import(folder), data=folder / "data")
    assert code == 2 and "is read-only (the file, its folder or its drive)" in err
    assert "this change was not saved and the file is unchanged" in err
    code, out, err = run_cli("--language", "es", *_import(folder), data=folder / "data")
    assert code == 2 and "es de solo lectura" in err
    after = {k: v for k, v in tree(folder).items() if not k.startswith("data")}
    assert after == {k: v for k, v in before.items() if not k.startswith("data")}   # no journal file


def test_a_project_in_a_read_only_folder(folder):
    project = folder / "p.encadena"
    folder.chmod(0o555)
    try:
        before = tree(folder)
        code, out, _ = run_cli("project", "companies", project, data=folder.parent / "data-ro")
        assert code == 0 and "S1" in out
        code, _, err = run_cli(*_import(folder), data=folder.parent / "data-ro")
        assert code == 2 and "is read-only" in err
        code, _, err = run_cli("export", project, "-o", folder / "r.xlsx", data=folder.parent / "data-ro")
        assert code == 2 and "may not write to" in err
        assert tree(folder) == before
    finally:
        folder.chmod(0o755)


def test_read_only_media(folder, capsys, monkeypatch):
    monkeypatch.setattr(faults, "read_only_media", lambda path: True)
    monkeypatch.setattr(files, "read_only_media", lambda path: True)
    project = folder / "p.encadena"
    with Project.open(project) as opened:
        assert opened.read_only and "safety.opened_read_only" in opened.warnings
    code, _, err = run_here(capsys, *_import(folder))
    assert code == 2 and "is read-only" in err
    code, _, err = run_here(capsys, "export", project, "-o", folder / "r.xlsx")
    assert code == 2 and "is on a read-only drive or file" in err


def _full_disk(monkeypatch):
    """SQLite says "database or disk is full" once the file would grow by a page."""
    configure = db.configure

    def tight(conn, network=False):
        configure(conn, network)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn
    monkeypatch.setattr(db, "configure", tight)


def test_a_full_disk_during_an_import_keeps_the_project_as_it_was(folder, capsys, monkeypatch):
    from test_project_support import answers, write_survey
    write_survey(folder / "more.xlsx", [answers(f"N{i}", name="x" * 500) for i in range(400)])
    dump = hc.database_dump(folder / "p.encadena")
    _full_disk(monkeypatch)
    code, _, err = run_here(capsys, "project", "import", folder / "p.encadena", folder / "more.xlsx",
                            "--toolkit", folder / "toolkit.xlsx")
    assert code == 2 and "The disk is full: this change to" in err and "was not saved" in err
    assert hc.database_dump(folder / "p.encadena") == dump


def test_a_failed_checkpoint_after_a_commit_loses_nothing(folder):
    project = Project.open(folder / "p.encadena", backups=False)
    real = project.conn

    class Full:
        def execute(self, sql, *args):
            if "wal_checkpoint" in sql:
                raise sqlite3.OperationalError("database or disk is full")
            return real.execute(sql, *args)

        def close(self):
            real.close()
    project.save_chain(project.value_chains()[0])
    project.conn = Full()
    project.close()                                      # no error: the work is in the journal
    with Project.open(folder / "p.encadena") as again:
        assert again.check().ok


@pytest.mark.parametrize("number, phrase", [
    (errno.ENOSPC, "The disk is full"), (errno.EIO, "stopped answering"),
    (errno.EROFS, "read-only drive"), (errno.EACCES, "may not write"),
    (errno.ENAMETOOLONG, "is too long")])
def test_an_output_that_fails_while_writing(folder, capsys, monkeypatch, number, phrase):
    def fail(self):
        raise OSError(number, os.strerror(number))
    monkeypatch.setattr(files._Temp, "publish", fail)
    out = folder / "out"
    out.mkdir()
    for argv in (["export", folder / "p.encadena", "-o", out / "r.xlsx"],
                 ["export", folder / "p.encadena", "--csv", out / "csv"],
                 ["followup", "export", folder / "p.encadena", "--chain", "Cadena A", "-o", out / "f.xlsx"],
                 ["template", "--toolkit", folder / "toolkit.xlsx", "-o", out / "t.xlsx"],
                 ["project", "info", folder / "p.encadena", "--json", out / "i.json"]):
        code, _, err = run_here(capsys, *argv)
        assert code == 2 and phrase in err, (argv[0], err)
    assert [p.name for p in out.iterdir()] in ([], ["csv"])
    assert not list((out / "csv").iterdir()) if (out / "csv").exists() else True


def test_missing_folders_and_long_paths(folder):
    long_name = "n" * 300 + ".xlsx"
    for argv, phrase in (
            (["export", folder / "p.encadena", "-o", folder / "missing" / "r.xlsx"], "does not exist"),
            (["followup", "export", folder / "p.encadena", "--chain", "Cadena A", "-o",
              folder / "missing" / "f.xlsx"], "does not exist"),
            (["template", "--toolkit", folder / "toolkit.xlsx", "-o", folder / "missing" / "t.xlsx"],
             "does not exist"),
            (["score", folder / "survey.xlsx", "--toolkit", folder / "toolkit.xlsx", "--json",
              folder / "missing" / "s.json"], "does not exist"),
            (["project", "create", folder / "missing" / "n.encadena", "--name", "N"], "does not exist"),
            (["project", "create", folder / ("p" * 300 + ".encadena"), "--name", "N"], "is too long"),
            (["export", folder / "p.encadena", "-o", folder / long_name], "is too long"),
            (["export", folder / "p.encadena", "-o", folder], "is a folder"),
            (["project", "info", folder / "missing" / "p.encadena"], "File not found")):
        run_cli("toolkit", "list", data=folder / "data")          # the data folder exists before
        before = tree(folder)
        code, _, err = run_cli(*argv, data=folder / "data")
        assert code == 2 and phrase in err, (argv, err)
        assert tree(folder) == before


def test_an_unwritable_output_folder(folder):
    out = folder / "locked"
    out.mkdir()
    out.chmod(0o555)
    try:
        for argv in (["export", folder / "p.encadena", "-o", out / "r.xlsx"],
                     ["export", folder / "p.encadena", "--csv", out / "csv"],
                     ["project", "create", out / "n.encadena", "--name", "N"]):
            code, _, err = run_cli(*argv, data=folder / "data")
            assert code == 2 and "may not write to" in err, err
        code, _, err = run_cli("--language", "pt", "export", folder / "p.encadena", "-o", out / "r.xlsx",
                               data=folder / "data")
        assert code == 2 and "não tem permissão para gravar" in err
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o755)


def test_project_companies_of_an_empty_project(tmp_path):
    with Project.create(tmp_path / "e.encadena", "Vacío", backups=False):
        pass
    code, out, err = run_cli("project", "companies", tmp_path / "e.encadena", data=tmp_path / "data")
    assert code == 0 and out.split()[:3] == ["Company", "ID", "Company"] and "Empty" not in out
    assert len(out.strip().splitlines()) == 1                 # the header line, no rows
    code, out, err = run_cli("project", "companies", tmp_path / "e.encadena", "--chain", "X",
                             data=tmp_path / "data")
    assert code == 2 and "No value chain named 'X'" in err

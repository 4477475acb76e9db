"""Issue 13, class "merges and opens verify what they trust": a project file altered outside
Encadena (tables dropped or turned into views, the programme row deleted, text in numeric
columns, invalid JSON, a forged or bomb toolkit blob, foreign triggers) is refused with exit 2
and a message naming table and row, within a time limit, by every command; a merge of such a
source leaves the target unchanged; ``project check`` lists every problem."""
from __future__ import annotations

import hashlib
import io
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

import hostile_corpus as hc
from core.project import Project
from safety_support import programme, run_cli, run_here, tree


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(600):
        yield


def _sql(*statements: str, check: bool = True):
    def tamper(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys = OFF")
        if not check:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            conn.execute(statement)
    return tamper


def _blob(data: bytes, rehash: bool):
    def tamper(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys = OFF")
        if rehash:
            old = conn.execute("SELECT sha256 FROM toolkits").fetchone()[0]
            new = hashlib.sha256(data).hexdigest()
            conn.execute("UPDATE toolkits SET workbook = ?, sha256 = ?", (data, new))
            conn.execute("UPDATE imports SET toolkit_sha256 = ? WHERE toolkit_sha256 = ?", (new, old))
        else:
            conn.execute("UPDATE toolkits SET workbook = ?", (data,))
    return tamper


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"0" * (40 << 20))
    return buf.getvalue()


RECURSIVE = ("CREATE VIEW companies AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
             "SELECT x AS id, x AS name FROM r")
TAMPERED = {  # name -> (tampering, phrase of the message)
    "table dropped": (_sql("DROP TABLE supplied_items"), "table supplied_items is missing"),
    "plans table dropped": (_sql("DROP TABLE plan_actions"), "table plan_actions is missing"),
    "column dropped": (_sql("ALTER TABLE companies DROP COLUMN contact"), "lacks the columns contact"),
    "programme row deleted": (_sql("DELETE FROM programme"), "programme record is missing"),
    "text in employees": (_sql("UPDATE companies SET employees = 'muchos' WHERE id = 'S2'"),
                          "companies, row 2: column employees holds 'muchos'"),
    "text in a score": (_sql("UPDATE assessments SET score_index = 'alto' WHERE id = 1"),
                        "assessments, row 1: column score_index holds 'alto'"),
    "text in an area score": (_sql("UPDATE area_scores SET score = 'x' WHERE assessment_id = 1 AND area = 'ops'"),
                              "area_scores, row 1/ops: column score holds 'x'"),
    "invalid JSON in imports": (_sql("UPDATE imports SET options = '{roto'"),
                                "imports, row 1: column options is not valid JSON"),
    "invalid JSON in answers": (_sql("UPDATE assessment_answers SET answers = '[1, 2' WHERE assessment_id = 3"),
                                "assessment_answers, row 3: column answers is not valid JSON"),
    "invalid JSON in risk settings": (_sql("INSERT INTO risk_settings VALUES ('rules', 'no json', '2026-01-01')"),
                                      "risk_settings, row 1: column value is not valid JSON"),
    "JSON of the wrong shape": (_sql("UPDATE assessment_answers SET answers = '{\"a\": 1}' WHERE assessment_id = 2"),
                                "assessment_answers, row 2: column answers is not valid JSON"),
    "unique index dropped": (_sql("DROP INDEX assessments_key"), "index assessments_key is missing"),
    "table turned into a view": (_sql("ALTER TABLE companies RENAME TO old_companies",
                                      "CREATE VIEW companies AS SELECT * FROM old_companies"),
                                 "companies is a view where a table is expected"),
    "recursive view": (_sql("ALTER TABLE companies RENAME TO old_companies", RECURSIVE),
                       "companies is a view where a table is expected"),
    "foreign trigger": (_sql("CREATE TRIGGER spy AFTER INSERT ON companies BEGIN "
                             "DELETE FROM assessments; END"), "unexpected trigger spy"),
    "virtual table": (_sql("CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)"), "unexpected table boxes"),
    "toolkit blob forged": (_blob(b"PK\x03\x04 not the toolkit that was scored", rehash=False),
                            "does not match its SHA-256 fingerprint"),
    "toolkit blob is a zip bomb": (_blob(_bomb(), rehash=True), "is not a safe workbook"),
    "CHECK constraint broken": (_sql("UPDATE companies SET role = 'hacker' WHERE id = 'S1'", check=False),
                                "CHECK constraint failed in companies"),
}


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    return programme(tmp_path_factory.mktemp("good"))


def _tampered(good: Path, folder: Path, tamper) -> Path:
    path = folder / "t.encadena"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        tamper(conn)
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("case", TAMPERED.values(), ids=TAMPERED.keys())
def test_a_tampered_file_is_refused_by_every_command_in_time(good, tmp_path, case, capsys, monkeypatch):
    tamper, phrase = case
    path = _tampered(good, tmp_path, tamper)
    target = tmp_path / "target.encadena"
    target.write_bytes(good.read_bytes())
    target_dump = hc.database_dump(target)
    for leftover in tmp_path.glob("*-[ws][ah][lm]"):
        leftover.unlink()
    before = tree(tmp_path)
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ENCADENA_LANG", "en")
    code, _, err = run_cli("project", "info", path, data=tmp_path / "data", timeout=120)
    assert code == 2 and phrase in err                         # the real program, no traceback
    for argv, expected in (
            (["project", "info", path], "was altered outside Encadena"),
            (["project", "companies", path], "was altered outside Encadena"),
            (["export", path, "-o", tmp_path / "r.xlsx"], "was altered outside Encadena"),
            (["project", "check", path], "has problems"),
            (["project", "merge", target, path], "cannot be merged")):
        if "CHECK" in phrase and argv[1] != "check":
            expected = "is damaged"
        started = time.monotonic()
        code, out, err = run_here(capsys, *argv)
        assert time.monotonic() - started < 60
        assert code == 2 and expected in err and phrase in err, (argv[:2], err)
        assert "{" not in err                                  # no unfilled message template
    def files(found: dict) -> dict:          # the user's data folder remembers verified files
        return {k: v for k, v in found.items() if not k.startswith("data")}
    assert files(tree(tmp_path)) == files(before)              # nothing written, nothing left
    assert hc.database_dump(target) == target_dump            # the merge target is unchanged


def test_project_check_reports_every_problem_at_once(good, tmp_path):
    path = _tampered(good, tmp_path, _sql(
        "DELETE FROM programme", "UPDATE companies SET employees = 'x' WHERE id = 'S1'",
        "UPDATE companies SET annual_sales = 'y' WHERE id = 'S3'", "UPDATE imports SET mapping = '{'",
        "UPDATE toolkits SET workbook = x'00'"))
    code, _, err = run_cli("--language", "es", "project", "check", path, data=tmp_path / "data")
    assert code == 2
    for phrase in ("falta el registro del programa", "columna employees contiene 'x'",
                   "columna annual_sales contiene 'y'", "columna mapping no es JSON válido",
                   "no coincide con su huella SHA-256"):
        assert phrase in err, err


def test_a_source_with_one_bad_row_merges_nothing(good, tmp_path):
    source = _tampered(good, tmp_path, _sql("UPDATE assessment_answers SET metadata = '{' WHERE assessment_id = 5"))
    target = tmp_path / "target.encadena"
    with Project.create(target, "Destino", backups=False):
        pass
    dump = hc.database_dump(target)
    code, _, err = run_cli("project", "merge", target, source, data=tmp_path / "data")
    assert code == 2 and "assessment_answers, row 5: column metadata is not valid JSON" in err
    assert hc.database_dump(target) == dump


def test_a_sound_file_still_opens_and_merges(good, tmp_path):
    target = tmp_path / "target.encadena"
    with Project.create(target, "Destino", backups=False):
        pass
    code, out, err = run_cli("project", "merge", target, good, data=tmp_path / "data")
    assert code == 0, err
    code, out, err = run_cli("project", "check", target, data=tmp_path / "data")
    assert code == 0 and "no problems found" in out

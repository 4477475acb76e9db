"""``project check``: is a project file sound? Integrity, foreign keys, schema and our invariants."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import Problem, UserInputError
from core.project.latest import stale_companies
from core.project.migrations import latest_version, schema_version


@dataclass
class CheckReport:
    path: str
    schema_version: int
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


STRUCTURAL = ("safety.table_missing", "safety.not_a_table", "safety.columns_missing",
              "safety.unexpected_object")
COUNTED = ("companies", "value_chains", "assessments", "imports", "toolkits", "merges")


def check_connection(conn: sqlite3.Connection, path: str = "", full: bool = True) -> CheckReport:
    """Run every check on an open connection (``full``: integrity_check, else quick_check)."""
    report = CheckReport(str(path), schema_version(conn))
    pragma = "integrity_check" if full else "quick_check"
    messages = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    if messages != ["ok"]:
        report.problems += [Problem("corrupt_database", params={"path": str(path), "detail": m})
                            for m in messages[:20]]
        return report
    if report.schema_version == 0:
        report.problems.append(Problem("not_a_project", params={"path": str(path)}))
        return report
    if report.schema_version > latest_version():
        report.problems.append(Problem("newer_schema", params={
            "path": str(path), "file_version": report.schema_version, "app_version": latest_version()}))
        return report
    from core.project.verify import verify
    found = verify(conn, report.schema_version, path=str(path))
    report.problems += found
    if any(p.code in STRUCTURAL for p in found):     # querying on could hit a foreign view
        return report
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        report.problems.append(Problem("broken_reference", params={"table": table, "row": rowid,
                                                                    "parent": parent}))
    orphan_conflicts = conn.execute(
        "SELECT COUNT(*) FROM assessments a WHERE a.status = 'conflict' AND NOT EXISTS "
        "(SELECT 1 FROM assessments c WHERE c.id = a.conflicts_with AND c.status = 'current')").fetchone()[0]
    if orphan_conflicts:
        report.problems.append(Problem("orphan_conflicts", params={"count": orphan_conflicts}))
    unscored = conn.execute("SELECT COUNT(*) FROM assessments a WHERE NOT EXISTS "
                            "(SELECT 1 FROM area_scores s WHERE s.assessment_id = a.id)").fetchone()[0]
    if unscored:
        report.problems.append(Problem("assessments_without_scores", params={"count": unscored}))
    stale = stale_companies(conn)
    if stale:
        report.problems.append(Problem("stale_latest", params={"count": len(stale),
                                                               "companies": ", ".join(stale[:10])}))
    counts = conn.execute(
        "SELECT i.id, i.added + i.conflicts, COUNT(a.id) FROM imports i "
        "LEFT JOIN assessments a ON a.import_id = i.id WHERE i.origin_file IS NULL AND i.updated = 0 "
        "GROUP BY i.id, i.added, i.conflicts").fetchall()
    for import_id, expected, found in counts:
        if found > expected:   # fewer is normal: resolving a conflict deletes the losing row
            report.problems.append(Problem("import_count_mismatch", params={
                "import": import_id, "expected": expected, "found": found}))
    report.counts = table_counts(conn)
    return report


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many companies, value chains, assessments, imports, toolkits and merges a file holds."""
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}


def check_file(path: Path | str, full: bool = True) -> CheckReport:
    """Check a project file without migrating or backing it up."""
    path = Path(path)
    if not path.exists():
        raise UserInputError("file_not_found", path=str(path))
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise UserInputError("not_a_project", path=str(path))
    from core.project import db
    conn = db.connect_plain(path) if db.writable(path) else db.connect_read_only(path)
    try:
        return check_connection(conn, str(path), full)
    except UserInputError:
        raise
    except sqlite3.DatabaseError as exc:
        return CheckReport(str(path), -1, [Problem("corrupt_database",
                                                         params={"path": str(path), "detail": str(exc)})])
    finally:
        conn.close()

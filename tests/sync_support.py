"""A programme built as a user builds it (from an empty project, through the command line) that
fills every kind of record the store keeps; and helpers to compare stores record by record."""
from __future__ import annotations

from pathlib import Path

from core.store import connect_store
from core.sync import records as rec


def run(*args) -> None:
    """``encadena ARGS`` in this process; it must succeed."""
    from encadena import launcher
    code = launcher.main([str(a) for a in args])
    assert code == 0, args


def full_programme(folder: Path) -> Path:
    """Two chains, surveyed suppliers, plans, KPIs with measurements, risks, certification,
    phases, a capability profile, a demand and a match: every record kind has rows."""
    from safety_support import programme
    folder.mkdir(parents=True, exist_ok=True)
    path = programme(folder, ids=["S1", "S2", "S3", "S4"], chain="Lácteos")
    p = str(path)
    run("company", "set", p, "B1", "--create", "--name", "Comprador Uno")
    run("company", "set", p, "S1", "--supplied-items", "Leche: 4")
    run("chain", "set", p, "Lácteos", "--anchor", "B1", "--start", "2026-01-10", "--default-phases")
    run("chain", "phase", p, "Lácteos", "diagnosis", "--actual-start", "2026-02-01")
    run("chain", "add", p, "Café", "--start", "2026-02-01")
    run("chain", "members", p, "Café", "--add", "S3", "S4")
    run("plan", "draft", p, "--company", "S1")
    run("plan", "action", "add", p, "--company", "S1", "--title", "Registro de ordeño",
        "--due", "2026-06-30")
    run("kpi", "add", p, "--company", "S1", "--name", "Litros por vaca", "--unit", "l",
        "--better", "up", "--baseline", "10", "--target", "14")
    run("kpi", "measure", p, "K01", "--company", "S1", "--date", "2026-03-01", "--value", "11")
    run("plan", "agree", p, "--company", "S1", "--date", "2026-02-15")
    run("plan", "action", "set", p, "A01", "--company", "S1", "--progress", "40",
        "--as-of", "2026-03-01")
    run("plan", "certify", p, "--company", "S2", "--decision", "not_yet")
    run("risk", "add", p, "--company", "S1", "--category", "quality", "--likelihood", "3",
        "--severity", "4", "--description", "Cadena de frío")
    run("risk", p, "--record", "--as-of", "2026-03-01")
    run("company", "capability", p, "S2", "--product", "Queso fresco", "--process", "Pasteurizado",
        "--cert", "BPM:2027-01-01", "--machine", "Tina:500 l:2019", "--code", "1050")
    run("demand", "add", p, "--buyer", "B1", "--title", "Queso para exportación",
        "--process", "Pasteurizado")
    run("match", "set", p, "D001", "S2", "--stage", "contacted", "--date", "2026-03-02")
    return path


def records_of(target) -> dict[str, dict[str, tuple[str, dict]]]:
    """Every record of a store (file or server URL) by table: key -> (hash, record)."""
    conn = connect_store(target, migrate=False)
    try:
        out = {}
        for table in rec.registry(_schema_source(conn)):
            out[table.name] = {k: (rec.record_hash(r), r)
                               for k, r in rec.read_records(conn, table).items()}
        return out
    finally:
        conn.close()


_SCHEMA = {}


def _schema_source(conn):
    """The SQLite schema the registry is read from (a server has none: a fresh file's)."""
    if getattr(conn, "backend", "sqlite") == "sqlite":
        return conn
    if "conn" not in _SCHEMA:
        import tempfile
        _SCHEMA["conn"] = connect_store(Path(tempfile.mkdtemp()) / "schema.encadena")
    return _SCHEMA["conn"]


def hashes(target) -> dict[str, dict[str, str]]:
    return {t: {k: h for k, (h, _) in rows.items()} for t, rows in records_of(target).items()}


def fill_settings(path: Path) -> None:
    """Rows in the tables no command above writes (settings, a risk decision, a quality flag),
    so that a test over every table sees each one travel."""
    conn = connect_store(path)
    try:
        assessment = conn.execute("SELECT id FROM assessments LIMIT 1").fetchone()[0]
        conn.executescript(f"""
            BEGIN;
            INSERT INTO risk_settings VALUES ('rules', '{{"rules": []}}', '2026-03-01T00:00:00+00:00');
            INSERT INTO plan_settings VALUES ('certification', '{{"min_index": 60}}', '2026-03-01');
            INSERT INTO quality_settings VALUES ('short_interview_minutes', 12, '2026-03-01');
            INSERT INTO directory_settings VALUES ('weights', '{{"band": 2}}');
            INSERT INTO classification_codes VALUES ('1050', 'Dairy', 'Lácteos', 'Laticínios');
            INSERT INTO risk_decisions (uid, company_id, risk_id, decision, decided_at)
                VALUES ('rd-1', 'S2', 'low_index:quality', 'dismiss', '2026-03-01');
            INSERT INTO quality_flags VALUES ({assessment}, 'flag.short_interview', '5', '12');
            COMMIT;""")
    finally:
        conn.close()

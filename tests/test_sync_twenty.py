"""Twenty consultants at once: each a process with its own replica, random edits through core's
real edit paths (and a survey import on some), syncs in random order; one client SIGKILLed right
after the server committed its push, one connection terminated in the middle of a push. In the
end every client and the server equal a serial replay of the pushes the server accepted, no
edit is lost, nothing is applied twice, and every conflict is a record another client changed."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from core.server.init import init_server
from core.store import connect_store
from core.sync import api
from core.sync import records as rec
from core.sync.serverside import Change, apply_changes
from sync_support import hashes, run

CLIENTS = 20
ROUNDS = 4
KILLED, CUT = 3, 7
WORKER = Path(__file__).resolve().parent / "sync_worker.py"


def _programme(folder: Path) -> Path:
    from safety_support import programme
    from test_project_support import answers, write_survey
    folder.mkdir(parents=True, exist_ok=True)
    path = programme(folder, ids=[f"S{i:02d}" for i in range(1, 9)], chain="Lácteos")
    for company in ("S01", "S02", "S03", "S04"):
        run("plan", "action", "add", path, "--company", company, "--title", "Registro",
            "--due", "2026-06-30")
        run("kpi", "add", path, "--company", company, "--name", "Litros", "--unit", "l",
            "--better", "up", "--baseline", "10", "--target", "14")
    for client in range(0, CLIENTS, 5):          # the survey each importing client brings
        write_survey(folder / f"survey{client}.xlsx",
                     [answers(f"N{client:02d}{i}") for i in range(2)])
    return path


def _consultants(url: str) -> list[str]:
    """Each client's own server user: a consultant of the chain when the server's roles and
    policies are there (row-level security checks every write), else the owner's URL."""
    import importlib.util
    if not importlib.util.find_spec("core.server.users"):
        return [url] * CLIENTS
    import uuid

    from core.server.users import add_user
    tag = uuid.uuid4().hex[:6]
    owner = connect_store(url, migrate=False)
    scheme, rest = url.split("://", 1)
    urls = []
    for i in range(CLIENTS):
        add_user(owner, f"c{i}_{tag}", "consultant", f"clave-{i}", ["Lácteos"])
        urls.append(f"{scheme}://c{i}_{tag}:clave-{i}@{rest.split('@', 1)[1]}")
    owner.close()
    return urls


def _terminate_when_asked(folder: Path, admin_url: str, stop: threading.Event, done: list):
    import psycopg
    while not stop.is_set():
        pid_file = folder / "pid"
        if pid_file.exists() and pid_file.read_text():
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute("SELECT pg_terminate_backend(%s)", (int(pid_file.read_text()),))
            done.append(int(pid_file.read_text()))
            return
        time.sleep(0.05)


def _worker(i: int, folder: Path, url: str, survey: bool, faults: bool = True):
    env = dict(os.environ)
    env.pop("SYNC_TEST_KILL", None)
    if i == KILLED and faults:
        env["SYNC_TEST_KILL"] = "1"
    if i == CUT:
        env["SYNC_TEST_TERMINATE"] = str(folder / "cut")
    args = [sys.executable, str(WORKER), str(folder / f"c{i}.encadena"), url,
            str(folder / f"c{i}.jsonl"), str(i), str(1000 + i), str(ROUNDS)]
    if survey:
        args += [str(folder / "src" / f"survey{i}.xlsx"), str(folder / "src" / "toolkit.xlsx")]
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@pytest.mark.slow
def test_twenty_clients_end_equal_to_a_serial_replay(tmp_path, pg_url, pg_admin_url):
    source = _programme(tmp_path / "src")
    initial = tmp_path / "initial.encadena"
    shutil.copy(source, initial)
    init_server(pg_url, source)
    urls = _consultants(pg_url)
    for i in range(CLIENTS):
        api.checkout(urls[i], tmp_path / f"c{i}.encadena")
    (tmp_path / "cut").mkdir()
    stop, cut = threading.Event(), []
    watcher = threading.Thread(target=_terminate_when_asked,
                               args=(tmp_path / "cut", pg_admin_url, stop, cut))
    watcher.start()
    workers = {i: _worker(i, tmp_path, urls[i], i % 5 == 0) for i in range(CLIENTS)}
    outputs = {i: w.communicate(timeout=300)[0].decode() for i, w in workers.items()}
    stop.set()
    watcher.join()
    codes = {i: w.returncode for i, w in workers.items()}
    assert codes[KILLED] == -9, outputs[KILLED]
    assert all(c == 0 for i, c in codes.items() if i != KILLED), outputs
    restarted = _worker(KILLED, tmp_path, urls[KILLED], False, faults=False)
    assert restarted.wait(timeout=120) == 0, restarted.communicate()[0].decode()
    assert cut, "the connection in the middle of a push was not terminated"
    journal = [json.loads(line) for i in range(CLIENTS)
               for line in (tmp_path / f"c{i}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(e["kind"] == "cut" and e["client"] == CUT for e in journal)

    for _ in range(3):        # everyone gets everyone's last changes (and decides, as they did)
        for i in range(CLIENTS):
            replica = tmp_path / f"c{i}.encadena"
            before = _last_seq(replica)
            api.sync(replica, url=urls[i])
            for conflict in api.conflicts(replica):
                journal.append({"kind": "conflict", "client": i, "table": conflict.table,
                                "record": conflict.record, "last_seq": before, "keep": "theirs"})
                api.resolve(replica, conflict.id, "theirs")
    for i in range(CLIENTS):
        state = api.status(tmp_path / f"c{i}.encadena")
        assert (state.waiting, state.conflicts) == (0, 0), (i, _waiting(tmp_path / f"c{i}.encadena"))

    reference = _serial_replay(initial, pg_url, tmp_path / "reference.encadena")
    server = hashes(pg_url)
    assert server == reference
    for i in range(CLIENTS):
        assert hashes(tmp_path / f"c{i}.encadena") == reference, i
    _no_edit_lost_and_none_twice(journal, pg_url)
    _conflicts_only_where_another_changed(journal, pg_url)


def _waiting(replica: Path) -> list:
    from core.sync.replica import local_changes
    conn = connect_store(replica)
    try:
        return sorted({(c.table, c.base is None, c.hash is None)
                       for c in local_changes(conn, rec.registry(conn))})
    finally:
        conn.close()


def _last_seq(replica: Path) -> int:
    conn = connect_store(replica)
    try:
        return conn.execute("SELECT last_seq FROM sync_state").fetchone()[0]
    finally:
        conn.close()


def _log(url: str) -> list[tuple]:
    conn = connect_store(url, migrate=False)
    rows = conn.raw.execute("SELECT seq, table_name, record_key, row_hash, row_data, push_id "
                            "FROM sync_log WHERE push_id <> 'init' ORDER BY seq").fetchall()
    conn.close()
    return rows


def _serial_replay(initial: Path, url: str, out: Path) -> dict:
    """The initial programme with the accepted pushes applied one after the other."""
    shutil.copy(initial, out)
    conn = connect_store(out)
    tables = rec.registry(conn)
    pushes: list[list[Change]] = []
    last = None
    for _, table, key, row_hash, data, push_id in _log(url):
        if push_id != last:
            pushes.append([])
            last = push_id
        pushes[-1].append(Change(table, key, None, row_hash, data))
    for changes in pushes:
        conn.execute("BEGIN")
        apply_changes(conn, tables, changes)
        conn.execute("COMMIT")
    from core.project.latest import refresh_latest
    refresh_latest(conn)
    conn.close()
    return hashes(out)


def _no_edit_lost_and_none_twice(journal: list[dict], url: str) -> None:
    log = _log(url)
    conn = connect_store(url, migrate=False)
    pushes = [r[0] for r in conn.raw.execute("SELECT push_id FROM sync_pushes").fetchall()]
    imported = conn.raw.execute("SELECT id FROM companies WHERE id LIKE 'N%'").fetchall()
    assessments = conn.raw.execute(
        "SELECT COUNT(*) FROM assessments WHERE company_id LIKE 'N%'").fetchone()[0]
    conn.close()
    assert len(pushes) == len(set(pushes))
    per_push = {}
    for _, table, key, *_rest, push_id in log:
        per_push.setdefault(push_id, []).append((table, key))
    assert all(len(v) == len(set(v)) for v in per_push.values())     # nothing applied twice
    importers = {e["client"] for e in journal if e["kind"] == "import"}
    assert len(imported) == 2 * len(importers) and assessments == 2 * len(importers)
    seen = {}
    for _, table, key, _h, data, _p in log:
        if data:
            seen.setdefault((table, key), []).append(json.loads(data))
    edits = [e for e in journal if e["kind"] == "edit"]
    for i, e in enumerate(edits):
        key = json.dumps(e["key"], ensure_ascii=False, separators=(",", ":"))
        applied = any(r.get(e["field"]) == e["value"] for r in seen.get((e["table"], key), []))
        overwritten = any(o["client"] == e["client"] and o["table"] == e["table"]
                          and o["key"] == e["key"] for o in edits[i + 1:])
        given_up = any(c["kind"] == "conflict" and c["client"] == e["client"]
                       and c["keep"] == "theirs" and c["table"] == e["table"]
                       and c["record"].endswith(" / ".join(str(v) for v in e["key"]))
                       for c in journal)
        assert applied or overwritten or given_up, (e, [j for j in journal
                                                        if j["client"] == e["client"]])


def _conflicts_only_where_another_changed(journal: list[dict], url: str) -> None:
    mine = {}
    for e in journal:
        if e["kind"] == "push":
            mine.setdefault(e["client"], set()).add(e["push_id"])
    log = _log(url)
    conflicts = [e for e in journal if e["kind"] == "conflict"]
    assert conflicts, "random edits on a small pool should have met"
    for c in conflicts:
        others = [r for r in log if r[0] > c["last_seq"] and r[1] == c["table"]
                  and f"{r[1]} {' / '.join(str(v) for v in json.loads(r[2]))}" == c["record"]
                  and r[5] not in mine.get(c["client"], set())]
        assert others, c

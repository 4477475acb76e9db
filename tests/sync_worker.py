"""One client of the 20-client sync test, run as its own process on its own replica file:
random edits through core's real edit paths (apply_edit; a survey import on some), syncs at
random moments, every edit and conflict written to a journal the test checks afterwards.

    python tests/sync_worker.py REPLICA URL JOURNAL CLIENT SEED ROUNDS [SURVEY TOOLKIT]

SYNC_TEST_KILL=1: SIGKILL itself right after the server committed its first push (before the
replica recorded the answer). SYNC_TEST_TERMINATE=DIR: in the middle of its first push, write its
server backend's pid to DIR/pid and wait for the test to terminate that connection.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.edits import Edit, apply_edit  # noqa: E402
from core.edits.build import update  # noqa: E402
from core.errors import UserInputError  # noqa: E402
from core.store import connect_store  # noqa: E402
from core.sync import api, serverside  # noqa: E402
from core.sync import push as pushing  # noqa: E402

EDITABLE = (("companies", "contact"), ("plan_actions", "notes"), ("plan_kpis", "notes"))


def journal(path: Path, **entry) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _hooks(client: int) -> None:
    real_receive, real_log = serverside.receive_push, serverside.write_log
    if os.environ.get("SYNC_TEST_KILL"):
        def receive_then_die(conn, tables, push_id, changes):
            answer = real_receive(conn, tables, push_id, changes)
            if changes:
                os.kill(os.getpid(), signal.SIGKILL)
            return answer
        pushing.receive_push = receive_then_die
    folder = os.environ.get("SYNC_TEST_TERMINATE")
    if folder:
        def log_and_wait(conn, changes, push_id):
            real_log(conn, changes, push_id)
            if changes and not (Path(folder) / "pid").exists():
                (Path(folder) / "pid").write_text(str(conn.raw.info.backend_pid))
                for _ in range(100):
                    time.sleep(0.1)
                    conn.raw.execute("SELECT 1")      # raises once the test cut the connection
        serverside.write_log = log_and_wait
    real_send = pushing.send

    def send_noted(conn, server, tables, state):
        journal(JOURNAL, kind="push", client=client, push_id=state.pending_push_id)
        return real_send(conn, server, tables, state)
    pushing.send = send_noted


def edit_something(replica: Path, rng: random.Random, client: int, n: int) -> None:
    conn = connect_store(replica)
    try:
        table, field = rng.choice(EDITABLE)
        keys = {"companies": ["id"], "plan_actions": ["company_id", "action_id"],
                "plan_kpis": ["company_id", "kpi_id"]}[table]
        rows = conn.execute(f"SELECT {', '.join(keys)} FROM {table} ORDER BY 1, 2"
                            if len(keys) > 1 else f"SELECT id FROM {table} WHERE id LIKE 'S%' "
                            "ORDER BY 1").fetchall()
        row = rng.choice(rows)
        key = dict(zip(keys, row))
        value = f"c{client}-{n}"
        edit = Edit("edit.company_set", tuple(update(conn, table, key, {field: value})),
                    "company", key.get("id") or key.get("company_id"))
        apply_edit(conn, edit, f"consultor{client}")
        journal(JOURNAL, kind="edit", client=client, table=table, key=list(row), field=field,
                value=value)
    finally:
        conn.close()


def import_survey(replica: Path, survey: Path, toolkit: Path, client: int) -> None:
    from core.project.store import Project
    with Project.open(replica, backups=False) as project:
        project.import_survey(survey, toolkit, assessed_on="2026-04-01", chain="Lácteos")
    journal(JOURNAL, kind="import", client=client)


def sync(replica: Path, url: str, rng: random.Random, client: int) -> None:
    conn = connect_store(replica)
    before = conn.execute("SELECT last_seq FROM sync_state").fetchone()[0]
    conn.close()
    for _attempt in range(5):
        try:
            api.sync(replica, url=url)
            break
        except UserInputError as exc:          # the connection was cut: sync again
            journal(JOURNAL, kind="cut", client=client, code=exc.code)
    for conflict in api.conflicts(replica):
        keep = rng.choice(["mine", "theirs"])
        journal(JOURNAL, kind="conflict", client=client, table=conflict.table,
                record=conflict.record, last_seq=before, keep=keep)
        api.resolve(replica, conflict.id, keep)


def main(argv: list[str]) -> int:
    global JOURNAL
    replica, url, JOURNAL, client, seed, rounds = (Path(argv[0]), argv[1], Path(argv[2]),
                                                   int(argv[3]), int(argv[4]), int(argv[5]))
    survey = Path(argv[6]) if len(argv) > 6 else None
    toolkit = Path(argv[7]) if len(argv) > 7 else None
    _hooks(client)
    rng = random.Random(seed)
    done = sum(1 for line in JOURNAL.open(encoding="utf-8") if '"kind": "round"' in line) \
        if JOURNAL.exists() else 0
    if done:                                   # restarted after a kill: first sync what waits
        sync(replica, url, rng, client)
    for n in range(done, rounds):
        for k in range(rng.randint(1, 3)):
            edit_something(replica, rng, client, n * 10 + k)
        if survey and n == 1:
            import_survey(replica, survey, toolkit, client)
        if rng.random() < 0.7:
            time.sleep(rng.random() * 0.3)
            sync(replica, url, rng, client)
        journal(JOURNAL, kind="round", client=client, n=n)
    sync(replica, url, rng, client)
    return 0


JOURNAL = Path()

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

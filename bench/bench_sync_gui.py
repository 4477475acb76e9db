"""The manager's dashboard of a server programme with 5,000 suppliers: from launching the
workbench to a usable companies table and dashboard, (1) the first time (checkout from the
server into the data folder, then open) and (2) later (open the local copy and sync on open,
pulling 100 records another user changed). Target < 3 s for both. Baseline: the same programme
as a plain file (``encadena --smoke --timings FILE``), measured in the same run; ratios printed.

Needs a PostgreSQL server: ``ENCADENA_TEST_PG_URL`` (a user who may create databases and roles),
else a private throw-away cluster (the machine's initdb/pg_ctl, as the tests do).

Run: ``.venv/bin/python bench/bench_sync_gui.py [--suppliers 5000] [--repeat 2]`` (offscreen).
"""
from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import run_child  # noqa: E402

TARGET_S = 3.0
READY = re.compile(r"ready in ([0-9.]+) s")

# The workbench as the manager starts it: File ▸ Open server programme…, until usable.
MANAGER = """
import sys, time
from gui.timings import process_start
start = process_start()
from gui.app import build
app, context, window, args = build(["--language", "es"])
window.resize(1280, 800)
window.show()
from gui.sync.replicas import ServerAddress
window.show_error = lambda exc: (print("error", exc, file=sys.stderr), sys.exit(1))
window.sync_actions._show_failure = window.show_error
window.sync_actions.open_server(ServerAddress.from_url(sys.argv[1]), sys.argv[2], None, False)
controller = window.sync_actions.controller
from gui.timings import _dashboard_ready, _table_ready
companies, dashboard = window.views["companies"], window.views["dashboard"]
looked, end = None, time.monotonic() + 300
while time.monotonic() < end:
    app.processEvents()
    session = context.session
    if session.is_open and looked is None:       # as a manager does: the table, then the dashboard
        dashboard.source.request()
        window.show_view("companies")
        looked = "companies"
    if looked == "companies" and _table_ready(companies, session):
        window.show_view("dashboard")
        looked = "dashboard"
    if (looked == "dashboard" and controller.task is None and not controller.syncing
            and context.runner.active() == 0 and _table_ready(companies, session)
            and _dashboard_ready(dashboard)):
        break
    time.sleep(0.002)
else:
    sys.exit("not usable after 300 s")
result = controller.last_result
print(f"companies {len(context.session.companies())} pulled {result.pulled if result else 0}")
print(f"ready in {time.time() - start:.2f} s")
window.close()
"""


def server_url() -> tuple[str, object]:
    """An admin URL and the cluster to stop afterwards (None when given one)."""
    from pg_support import ENV_URL, PrivateCluster
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL], None
    cluster = PrivateCluster()
    return cluster.start(), cluster


def programme(folder: Path, suppliers: int) -> Path:
    """A programme of ``suppliers`` companies surveyed once (the synthetic 60-item toolkit)."""
    from make_survey import bench_files

    from core.project import Project
    toolkit, survey = bench_files(suppliers)
    path = folder / f"programa-{suppliers}.encadena"
    project = Project.create(path, "Programa de la cámara", country="CR")
    try:
        project.import_survey(survey, toolkit, chain="Cadena láctea", round=1,
                              assessed_on="2026-03-02")
    finally:
        project.close()
    return path


def as_user(url: str, name: str, password: str) -> str:
    parts = urlsplit(url)
    who = f"{name}:{password}" if password else name
    return f"postgresql://{who}@{parts.hostname}:{parts.port}{parts.path}"


def others_change(url: str, folder: Path, records: int) -> None:
    """Another manager renames ``records`` companies and syncs (what the next open pulls)."""
    from core.sync import api
    replica = folder / f"otro-{uuid.uuid4().hex[:6]}.encadena"
    api.checkout(url, replica)
    conn = sqlite3.connect(replica)
    with conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM companies ORDER BY id LIMIT ?", (records,))]
        conn.executemany("UPDATE companies SET name = name || ' (revisado)' WHERE id = ?",
                         [(i,) for i in ids])
    conn.close()
    api.sync(replica, url=url)


def workbench(url: str, password: str, data_dir: Path) -> tuple[float, str]:
    env = dict(os.environ, ENCADENA_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PGPASSFILE=str(data_dir / "pgpass.conf"))
    run = run_child([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n{MANAGER}",
                     url, password], env)
    lines = run.stdout.strip().splitlines()
    found = READY.search(lines[-1]) if lines else None
    if run.returncode != 0 or found is None:
        raise RuntimeError(f"workbench run failed: {run.stdout[-1000:]}{run.stderr[-3000:]}")
    return float(found.group(1)), lines[0]


def plain_open(path: Path, data_dir: Path) -> float:
    env = dict(os.environ, ENCADENA_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    run = run_child([sys.executable, "-m", "encadena", "--smoke", "--timings", str(path)], env)
    found = READY.search(run.stdout) if run.returncode == 0 else None
    if found is None:
        raise RuntimeError(f"timings run failed: {run.stderr[-2000:]}")
    return float(found.group(1))


def main(argv: list[str] | None = None) -> int:
    from core.server.init import init_server
    from core.server.users import add_user
    from core.store import connect_store
    from pg_support import create_database, drop_database
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--suppliers", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--changed", type=int, default=100, help="records others change between opens")
    parser.add_argument("--json", action="store_true", help="also print the figures as a JSON line")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="encadena-bench-sync-"))
    admin, cluster = server_url()
    name, url = create_database(admin)
    try:
        source = programme(folder, args.suppliers)
        init_server(url, source)
        manager = f"gerencia_{uuid.uuid4().hex[:6]}"
        owner = connect_store(url, migrate=False)
        add_user(owner, manager, "manager", "clave-gerencia")
        owner.close()
        manager_url = as_user(url, manager, "clave-gerencia")
        baseline = min(plain_open(source, folder / "plain") for _ in range(args.repeat))
        first, later, notes = [], [], []
        for n in range(args.repeat):
            data_dir = folder / f"data-{n}"
            seconds, note = workbench(as_user(url, manager, ""), "clave-gerencia", data_dir)
            first.append(seconds)
            others_change(manager_url, folder, args.changed)
            seconds, note = workbench(as_user(url, manager, ""), "clave-gerencia", data_dir)
            later.append(seconds)
            notes.append(note)
        for label, figures in (("first time: checkout + open", first),
                               (f"later: open + sync ({args.changed} records pulled)", later)):
            best = min(figures)
            print(f"manager's dashboard, {args.suppliers:,} suppliers, {label}: {best:.2f} s "
                  f"(runs {', '.join(f'{f:.2f}' for f in figures)}); baseline plain file "
                  f"{baseline:.2f} s, ratio {best / baseline:.2f}; target < {TARGET_S:.0f} s: "
                  f"{'ok' if best < TARGET_S else 'MISSED'}")
        print(f"last run: {notes[-1]}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        if args.json:
            import json
            print(json.dumps({"first_s": min(first), "later_s": min(later), "baseline_s": baseline,
                              "suppliers": args.suppliers, "load": os.getloadavg()[0]}))
        return 0 if min(first) < TARGET_S and min(later) < TARGET_S else 1
    finally:
        drop_database(admin, name)
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())

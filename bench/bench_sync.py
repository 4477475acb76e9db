"""Benchmark: a sync of 1,000 changed records over loopback (target < 2 s), on a programme of
50 consultants x 100 suppliers (5,000 suppliers, each with a plan of two actions).

A consultant's replica holds one chain (100 suppliers). 1,000 records change in it (100 company
records, 200 plan actions edited; 700 supplied items added); the sync pushes them in one server
transaction and pulls the log back. A second replica of the same chain then pulls the 1,000.
Baseline: the least the feature must do over the same connection: one executemany of 1,000
rows of the same width into a plain table, and reading them back.

    python bench/bench_sync.py [--repeat 3] [--json]

Uses ENCADENA_TEST_PG_URL (a server the benchmark may create databases on), else starts a
private PostgreSQL cluster like the tests do (Debian's postgresql package).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from core.project.store import Project  # noqa: E402
from core.server.init import init_server  # noqa: E402
from core.store import connect_store  # noqa: E402
from core.sync import api  # noqa: E402

TARGET_S = 2.0
CHAINS, SUPPLIERS = 50, 100
NOW = "2026-03-01T00:00:00+00:00"


def programme(path: Path) -> Path:
    """5,000 suppliers in 50 chains, each with a plan of two actions (written in one go)."""
    Project.create(path, "Programa nacional", country="CR", backups=False).close()
    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    for c in range(CHAINS):
        conn.execute("INSERT INTO value_chains (uid, name, created_at) VALUES (?, ?, ?)",
                     (str(uuid.uuid4()), f"Cadena {c:02d}", NOW))
        chain = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        for s in range(SUPPLIERS):
            cid = f"S{c:02d}{s:03d}"
            conn.execute("INSERT INTO companies (id, name, employees, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?)", (cid, f"Proveedor {cid}", 10 + s, NOW, NOW))
            conn.execute("INSERT INTO chain_members (chain_id, company_id) VALUES (?, ?)",
                         (chain, cid))
            conn.execute("INSERT INTO plans (company_id, uid, updated_at) VALUES (?, ?, ?)",
                         (cid, str(uuid.uuid4()), NOW))
            for a in (1, 2):
                conn.execute("INSERT INTO plan_actions (uid, company_id, action_id, position, "
                             "title, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                             (str(uuid.uuid4()), cid, f"A{a:02d}", a, "Acción", NOW))
    conn.execute("COMMIT")
    conn.close()
    return path


def change_1000(replica: Path, round_: int) -> None:
    conn = connect_store(replica)
    conn.execute("BEGIN")
    conn.execute("UPDATE companies SET contact = ? WHERE id LIKE 'S00%'", (f"r{round_}",))
    conn.execute("UPDATE plan_actions SET notes = ? WHERE company_id LIKE 'S00%'", (f"r{round_}",))
    rows = [(f"S00{s:03d}", f"Insumo {round_}-{i}", 3) for s in range(SUPPLIERS) for i in range(7)]
    conn.executemany("INSERT INTO supplied_items VALUES (?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()


def floor(url: str) -> float:
    """executemany of 1,000 rows of 8 columns into a plain table, then reading them back."""
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE floor (a text, b text, c text, d text, e text, f text, "
                     "g text, h text)")
        rows = [tuple(f"{i}-{j}" for j in range(8)) for i in range(1000)]
        t = time.perf_counter()
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany("INSERT INTO floor VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", rows)
        conn.execute("SELECT * FROM floor").fetchall()
        return time.perf_counter() - t


def server_url() -> tuple[str, object]:
    from pg_support import ENV_URL, PrivateCluster, create_database
    cluster = None
    admin = os.environ.get(ENV_URL)
    if not admin:
        cluster = PrivateCluster()
        admin = cluster.start()
    _, url = create_database(admin)
    return url, cluster


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    url, cluster = server_url()
    try:
        t = time.perf_counter()
        source = programme(folder / "programme.encadena")
        built = time.perf_counter() - t
        t = time.perf_counter()
        init_server(url, source)
        init_s = time.perf_counter() - t
        t = time.perf_counter()
        api.checkout(url, folder / "ana.encadena", ["Cadena 00"])
        checkout_s = time.perf_counter() - t
        api.checkout(url, folder / "beto.encadena", ["Cadena 00"])
        pushes, pulls = [], []
        for r in range(args.repeat):
            change_1000(folder / "ana.encadena", r)
            t = time.perf_counter()
            done = api.sync(folder / "ana.encadena", url=url)
            pushes.append(time.perf_counter() - t)
            assert done.pushed == 1000, done
            t = time.perf_counter()
            got = api.sync(folder / "beto.encadena", url=url)
            pulls.append(time.perf_counter() - t)
            assert got.pulled == 1000, got
        base = min(floor(url) for _ in range(args.repeat))
        result = {"sync_push_s": min(pushes), "sync_pull_s": min(pulls), "baseline_s": base,
                  "init_5000_s": init_s, "checkout_chain_s": checkout_s, "build_s": built,
                  "target_s": TARGET_S, "met": max(min(pushes), min(pulls)) < TARGET_S}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if cluster is not None:
            cluster.stop()
    if args.json:
        print(json.dumps(result))
    else:
        for name in ("sync_push_s", "sync_pull_s"):
            print(f"{name}: {result[name]:.3f} s  baseline {base:.3f} s  ratio "
                  f"{result[name] / base:.1f}x  target < {TARGET_S:.0f} s")
        print(f"server init of 5,000 suppliers: {init_s:.2f} s; checkout of a chain: "
              f"{checkout_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

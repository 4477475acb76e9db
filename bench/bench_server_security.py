"""Benchmark: what row-level security costs on a programme server of 50 chains x 100 suppliers.

Builds the programme in a new database (5,000 suppliers, 3 plan actions and 5 audit rows each, one
sync-log entry per record), secures it, adds a consultant (one chain) and a manager, and times the
reads a checkout, a pull and the manager's dashboard make, and the 1,000 one-row upserts of a push
— on the owner's connection (a superuser: no policies), the manager's and the consultant's. Needs a PostgreSQL server:

    python bench/bench_server_security.py --admin-url postgresql://... [--repeat 3] [--json]

(``ENCADENA_TEST_PG_URL`` is used when ``--admin-url`` is not given.)
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import psycopg  # noqa: E402

from core.server import users  # noqa: E402
from core.server.credentials import with_user  # noqa: E402
from core.server.security import apply_security, group_roles  # noqa: E402
from core.store import connect_store  # noqa: E402

CHAINS, SUPPLIERS = 50, 100
READS = {
    "companies": "SELECT * FROM companies",
    "plan_actions": "SELECT * FROM plan_actions",
    "audit_log": "SELECT * FROM audit_log",
    "sync_log since 0": "SELECT * FROM sync_log WHERE seq > 0 ORDER BY seq",
}


def build(conn) -> None:
    """The programme, written in bulk on the owner's connection."""
    raw = conn.raw
    now = "2026-01-01T00:00:00+00:00"
    with raw.transaction():
        raw.execute("INSERT INTO programme (uid, name, country, currency, usd_rate, created_at) "
                    "VALUES ('bench', 'Bench', 'CR', 'CRC', 500, %s)", (now,))
        with raw.cursor() as cur:
            companies, members, actions, audit, log = [], [], [], [], []
            for c in range(CHAINS):
                anchor = f"A{c:02d}"
                companies.append((anchor, f"Ancla {c}", "buyer", now, now))
                chain_uid = f"chain-{c}"
                cur.execute("INSERT INTO value_chains (uid, name, anchor_id, created_at) VALUES "
                            "(%s, %s, NULL, %s)", (chain_uid, f"Cadena {c}", now))
                for s in range(SUPPLIERS):
                    cid = f"S{c:02d}{s:03d}"
                    companies.append((cid, f"Proveedor {cid}", "supplier", now, now))
                    members.append((chain_uid, cid))
                    log.append(("companies", json.dumps([cid]), "h", cid, None))
                    for a in range(3):
                        actions.append((cid, f"A{a}", a, f"Acción {a}", str(uuid.uuid4()), now))
                        log.append(("plan_actions", json.dumps([cid, f"A{a}"]), "h", cid, None))
                    for _ in range(5):
                        audit.append((str(uuid.uuid4()), "e", now, "bench", "edit.x", "company",
                                      cid, "companies", "{}"))
            cur.executemany("INSERT INTO companies (id, name, role, created_at, updated_at) "
                            "VALUES (%s, %s, %s, %s, %s)", companies)
            cur.executemany("INSERT INTO chain_members (chain_id, company_id) SELECT id, %s "
                            "FROM value_chains WHERE uid = %s", [(m[1], m[0]) for m in members])
            for c in range(CHAINS):
                cur.execute("UPDATE value_chains SET anchor_id = %s WHERE uid = %s",
                            (f"A{c:02d}", f"chain-{c}"))
            cur.executemany("INSERT INTO plans (company_id, uid, updated_at) VALUES (%s, %s, %s)",
                            [(m[1], str(uuid.uuid4()), now) for m in members])
            cur.executemany("INSERT INTO plan_actions (company_id, action_id, position, title, uid, "
                            "updated_at) VALUES (%s, %s, %s, %s, %s, %s)", actions)
            cur.executemany("INSERT INTO audit_log (uid, edit_uid, at, who, action, subject_kind, "
                            "subject_id, table_name, record_key) VALUES "
                            "(%s, %s, %s, %s, %s, %s, %s, %s, %s)", audit)
        apply_security(conn)       # creates sync_log
        with raw.cursor() as cur:
            cur.executemany("INSERT INTO sync_log (table_name, record_key, row_hash, push_id, "
                            "company_id, chain_uid) VALUES (%s, %s, %s, 'bench', %s, %s)", log)
        raw.execute("ANALYZE")


def timed(conn, sql: str, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = len(conn.execute(sql).fetchall())
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin-url", default=os.environ.get("ENCADENA_TEST_PG_URL"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.admin_url:
        parser.error("a PostgreSQL server is needed: --admin-url or ENCADENA_TEST_PG_URL")
    from pg_support import create_database, drop_database
    name, url = create_database(args.admin_url)
    tag = name[-8:]
    people = {"consultant": f"bench_c_{tag}", "manager": f"bench_m_{tag}"}
    conn = connect_store(url)
    try:
        build(conn)
        start = time.perf_counter()
        apply_security(conn)
        figures = {"apply_security_s": round(time.perf_counter() - start, 3)}
        users.add_user(conn, people["consultant"], "consultant", "pw", ["Cadena 7"])
        users.add_user(conn, people["manager"], "manager", "pw")
        conns = {"owner": psycopg.connect(url, autocommit=True)}
        for kind, role in people.items():
            conns[kind] = psycopg.connect(with_user(url, role, "pw"), autocommit=True)
        for label, sql in READS.items():
            for who, c in conns.items():
                seconds, rows = timed(c, sql, args.repeat)
                figures[f"{label} / {who}"] = {"s": round(seconds, 4), "rows": rows}
        # what a push does: 1,000 one-row upserts in one transaction (1 chain: 100 suppliers)
        upsert = ("INSERT INTO plan_actions (company_id, action_id, position, title, uid, "
                  "updated_at) VALUES (%s, %s, %s, %s, %s, 'now') ON CONFLICT "
                  "(company_id, action_id) DO UPDATE SET title = excluded.title")
        for who in ("owner", "consultant"):
            times = []
            for r in range(args.repeat):
                rows = [(f"S07{s:03d}", f"U{a}", a, f"{who}{r}", str(uuid.uuid4()))
                        for s in range(SUPPLIERS) for a in range(10)]
                start = time.perf_counter()
                with conns[who].transaction(), conns[who].cursor() as cur:
                    cur.executemany(upsert, rows)
                times.append(time.perf_counter() - start)
            figures[f"1,000 upserts / {who}"] = {"s": round(statistics.median(times), 3)}
        for c in conns.values():
            c.close()
        roles = list(group_roles(conn).values())
    finally:
        conn.close()
        drop_database(args.admin_url, name)
        with psycopg.connect(args.admin_url, autocommit=True) as admin:
            for role in [*people.values(), *locals().get("roles", [])]:
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:40s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

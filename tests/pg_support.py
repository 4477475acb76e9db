"""A PostgreSQL server for the tests: the one ``ENCADENA_TEST_PG_URL`` names (``.ci/run`` starts
one), else a private cluster started here in a temporary folder with the machine's ``initdb`` and
``pg_ctl`` (Debian's postgresql package). Each test gets its own fresh database."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

ENV_URL = "ENCADENA_TEST_PG_URL"


def find_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateCluster:
    """A throw-away cluster on 127.0.0.1 (as the ``postgres`` user when run as root, since the
    server refuses to run as root)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="encadena-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = "encadena_test"
        self.password = uuid.uuid4().hex

    def _as_owner(self, argv: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *argv]
        return argv

    def start(self) -> str:
        initdb, pg_ctl = find_tool("initdb"), find_tool("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL's initdb/pg_ctl not found (apt-get install postgresql)")
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        pwfile = self.folder / "pw"
        pwfile.write_text(self.password)
        if os.geteuid() == 0:
            shutil.chown(pwfile, "postgres")
        subprocess.run(self._as_owner([initdb, "-D", str(self.data), "-U", self.user,
                                       "--pwfile", str(pwfile), "-A", "scram-sha-256",
                                       "-E", "UTF8", "--locale", "C.UTF-8"]),
                       check=True, capture_output=True)
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        subprocess.run(self._as_owner([pg_ctl, "-D", str(self.data), "-o", options, "-w",
                                       "-l", str(self.folder / "log"), "start"]),
                       check=True, capture_output=True)
        return f"postgresql://{self.user}:{self.password}@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        pg_ctl = find_tool("pg_ctl")
        if pg_ctl and self.data.exists():
            subprocess.run(self._as_owner([pg_ctl, "-D", str(self.data), "-m", "immediate",
                                           "stop"]), capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def with_database(admin_url: str, name: str) -> str:
    """``admin_url`` pointing at database ``name`` instead."""
    base, _, _ = admin_url.rpartition("/")
    return f"{base}/{name}"


def create_database(admin_url: str, template: str | None = None) -> tuple[str, str]:
    """A new database, empty or a copy of ``template``: (its name, its URL)."""
    import psycopg
    name = "t_" + uuid.uuid4().hex[:16]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"'
                     + (f' TEMPLATE "{template}"' if template else ""))
    return name, with_database(admin_url, name)


def migrated_template(admin_url: str) -> str:
    """A database holding the migrated schema, to copy (copying is ~10x quicker than migrating)."""
    from core.store import connect_store
    name, url = create_database(admin_url)
    connect_store(url).close()
    return name


def drop_database(admin_url: str, name: str) -> None:
    import psycopg
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

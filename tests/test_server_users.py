"""The programme's people on the command line (in Spanish), run by a database owner who is not a
superuser (only CREATEROLE, as a chamber's DBA would set it up), and where passwords live."""
from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from core.cli.main import main
from core.errors import UserInputError
from core.server import credentials
from core.server.security import apply_security, group_roles
from core.store import connect_store
from test_server_security import build_programme

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, monkeypatch, *args, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(a) for a in args] + ["--language", "es"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def owned(pg_admin_url):
    """A programme database owned by a role with CREATEROLE only, migrated, built and secured
    as that owner. Yields (owner URL, a tag to name users with)."""
    from pg_support import with_database
    tag = uuid.uuid4().hex[:8]
    owner, password, database = f"dueno_{tag}", uuid.uuid4().hex, f"camara_{tag}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE PASSWORD \'{password}\'')
        admin.execute(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    url = credentials.with_user(with_database(pg_admin_url, database), owner, password)
    conn = connect_store(url)
    build_programme(conn)
    apply_security(conn)
    groups = list(group_roles(conn).values())
    conn.close()
    yield url, tag
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        made = [r[0] for r in admin.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%{tag}%",)).fetchall()]
        for role in [*made, *groups, owner]:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def companies_seen(url: str, user: str, password: str) -> list[str]:
    with psycopg.connect(credentials.with_user(url, user, password), autocommit=True) as conn:
        return sorted(r[0] for r in conn.execute("SELECT id FROM companies").fetchall())


def roles_like(admin_url: str, tag: str) -> list[str]:
    with psycopg.connect(admin_url, autocommit=True) as admin:
        return sorted(r[0] for r in admin.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"%{tag}%",)).fetchall())


def test_add_a_consultant_with_a_password_on_standard_input(owned, capsys, monkeypatch,
                                                            pg_admin_url):
    url, tag = owned
    ana = f"ana_{tag}"
    code, out, err = run(capsys, monkeypatch, "server", "user", "add", url, ana,
                         "--role", "consultant", "--chains", "lácteos", "--password-stdin",
                         stdin="clave-de-ana\n")
    assert (code, err) == (0, "")
    assert f"Usuario {ana} creado (consultor; cadenas: lácteos)." in out
    assert "clave-de-ana" not in out and "Contraseña" not in out
    assert f"Se conecta con: postgresql://{ana}@" in out
    assert companies_seen(url, ana, "clave-de-ana") == ["ANC", "S1", "S2"]
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        stored = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                               (ana,)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and "clave-de-ana" not in stored


def test_a_generated_password_is_shown_once_and_works(owned, capsys, monkeypatch):
    url, tag = owned
    marta = f"marta_{tag}"
    code, out, _ = run(capsys, monkeypatch, "server", "user", "add", url, marta,
                       "--role", "manager")
    assert code == 0
    line = next(ln for ln in out.splitlines() if ln.startswith("Contraseña"))
    password = line.rsplit(": ", 1)[1]
    assert len(password) >= 20 and out.count(password) == 1
    assert len(companies_seen(url, marta, password)) == 7
    code, out, _ = run(capsys, monkeypatch, "server", "user", "list", url)
    assert code == 0 and password not in out and f"{marta}\tgestor\t-" in out


def test_list_change_chains_and_remove(owned, capsys, monkeypatch, pg_admin_url):
    url, tag = owned
    beto = f"beto_{tag}"
    assert run(capsys, monkeypatch, "server", "user", "add", url, beto, "--role", "consultant",
               "--chains", "Café", "--password-stdin", stdin="b\n")[0] == 0
    assert companies_seen(url, beto, "b") == ["BUY", "S3", "S4"]
    code, out, _ = run(capsys, monkeypatch, "server", "user", "chains", url, beto,
                       "--chains", "Café, Lácteos")
    assert code == 0 and "trabaja ahora en" in out
    assert len(companies_seen(url, beto, "b")) == 6
    code, out, _ = run(capsys, monkeypatch, "server", "user", "list", url)
    assert f"{beto}\tconsultor\tCafé, Lácteos" in out
    still_open = psycopg.connect(credentials.with_user(url, beto, "b"), autocommit=True)
    code, out, _ = run(capsys, monkeypatch, "server", "user", "remove", url, beto)
    assert code == 0 and "eliminado" in out
    with pytest.raises(psycopg.errors.InsufficientPrivilege):     # an open session loses it too
        still_open.execute("SELECT id FROM companies")
    still_open.close()
    assert beto not in roles_like(pg_admin_url, tag)
    with pytest.raises(psycopg.OperationalError):
        companies_seen(url, beto, "b")


def test_refusals_exit_2_in_spanish_and_change_nothing(owned, capsys, monkeypatch, pg_admin_url):
    url, tag = owned
    ana = f"ana_{tag}"
    assert run(capsys, monkeypatch, "server", "user", "add", url, ana, "--role", "consultant",
               "--chains", "Lácteos", "--password-stdin", stdin="a\n")[0] == 0
    before = roles_like(pg_admin_url, tag)
    owner = credentials.parse(url).user
    cases = [
        (["add", url, f"x_{tag}", "--role", "consultant", "--chains", "Azúcar",
          "--password-stdin"], "a\n", "no tiene ninguna cadena de valor llamada \"Azúcar\""),
        (["add", url, ana, "--role", "manager", "--password-stdin"], "a\n", "ya tiene un usuario"),
        (["add", url, f"x_{tag}", "--role", "funder", "--chains", "Café", "--password-stdin"],
         "a\n", "Solo a los consultores"),
        (["add", url, f"x_{tag}", "--role", "manager", "--password-stdin"], "", "contraseña"),
        (["add", url, 'x"y', "--role", "manager"], None, "no puede ser un nombre de usuario"),
        (["remove", url, owner], None, "no es un usuario de este programa"),
        (["remove", url, "postgres"], None, "no es un usuario de este programa"),
        (["chains", url, f"nadie_{tag}", "--chains", "Café"], None, "no es un usuario"),
    ]
    for args, stdin, expected in cases:
        code, out, err = run(capsys, monkeypatch, "server", "user", *args, stdin=stdin)
        assert code == 2, (args, out, err)
        assert expected in err and "Traceback" not in err, (args, err)
    assert roles_like(pg_admin_url, tag) == before
    assert companies_seen(url, ana, "a") == ["ANC", "S1", "S2"]


def test_a_consultant_cannot_add_users(owned, capsys, monkeypatch):
    url, tag = owned
    ana = f"ana_{tag}"
    assert run(capsys, monkeypatch, "server", "user", "add", url, ana, "--role", "consultant",
               "--chains", "Lácteos", "--password-stdin", stdin="a\n")[0] == 0
    as_ana = credentials.with_user(url, ana, "a")
    code, _, err = run(capsys, monkeypatch, "server", "user", "add", as_ana, f"eve_{tag}",
                       "--role", "manager", "--password-stdin", stdin="e\n")
    assert code == 2 and "no puede crear ni eliminar usuarios" in err


def test_an_unreachable_server_is_named_without_its_password(capsys, monkeypatch):
    url = "postgresql://dueno:muy-secreta@127.0.0.1:1/camara"
    code, _, err = run(capsys, monkeypatch, "server", "user", "list", url)
    assert code == 2 and "No se pudo conectar" in err
    assert "muy-secreta" not in err and "dueno@127.0.0.1:1/camara" in err


def test_the_password_is_not_in_the_process_list(owned, pg_admin_url):
    url, tag = owned
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "encadena.launcher", "server", "user", "add",
         credentials.without_password(url), f"ana_{tag}", "--role", "consultant",
         "--chains", "Lácteos", "--password-stdin", "--language", "es"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        env={**env, "PGPASSWORD": credentials.parse(url).password}, text=True)
    secret = "secreto-en-stdin"
    process.stdin.write(secret + "\n")
    process.stdin.close()
    snapshots = []                 # what anyone on the machine sees while the command runs
    while process.poll() is None:
        snapshots.append(subprocess.run(["ps", "-eww", "-o", "args"], capture_output=True,
                                        text=True).stdout)
    assert process.returncode == 0, process.stderr.read()
    seen = [s for s in snapshots if f"ana_{tag}" in s]
    assert seen and not any(secret in s for s in snapshots)
    assert companies_seen(url, f"ana_{tag}", secret) == ["ANC", "S1", "S2"]


# -- addresses and libpq's password file ------------------------------------------------------

@pytest.mark.parametrize("url, expected", [
    ("postgresql://ana:s3cr%3At@db.camara.org:5433/prog?sslmode=verify-full",
     "postgresql://ana@db.camara.org:5433/prog?sslmode=verify-full"),
    ("postgresql://ana@db/prog?password=x&sslmode=require", "postgresql://ana@db/prog?sslmode=require"),
    ("postgres://db/prog", "postgres://db/prog"),
    ("host=db dbname=prog user=ana password=x", "host=db dbname=prog user=ana"),
])
def test_without_password(url, expected):
    assert credentials.without_password(url) == expected


def test_parse_and_bad_addresses():
    address = credentials.parse("postgresql://ana:pw@db.camara.org/prog")
    assert (address.host, address.port, address.database, address.user, address.password) == (
        "db.camara.org", 5432, "prog", "ana", "pw")
    with pytest.raises(UserInputError) as refused:
        credentials.parse("postgresql://ana:pw@db:notaport/prog?sslmode")
    assert "pw" not in str(refused.value.params)


def test_the_password_file_is_private_and_libpq_reads_it(owned, tmp_path, monkeypatch):
    url, _ = owned
    password = credentials.parse(url).password
    target = tmp_path / "pgpass.conf"
    monkeypatch.setenv("PGPASSFILE", str(target))
    assert credentials.password_file() == target
    bare = credentials.without_password(url)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(bare).close()
    credentials.remember_password(bare, "old:pw\\x")
    credentials.remember_password(bare, password)          # replaces the older line
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(target.read_text().splitlines()) == 1
    assert credentials.stored_password(bare) == password
    with psycopg.connect(bare) as conn:                    # libpq found it, as psql would
        assert conn.execute("SELECT 1").fetchone() == (1,)
    credentials.remember_password("postgresql://x@h:1/d", "a:b\\c")
    assert credentials.stored_password("postgresql://x@h:1/d") == "a:b\\c"
    assert credentials.forget_password(bare) and credentials.stored_password(bare) is None


def test_generated_passwords_differ():
    passwords = {credentials.generate_password() for _ in range(50)}
    assert len(passwords) == 50 and all(len(p) >= 20 for p in passwords)


def test_a_replica_holds_neither_the_password_nor_other_chains(pg_admin_url, tmp_path, capsys,
                                                               monkeypatch):
    """As a chamber does it: the owner puts a programme built on the command line on the
    server and adds Ana (Lácteos) with a password on standard input; Ana keeps her password in
    libpq's password file and checks out: her replica has her chain only and no password."""
    pytest.importorskip("core.server.init")          # the sync engine (issue 18, 18b)
    from pg_support import with_database
    tag = uuid.uuid4().hex[:8]
    owner, database = f"dueno_{tag}", f"camara_{tag}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{owner}" LOGIN CREATEROLE PASSWORD \'dueno-pw\'')
        admin.execute(f'CREATE DATABASE "{database}" OWNER "{owner}"')
    url = credentials.with_user(with_database(pg_admin_url, database), owner, "dueno-pw")
    ana, secret = f"ana_{tag}", "clave-secreta-de-ana"
    try:
        project = tmp_path / "Programa.encadena"
        steps = [["project", "create", project, "--name", "PDP", "--country", "CR"]]
        steps += [["company", "set", project, c, "--create", "--name", f"Empresa {c}"]
                  for c in ("ANC", "S1", "S2", "BUY", "S3")]
        steps += [["chain", "add", project, "Lácteos", "--anchor", "ANC"],
                  ["chain", "members", project, "Lácteos", "--add", "S1", "S2"],
                  ["chain", "add", project, "Café", "--anchor", "BUY"],
                  ["chain", "members", project, "Café", "--add", "S3"],
                  ["server", "init", url, "--from", project]]
        for step in steps:
            assert run(capsys, monkeypatch, *step)[0] == 0, step
        assert run(capsys, monkeypatch, "server", "user", "add", url, ana, "--role",
                   "consultant", "--chains", "Lácteos", "--password-stdin",
                   stdin=secret + "\n")[0] == 0
        monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
        mine = credentials.with_user(url, ana)
        credentials.remember_password(mine, secret)
        replica = tmp_path / "ana.encadena"
        code, out, err = run(capsys, monkeypatch, "server", "checkout", mine, "-o", replica)
        assert code == 0, err
        assert run(capsys, monkeypatch, "sync", replica)[0] == 0
        data = b"".join(p.read_bytes() for p in tmp_path.glob("ana.encadena*"))
        assert secret.encode() not in data and b"dueno-pw" not in data
        conn = connect_store(replica, migrate=False)
        names = sorted(r[0] for r in conn.execute("SELECT id FROM companies"))
        conn.close()
        assert names == ["ANC", "S1", "S2"]
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            made = [r[0] for r in admin.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
                (f"%{tag}%", f"encadena_camara_{tag}%")).fetchall()]
            for role in [*made, owner]:
                admin.execute(f'DROP ROLE IF EXISTS "{role}"')

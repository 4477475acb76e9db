"""The people of a server programme: one PostgreSQL login role each, member of its kind's group.

Chains are named by users ("Lácteos") but kept by uid in ``server_users.chains``, so a renamed
chain keeps its people. Passwords go to the server only as a SCRAM verifier computed here (the
plain text never reaches the server's statement log).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from core.errors import UserInputError
from core.project.timeutil import now as utc_now_iso
from core.server.security import KINDS, group_roles, quote_identifier

MAX_NAME = 63                         # PostgreSQL's identifier limit (bytes)


@dataclass(frozen=True)
class ServerUser:
    name: str
    kind: str
    chains: tuple[str, ...]           # chain names, as users know them
    created_at: str


def open_server(url: str):
    """The owner's connection to the server at ``url`` (a refusal is the user's to fix: the
    message names the server without any password)."""
    from core.server.credentials import without_password
    from core.store.pg import connect, psycopg
    try:
        conn = connect(url, connect_timeout=15)
    except psycopg.Error as exc:
        raise UserInputError("server.cannot_connect", url=without_password(url),
                             reason=_first_line(exc)) from None
    if not conn.raw.execute("SELECT to_regclass('server_users') IS NOT NULL").fetchone()[0]:
        conn.close()
        raise UserInputError("server.not_initialised", url=without_password(url))
    return conn


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _check_name(name: str) -> None:
    if (not name or len(name.encode("utf-8")) > MAX_NAME or name.startswith("pg_")
            or any(ch in name for ch in "\"\\\0") or name != name.strip()):
        raise UserInputError("server.bad_user_name", name=name)


def chain_uids(conn, names: list[str]) -> list[str]:
    """The uids of the chains called ``names`` (an unknown name is the user's to fix)."""
    rows = dict(conn.raw.execute("SELECT name, uid FROM value_chains").fetchall())
    by_folded = {n.casefold(): uid for n, uid in rows.items()}
    uids = []
    for name in names:
        uid = rows.get(name) or by_folded.get(name.casefold())
        if uid is None:
            raise UserInputError("server.unknown_chain", chain=name,
                                 known=", ".join(sorted(rows)) or "-")
        uids.append(uid)
    return uids


def _verifier(conn, name: str, password: str) -> str:
    """The SCRAM verifier libpq computes for ``password`` (what ``\\password`` in psql sends)."""
    return conn.raw.pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"),
                                            b"scram-sha-256").decode("ascii")


def add_user(conn, name: str, kind: str, password: str, chains: list[str] = ()) -> ServerUser:
    """Create the login role ``name`` of ``kind`` (consultants: working on ``chains``)."""
    from psycopg import sql
    _check_name(name)
    if kind not in KINDS:
        raise UserInputError("server.bad_role", role=kind, roles=", ".join(KINDS))
    if chains and kind != "consultant":
        raise UserInputError("server.chains_only_consultants", role=kind)
    if not password:
        raise UserInputError("server.empty_password")
    uids = chain_uids(conn, list(chains))
    group = group_roles(conn)[kind]
    if not conn.raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone():
        from core.server.security import apply_security
        apply_security(conn)
    with _privileged(), conn.raw.transaction():
        if conn.raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise UserInputError("server.user_exists", name=name)
        conn.raw.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(_verifier(conn, name, password)),
            sql.Identifier(group)))
        conn.raw.execute("INSERT INTO server_users (role_name, kind, chains, created_at) "
                         "VALUES (%s, %s, %s, %s)", (name, kind, uids, utc_now_iso()))
    return ServerUser(name, kind, tuple(chains), _created(conn, name))


def _created(conn, name: str) -> str:
    row = conn.raw.execute("SELECT created_at FROM server_users WHERE role_name = %s",
                           (name,)).fetchone()
    return row[0] if row else ""


@contextmanager
def _privileged():
    """A refusal by the server (the owner may not create roles) as the user's error."""
    from core.store.pg import psycopg
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        raise UserInputError("server.no_role_rights", reason=_first_line(exc)) from None


def list_users(conn) -> list[ServerUser]:
    """Every user of the programme, by name, with their chains' current names."""
    names = dict(conn.raw.execute("SELECT uid, name FROM value_chains").fetchall())
    rows = conn.raw.execute("SELECT role_name, kind, chains, created_at FROM server_users "
                            "ORDER BY role_name").fetchall()
    return [ServerUser(r[0], r[1], tuple(sorted(names.get(u, u) for u in r[2])), r[3])
            for r in rows]


def _known(conn, name: str) -> None:
    if not conn.raw.execute("SELECT 1 FROM server_users WHERE role_name = %s",
                            (name,)).fetchone():
        raise UserInputError("server.unknown_user", name=name)


def set_chains(conn, name: str, chains: list[str]) -> None:
    """Give consultant ``name`` exactly ``chains`` (by name)."""
    _known(conn, name)
    kind = conn.raw.execute("SELECT kind FROM server_users WHERE role_name = %s",
                            (name,)).fetchone()[0]
    if kind != "consultant":
        raise UserInputError("server.chains_only_consultants", role=kind)
    uids = chain_uids(conn, list(chains))
    conn.raw.execute("UPDATE server_users SET chains = %s WHERE role_name = %s", (uids, name))


def remove_user(conn, name: str) -> None:
    """Remove a user of the programme and their login role (only roles this programme made:
    any other role of the server is refused)."""
    _known(conn, name)
    with _privileged(), conn.raw.transaction():
        conn.raw.execute("DELETE FROM server_users WHERE role_name = %s", (name,))
        if conn.raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            conn.raw.execute(f"DROP ROLE {quote_identifier(name)}")

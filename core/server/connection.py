"""Connecting to a programme server, with every way it can fail said in the user's words.

A bad URL, a wrong password, a server that does not answer, a database that is not an Encadena
programme: each is the user's input (exit 2, a translated message), never a traceback.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from core.errors import UserInputError
from core.server.credentials import without_password  # noqa: F401 - re-exported
from core.store.backend import is_server_url

CONNECT_TIMEOUT = 10          # seconds: a laptop on a bad line still gets an answer


def connect_server(url: str):
    """A store connection to the server at ``url`` (no migration), or a ``UserInputError``."""
    shown = without_password(url) if isinstance(url, str) else str(url)
    if not is_server_url(url):
        raise UserInputError("sync.bad_url", url=shown)
    try:
        _ = urlsplit(url).port                   # a non-numeric port raises here
    except ValueError:
        raise UserInputError("sync.bad_url", url=shown) from None
    from core.store.pg import connect, psycopg
    try:
        return connect(url, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.ProgrammingError:
        raise UserInputError("sync.bad_url", url=shown) from None
    except psycopg.OperationalError as exc:
        raise UserInputError(_reason(str(exc)), url=shown) from None


def _reason(text: str) -> str:
    low = text.lower()
    if re.search(r"password authentication failed|no password supplied|authentication failed", low):
        return "sync.wrong_password"
    if "does not exist" in low and "database" in low:
        return "sync.no_database"
    if "role" in low and "does not exist" in low:
        return "sync.wrong_password"
    if "invalid" in low and ("uri" in low or "option" in low or "connection" in low):
        return "sync.bad_url"
    return "sync.unreachable"


def programme_uid(conn, url: str) -> str:
    """The uid of the programme the server holds, or ``sync.not_a_programme_server``."""
    from core.store.pg import psycopg
    try:
        row = conn.raw.execute("SELECT programme_uid FROM server_meta WHERE id = 1").fetchone()
    except psycopg.errors.InsufficientPrivilege:
        raise UserInputError("sync.not_allowed", url=without_password(url)) from None
    except psycopg.Error:
        row = None
    if not row:
        raise UserInputError("sync.not_a_programme_server", url=without_password(url))
    return row[0]

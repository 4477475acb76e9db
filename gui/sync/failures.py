"""What went wrong with a sync, in words: no connection (changes are kept: calm), a refused
password, or anything else (the usual error text)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import UserInputError
from gui.workers import error_text

# Words libpq uses when the server cannot be reached at all (its messages are English only).
UNREACHABLE = ("could not connect", "connection refused", "could not translate host name",
               "timeout expired", "timed out", "no route to host", "network is unreachable",
               "server closed the connection", "name or service not known", "failed to resolve host",
               "consuming input failed", "ssl syscall error")
REFUSED = ("password authentication failed", "no password supplied", "does not exist",
           "pg_hba.conf")


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def is_offline(exc: BaseException) -> bool:
    """Whether ``exc`` means the server could not be reached (nothing was lost)."""
    for error in _chain(exc):
        if isinstance(error, UserInputError):
            if any(word in error.code for word in ("no_connection", "unreachable", "offline")):
                return True
            continue
        if isinstance(error, (ConnectionError, TimeoutError)):
            return True
        text = str(error).lower()
        if type(error).__module__.startswith("psycopg") and any(w in text for w in UNREACHABLE) \
                and not any(w in text for w in REFUSED):
            return True
    return False


def is_refused(exc: BaseException) -> bool:
    """Whether the server answered but refused the user or password."""
    for error in _chain(exc):
        if isinstance(error, UserInputError) and error.code.endswith("wrong_password"):
            return True
        if type(error).__module__.startswith("psycopg") and any(w in str(error).lower() for w in REFUSED):
            return True
    return False


def failure_text(exc: BaseException, language: str) -> str:
    """A sentence for the user; the server's own words (English) follow a refusal."""
    if is_offline(exc):
        return QCoreApplication.translate(
            "SyncFailures", "No connection to the server. Your changes are kept on this computer "
                            "and will be sent at the next sync.")
    if is_refused(exc) and not isinstance(exc, UserInputError):     # libpq's own words
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
        return QCoreApplication.translate(
            "SyncFailures", "The server refused the connection: check the database, user and "
                            "password, or ask the programme's manager. (%1)").replace("%1", detail)
    return error_text(exc, language)

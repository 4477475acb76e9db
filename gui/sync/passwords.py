"""The server password: never in a project file. Either remembered in libpq's password file
(when the user ticks "remember"), or held by this process only while the programme is open.

libpq finds the password itself: ``PGPASSWORD`` (this process only) or the password file
(``PGPASSFILE``, else ``~/.pgpass``, ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows). The
file is written by the core's credentials module when it exists (the server's security work);
the fallback here writes the same documented format with mode 0600.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from gui.sync.replicas import ServerAddress

SESSION_VARIABLE = "PGPASSWORD"


def remember(address: ServerAddress, password: str) -> Path:
    """Keep ``password`` for ``address`` in the user's libpq password file; returns the file."""
    try:
        from core.server import credentials
    except ImportError:
        credentials = None
    store = getattr(credentials, "remember_password", None)
    if store is not None:
        return Path(store(address.url(password)))
    return _write_passfile(address, password)


def hold_for_session(password: str | None) -> None:
    """Let this process's connections use ``password`` (gone when the process ends)."""
    if password:
        os.environ[SESSION_VARIABLE] = password
    else:
        os.environ.pop(SESSION_VARIABLE, None)


def password_file() -> Path:
    """Where libpq looks for remembered passwords."""
    named = os.environ.get("PGPASSFILE")
    if named:
        return Path(named)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _write_passfile(address: ServerAddress, password: str) -> Path:
    """Add (or replace) the line for this host, port, database and user; other lines are kept."""
    path = password_file()
    key = ":".join(_escape(v) for v in (address.host, str(address.port), address.database, address.user))
    lines = []
    if path.exists():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if not line.startswith(key + ":")]
    lines.append(f"{key}:{_escape(password)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".pgpass-")
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path

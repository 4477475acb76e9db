"""The server password: never in a project file. Either remembered in libpq's password file
(when the user ticks "remember"), or held in this process's memory while it runs and handed to
each sync inside the URL (the engine's ``url`` argument); libpq's file serves everything else.

The file is written by the core's credentials module (``core.server.credentials``) when it is
installed; the fallback here writes the same documented format with mode 0600.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from gui.sync.replicas import ServerAddress

_HELD: dict[tuple[str, int, str, str], str] = {}
_COPIES: dict[Path, ServerAddress] = {}       # local copies opened this session -> their server


def _key(address: ServerAddress) -> tuple[str, int, str, str]:
    return (address.host.lower(), address.port, address.database, address.user)


def hold(address: ServerAddress, password: str) -> None:
    """Keep ``password`` for ``address`` in memory until the application ends."""
    if password:
        _HELD[_key(address)] = password


def forget(address: ServerAddress) -> None:
    _HELD.pop(_key(address), None)


def url_with_held(server_url: str) -> str | None:
    """``server_url`` (as a replica stores it, without password) with the password held for it,
    or None when none is held (libpq's password file may then know it)."""
    address = ServerAddress.from_url(server_url)
    password = _HELD.get(_key(address))
    return address.url(password) if password else None


def link(copy: Path, address: ServerAddress) -> None:
    """``copy`` is the local copy of ``address``'s programme (its syncs use the held password
    even before the copy's own figures are read)."""
    _COPIES[Path(copy).resolve()] = address


def url_for(copy: Path, server_url: str | None) -> str | None:
    """The URL with the held password for a sync of ``copy`` (None: libpq finds it or not)."""
    if server_url:
        return url_with_held(server_url)
    address = _COPIES.get(Path(copy).resolve())
    return url_with_held(address.url()) if address is not None else None


def remember(address: ServerAddress, password: str) -> Path:
    """Keep ``password`` for ``address`` in the user's libpq password file; returns the file."""
    try:
        from core.server import credentials
    except ImportError:
        credentials = None
    store = getattr(credentials, "remember_password", None)
    if store is not None:
        return Path(store(address.url(), password))
    return _write_passfile(address, password)


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

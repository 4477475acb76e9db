"""The server password: never in a project file. Either remembered in libpq's password file
(when the user ticks "remember": :func:`core.server.credentials.remember_password`, mode 0600),
or held in this process's memory while it runs and handed to each sync inside the URL (the
engine's ``url`` argument); libpq's file serves everything else.
"""
from __future__ import annotations

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
    from core.server.credentials import remember_password
    return Path(remember_password(address.url(), password))

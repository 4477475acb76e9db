"""Where the workbench keeps a server programme on this computer, and how it reaches the server.

"Open server programme…" checks the programme out once into the user's data folder (one file per
server, database and user) and opens that copy afterwards, syncing it; the password is never part
of the copy (see :mod:`gui.sync.passwords`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from core.paths import user_data_dir
from core.sync import api

REPLICA_FOLDER = "servers"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """What the user types to reach a programme server (the password is kept apart)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @classmethod
    def parse(cls, server: str, database: str, user: str) -> "ServerAddress":
        """``server`` is ``host`` or ``host:port`` (a bracketed IPv6 address may carry a port)."""
        host, port_text = server.strip(), ""
        bracketed = re.fullmatch(r"\[(?P<host>[^\]]+)\](?::(?P<port>.*))?", host)
        if bracketed:
            host, port_text = bracketed["host"], bracketed["port"] or ""
        elif host.count(":") == 1:
            host, port_text = host.split(":")
        port = int(port_text) if port_text.isdigit() else (0 if port_text else DEFAULT_PORT)
        return cls(host.strip(), database.strip(), user.strip(), port)

    @classmethod
    def from_url(cls, url: str) -> "ServerAddress":
        parts = urlsplit(url)
        return cls(parts.hostname or "localhost", unquote(parts.path.lstrip("/")),
                   unquote(parts.username or ""), parts.port or DEFAULT_PORT)

    @property
    def complete(self) -> bool:
        return bool(self.host and self.database and self.user) and 0 < self.port < 65536

    def url(self, password: str | None = None) -> str:
        """A libpq URL; with ``password`` only for the one connection that checks out."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        who = quote(self.user, safe="")
        if password:
            who += ":" + quote(password, safe="")
        return f"postgresql://{who}@{host}:{self.port}/{quote(self.database, safe='')}"

    def label(self) -> str:
        """``database on host`` for people (the port only when it is not the usual one)."""
        host = self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"
        return f"{self.database} @ {host}"


def replica_folder() -> Path:
    folder = user_data_dir() / REPLICA_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def replica_path(address: ServerAddress) -> Path:
    """The file that holds ``address``'s programme on this computer (it may not exist yet)."""
    raw = f"{address.database}@{address.host}-{address.port}-{address.user}"
    name = re.sub(r"[^\w.@-]+", "_", raw, flags=re.UNICODE).strip("._") or "programme"
    return replica_folder() / f"{name[:120]}.encadena"


def in_replica_folder(path: Path | None) -> bool:
    """Whether ``path`` is a copy the workbench checked out itself (kept current automatically)."""
    if path is None:
        return False
    try:
        return Path(path).resolve().parent == replica_folder().resolve()
    except OSError:
        return False


def open_or_checkout(address: ServerAddress, password: str | None, chains: list[str] | None,
                     progress=None, cancel=None) -> tuple[Path, api.SyncStatus | None]:
    """The local copy of ``address``'s programme: the existing one, else a new checkout.

    Returns ``(path, status)``: the new copy's standing, None when the copy existed. A file of that name that is no copy of a server programme
    is never overwritten: the checkout goes to the next free name.
    """
    base = path = replica_path(address)
    number = 2
    while path.exists():
        if api.is_replica(path):
            return path, None
        path = base.with_name(f"{base.stem} ({number}).encadena")
        number += 1
    status = api.checkout(address.url(password), path, chains or None, progress, cancel)
    return path, status

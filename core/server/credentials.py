"""Server addresses and passwords — which are never written to a project file.

A connection URL may carry a password (for scripting); what a project or a replica keeps is the
URL without it (:func:`without_password`). A password the user asks us to remember goes to
libpq's own password file (``PGPASSFILE``; else ``~/.pgpass``, or ``%APPDATA%\\postgresql\\
pgpass.conf`` on Windows), written with mode 0600, where psql and every libpq client find it too.
"""
from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, TextIO
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from core.errors import UserInputError

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where a programme server is and as whom to connect."""
    host: str
    port: int
    database: str
    user: str
    password: str | None


def parse(url: str) -> ServerAddress:
    """The parts of a ``postgresql://`` URL or a libpq ``key=value`` string."""
    from psycopg.conninfo import conninfo_to_dict
    try:
        parts = conninfo_to_dict(url)
    except Exception:  # noqa: BLE001 - psycopg's ProgrammingError: the address is malformed
        raise UserInputError("server.bad_url", url=without_password(url)) from None
    user = parts.get("user") or ""
    return ServerAddress(host=parts.get("host") or "localhost",
                         port=int(parts.get("port") or DEFAULT_PORT),
                         database=parts.get("dbname") or user, user=user,
                         password=parts.get("password"))


def without_password(url: str) -> str:
    """``url`` with any password removed (the user-info part and a ``password=`` parameter)."""
    if "://" not in url:                                   # libpq keywords: host=... password=...
        return " ".join(w for w in url.split() if not w.lower().startswith("password="))
    scheme, netloc, path, query, fragment = urlsplit(url)
    if "@" in netloc:
        userinfo, _, hosts = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}@{hosts}" if user else hosts
    query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                       if k.lower() != "password"])
    return urlunsplit((scheme, netloc, path, query, fragment))


def with_user(url: str, user: str, password: str | None = None) -> str:
    """The address ``url`` for another user (without a password unless one is given, for
    scripts): what a new user is told to use."""
    scheme, netloc, path, query, fragment = urlsplit(without_password(url))
    hosts = netloc.rpartition("@")[2]
    userinfo = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    return urlunsplit((scheme, f"{userinfo}@{hosts}", path, query, fragment))


def generate_password() -> str:
    """A new random password (24 URL-safe characters, ~144 bits)."""
    return secrets.token_urlsafe(18)


def read_password(stream: TextIO | None = None) -> str:
    """The password given on standard input (its first line, without the line end)."""
    stream = stream or sys.stdin
    line = stream.readline().rstrip("\r\n") if stream is not None else ""
    if not line:
        raise UserInputError("server.empty_password")
    return line


def password_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where libpq looks for passwords on this machine."""
    environ = os.environ if environ is None else environ
    if environ.get("PGPASSFILE"):
        return Path(environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    fields, current, escaped = [], [], False
    for ch in line:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _key(address: ServerAddress) -> list[str]:
    return [address.host, str(address.port), address.database, address.user]


def remember_password(url: str, password: str, path: Path | None = None) -> Path:
    """Keep ``password`` for ``url``'s server, database and user in libpq's password file
    (replacing an older one for the same four; the file is created with mode 0600)."""
    address = parse(url)
    path = path or password_file()
    key = _key(address)
    lines = []
    if path.exists():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if _fields(ln)[:4] != key]
    lines.append(":".join(_escape(f) for f in [*key, password]))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return path


def stored_password(url: str, path: Path | None = None) -> str | None:
    """The password libpq would use for ``url`` from its password file (``*`` matches any)."""
    path = path or password_file()
    if not path.exists():
        return None
    key = _key(parse(url))
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = _fields(line)
        if len(fields) >= 5 and all(f in ("*", k) for f, k in zip(fields[:4], key)):
            return ":".join(fields[4:])
    return None


def forget_password(url: str, path: Path | None = None) -> bool:
    """Remove ``url``'s line from the password file; whether there was one."""
    path = path or password_file()
    if not path.exists():
        return False
    key = _key(parse(url))
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if _fields(ln)[:4] != key]
    if len(kept) == len(lines):
        return False
    path.write_text("\n".join(kept) + ("\n" if kept else ""), encoding="utf-8")
    return True

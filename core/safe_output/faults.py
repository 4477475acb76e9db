"""Faulty media and file-system refusals as translated user errors (exit 2), never a traceback.

:func:`media_error` names what failed for one path; :func:`fault_error` is the command line's
last resort for an ``OSError`` or SQLite error that escaped (``None``: a real internal error).
"""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from core.errors import UserInputError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}
_TOO_LONG = {errno.ENAMETOOLONG}
_MISSING = {errno.ENOENT, errno.ENOTDIR}
_GONE = {errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ESTALE", -1)}


def read_only_media(path: str | Path) -> bool:
    """Whether the file system holding ``path`` (or its nearest existing folder) is read-only."""
    probe = Path(os.path.abspath(path))
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):     # Windows has no statvfs
        return False


def marked_read_only(path: str | Path) -> bool:
    """Whether ``path`` carries no write permission at all (a read-only mark the user set);
    respected even by an administrator account, which the system would let write anyway."""
    try:
        return not (os.stat(path).st_mode & 0o222)
    except OSError:
        return False


def can_write(path: str | Path) -> bool:
    """Whether Encadena may write ``path`` (a file or a folder): permitted, not marked
    read-only, not on read-only media."""
    mode = os.W_OK | (os.X_OK if os.path.isdir(path) else 0)
    return os.access(path, mode) and not marked_read_only(path) and not read_only_media(path)


def media_error(exc: OSError, path: str | Path, saved: str | None = None) -> UserInputError:
    """The user error for ``exc`` raised while writing ``path``. ``saved`` says what was kept
    (e.g. "the import was saved"), else nothing was changed."""
    path = str(path)
    code = _code(exc, path)
    return UserInputError(code, path=path, detail=exc.strerror or str(exc),
                          saved=saved or "-")


def _code(exc: OSError, path: str) -> str:
    number = exc.errno
    if number in _FULL:
        return "safety.disk_full"
    if number in _READ_ONLY or (number in _DENIED and read_only_media(path)):
        return "safety.read_only_media"
    if number in _DENIED:
        return "safety.not_writable"
    if number in _TOO_LONG or getattr(exc, "winerror", None) == 206:
        return "safety.path_too_long"
    if number in _MISSING:
        return "safety.folder_missing"
    if number == errno.EISDIR:
        return "safety.output_is_folder"
    if number in _GONE:
        return "safety.media_gone"
    return "safety.cannot_write"


SQLITE_FAULTS = (   # fragment of SQLite's message -> our code
    ("readonly database", "safety.project_read_only"),
    ("disk is full", "safety.project_disk_full"),
    ("disk i/o error", "safety.media_gone"),
    ("database is locked", "safety.project_locked"),
    ("unable to open database", "safety.project_unreachable"),
    ("no such table", "safety.tampered_schema"),
    ("no such column", "safety.tampered_schema"),
    ("interrupted", "safety.check_too_slow"),
    ("could not decode", "safety.tampered_text"),
)


def fault_error(exc: BaseException, path: str = "-") -> UserInputError | None:
    """A user error for a media or file fault that reached the command line, or ``None``."""
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for fragment, code in SQLITE_FAULTS:
            if fragment in text:
                return UserInputError(code, path=path, detail=str(exc), saved="-")
        return None
    if isinstance(exc, OSError) and exc.errno is not None:
        return media_error(exc, exc.filename or path)
    return None

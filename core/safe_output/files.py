"""Outputs never replace inputs, and a file appears whole or not at all.

:func:`atomic_output` checks the target (:func:`check_output`), hands out a temporary path in the
target's folder, then fsyncs it and renames it over the target in one step. On Linux the temporary
file is anonymous (``O_TMPFILE``): if the process is killed, the disk keeps nothing of it. Elsewhere
it is a hidden ``.<name>.<random>.part`` file, deleted on any error and swept on the next write.
"""
from __future__ import annotations

import errno
import os
import sqlite3
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from core.errors import UserInputError
from core.safe_output.faults import can_write, media_error, read_only_media

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_PATH = 259 if sys.platform.startswith("win") else 4095
MAX_NAME = 255
STALE_SECONDS = 3600


def connection_files(conn: sqlite3.Connection | None) -> list[Path]:
    """The database file of an open connection and its journal files (inputs never overwritten)."""
    if conn is None:
        return []
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    except sqlite3.Error:
        return []
    found = []
    for _, _, name in rows:
        if name:
            found += [Path(name), Path(f"{name}-wal"), Path(f"{name}-shm"), Path(f"{name}-journal")]
    return found


def _same_file(a: Path, b: Path) -> bool:
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def check_output(path: str | Path, inputs: Iterable[str | Path | None] = ()) -> Path:
    """``path`` if Encadena may write it; else a ``UserInputError``: an input or a project file
    (``safety.output_is_input``, ``safety.output_is_project``), a folder, a missing or read-only
    folder, a read-only file, a path too long."""
    target = Path(path)
    text = str(path)
    if not text or text in (".", "..") or "\x00" in text:
        raise UserInputError("safety.cannot_write", path=text.replace("\x00", "\\0"), detail="-", saved="-")
    if len(target.name.encode("utf-8", "surrogatepass")) > MAX_NAME or len(os.path.abspath(text)) > MAX_PATH:
        raise UserInputError("safety.path_too_long", path=text, detail=str(len(os.path.abspath(text))), saved="-")
    for source in inputs:
        if source is not None and source != "-" and _same_file(target, Path(source)):
            raise UserInputError("safety.output_is_input", path=text)
    if target.is_dir():
        raise UserInputError("safety.output_is_folder", path=text, detail="-", saved="-")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserInputError("safety.folder_missing", path=text, detail=str(folder), saved="-")
    if target.exists():
        try:
            with target.open("rb") as fh:
                if fh.read(16) == SQLITE_MAGIC:
                    raise UserInputError("safety.output_is_project", path=text)
        except OSError:
            pass
        if not can_write(target):
            code = "safety.read_only_media" if read_only_media(target) else "safety.file_read_only"
            raise UserInputError(code, path=text, detail="-", saved="-")
    if not can_write(folder):
        code = "safety.read_only_media" if read_only_media(folder) else "safety.not_writable"
        raise UserInputError(code, path=text, detail=str(folder), saved="-")
    return target


def check_folder(folder: str | Path) -> Path:
    """A folder Encadena may create files in (created with its parents if missing): refused
    when it is a file, or when it (or the nearest folder that exists) cannot be written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UserInputError("safety.folder_expected", path=str(folder))
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if len(os.path.abspath(folder)) > MAX_PATH:
        raise UserInputError("safety.path_too_long", path=str(folder), detail="-", saved="-")
    if not can_write(probe):
        code = "safety.read_only_media" if read_only_media(probe) else "safety.not_writable"
        raise UserInputError(code, path=str(folder), detail=str(probe), saved="-")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise media_error(exc, folder) from None
    return folder


class _Temp:
    """A temporary file beside ``target``: anonymous where the system allows it."""

    def __init__(self, target: Path):
        self.target = target
        self.folder = target.parent if str(target.parent) else Path(".")
        self.fd: int | None = None
        self.named: Path | None = None
        flag = getattr(os, "O_TMPFILE", 0)
        if flag and os.path.isdir("/proc/self/fd"):
            try:
                self.fd = os.open(self.folder, flag | os.O_RDWR, 0o666)
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                    raise
        if self.fd is None:
            _sweep(self.folder, target.name)
            self.named = self.folder / f".{target.name}.{uuid.uuid4().hex[:12]}.part"
            os.close(os.open(self.named, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))

    @property
    def path(self) -> Path:
        return Path(f"/proc/self/fd/{self.fd}") if self.fd is not None else self.named

    def publish(self) -> None:
        if self.fd is not None:
            os.fsync(self.fd)
            linked = self.folder / f".{self.target.name}.{uuid.uuid4().hex[:12]}.part"
            proc = os.open("/proc/self/fd", os.O_RDONLY)
            try:
                os.link(str(self.fd), linked, src_dir_fd=proc, follow_symlinks=True)
            finally:
                os.close(proc)
            try:
                os.replace(linked, self.target)
            except BaseException:
                linked.unlink(missing_ok=True)
                raise
        else:
            with open(self.named, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(self.named, self.target)
            self.named = None
        _sync_folder(self.folder)

    def discard(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        if self.named is not None:
            try:
                self.named.unlink(missing_ok=True)
            except OSError:
                pass
            self.named = None


def _sync_folder(folder: Path) -> None:
    if sys.platform.startswith("win"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sweep(folder: Path, name: str) -> None:
    """Delete temporary files of ``name`` left by a killed run (older than an hour)."""
    try:
        for leftover in folder.glob(f".{name}.*.part"):
            if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink(missing_ok=True)
    except OSError:
        pass


@contextmanager
def scratch_file(suffix: str = "") -> Iterator[Path]:
    """A private working file in the system's temporary folder, gone afterwards; anonymous
    where the system allows it, so even a killed process leaves nothing behind."""
    import tempfile
    folder = Path(tempfile.gettempdir())
    flag = getattr(os, "O_TMPFILE", 0)
    fd = None
    if flag and os.path.isdir("/proc/self/fd"):
        try:
            fd = os.open(folder, flag | os.O_RDWR, 0o600)
        except OSError:
            fd = None
    if fd is not None:
        try:
            yield Path(f"/proc/self/fd/{fd}")
        finally:
            os.close(fd)
        return
    handle, name = tempfile.mkstemp(prefix="encadena-", suffix=suffix)
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


@contextmanager
def atomic_output(path: str | Path, inputs: Iterable[str | Path | None] = (),
                  conn: sqlite3.Connection | None = None) -> Iterator[Path]:
    """Write ``path`` whole or not at all: yields a temporary path to write, then replaces the
    target with it. Refuses (before writing anything) an output that is one of ``inputs``, the
    database of ``conn``, a project file, or not writable; write failures become user errors."""
    target = check_output(path, [*inputs, *connection_files(conn)])
    try:
        temp = _Temp(target)
    except OSError as exc:
        raise media_error(exc, target) from None
    try:
        yield temp.path
        temp.publish()
    except OSError as exc:
        raise media_error(exc, target) from None
    finally:
        temp.discard()


def write_text_output(path: str | Path, text: str, inputs: Iterable[str | Path | None] = (),
                      conn: sqlite3.Connection | None = None) -> Path:
    """Write ``text`` as UTF-8 to ``path`` through :func:`atomic_output` (lone surrogates -> ?)."""
    data = text.encode("utf-8", "replace")
    with atomic_output(path, inputs, conn) as temp:
        with open(temp, "wb") as fh:
            fh.write(data)
    return Path(path)

"""Opening the ``.encadena`` SQLite file: pragmas, transactions and where the file lives.

Durability first: WAL journal, ``synchronous=FULL``, foreign keys on, one transaction per
user action. WAL needs shared memory on one machine, so a file on a network share is opened
with the classic rollback journal instead (and the user is warned).
"""
from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

# Folder names that cloud-sync clients use; a live SQLite file inside one can be copied
# half-written or duplicated as a "conflicted copy".
CLOUD_MARKERS = ("dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud",
                 "mobile documents", "icloud drive", "box sync", "pcloud", "mega", "nextcloud",
                 "owncloud", "sync.com", "yandex.disk", "seafile")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2",
              "9p", "afpfs", "webdav", "fuse.rclone", "ncpfs", "glusterfs", "ceph"}


def connect(path: Path, network: bool = False) -> sqlite3.Connection:
    """A connection with Encadena's pragmas (autocommit: transactions are explicit)."""
    return configure(connect_plain(path, network), network)


def connect_plain(path: Path, network: bool = False) -> sqlite3.Connection:
    """A connection that changes nothing in the file yet (to look before configuring).

    Reads go through memory mapping (quicker integrity checks and listings of big files),
    except on network shares where a mapped file can break when the connection drops.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0, check_same_thread=False)
    if not network:
        conn.execute("PRAGMA mmap_size = 1073741824")
    return conn


def read_only_uri(path: Path | str, immutable: bool = False) -> str:
    """A SQLite URI opening ``path`` for reading only (``immutable``: on read-only media, where
    SQLite cannot even create its lock files; nothing else may write the file meanwhile)."""
    from urllib.parse import quote
    absolute = os.path.abspath(path).replace(os.sep, "/")
    if not absolute.startswith("/"):
        absolute = "/" + absolute                 # Windows: /C:/...
    return f"file:{quote(absolute)}?mode=ro" + ("&immutable=1" if immutable else "")


def writable(path: Path) -> bool:
    """Whether the project at ``path`` can be changed: the file, its folder (WAL and journal
    files live beside it) and the drive must all be writable."""
    from core.safe_output.faults import can_write
    return can_write(path) and can_write(Path(os.path.abspath(path)).parent)


def connect_read_only(path: Path, network: bool = False) -> sqlite3.Connection:
    """A read-only connection (the file, its folder or its drive cannot be written). Opened
    immutable (no lock or journal files created beside it) unless a journal holds committed
    work that must be read."""
    wal = Path(f"{path}-wal")
    immutable = not (wal.exists() and wal.stat().st_size > 0)
    conn = sqlite3.connect(read_only_uri(path, immutable), uri=True, isolation_level=None,
                           timeout=10.0, check_same_thread=False)
    if not network:
        conn.execute("PRAGMA mmap_size = 1073741824")
    return conn


def configure(conn: sqlite3.Connection, network: bool = False) -> sqlite3.Connection:
    """Foreign keys, WAL (rollback journal on a network share) and ``synchronous=FULL``.

    Switching to WAL rewrites the file header, so this runs only once the file is known to be
    an Encadena project.
    """
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA journal_mode = {'DELETE' if network else 'WAL'}")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (Cancelled included)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:      # SQLite rolls back by itself on some errors (disk full)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def location_warnings(path: Path) -> list[str]:
    """Codes warning that ``path`` lives on a network share or in a cloud-synced folder."""
    warnings = []
    if is_network_path(path):
        warnings.append("project_on_network")
    if is_cloud_path(path):
        warnings.append("project_in_cloud_folder")
    return warnings


def is_cloud_path(path: Path) -> bool:
    parts = [p.casefold() for p in Path(path).resolve().parts]
    return any(marker in part for part in parts for marker in CLOUD_MARKERS)


def is_network_path(path: Path) -> bool:
    resolved = str(Path(path).resolve())
    if sys.platform.startswith("win"):
        if resolved.startswith("\\\\"):
            return True
        try:
            import ctypes
            drive = os.path.splitdrive(resolved)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4   # DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    return _mount_fstype(resolved) in NETWORK_FS


def _mount_fstype(path: str) -> str:
    """The file system type of the mount holding ``path`` (Linux; '' elsewhere)."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        if (path == mount or path.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best):
            best, fstype = mount, fields[2]
    return fstype

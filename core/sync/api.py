"""What the workbench and the command line call to work with a server programme.

The signatures are the contract between the sync engine (core/sync) and its readers (the CLI,
gui/sync); the bodies delegate to the engine's modules.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

Progress = Callable[[float, str], None] | None
Cancel = Callable[[], bool] | None


@dataclass(frozen=True)
class SyncStatus:
    """A replica's standing with its server, for the status bar and ``encadena sync --status``."""
    server: str                      # the server URL without any password
    user: str                        # the PostgreSQL role the replica syncs as
    kind: str                        # consultant | manager | funder
    chains: tuple[str, ...]          # value-chain names the replica holds (empty: all)
    last_sync_at: str | None         # ISO UTC time of the last successful sync
    waiting: int                     # local changes not yet pushed (records)
    conflicts: int                   # conflicts waiting for a decision


@dataclass(frozen=True)
class SyncResult:
    pushed: int                      # records the server accepted
    pulled: int                      # records received from others
    conflicts: int                   # new conflicts (both sides changed the same record)
    at: str                          # ISO UTC time of this sync
    refused: int = 0                 # records the server refused (its rules or the user's
                                     # rights): kept in the replica, still waiting


@dataclass(frozen=True)
class FieldDifference:
    field: str
    base: object                     # the value at the last sync
    mine: object
    theirs: object


@dataclass(frozen=True)
class SyncConflict:
    """A record changed on both sides since the last sync."""
    id: int
    table: str
    subject_kind: str | None         # "company", "chain", ... (what the record is about)
    subject_id: str | None
    record: str                      # a readable key, e.g. "plan_actions C01 / A2"
    differences: tuple[FieldDifference, ...] = field(default=())
    mine_deleted: bool = False
    theirs_deleted: bool = False


def is_replica(path: Path) -> bool:
    """Whether the project at ``path`` is a checkout of a server programme."""
    from core.sync.engine import is_replica as impl
    return impl(path)


def status(path: Path, waiting: int | None = None) -> SyncStatus:
    """The replica's standing (local figures only; does not contact the server). Counting the
    changes waiting reads every record (a second on 5,000 suppliers): right after a sync the
    caller knows the number (what the server refused) and passes it as ``waiting``."""
    from core.sync.engine import status as impl
    return impl(path, waiting)


def checkout(url: str, out: Path, chains: list[str] | None = None, progress: Progress = None,
             cancel: Cancel = None) -> SyncStatus:
    """Write a new project file ``out`` holding what the user of ``url`` may see."""
    from core.sync.engine import checkout as impl
    return impl(url, out, chains, progress, cancel)


def sync(path: Path, progress: Progress = None, cancel: Cancel = None,
         url: str | None = None) -> SyncResult:
    """Push the replica's changes, then pull the others' since the last sync (``url``: the
    server's URL carrying a password, for scripting; else libpq's password file supplies it)."""
    from core.sync.engine import sync as impl
    return impl(path, progress, cancel, url)


def conflicts(path: Path) -> list[SyncConflict]:
    """The conflicts waiting in the replica."""
    from core.sync.engine import conflicts as impl
    return impl(path)


def resolve(path: Path, conflict_id: int, keep: Literal["mine", "theirs"],
            who: str | None = None) -> None:
    """Decide a conflict: keep my version (pushed at the next sync) or take the server's; the
    decision (``who``: the consultant, else the system user) goes to the audit log."""
    from core.sync.engine import resolve as impl
    impl(path, conflict_id, keep, who)

"""A stand-in for the sync engine (``core.sync.engine``) behind ``core.sync.api``, for the
workbench's tests: replicas are real project files; "the server" is a list of changes the test
queues, applied to the file at the next sync; offline and failures are switched on by the test."""
from __future__ import annotations

import types
from dataclasses import dataclass, field
from pathlib import Path

from core.sync.api import FieldDifference, SyncConflict, SyncResult, SyncStatus


@dataclass
class FakeReplica:
    url: str
    user: str
    kind: str
    chains: tuple[str, ...] = ()
    last_sync_at: str | None = None
    waiting: int = 0
    conflicts: list[SyncConflict] = field(default_factory=list)


class FakeEngine:
    """``install(monkeypatch)`` puts it where ``core.sync.api`` looks for the engine."""

    def __init__(self, kind: str = "manager"):
        self.kind = kind
        self.replicas: dict[Path, FakeReplica] = {}
        self.incoming: list[tuple[str, str]] = []        # (company_id, new name) from "others"
        self.incoming_conflicts: list[SyncConflict] = []
        self.offline = False
        self.error: BaseException | None = None
        self.syncs: list[Path] = []
        self.checkouts: list[tuple[str, Path, list[str] | None]] = []
        self.resolved: list[tuple[int, str]] = []
        self.clock = 0
        self.password: str | None = None      # when set, a sync needs it in its URL
        self.sync_urls: list[str | None] = []
        self.status_calls = 0                  # each one re-counts a whole programme for real

    def install(self, monkeypatch) -> "FakeEngine":
        import sys
        module = types.ModuleType("core.sync.engine")
        for name in ("is_replica", "status", "checkout", "sync", "conflicts", "resolve"):
            setattr(module, name, getattr(self, name))
        monkeypatch.setitem(sys.modules, "core.sync.engine", module)
        return self

    # -- the contract ----------------------------------------------------------------------------
    def is_replica(self, path: Path) -> bool:
        return Path(path).resolve() in self.replicas

    def _replica(self, path: Path) -> FakeReplica:
        return self.replicas[Path(path).resolve()]

    def status(self, path: Path, waiting: int | None = None) -> SyncStatus:
        """Like the engine: ``waiting`` given means no count of the records (not a status call)."""
        if waiting is None:
            self.status_calls += 1
        r = self._replica(path)
        return SyncStatus(server=r.url, user=r.user, kind=r.kind, chains=r.chains,
                          last_sync_at=r.last_sync_at,
                          waiting=r.waiting if waiting is None else waiting,
                          conflicts=len(r.conflicts))

    def checkout(self, url, out, chains=None, progress=None, cancel=None) -> SyncStatus:
        from core.project import Project
        from core.sync.api import SyncStatus  # noqa: F401 - the engine's own answer type
        self.check_line()
        if progress:
            progress(0.5, "copying")
        out = Path(out)
        project = Project.create(out, "Programa del servidor", country="CR")
        project.close()
        clean = url.split("@", 1)[1] if "@" in url else url
        user = url.split("//", 1)[1].split("@", 1)[0].split(":", 1)[0]
        self.checkouts.append((url, out, chains))
        self.replicas[out.resolve()] = FakeReplica("postgresql://" + clean, user, self.kind,
                                                   tuple(chains or ()), self._now())
        return self.status(out)

    def sync(self, path, progress=None, cancel=None, url=None) -> SyncResult:
        self.check_line()
        self.sync_urls.append(url)
        from urllib.parse import unquote, urlsplit
        if self.password is not None and (url is None or unquote(urlsplit(url).password or "") != self.password):
            from core.errors import UserInputError
            raise UserInputError("sync.wrong_password", url=self._replica(path).url)
        if progress:
            progress(0.5, "sync.pushing")
        r = self._replica(path)
        pushed, r.waiting = r.waiting, 0
        pulled = len(self.incoming)
        if self.incoming:
            import sqlite3
            with sqlite3.connect(path) as conn:
                for company, name in self.incoming:
                    conn.execute("UPDATE companies SET name = ? WHERE id = ?", (name, company))
            self.incoming = []
        new = list(self.incoming_conflicts)
        r.conflicts += new
        self.incoming_conflicts = []
        r.last_sync_at = self._now()
        self.syncs.append(Path(path))
        return SyncResult(pushed, pulled, len(new), r.last_sync_at)

    def conflicts(self, path) -> list[SyncConflict]:
        return list(self._replica(path).conflicts)

    def resolve(self, path, conflict_id, keep, who=None) -> None:
        r = self._replica(path)
        r.conflicts = [c for c in r.conflicts if c.id != conflict_id]
        if keep == "mine":
            r.waiting += 1
        self.resolved.append((conflict_id, keep))

    # -- the test's levers -----------------------------------------------------------------------
    def check_line(self) -> None:
        if self.offline:
            import psycopg
            raise psycopg.OperationalError('connection to server at "127.0.0.1", port 5999 failed: '
                                           "Connection refused")
        if self.error is not None:
            raise self.error

    def _now(self) -> str:
        self.clock += 1
        return f"2026-12-06T09:{self.clock:02d}:00Z"

    def register(self, path: Path, url: str = "postgresql://ana@servidor:5432/programa",
                 user: str = "ana", kind: str | None = None, **fields) -> FakeReplica:
        replica = FakeReplica(url, user, kind or self.kind, **fields)
        self.replicas[Path(path).resolve()] = replica
        return replica


def company_conflict(conflict_id: int = 1, company: str = "S-001") -> SyncConflict:
    return SyncConflict(conflict_id, "companies", "company", company, f"companies {company}",
                        (FieldDifference("name", "Proveedor", "Proveedor Sur S.A.", "Proveedora del Sur"),
                         FieldDifference("employees", 12, 14, 15)))

"""Keeping a server programme's local copy in step: Sync now, and automatic syncs for a copy the
workbench checked out itself (the manager's view): on open, a few seconds after each edit, and
every few minutes. Syncs run off the UI thread; a lost connection is a state, not an error.

The controller holds no rules about records: :mod:`core.sync.api` pushes, pulls and counts.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from core.sync import api
from gui.sync import passwords
from gui.sync.failures import failure_text, is_offline, is_refused
from gui.sync.replicas import in_replica_folder

DEBOUNCE_MS = 5_000            # after the last edit: typing a few cells makes one sync
PERIOD_MS = 3 * 60_000         # the others' changes arrive at least this often
STATUS_DELAY_MS = 400          # local figures (changes waiting) re-counted after edits


class SyncController(QObject):
    """The open programme's sync state and the one sync running at a time.

    ``state_changed`` tells the status bar and the actions to redraw; ``conflicts_arrived(n)``
    that a sync found ``n`` new conflicts.
    """

    state_changed = Signal()
    conflicts_arrived = Signal(int)
    failed = Signal(str)             # a sync the user asked for did not work (not: offline)
    password_needed = Signal(str, str)   # server URL, why: a sync the user asked for was refused

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.path: Path | None = None           # the open programme, when it is a replica
        self.status: api.SyncStatus | None = None
        self.automatic = False
        self.syncing = False
        self.offline = False
        self.problem: str | None = None         # the last failure, in words (not: offline)
        self.last_result: api.SyncResult | None = None
        self.task = None
        self._again = False
        self._seen: Path | None = None
        self._skip_open_sync: Path | None = None
        self._checked_out: api.SyncStatus | None = None
        self._own_reloads = 0             # programme re-reads this controller asked for
        self.debounce = self._timer(DEBOUNCE_MS, single=True, slot=lambda: self.sync_now(quiet=True))
        self.periodic = self._timer(PERIOD_MS, single=False, slot=lambda: self.sync_now(quiet=True))
        self.status_timer = self._timer(STATUS_DELAY_MS, single=True, slot=self.refresh_status)
        self.session.changed.connect(self._programme_changed)
        self.session.edit_applied.connect(self._edited)
        self._programme_changed()

    def _timer(self, ms: int, single: bool, slot) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # -- the open programme ----------------------------------------------------------------------
    def just_checked_out(self, path: Path, status: api.SyncStatus | None = None) -> None:
        """``path`` was checked out a moment ago (``status``: its standing then): opening it
        needs no sync."""
        self._skip_open_sync, self._checked_out = Path(path), status

    def _programme_changed(self) -> None:
        path = self.session.path if self.session.is_open else None
        if path != self._seen:
            self._seen = path
            self._adopt(path)
        elif self._own_reloads:
            self._own_reloads -= 1        # the others' changes on screen: nothing new waits here
        elif self.path is not None:
            self.status_timer.start()

    def _adopt(self, path: Path | None) -> None:
        """A programme was opened (or closed). Its figures are counted off the UI thread (on a
        big programme that takes a second or two): nothing here waits for them."""
        for timer in (self.debounce, self.periodic, self.status_timer):
            timer.stop()
        self.status, self.offline, self.problem, self.last_result = None, False, None, None
        self.path = path if path is not None and _is_replica(path) else None
        self.automatic, self._own_reloads = False, 0
        fresh = self.path is not None and self._skip_open_sync == self.path
        if fresh:
            self.status = self._checked_out
        self._skip_open_sync = self._checked_out = None
        if self.path is not None:
            self.automatic = in_replica_folder(self.path) or (
                self.status is not None and self.status.kind == "manager")
        self.state_changed.emit()
        if self.automatic:
            self._start_automatic(sync=not fresh)
        if self.path is not None and self.status is None and not self.syncing:
            self.refresh_status()

    def _start_automatic(self, sync: bool = True) -> None:
        """The manager's view: synced now, a moment after each edit and every few minutes."""
        self.automatic = True
        self.periodic.start()
        if sync:
            self.sync_now(quiet=True)

    def _edited(self, _edit) -> None:
        if self.path is not None and self.automatic:
            self.debounce.start()

    # -- figures ---------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Re-count the local figures (changes waiting, conflicts) off the UI thread."""
        path = self.path
        if path is None:
            return

        def take(status) -> None:
            if self.path == path:
                self.status = status
                self.state_changed.emit()
                if status.kind == "manager" and not self.automatic:
                    self._start_automatic()

        self.context.runner.run(lambda progress: api.status(path), key="sync-status", on_result=take,
                                on_error=lambda exc: None)

    # -- syncing ---------------------------------------------------------------------------------
    def sync_now(self, quiet: bool = False):
        """Push this copy's changes and pull the others' (in a worker). ``quiet``: an automatic
        sync (no progress bar, no message box). Returns the task, or None when none started."""
        if self.path is None:
            return None
        if self.task is not None:
            self._again = True            # once the running one ends: changes made meanwhile
            return None
        self.debounce.stop()
        path, holder, language = self.path, {}, self.context.language
        server = self.status.server if self.status is not None else None

        def work(progress):
            task = holder.get("task")
            url = passwords.url_for(path, server)
            told = {"url": url} if url else {}          # a password typed this session
            try:
                result = api.sync(path, lambda f, text: progress(f, words(text, language)),
                                  lambda: bool(task is not None and task.cancel_requested), **told)
            except Exception as exc:  # noqa: BLE001 - no connection is an answer, not a fault to log
                if not is_offline(exc):
                    raise
                return exc, None, None
            # The standing after the sync, without counting every record again: what the
            # server refused is all that waits.
            return (result, len(api.conflicts(path)),
                    api.status(path, waiting=getattr(result, "refused", 0)))

        self.syncing = True
        self.state_changed.emit()
        task = self.context.runner.run(
            work, on_result=lambda outcome: self._synced(path, *outcome),
            on_error=lambda exc: self._failed(path, exc, quiet))
        task.finished.connect(lambda: self._finished(task))
        holder["task"] = task
        if task.done:                     # an inline pool: already over
            self._finished(task)
            return task
        self.task = task
        return task

    def _synced(self, path: Path, result, conflicts, after=None) -> None:
        if isinstance(result, BaseException):
            self._failed(path, result, True)
            return
        if path != self.path:
            return
        self.last_result, self.offline, self.problem = result, False, None
        refused = getattr(result, "refused", 0)
        if self.status is not None:       # everything else went: nothing waits (no re-count)
            self.status = replace(self.status, last_sync_at=result.at, waiting=refused,
                                  conflicts=conflicts)
        elif after is not None:           # the standing the sync left, known without a count
            self.status = after
            if after.kind == "manager" and not self.automatic:
                self._start_automatic(sync=False)
        if self.status is None:
            self.refresh_status()         # the figures, counted in the background
        elif refused or result.conflicts:
            self.status_timer.start()     # the exact figures, re-counted in the background
        if result.pulled or result.conflicts:
            self._own_reloads += 1
            self.session.reload(self.context.runner)          # the others' changes on screen
        if result.conflicts:
            self.conflicts_arrived.emit(result.conflicts)

    def _failed(self, path: Path, exc: BaseException, quiet: bool) -> None:
        if path != self.path:
            return
        if is_offline(exc):
            self.offline, self.problem = True, None
        else:
            self.offline, self.problem = False, failure_text(exc, self.context.language)
            if not quiet and is_refused(exc) and self.status is not None:
                self.password_needed.emit(self.status.server, self.problem)
            elif not quiet:
                self.failed.emit(self.problem)
        self.status_timer.start()

    def _finished(self, task) -> None:
        if task.cancel_requested:
            self._again = False           # the user stopped syncing: no follow-up now
        self.task, self.syncing = None, False
        self.state_changed.emit()
        if self._again and self.path is not None:
            self._again = False
            self.sync_now(quiet=True)


def words(text: str, language: str) -> str:
    """The engine's progress messages are catalogue codes (``sync.pushing``): in words."""
    from core import catalogue
    return catalogue.text(text, language) if text and catalogue.has(text) else text


def _is_replica(path: Path) -> bool:
    try:
        return bool(api.is_replica(Path(path)))
    except Exception:  # noqa: BLE001 - a file that cannot tell is no server programme
        return False

"""Long core work off the UI thread: progress (throttled), cancel, result and error on the UI thread.

``TaskRunner.run(work, ...)`` calls ``work(progress)`` on a thread pool. ``progress(fraction,
message)`` is the core's progress protocol; after :meth:`Task.cancel` it raises
:class:`core.errors.Cancelled`, which the core lets propagate (leaving nothing changed). The pool is
injectable: tests pass :class:`SynchronousPool` so everything runs inline, deterministically.
"""
from __future__ import annotations

import logging
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import Cancelled, UserInputError
from core.messages import describe_error, message

PROGRESS_INTERVAL = 0.05    # seconds between progress signals: enough for a smooth bar


class SynchronousPool:
    """A stand-in for QThreadPool that runs each task immediately in the caller's thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


class Task(QObject):
    """One piece of background work; its signals arrive on the UI thread."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    # Emitted in the worker thread; received by this object's own slots, which run on the UI
    # thread (queued), so the public signals above reach plain Python callables on the UI thread.
    _progress_raw = Signal(float, str)
    _outcome_raw = Signal(str, object)

    def __init__(self, work: Callable[[Callable[[float, str], None]], Any], parent=None):
        super().__init__(parent)
        self._progress_raw.connect(self._relay_progress)
        self._outcome_raw.connect(self._relay_outcome)
        self._work = work
        self._cancel_requested = False
        self._last_emit = 0.0
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; its result will be dropped."""
        self._cancel_requested = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested

    def progress(self, fraction: float, text: str = "") -> None:
        """The callback handed to the core (runs in the worker thread)."""
        if self._cancel_requested:
            raise Cancelled()
        now = time.monotonic()
        if fraction >= 1.0 or now - self._last_emit >= PROGRESS_INTERVAL:
            self._last_emit = now
            try:
                self._progress_raw.emit(float(fraction), text)
            except RuntimeError:         # the application is closing: stop the work
                raise Cancelled() from None

    def execute(self) -> None:
        """Run the work (in the worker thread) and hand the outcome to the UI thread."""
        try:
            result = self._work(self.progress)
        except Cancelled:
            outcome, value = "cancelled", None
        except Exception as exc:  # noqa: BLE001 - delivered to the UI, never lost
            if not isinstance(exc, UserInputError):
                logging.getLogger("encadena.gui").error("task failed\n%s", traceback.format_exc())
            outcome, value = "failed", exc
        else:
            outcome, value = "succeeded", result
        try:
            self._outcome_raw.emit(outcome, value)
        except RuntimeError:
            pass        # the application is closing and the task object is gone: nobody waits

    @Slot(float, str)
    def _relay_progress(self, fraction: float, text: str) -> None:
        if not self._cancel_requested and not self.done:
            self.progressed.emit(fraction, text)

    @Slot(str, object)
    def _relay_outcome(self, outcome: str, value: object) -> None:
        self.done = True
        if outcome == "succeeded" and not self._cancel_requested:
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "failed" and not self._cancel_requested:
            self.error = value  # type: ignore[assignment]
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task.execute()


class TaskRunner(QObject):
    """Starts tasks on a pool and keeps them alive until they finish.

    With a ``key``, starting a new task cancels the previous one with the same key (only the
    latest request matters: e.g. a preview for the sheet the user just picked).
    """

    def __init__(self, pool: QThreadPool | SynchronousPool | None = None, parent=None):
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self._running: set[Task] = set()
        self._latest: dict[str, Task] = {}

    def run(self, work: Callable, *, on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[float, str], None] | None = None,
            on_cancelled: Callable[[], None] | None = None,
            key: str | None = None) -> Task:
        """Run ``work(progress)`` in the background and call the handlers on the UI thread."""
        if key is not None and key in self._latest:
            self._latest[key].cancel()
        task = Task(work)
        task.moveToThread(self.thread())
        if on_progress:
            task.progressed.connect(on_progress)
        if on_result:
            task.succeeded.connect(on_result)
        if on_error:
            task.failed.connect(on_error)
        if on_cancelled:
            task.cancelled.connect(on_cancelled)
        task.finished.connect(lambda t=task, k=key: self._forget(t, k))
        self._running.add(task)
        if key is not None:
            self._latest[key] = task
        self.pool.start(_Runnable(task))
        return task

    def active(self) -> int:
        return len(self._running)

    @Slot()
    def _forget(self, task: Task, key: str | None) -> None:
        self._running.discard(task)
        if key is not None and self._latest.get(key) is task:
            del self._latest[key]


def error_text(exc: BaseException, language: str | None = None) -> str:
    """A translated sentence for an error a task delivered (internal errors name the log file)."""
    if isinstance(exc, UserInputError):
        return describe_error(exc, language)
    if isinstance(exc, Cancelled):
        return message("cancelled", language)
    from core.safe_output import fault_error       # faulty media, read-only or tampered files
    fault = fault_error(exc)
    if fault is not None:
        return describe_error(fault, language)
    from core.paths import log_file
    return message("internal_error", language, error=type(exc).__name__, log=log_file())

"""Background tasks: results, errors, cancel and throttled progress arrive on the UI thread."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool

from core.errors import Cancelled, UserInputError
from gui.workers import SynchronousPool, TaskRunner, error_text

pytestmark = pytest.mark.gui


def test_synchronous_pool_delivers_result_and_progress(qapp):
    runner = TaskRunner(SynchronousPool())
    seen: dict = {"progress": []}

    def work(progress):
        for i in range(5):
            progress(i / 4, f"step {i}")
        return 42

    task = runner.run(work, on_result=lambda r: seen.__setitem__("result", r),
                      on_progress=lambda f, m: seen["progress"].append(f))
    assert task.done and seen["result"] == 42
    assert seen["progress"][0] == 0.0 and seen["progress"][-1] == 1.0
    assert len(seen["progress"]) < 5       # throttled: the middle steps come too fast to show
    assert runner.active() == 0


def test_user_errors_arrive_as_translated_text(qapp):
    runner = TaskRunner(SynchronousPool())
    errors = []

    def work(progress):
        raise UserInputError("file_not_found", path="encuesta.xlsx")

    runner.run(work, on_error=errors.append)
    assert isinstance(errors[0], UserInputError)
    assert error_text(errors[0], "es") == "No se encontró el archivo: encuesta.xlsx"


def test_internal_errors_are_logged_and_named(qapp):
    runner = TaskRunner(SynchronousPool())
    errors = []
    runner.run(lambda progress: 1 / 0, on_error=errors.append)
    assert isinstance(errors[0], ZeroDivisionError)
    assert "ZeroDivisionError" in error_text(errors[0], "en")


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    runner = TaskRunner(QThreadPool())
    started, release = threading.Event(), threading.Event()
    steps = []

    def work(progress):
        started.set()
        release.wait(5)
        for i in range(100):
            progress(i / 100, "")
            steps.append(i)
        return "finished"

    results, cancelled = [], []
    task = runner.run(work, on_result=results.append, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert cancelled == [True] and results == [] and steps == []


def test_results_arrive_on_the_ui_thread(qtbot):
    runner = TaskRunner(QThreadPool())
    threads = []
    task = runner.run(lambda progress: threading.get_ident(),
                      on_result=lambda r: threads.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    worker, receiver = threads[0]
    assert worker != receiver == threading.main_thread().ident


def test_a_newer_task_with_the_same_key_drops_the_older_result(qtbot):
    runner = TaskRunner(QThreadPool())
    gate = threading.Event()
    results = []

    def slow(progress):
        gate.wait(5)
        progress(1.0, "")
        return "old"

    old = runner.run(slow, on_result=results.append, key="preview")
    new = runner.run(lambda progress: "new", on_result=results.append, key="preview")
    gate.set()
    qtbot.waitUntil(lambda: old.done and new.done, timeout=5000)
    assert results == ["new"]


def test_cancelled_core_work_is_reported_as_cancelled(qapp):
    runner = TaskRunner(SynchronousPool())
    outcome = []

    def work(progress):
        raise Cancelled()

    runner.run(work, on_cancelled=lambda: outcome.append("cancelled"), on_error=outcome.append)
    assert outcome == ["cancelled"]

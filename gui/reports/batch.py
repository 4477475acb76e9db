"""Many PDF reports at once (one supplier report per company of a chain): the data of each report
is gathered in this process (it reads the project), the drawing is shared out to ``jobs`` worker
processes, each with its own offscreen Qt application. The files, their content and the order of
the returned paths are the same whatever ``jobs`` is; a short batch is drawn here, as spawning a
worker (Python, Qt) costs more than a few reports.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable, Iterator

from core.errors import UserInputError

# Below this many reports per worker, drawing them here is faster than starting the workers
# (starting one costs ~0.7 s CPU: Python, Qt, fonts; with ~45 ms of drawing per report it pays off
# from about 60 reports, by that estimate).
MIN_PER_WORKER = 30
# Reports handed out ahead of the one being waited for (bounds memory, keeps every worker busy).
AHEAD_PER_WORKER = 3


# Drawing a report takes ~4 times as long as gathering its data here, so more workers than this
# would wait for data (and each holds ~170 MB: Python, Qt, fonts).
MAX_DEFAULT_JOBS = 4


def default_jobs() -> int:
    """Worker processes for a batch: one per core, at most :data:`MAX_DEFAULT_JOBS` (the data is
    gathered meanwhile in this process)."""
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_JOBS))


def workers_for(count: int, jobs: int | None) -> int:
    """How many worker processes draw ``count`` reports (0: draw them in this process)."""
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    if jobs <= 1 or count < 2 * MIN_PER_WORKER:
        return 0
    return min(jobs, count // MIN_PER_WORKER)


def _start_worker() -> None:
    """Worker initializer: a Qt application for drawing (offscreen when there is no display)."""
    from gui.reports.command import load_renderer
    load_renderer()


def _draw(data, target: str, paper: str, inputs: list) -> tuple:
    """Draw one report in a worker; an unusable input comes back as data (its parameters would
    not survive pickling as an exception)."""
    from gui.reports.pdf import write_pdf
    try:
        return ("ok", str(write_pdf(data, target, paper, inputs=inputs)))
    except UserInputError as exc:
        return ("user_error", exc.code, exc.problems, exc.params)


def _result(outcome: tuple) -> Path:
    if outcome[0] == "user_error":
        raise UserInputError(outcome[1], outcome[2], **outcome[3])
    return Path(outcome[1])


def write_reports(reports: Iterable[tuple[object, Path]], count: int, paper: str = "a4",
                  inputs: list | None = None, jobs: int | None = None,
                  progress: Callable[[float, str], None] | None = None) -> list[Path]:
    """Write each ``(report data, target path)`` of ``reports`` (about ``count`` of them, for the
    progress bar and the number of workers); returns the paths written, in the given order.
    ``reports`` is consumed lazily: the data of a report is gathered while others are drawn."""
    inputs = [i for i in (inputs or []) if i is not None]
    workers = workers_for(count, jobs)
    if workers == 0:
        return list(_in_process(reports, count, paper, inputs, progress))
    return list(_in_workers(reports, count, paper, inputs, workers, progress))


def _tell(progress, done: int, count: int, text: str) -> None:
    if progress:
        progress(min(done / max(1, count), 0.999), text)


def _in_process(reports, count: int, paper: str, inputs: list, progress) -> Iterator[Path]:
    from gui.reports.pdf import write_pdf
    for k, (data, target) in enumerate(reports):
        _tell(progress, k, count, getattr(data, "company_id", ""))
        yield write_pdf(data, target, paper, inputs=inputs)


def _in_workers(reports, count: int, paper: str, inputs: list, workers: int, progress) -> Iterator[Path]:
    # spawn, not fork: a forked copy of a process running Qt (and threads) is not safe
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[Future, str]] = deque()
    done = 0
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker)
    try:
        for data, target in reports:
            _tell(progress, done, count, getattr(data, "company_id", ""))
            pending.append((pool.submit(_draw, data, str(target), paper, inputs),
                            getattr(data, "company_id", "")))
            while len(pending) > workers * AHEAD_PER_WORKER:
                future, _ = pending.popleft()
                yield _result(future.result())
                done += 1
        while pending:
            future, name = pending.popleft()
            _tell(progress, done, count, name)
            yield _result(future.result())
            done += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)

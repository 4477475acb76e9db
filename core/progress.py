"""The progress protocol of long-running core functions.

Every long function takes ``progress(fraction, message)``. To cancel, the callback raises
:class:`core.errors.Cancelled`; the function lets it propagate and leaves nothing half done.
"""
from __future__ import annotations

from typing import Callable, Protocol


class ProgressCallback(Protocol):
    def __call__(self, fraction: float, message: str) -> None: ...


def no_progress(fraction: float, message: str) -> None:
    """A callback that ignores progress (the default)."""


def scaled(progress: ProgressCallback | None, start: float, end: float) -> ProgressCallback:
    """A callback reporting into the sub-range [start, end] of ``progress``."""
    outer = progress or no_progress

    def inner(fraction: float, message: str) -> None:
        outer(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return inner


Progress = Callable[[float, str], None]

"""The registry of main views: each view module registers itself; the window never hard-wires them.

A view module under ``gui/views/`` calls :func:`register_view` at import time; importing
:mod:`gui.views` discovers them all (the same pattern as the CLI's subcommands).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.context import AppContext


@dataclass(frozen=True)
class ViewSpec:
    """A main view: ``title`` is English source text translated in context ``Views``."""

    key: str
    title: str
    factory: Callable[["AppContext"], "QWidget"]
    order: int = 50
    shortcut: str = ""          # e.g. "Ctrl+2"
    needs_project: bool = True  # disabled on the start page until a programme is open


_VIEWS: dict[str, ViewSpec] = {}


def register_view(spec: ViewSpec) -> ViewSpec:
    """Add a view (a second registration under the same key replaces the first)."""
    _VIEWS[spec.key] = spec
    return spec


def registered_views() -> list[ViewSpec]:
    """Every registered view in display order."""
    import gui.views  # noqa: F401 - importing discovers and registers the view modules
    return sorted(_VIEWS.values(), key=lambda v: (v.order, v.key))


def view_spec(key: str) -> ViewSpec:
    registered_views()
    try:
        return _VIEWS[key]
    except KeyError:
        raise KeyError(f"unknown view {key!r}; registered: {', '.join(sorted(_VIEWS))}") from None

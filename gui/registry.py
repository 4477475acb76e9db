"""The registry of main views: each view module registers itself; the window never hard-wires them.

A view module under ``gui/views/`` calls :func:`register_view` at import time; importing
:mod:`gui.views` discovers them all (the same pattern as the CLI's subcommands). To add a view
(risk heat map, progress, dashboard...)::

    # gui/views/risk.py
    from PySide6.QtCore import QT_TRANSLATE_NOOP
    from gui.registry import ViewSpec, register_view
    from gui.views.base import View

    class RiskView(View):                 # gets context.session / .runner / .settings / .language
        def retranslate_ui(self): ...     # re-apply texts (LanguageChange)
        def on_programme_changed(self): ...   # reload from self.context.session.project
        def on_selection_changed(self, chain, company): ...
        def smoke_states(self):           # optional: extra screenshots [(suffix, setter)]
            return [("residual", lambda: self.toggle.setChecked(True))]

    register_view(ViewSpec("risk", QT_TRANSLATE_NOOP("Views", "Risk"), RiskView, order=30,
                           shortcut="Ctrl+3"))

The main window adds a toolbar button, a View menu entry and a page; the smoke run shoots it in
English and Spanish. Then run ``pyside6-lupdate`` and translate the new strings.
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

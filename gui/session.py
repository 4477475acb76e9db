"""The open programme, as the windows see it: one project at a time, and the current selection.

This is an adapter over :mod:`core.project` (the store) that emits Qt signals when things change;
it computes nothing itself.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Signal


class ProgrammeSession(QObject):
    """Holds the open :class:`core.project.Project` and the navigator's selection."""

    changed = Signal()
    selection_changed = Signal(object, object)   # chain id or None, company id or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: Any = None
        self.path: Path | None = None
        self.warnings: list[Any] = []
        self.chain: Any = None
        self.company: Any = None
        self._companies: pd.DataFrame | None = None
        self._toolkits: dict[str, Any] = {}
        self._matrix: Any = None

    # -- opening and closing -----------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.project is not None

    def open(self, path: str | Path) -> None:
        """Open a programme file (raises the core's UserInputError when it cannot be used)."""
        from core.project import Project
        opened = Project.open(Path(path))
        project, warnings = opened if isinstance(opened, tuple) else (opened, [])
        self._replace(project, Path(path), list(warnings or getattr(project, "warnings", []) or []))

    def create(self, path: str | Path, name: str, country: str | None = None) -> None:
        from core.project import Project
        kwargs = {"country": country} if country else {}
        project = Project.create(Path(path), name, **kwargs)
        self._replace(project, Path(path), [])

    def close(self) -> None:
        if self.project is not None:
            try:
                self.project.close()
            finally:
                self._replace(None, None, [])

    def adopt(self, project: Any, path: Path | None) -> None:
        """Use an already opened project (e.g. one opened in a worker thread)."""
        self._replace(project, path, list(getattr(project, "warnings", []) or []))

    def _replace(self, project: Any, path: Path | None, warnings: list[Any]) -> None:
        if self.project is not None and project is not self.project:
            try:
                self.project.close()
            except Exception:  # noqa: BLE001 - closing the old file must not block the new one
                pass
        self.project, self.path, self.warnings = project, path, warnings
        self.chain = self.company = None
        self.refresh()

    def refresh(self) -> None:
        """Forget cached tables and tell the views (after an import or an edit)."""
        self._companies = None
        self._matrix = None
        self.changed.emit()

    def select(self, chain: Any = None, company: Any = None) -> None:
        self.chain, self.company = chain, company
        self.selection_changed.emit(chain, company)

    # -- reading -----------------------------------------------------------------------------
    @property
    def name(self) -> str:
        if self.project is None:
            return ""
        info = getattr(self.project, "programme", None) or getattr(self.project, "info", None)
        name = getattr(info, "name", None) if info is not None else None
        return str(name or getattr(self.project, "name", "") or (self.path.stem if self.path else ""))

    def value_chains(self) -> list[Any]:
        """The programme's value chains as the core returns them (each has ``id`` and ``name``)."""
        if self.project is None:
            return []
        chains = self.project.value_chains()
        if isinstance(chains, pd.DataFrame):
            return [_Row(r) for r in chains.to_dict("records")]
        return list(chains)

    def companies(self) -> pd.DataFrame:
        """Every company with its latest scores, as the core lists them (cached until refresh)."""
        if self.project is None:
            return pd.DataFrame()
        if self._companies is None:
            self._companies = self.project.companies()
        return self._companies

    def toolkit(self, toolkit_id: str) -> Any:
        """The toolkit by id: as stored in the project when it can say, else the built-in one."""
        if toolkit_id not in self._toolkits:
            found = None
            getter = getattr(self.project, "toolkit", None)
            if callable(getter):
                try:
                    found = getter(toolkit_id)
                except Exception:  # noqa: BLE001 - fall back to the registry
                    found = None
            if found is None:
                try:
                    from core.toolkit.registry import get_toolkit
                    found = get_toolkit(toolkit_id)
                except Exception:  # noqa: BLE001 - labels then fall back to codes
                    found = None
            self._toolkits[toolkit_id] = found
        return self._toolkits[toolkit_id]

    def risk_matrix(self) -> Any:
        """The programme's risk matrix (the default one when the project names none)."""
        if self._matrix is None:
            try:
                from core.risk.matrix import get_matrix
                getter = getattr(self.project, "risk_matrix", None)
                self._matrix = getter() if callable(getter) else get_matrix()
            except Exception:  # noqa: BLE001 - no matrix: risk levels shown as codes
                self._matrix = None
        return self._matrix


class _Row:
    """Attribute access over a dict row (value chains returned as a DataFrame)."""

    def __init__(self, row: dict):
        self.__dict__.update(row)

    def __getattr__(self, name: str) -> Any:
        return None

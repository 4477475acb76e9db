"""The open programme, as the windows see it: one project at a time, and the current selection.

This is an adapter over :mod:`core.project` (the store) and :mod:`core.programme` (the read-model)
that emits Qt signals when things change; it computes nothing itself.
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
    edit_applied = Signal(object)                # a core.edits.Edit, applied or undone

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project: Any = None
        self.path: Path | None = None
        self.warnings: list[Any] = []
        self.chain: Any = None
        self.company: Any = None
        self._programme: Any = None            # core.programme.ProgrammeModel, built on demand
        self._toolkits: dict[str, Any] = {}
        self._chains: list[Any] | None = None
        self._matrix: Any = None
        self.edits: Any = None          # gui.undo.ProgrammeEdits, set by the app context

    # -- opening and closing -----------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.project is not None

    def open(self, path: str | Path) -> None:
        """Open a programme file (raises the core's UserInputError when it cannot be used)."""
        from core.project import Project
        project = Project.open(Path(path))
        self._replace(project, Path(path), list(project.warnings))

    def create(self, path: str | Path, name: str, country: str | None = None, **settings: Any) -> None:
        """Create a programme file (``settings``: size_scheme, number_format... as the core takes)."""
        from core.project import Project
        project = Project.create(Path(path), name, country, **settings)
        self._replace(project, Path(path), [])

    def close(self) -> None:
        if self.project is not None:
            try:
                self.project.close()
            finally:
                self._replace(None, None, [])

    def adopt(self, project: Any, path: Path | None, programme: Any = None) -> None:
        """Use a project opened elsewhere (in a worker thread), with its read-model if built."""
        self._replace(project, path, list(project.warnings), programme)

    def _replace(self, project: Any, path: Path | None, warnings: list[Any],
                 programme: Any = None) -> None:
        if self.project is not None and project is not self.project:
            try:
                self.project.close()
            except Exception:  # noqa: BLE001 - closing the old file must not block the new one
                pass
        self.project, self.path, self.warnings = project, path, warnings
        if self.edits is not None:
            self.edits.clear()          # undo never crosses from one programme to another
        self.chain = self.company = None
        self.selection_changed.emit(None, None)
        self.refresh(programme)

    def refresh(self, programme: Any = None) -> None:
        """Forget the read-model (or take a fresh one built in a worker) and tell the views."""
        self._programme = programme
        self._chains = programme.chains if programme is not None else None
        self._matrix = None
        self._toolkits = {}
        self.changed.emit()

    def reload(self, runner) -> None:
        """Re-list companies in a worker (risk and plan figures take seconds on big programmes),
        then :meth:`refresh` with the new listing. A reload for a closed project is dropped."""
        project = self.project
        if project is None:
            return

        def work(progress):
            from core.programme import read_programme
            return read_programme(project, progress=progress, stored=True)

        runner.run(work, key="reload",
                   on_result=lambda result: self.refresh(result) if self.project is project else None)

    def edited(self, edit: Any) -> None:
        """An edit was applied (or undone): tell listeners, then re-read the programme."""
        self.edit_applied.emit(edit)
        self.refresh()

    def select(self, chain: Any = None, company: Any = None) -> None:
        self.chain, self.company = chain, company
        self.selection_changed.emit(chain, company)

    # -- reading -----------------------------------------------------------------------------
    @property
    def name(self) -> str:
        if self.project is None:
            return ""
        return self.project.programme.name or (self.path.stem if self.path else "")

    def value_chains(self) -> list[Any]:
        """The programme's value chains as the core returns them (each has ``id`` and ``name``)."""
        if self.project is None:
            return []
        if self._chains is None:        # cached: a big programme takes a while to read
            self._chains = list(self.project.value_chains())
        return list(self._chains)

    def programme(self) -> Any:
        """The programme's read-model (:class:`core.programme.ProgrammeModel`), cached until
        :meth:`refresh`; None when no programme is open."""
        if self.project is None:
            return None
        if self._programme is None:
            from core.programme import read_programme
            self._programme = read_programme(self.project, stored=True)
        return self._programme

    def companies(self) -> pd.DataFrame:
        """The read-model's companies: one row per company (columns: core.programme.columns,
        plus company_id, chain_id, toolkit_id and ``area:<id>`` per area)."""
        if self.project is None:
            return pd.DataFrame()
        return self.programme().companies

    def labels(self, language: str):
        """Words in ``language`` for the open programme's codes (core.programme.Labels)."""
        from core.programme import Labels
        model = self.programme()
        return model.labels(language) if model is not None else Labels(language)

    def risk_register(self):
        """The programme's effective risk register as of the last reading (None if unknown)."""
        model = self.programme()
        return model.register if model is not None else None

    def company_picture(self, company_id: str, language: str):
        """What the company view shows about one company (None when it is unknown)."""
        if self.project is None:
            return None
        from core.programme.picture import company_picture
        return company_picture(self.project, self.programme(), company_id, language)

    def toolkit(self, toolkit_id: str, sha256: str | None = None) -> Any:
        """The toolkit an assessment used: the exact workbook stored in the project (by hash),
        else the built-in toolkit with that id; None when neither exists."""
        key = sha256 or toolkit_id
        if key not in self._toolkits:
            found = None
            if sha256 and self.project is not None:
                try:
                    from core.toolkit.loader import load_toolkit
                    found = load_toolkit(self.project.toolkit_bytes(sha256))
                except Exception:  # noqa: BLE001 - fall back to the registry
                    found = None
            if found is None:
                try:
                    from core.toolkit.registry import get_toolkit
                    found = get_toolkit(toolkit_id)
                except Exception:  # noqa: BLE001 - labels then fall back to codes
                    found = None
            self._toolkits[key] = found
        return self._toolkits[key]

    def risk_matrix(self) -> Any:
        """The programme's risk matrix (the default one when the project names none)."""
        model = self._programme
        if model is not None and model.matrix is not None:
            return model.matrix
        if self._matrix is None:
            try:
                from core.risk.store import project_matrix
                self._matrix = project_matrix(self.project.conn)
            except Exception:  # noqa: BLE001 - no matrix: risk levels shown as codes
                self._matrix = None
        return self._matrix

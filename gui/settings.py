"""Application settings: each declared once with its default and type, stored in QSettings.

Settings are passed explicitly to the windows that need them (never a global). Unknown keys are
refused so a typo fails loudly instead of silently reading a default.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    title: str                       # translatable title (English source text)


DECLARED: dict[str, Setting] = {s.key: s for s in (
    Setting("language", "", str, "Language"),                   # "" = from the environment
    Setting("consultant", "", str, "Your name (recorded with every edit)"),
    Setting("recent_files", [], list, "Recent files"),
    Setting("window/geometry", QByteArray(), QByteArray, "Window size and position"),
    Setting("window/state", QByteArray(), QByteArray, "Toolbars and panels"),
    Setting("import/decimal_comma", False, bool, "Numbers use a decimal comma"),
    Setting("import/last_folder", "", str, "Last folder used for imports"),
    Setting("import/toolkit", "", str, "Toolkit of the last import"),
    Setting("sync/last_server", "", str, "Last programme server (URL without password)"),
)}
MAX_RECENT = 8


class Settings:
    """Typed access to the declared settings over a QSettings store (injectable for tests)."""

    def __init__(self, store: QSettings | None = None):
        self._store = store if store is not None else QSettings("Encadena", "Encadena")

    def get(self, key: str) -> Any:
        spec = self._spec(key)
        raw = self._store.value(key, None)
        if raw is None:
            return spec.default
        if spec.kind is bool:
            return raw in (True, "true", "1", 1)
        if spec.kind is list:
            if isinstance(raw, str):
                return [raw] if raw else []
            return list(raw)
        if spec.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray()
        return spec.kind(raw)

    def set(self, key: str, value: Any) -> None:
        self._spec(key)
        self._store.setValue(key, value)

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files (no duplicates, at most MAX_RECENT)."""
        files = [p for p in self.get("recent_files") if p != path]
        files.insert(0, path)
        files = files[:MAX_RECENT]
        self.set("recent_files", files)
        return files

    def sync(self) -> None:
        self._store.sync()

    @staticmethod
    def _spec(key: str) -> Setting:
        try:
            return DECLARED[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}; declared: {', '.join(sorted(DECLARED))}") from None

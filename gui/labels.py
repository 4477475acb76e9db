"""Display names and colours for the codes the core returns (bands, areas, risk levels, sizes).

Bands and areas come from the toolkits the programme used, risk levels from its risk matrix;
size classes are translated here. Everything falls back to the code itself, never to a crash.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SIZE_CLASSES = {
    "micro": QT_TRANSLATE_NOOP("SizeClass", "Micro"),
    "small": QT_TRANSLATE_NOOP("SizeClass", "Small"),
    "medium": QT_TRANSLATE_NOOP("SizeClass", "Medium"),
    "large": QT_TRANSLATE_NOOP("SizeClass", "Large"),
    "sme": QT_TRANSLATE_NOOP("SizeClass", "SME"),
}


class Labels:
    """Names in one language for one programme's codes."""

    def __init__(self, language: str, toolkits: list[Any] | None = None, matrix: Any = None):
        self.language = language
        self.toolkits = [t for t in (toolkits or []) if t is not None]
        self.matrix = matrix

    @classmethod
    def for_session(cls, session, language: str) -> "Labels":
        """Labels for the toolkits of the programme open in ``session`` (and its risk matrix)."""
        toolkits = []
        if session.is_open:
            frame = session.companies()
            ids = frame["toolkit_id"].dropna().unique().tolist() if "toolkit_id" in frame else []
            toolkits = [session.toolkit(i) for i in ids]
        return cls(language, toolkits, session.risk_matrix() if session.is_open else None)

    # -- bands -------------------------------------------------------------------------------
    def _band(self, code: Any):
        for toolkit in self.toolkits:
            for band in toolkit.bands:
                if band.name == code:
                    return band
        return None

    def band_codes(self) -> list[str]:
        seen: list[str] = []
        for toolkit in self.toolkits:
            for band in toolkit.bands:
                if band.name not in seen:
                    seen.append(band.name)
        return seen

    def band_label(self, code: Any) -> str:
        band = self._band(code)
        return band.label(self.language) if band is not None else str(code)

    def band_colours(self) -> dict[Any, str]:
        return {code: self._band(code).colour for code in self.band_codes()}

    # -- areas ---------------------------------------------------------------------------------
    def area_label(self, code: str) -> str:
        for toolkit in self.toolkits:
            for area in toolkit.areas:
                if area.name == code:
                    return area.label(self.language)
        return code.replace("_", " ").capitalize()

    # -- risk levels -----------------------------------------------------------------------------
    def _level(self, code: Any):
        if self.matrix is None:
            return None
        for level in self.matrix.levels:
            if level.name == code:
                return level
        return None

    def risk_label(self, code: Any) -> str:
        level = self._level(code)
        return level.label(self.language) if level is not None else str(code)

    def risk_colours(self) -> dict[Any, str]:
        if self.matrix is None:
            return {}
        return {level.name: level.colour for level in self.matrix.levels}

    # -- size classes ----------------------------------------------------------------------------
    @staticmethod
    def size_label(code: Any) -> str:
        source = SIZE_CLASSES.get(str(code))
        return QCoreApplication.translate("SizeClass", source) if source else str(code)

"""Words in one language for one programme's codes: bands and areas (from the toolkits the
programme used), risk levels (from its risk matrix), size classes, roles, phases and statuses
(from the word catalogue). Everything falls back to the code itself, never to a crash."""
from __future__ import annotations

from typing import Any

from core import catalogue


class Labels:
    """Names in ``language`` for the codes of one programme."""

    def __init__(self, language: str, toolkits: list[Any] | None = None, matrix: Any = None):
        self.language = language
        self.toolkits = [t for t in (toolkits or []) if t is not None]
        self.matrix = matrix

    # -- bands -------------------------------------------------------------------------------
    def _band(self, code: Any):
        for toolkit in self.toolkits:
            for band in toolkit.bands:
                if band.name == code:
                    return band
        return None

    def band_codes(self) -> list[str]:
        """Every band of the programme's toolkits, lowest first, once each."""
        seen: list[str] = []
        for toolkit in self.toolkits:
            for band in toolkit.bands:
                if band.name not in seen:
                    seen.append(band.name)
        return seen

    def band_label(self, code: Any) -> str:
        band = self._band(code)
        return band.label(self.language) if band is not None else _text(code)

    def band_colours(self) -> dict[Any, str]:
        return {code: self._band(code).colour for code in self.band_codes()}

    # -- areas -------------------------------------------------------------------------------
    def area_label(self, code: str) -> str:
        for toolkit in self.toolkits:
            for area in toolkit.areas:
                if area.name == code:
                    return area.label(self.language)
        return catalogue.label(f"area.{code}", self.language, code.replace("_", " ").capitalize())

    # -- risk levels -------------------------------------------------------------------------
    def _level(self, code: Any):
        if self.matrix is None:
            return None
        return next((lv for lv in self.matrix.levels if lv.name == code), None)

    def risk_label(self, code: Any) -> str:
        level = self._level(code)
        return level.label(self.language) if level is not None else _text(code)

    def risk_colours(self) -> dict[Any, str]:
        return {} if self.matrix is None else {lv.name: lv.colour for lv in self.matrix.levels}

    # -- catalogue words -----------------------------------------------------------------------
    def size_label(self, code: Any) -> str:
        return self.word("size", code)

    def phase_label(self, code: Any) -> str:
        return self.word("phase", code)

    def word(self, domain: str, code: Any) -> str:
        """The catalogue's ``<domain>.<code>`` (bands and risk levels: the programme's own)."""
        if domain == "band":
            return self.band_label(code)
        if domain == "risk":
            return self.risk_label(code)
        if code is None or (isinstance(code, float) and code != code):
            return ""
        return catalogue.label(f"{domain}.{code}", self.language, str(code))

    def words(self, domain: str, codes) -> list[str]:
        """:meth:`word` for many codes, each distinct code looked up once."""
        table: dict[Any, str] = {}
        out = []
        for code in codes:
            key = code if code == code else None       # NaN: one key
            if key not in table:
                table[key] = self.word(domain, key)
            out.append(table[key])
        return out


def _text(code: Any) -> str:
    if code is None or (isinstance(code, float) and code != code):
        return ""
    return str(code)

"""Folding for search and comparison: case and accents do not matter (``Lácteos`` = ``lacteos``)."""
from __future__ import annotations

import re

from core.text import normalise

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str | None) -> str:
    """Lower case without diacritics, spaces collapsed (the project's one normalisation)."""
    return normalise(text)


def words(text: str | None) -> list[str]:
    """The folded words of ``text`` (what the full-text index matches)."""
    return _WORD.findall(fold(text))

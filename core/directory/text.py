"""Folding for search and comparison: case and accents do not matter (``Lácteos`` = ``lacteos``)."""
from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str | None) -> str:
    """Lower case without diacritics, spaces collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def words(text: str | None) -> list[str]:
    """The folded words of ``text`` (what the full-text index matches)."""
    return _WORD.findall(fold(text))


def same(a: str | None, b: str | None) -> bool:
    return fold(a) == fold(b) and bool(fold(a))

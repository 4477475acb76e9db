"""Text normalisation used wherever headers, labels and choices are compared."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalise(text: object) -> str:
    """Trim, collapse inner white space, case-fold and strip accents (so ``Área`` == ``area``)."""
    if text is None:
        return ""
    s = str(text)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return _SPACES.sub(" ", s).strip().casefold()


def normalise_label(text: object) -> str:
    """Like :func:`normalise`, also ignoring a trailing ``:`` (labels written as questions)."""
    s = normalise(text)
    while s.endswith(":"):
        s = s[:-1].rstrip()
    return s

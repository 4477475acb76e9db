"""The one catalogue of words: codes, labels and messages in en / es / pt.

Words are data in ``core/catalogue/words/<domain>.json``, one file per domain (``phases.json``,
``edits.json``, ...), each ``{"code": {"en": "...", "es": "...", "pt": "..."}}``. Codes are
namespaced by domain (``phase.diagnosis``, ``edit.company_set``). Templates use ``str.format``
fields. The language is always an argument: nothing here reads the environment.
"""
from __future__ import annotations

import json
import string
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

LANGUAGES = ("en", "es", "pt")
WORDS_DIR = Path(__file__).resolve().parent / "words"


@lru_cache(maxsize=1)
def entries() -> Mapping[str, Mapping[str, str]]:
    """Every code of every word file (loaded once; a code defined twice is an error)."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted(WORDS_DIR.glob("*.json")):
        for code, texts in json.loads(path.read_text(encoding="utf-8")).items():
            if code in found:
                raise ValueError(f"catalogue code {code!r} is defined twice ({path.name})")
            found[code] = texts
    return found


def has(code: str) -> bool:
    return code in entries()


def text(code: str, language: str, /, **params: Any) -> str:
    """The words for ``code`` in ``language`` with ``params`` filled in.

    An unknown code raises ``KeyError`` (tests check that every code used exists); a language
    without a text falls back to English.
    """
    texts = entries()[code]
    template = texts.get(language) or texts["en"]
    return template.format(**params) if params else template


def label(code: str, language: str, default: str | None = None) -> str:
    """Like :func:`text` for plain labels, with ``default`` (else the code) when unknown."""
    texts = entries().get(code)
    if texts is None:
        return code if default is None else default
    return texts.get(language) or texts["en"]


def fields(template: str) -> set[str]:
    """The placeholder names of a template (for the completeness test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}

"""The one catalogue of words: every code in en, es and pt, the same placeholders in each."""
from __future__ import annotations

import pytest

from core import catalogue


def test_every_code_has_three_languages_and_the_same_placeholders():
    problems = []
    for code, texts in catalogue.entries().items():
        missing = [lang for lang in catalogue.LANGUAGES if not (texts.get(lang) or "").strip()]
        if missing:
            problems.append(f"{code}: no {missing}")
            continue
        placeholders = {lang: catalogue.fields(texts[lang]) for lang in catalogue.LANGUAGES}
        if len({frozenset(v) for v in placeholders.values()}) != 1:
            problems.append(f"{code}: placeholders differ {placeholders}")
    assert problems == []


def test_text_fills_placeholders_and_unknown_codes_fail_loudly():
    assert catalogue.text("edit.undo_prefix", "es", label="x") == "Deshacer: x"
    with pytest.raises(KeyError):
        catalogue.text("no.such.code", "es")
    assert catalogue.label("no.such.code", "es", "fallback") == "fallback"

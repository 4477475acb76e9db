"""Warnings about a toolkit's labels that make survey headers ambiguous (``toolkit check``).

Headers are matched to items by label after case-folding and removing accents (spec section 2),
so two scored items whose labels in one language are the same — or differ only by accents or
case — can be told apart in an export only by group path or column order.
"""
from __future__ import annotations

from dataclasses import dataclass

from core.text import normalise_label
from core.toolkit.model import Toolkit


@dataclass(frozen=True)
class LabelWarning:
    code: str                   # quality.shared_label | quality.near_label
    language: str
    items: tuple[str, ...]      # in survey order
    labels: tuple[str, ...]     # each item's label as written


def label_warnings(toolkit: Toolkit) -> list[LabelWarning]:
    """Scored items sharing a label in one language, and labels differing only by accents or case."""
    warnings = []
    languages = sorted({lang for it in toolkit.scored_items for lang in it.labels})
    for language in languages:
        by_key: dict[str, list] = {}
        for item in toolkit.scored_items:
            text = " ".join((item.labels.get(language) or "").split())
            if text:
                by_key.setdefault(normalise_label(text), []).append((item.name, text))
        for pairs in by_key.values():
            if len(pairs) < 2:
                continue
            texts = {t.rstrip(":").rstrip() for _, t in pairs}
            code = "quality.shared_label" if len(texts) == 1 else "quality.near_label"
            warnings.append(LabelWarning(code, language, tuple(n for n, _ in pairs),
                                         tuple(t for _, t in pairs)))
    return warnings

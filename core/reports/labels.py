"""Words of templates, workbooks and reports: a thin reader of the one word catalogue.

The words live in ``core/catalogue/words/labels_reports.json`` (codes ``label.<key>``), size
classes, phases and statuses in ``labels.json`` (``size.<code>``, ``phase.<id>``,
``phase_status.<code>``, ``status.<code>``). Error codes raised by this package are registered
here too.
"""
from __future__ import annotations

from core import catalogue

# Keys that are read from another domain of the catalogue than ``label.``.
_PREFIXES = (("size_", "size."), ("phase_status_", "phase_status."), ("phase_", "phase."),
             ("phase_", "phase_status."))


def code_of(key: str) -> str:
    """The catalogue code of a report word ``key`` (``size_sme`` -> ``size.sme``)."""
    if catalogue.has(f"label.{key}"):
        return f"label.{key}"
    for prefix, domain in _PREFIXES:
        if key.startswith(prefix) and catalogue.has(domain + key[len(prefix):]):
            return domain + key[len(prefix):]
    return f"label.{key}"


def has_word(key: str) -> bool:
    """Whether ``key`` names a word of the catalogue (column headers: else shown as given)."""
    return catalogue.has(code_of(key))


def label(key: str, language: str, **params) -> str:
    """The word or sentence ``key`` in ``language`` (en, es or pt); raises KeyError if unknown."""
    return catalogue.text(code_of(key), language, **params)

"""Translated sentences for the codes the core reports, read from the one word catalogue.

Every sentence lives in a JSON word file of :mod:`core.catalogue` (``messages_<module>.json``,
loaded explicitly, never registered as an import side effect); the CLI and GUI call
:func:`message` with the user's language, always as an argument. Templates use ``str.format``
fields named after the parameters.
"""
from __future__ import annotations

import os
from typing import Any

_CATALOGUE: dict[str, dict[str, str]] = {}       # only what register() added (see there)
LANGUAGES = ("en", "es", "pt")


def register(entries: dict[str, dict[str, str]]) -> None:
    """Deprecated: put sentences in a word file of ``core/catalogue/words``. Kept so that code
    written before the catalogue still speaks; the catalogue's tests do not see these."""
    for code, texts in entries.items():
        if "en" not in texts:
            raise ValueError(f"message {code!r} has no English text")
        _CATALOGUE[code] = texts


def current_language() -> str:
    """The system's language (``ENCADENA_LANG``, else the POSIX locale, else English): only the
    command line's entry point asks, when no ``--language`` was given; core takes the
    language as an argument."""
    for var in ("ENCADENA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        code = value[:2].lower()
        if code in LANGUAGES:
            return code
    return "en"


def message(code: str, language: str | None = None, **params: Any) -> str:
    """The sentence for ``code`` in ``language`` (English when None) with ``params`` filled in."""
    from core import catalogue
    language = language or "en"
    texts = catalogue.entries().get(code) or _CATALOGUE.get(code)
    if texts is None:
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        return f"{code}" + (f" ({detail})" if detail else "")
    template = texts.get(language) or texts["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):   # a missing parameter shows as "-", never as {name}
        import string
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        try:
            return template.format(**{**{n: "-" for n in names}, **params})
        except (KeyError, IndexError, ValueError):
            return template


def describe_error(error: Any, language: str | None = None) -> str:
    """A one-paragraph description of a :class:`core.errors.UserInputError` and its problems."""
    text = message(error.code, language, **error.params)
    lines = [text]
    for p in error.problems[:20]:
        where = p.location()
        what = message(p.code, language, **p.params)
        lines.append(f"  - {where}: {what}" if where else f"  - {what}")
    if len(error.problems) > 20:
        lines.append(message("more_problems", language, count=len(error.problems) - 20))
    return "\n".join(lines)




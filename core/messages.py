"""Translated sentences for the codes the core reports.

Modules register their codes with :func:`register`; the CLI and GUI call :func:`message`
with the user's language. Templates use ``str.format`` fields named after the parameters.
"""
from __future__ import annotations

import os
from typing import Any

_CATALOGUE: dict[str, dict[str, str]] = {}
LANGUAGES = ("en", "es", "pt")


def register(entries: dict[str, dict[str, str]]) -> None:
    """Add ``{code: {"en": ..., "es": ..., "pt": ...}}`` templates (English is required)."""
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
    language = language or "en"
    texts = _CATALOGUE.get(code)
    if texts is None:
        from core import catalogue
        texts = catalogue.entries().get(code)
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


register({
    "more_problems": {"en": "  ... and {count} more problems.",
                      "es": "  ... y {count} problemas más.",
                      "pt": "  ... e mais {count} problemas."},
    "internal_error": {"en": "Internal error: {error}. Details were written to {log}.",
                       "es": "Error interno: {error}. Los detalles se escribieron en {log}.",
                       "pt": "Erro interno: {error}. Os detalhes foram gravados em {log}."},
    "cancelled": {"en": "Cancelled; nothing was changed.",
                  "es": "Cancelado; no se cambió nada.",
                  "pt": "Cancelado; nada foi alterado."},
    "file_not_found": {"en": "File not found: {path}",
                       "es": "No se encontró el archivo: {path}",
                       "pt": "Arquivo não encontrado: {path}"},
})

register({
    "sheet_not_found": {"en": "The workbook {path} has no sheet named '{sheet}'. Its sheets are: {sheets}.",
                        "es": "El libro {path} no tiene una hoja llamada '{sheet}'. Sus hojas son: {sheets}.",
                        "pt": "A pasta de trabalho {path} não tem uma planilha chamada '{sheet}'. Suas planilhas são: {sheets}."},
    "unreadable_workbook": {"en": "{path} cannot be read as a spreadsheet ({detail}).",
                            "es": "{path} no se puede leer como hoja de cálculo ({detail}).",
                            "pt": "{path} não pode ser lido como planilha ({detail})."},
})

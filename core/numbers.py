"""Numbers written the way the user's language writes them (es/pt 1.234,5; en 1,234.5): reports, CLI."""
from __future__ import annotations

import math

COMMA_LANGUAGES = ("es", "pt")


def format_number(value: float | int | None, language: str | None = "en", decimals: int = 1,
                  empty: str = "–") -> str:
    """``value`` with thousands grouping and ``decimals`` places in the language's convention."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return empty
    text = f"{float(value):,.{decimals}f}"
    if language in COMMA_LANGUAGES:
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_percent(fraction: float | None, language: str | None = "en", decimals: int = 0) -> str:
    """A 0-1 fraction as a percentage: 0.975 -> ``98 %`` (es/pt) or ``98%`` (en)."""
    if fraction is None or (isinstance(fraction, float) and math.isnan(fraction)):
        return "–"
    number = format_number(100.0 * fraction, language, decimals)
    return f"{number} %" if language in COMMA_LANGUAGES else f"{number}%"


def excel_number_format(decimals: int = 1) -> str:
    """An Excel number format; Excel shows separators by the reader's locale, so one suffices."""
    return "#,##0" + ("." + "0" * decimals if decimals else "")

"""Flags and label warnings as words in the user's language (CLI output, GUI tables)."""
from __future__ import annotations

from core import catalogue
from core.numbers import format_number, format_percent

MAX_LINES = 20


def _number(value, language: str, decimals: int = 1, signed: bool = False) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    text = format_number(value, language, decimals if value != int(value) else 0)
    return f"+{text}" if signed and value > 0 else text


def flag_values(code: str, value, threshold, language: str) -> tuple[str, str]:
    """The value and threshold of a flag as the user reads them (percent, seconds, points)."""
    if code == "flag.low_coverage":
        return format_percent(value, language, 1), format_percent(threshold, language, 0)
    if code == "flag.index_change":
        return _number(value, language, 1, signed=True), _number(threshold, language)
    return _number(value, language), _number(threshold, language)


def flag_text(code: str, value, threshold, language: str) -> str:
    """The sentence naming the rule, the value and the threshold."""
    shown, limit = flag_values(code, value, threshold, language)
    return catalogue.text(code, language, value=shown, threshold=limit)


def rule_label(code: str, language: str) -> str:
    """The short name of a flag's rule (``flag.short_interview`` -> "Short interview")."""
    return catalogue.label("quality.rule." + code.split(".", 1)[-1], language, code)


def flag_lines(counts: dict[str, int], rows: list[dict], flagged: int, language: str) -> list[str]:
    """Text lines: the count per rule, then the first flags row by row."""
    if not counts:
        return [catalogue.text("quality.no_flags", language)]
    lines = [catalogue.text("quality.flags_header", language, count=flagged)]
    for code, count in counts.items():
        lines.append(catalogue.text("quality.flag_count", language, rule=rule_label(code, language),
                                    count=count))
    for row in rows[:MAX_LINES]:
        lines.append(catalogue.text("quality.flag_line", language, row=row["row"],
                                    company=row.get("company_id") or "—",
                                    text=flag_text(row["code"], row["value"], row["threshold"], language)))
    total, shown = sum(counts.values()), min(MAX_LINES, len(rows))
    if total > shown:
        lines.append(catalogue.text("quality.more_flags", language, count=total - shown))
    return lines


def label_warning_lines(warnings, language: str) -> list[str]:
    """``toolkit check`` lines for :func:`core.quality.labels.label_warnings`."""
    if not warnings:
        return []
    lines = [catalogue.text("quality.toolkit_warnings", language, count=len(warnings))]
    for w in warnings:
        label = w.labels[0] if w.code == "quality.shared_label" else " / ".join(f"'{t}'" for t in w.labels)
        lines.append(catalogue.text(w.code, language, items=", ".join(w.items), label=label,
                                    language=w.language))
    return lines

"""One company's record as text in the user's language (``encadena company show``)."""
from __future__ import annotations

from typing import Any

from core import catalogue
from core.numbers import format_number
from core.setup.companies import FIELDS, rule_text


def value_text(name: str, value: Any, language: str) -> str:
    """A field's value for display: yes/no words, numbers with the language's marks, '-' if none."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool) or name == "women_led":
        return catalogue.text("setup.yes" if value else "setup.no", language)
    if name == "largest_client_share":
        return format_number(float(value) * 100, language, 0) + " %"
    if name == "sales":
        return format_number(float(value), language, 0)
    return str(value)


def record_text(record: dict, language: str) -> str:
    """Field lines, then the size class with its rule, the chains and the latest index."""
    width = max(len(catalogue.text(f.label_code, language)) for f in FIELDS.values()) + 2
    lines = [f"{record['id']}"]
    for spec in FIELDS.values():
        label = catalogue.text(spec.label_code, language)
        lines.append(f"  {label:<{width}}{value_text(spec.name, record.get(spec.name), language)}")
    size = record.get("size_class")
    lines.append("  " + catalogue.text("setup.size_line", language,
                                       size=catalogue.label(f"setup.size_{size}", language, "-")
                                       if size else "-", rule=rule_text(record, language)))
    chains = ", ".join(f"{c['chain']} ({catalogue.label('setup.role_' + c['role'], language, c['role'])})"
                       for c in record.get("chains", [])) or "-"
    lines.append("  " + catalogue.text("setup.chains_line", language, chains=chains))
    index = record.get("latest_index")
    lines.append("  " + catalogue.text("setup.index_line", language,
                                       index="-" if index is None else format_number(index, language, 1),
                                       date=record.get("latest_date") or "-"))
    return "\n".join(lines)

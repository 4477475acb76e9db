"""The classification of products and services: ISIC Rev.4 divisions (en/es/pt) by default, or
the programme's own list (e.g. a chamber's sector catalogue) loaded from a workbook or CSV."""
from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path

from core.errors import UserInputError
from core.paths import resources_dir
from core.text import normalise


@lru_cache(maxsize=1)
def isic_divisions() -> tuple[tuple[str, dict[str, str]], ...]:
    data = json.loads((resources_dir() / "classifications" / "isic4.json").read_text("utf-8"))
    return tuple((c["code"], {k: c[k] for k in ("en", "es", "pt")}) for c in data["codes"])


def classification(conn: sqlite3.Connection, language: str) -> list[tuple[str, str]]:
    """``(code, label)`` of the programme's classification in ``language``."""
    own = conn.execute("SELECT code, label_en, label_es, label_pt FROM classification_codes"
                       " ORDER BY code").fetchall()
    if own:
        column = {"en": 1, "es": 2, "pt": 3}.get(language, 1)
        return [(row[0], row[column] or row[1] or row[0]) for row in own]
    return [(code, labels.get(language) or labels["en"]) for code, labels in isic_divisions()]


def code_label(conn: sqlite3.Connection, language: str) -> dict[str, str]:
    return dict(classification(conn, language))


_HEADERS = {"code": ("code", "codigo", "cod", "codigo ciiu", "ciiu", "isic"),
            "label_en": ("label", "label_en", "name", "description", "label::english (en)"),
            "label_es": ("label_es", "descripcion", "nombre", "etiqueta", "label::espanol (es)"),
            "label_pt": ("label_pt", "descricao", "nome", "rotulo", "label::portugues (pt)")}


def load_classification_file(path: str | Path) -> list[tuple[str, str | None, str | None, str | None]]:
    """Read ``(code, label_en, label_es, label_pt)`` rows from a workbook or CSV (first sheet)."""
    from core.workbook import is_empty, read_sheet
    sheet = read_sheet(Path(path))
    if not sheet.rows:
        raise UserInputError("directory.bad_classification", path=str(path))
    columns: dict[str, int] = {}
    for j, header in enumerate(sheet.rows[0]):
        key = normalise(header)
        for field, names in _HEADERS.items():
            if key in names and field not in columns:
                columns[field] = j
    if "code" not in columns:
        raise UserInputError("directory.bad_classification", path=str(path))
    rows = []
    for r in sheet.rows[1:]:
        raw = r[columns["code"]]
        if is_empty(raw):
            continue
        code = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw).strip()
        labels = [None if f not in columns or is_empty(r[columns[f]]) else str(r[columns[f]]).strip()
                  for f in ("label_en", "label_es", "label_pt")]
        rows.append((code, *labels))
    return rows


def store_classification(conn: sqlite3.Connection, rows) -> None:
    """Replace the programme's classification with ``rows`` (one transaction)."""
    from core.project.db import transaction
    with transaction(conn):
        conn.execute("DELETE FROM classification_codes")
        conn.executemany("INSERT OR REPLACE INTO classification_codes VALUES (?, ?, ?, ?)", rows)

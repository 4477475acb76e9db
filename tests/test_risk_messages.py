"""Every risk code has an English, Spanish and Portuguese sentence; labels exist in all three."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import core.risk  # noqa: F401  (registers the catalogue)
from core import catalogue
from core.messages import _CATALOGUE, message
from core.risk.messages import label
from core.risk.register import CATEGORIES, DECISIONS, STATUSES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "core" / "risk").glob("*.py")), ROOT / "core" / "cli" / "risk.py"]
CODE = re.compile(r"^risk_[a-z_]+$")
NOT_CODES = {"risk_id", "risk_grid",                 # column and JSON key names
             "risk_settings", "risk_decisions", "risk_classifications"}  # table names


def literal_codes() -> set[str]:
    found = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
                found.add(node.value)
    return found - NOT_CODES


def test_every_code_in_the_risk_sources_has_three_languages():
    codes = literal_codes()
    assert "risk_matrix_missing_cell" in codes and "risk_rule_unknown_step" in codes
    missing = sorted(c for c in codes
                     if set(_CATALOGUE.get(c) or catalogue.entries().get(c) or {}) != {"en", "es", "pt"})
    assert missing == []


def _labelled(kind: str) -> set[str]:
    prefix = f"risk_{kind}_"
    return {c[len(prefix):] for c in catalogue.entries() if c.startswith(prefix)}


def test_labels_of_categories_statuses_decisions_and_levels():
    assert _labelled("category") == set(CATEGORIES)
    assert _labelled("status") == set(STATUSES)
    assert set(DECISIONS) <= _labelled("decision")
    assert label("category", "health_safety", "es") == "Seguridad y salud en el trabajo"
    assert label("status", "closed", "pt") == "Fechado"
    assert label("decision", "dismiss", "es") == "Descartado"
    assert label("text", "heat_map", "es", basis="residual", matrix="5x5").startswith("Mapa de calor")


def test_spanish_sentences_carry_accents():
    text = message("risk_matrix_invalid", "es", source="m.json")
    assert text == "La matriz de riesgo m.json no es válida:"
    assert "categoría" in message("risk_unknown_category", "es", value="x", known="y")
    assert "Decisión" in message("risk_unknown_decision", "es", value="x", known="y")

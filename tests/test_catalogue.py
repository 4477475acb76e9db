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


def _report_word_keys() -> set[str]:
    """Literal keys of ``label("key")`` / ``L("key")`` calls in the report code."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    keys = set()
    for path in [*(root / "core" / "reports").glob("*.py"), *(root / "gui" / "reports").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("label", "L")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                keys.add(node.args[0].value)
    return keys


def test_every_label_the_read_model_and_reports_use_exists_in_three_languages():
    from core.plans.model import ACTION_STATUSES
    from core.programme.columns import COMPANY_COLUMNS
    from core.project.model import PHASES, ROLES
    from core.project.sizeclass import CLASSES, GNI_CLASSES
    from core.reports.labels import code_of
    codes = {c.header for c in COMPANY_COLUMNS}
    codes |= {f"size.{s}" for s in (*CLASSES, *GNI_CLASSES)}       # size_sme included
    codes |= {f"phase.{p}" for p in PHASES} | {f"role.{r}" for r in ROLES}
    codes |= {f"status.{s}" for s in (*ACTION_STATUSES, "on_track", "at_risk", "off_track", "no_data")}
    codes |= {f"phase_status.{s}" for s in ("not_started", "in_progress", "done", "late", "done_late",
                                            "start_late", "no_dates")}
    keys = _report_word_keys()
    assert {"company_id", "size_class", "band"} <= keys
    codes |= {code_of(k) for k in keys}
    entries = catalogue.entries()
    missing = sorted(c for c in codes
                     if any(not (entries.get(c, {}).get(lang) or "").strip() for lang in catalogue.LANGUAGES))
    assert missing == []


def test_phase_five_has_the_domain_name_everywhere():
    from core.plans.messages import phase_label
    from core.reports.labels import label
    assert phase_label("implementation", "en") == label("phase_implementation", "en") \
        == "Implementation and monitoring"
    assert catalogue.text("size.sme", "es") == "Pyme"


def test_no_sentence_table_is_registered_in_code_any_more():
    """Sentences live in the word files: no ``register({...})`` table left in core."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "core"
    left = []
    for path in root.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            call = node.value if isinstance(node, ast.Expr) else None
            if isinstance(call, ast.Call) and getattr(call.func, "id", getattr(call.func, "attr", "")) == "register" \
                    and call.args and isinstance(call.args[0], (ast.Dict, ast.Name)):
                left.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    assert left == []


def test_messages_read_the_catalogue_in_the_language_given():
    from core.messages import message
    assert message("cancelled", "es") == "Cancelado; no se cambió nada."
    assert message("file_not_found", "pt", path="x") == "Arquivo não encontrado: x"
    assert message("cancelled") == "Cancelled; nothing was changed."        # no language: English

"""Labels of risk categories, statuses, decisions and review states, read from the word
catalogue (the risk sentences are in ``core/catalogue/words/messages_risk.json``)."""
from __future__ import annotations

LABEL_KINDS = ("category", "status", "decision", "review", "text")


def label(kind: str, name: str, language: str | None = None, **params: object) -> str:
    """The label of a category / status / decision / review state / text in ``language``."""
    from core import catalogue
    code = f"risk_{kind}_{name}"
    return catalogue.text(code, language, **params) if catalogue.has(code) else name

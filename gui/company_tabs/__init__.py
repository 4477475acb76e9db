"""Extra tabs of the company view, one module each, found by discovery (no list to edit).

A module here defines ``TAB = CompanyTabSpec(...)``. The company view adds the tabs after its
built-in ones, sorted by ``order``; each tab widget has ``show_company(company_id or None)`` and
re-applies its texts on ``LanguageChange`` like any widget.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class CompanyTabSpec:
    key: str                                   # also the smoke-run screenshot suffix
    title: str                                 # English source, translated in context "CompanyTabs"
    factory: Callable[[Any], Any]              # context -> QWidget with show_company()
    order: int = 100


def company_tabs() -> list[CompanyTabSpec]:
    """Every registered tab, in order."""
    specs = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "TAB", None)
        if isinstance(spec, CompanyTabSpec):
            specs.append(spec)
    return sorted(specs, key=lambda s: (s.order, s.key))

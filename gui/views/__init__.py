"""Main views. Each module here registers itself with :func:`gui.registry.register_view`.

A view module that fails to import is logged and skipped (the rest of the app keeps working);
its name and error are kept in :data:`FAILED` so the smoke run can fail loudly.
"""
from __future__ import annotations

import importlib
import logging
import pkgutil

FAILED: dict[str, str] = {}

for _info in pkgutil.iter_modules(__path__):
    if _info.name.startswith("_"):
        continue
    try:
        importlib.import_module(f"{__name__}.{_info.name}")
    except Exception as _exc:  # noqa: BLE001 - one broken view must not take the app down
        FAILED[_info.name] = f"{type(_exc).__name__}: {_exc}"
        logging.getLogger("encadena.gui").exception("view module %s failed to import", _info.name)

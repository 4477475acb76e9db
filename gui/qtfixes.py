"""Work-arounds for bugs in the Qt bindings, applied once when :mod:`gui` is imported.

PySide6 6.12 on Python 3.11 hands back ``True``/``False``/``None`` without taking a reference in
several places (a successful ``SignalInstance.disconnect()``; paths pyqtgraph takes when it
creates and removes plot items; ``QModelIndex.data()`` when a Python model returns None). Each
call drains those singletons' reference counts until the interpreter aborts with "bool_dealloc:
deallocating True or False" or "none_dealloc: deallocating None". Python >= 3.12 makes them
immortal, so nothing is needed there. On 3.11 we give them a large reserve of references: they
are never deallocated in a correct program, so the reserve changes nothing except that the
bindings' leak can no longer reach zero. (Measured with ``sys.getrefcount``: -1 per call.)
"""
from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def apply() -> bool:
    """Install the reserve when this interpreter needs it; returns True when it was installed."""
    if sys.version_info >= (3, 12) or getattr(sys, "_encadena_bool_reserve", False):
        return False
    for value in (True, False, None):
        # ob_refcnt is the first field of every PyObject in CPython.
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    sys._encadena_bool_reserve = True
    return True


apply()

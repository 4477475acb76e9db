"""Work-arounds for bugs in the Qt bindings, applied once when :mod:`gui` is imported.

PySide6 6.12 on Python 3.11 returns ``True``/``False`` without taking a reference in several
places (a successful ``SignalInstance.disconnect()``, and paths pyqtgraph takes when it creates
and removes plot items). Each call drains the bools' reference counts; after a few chart
redraws the interpreter aborts at exit with "bool_dealloc: deallocating True or False".
Python >= 3.12 makes bools immortal, so nothing is needed there. On 3.11 we give ``True`` and
``False`` a large reserve of references: they are never deallocated in a correct program, so the
reserve changes nothing except that the bindings' leak can no longer reach zero.
"""
from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40


def apply() -> bool:
    """Install the reserve when this interpreter needs it; returns True when it was installed."""
    if sys.version_info >= (3, 12) or getattr(sys, "_encadena_bool_reserve", False):
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every PyObject in CPython.
        ctypes.c_ssize_t.from_address(id(value)).value += RESERVE
    sys._encadena_bool_reserve = True
    return True


apply()

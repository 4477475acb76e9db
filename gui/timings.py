"""``encadena --smoke --timings FILE`` (or ``--smoke --timings --demo``): open a programme
offscreen, wait until the companies table and the dashboard are usable, print how long it took.

The clock starts when the process started (where the system says; else when this package was
first imported), so the figure covers the interpreter, the imports, the window and the reading.
The last line printed is ``ready in X.XX s``, for benchmarks to read from outside.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtWidgets import QApplication

IMPORTED = time.time()
TIMEOUT_S = 300.0


def process_start() -> float:
    """When this process started (epoch seconds): /proc on Linux, psutil if present, else the
    import of this module."""
    try:        # the process's age from the uptime clock (btime is whole seconds: up to 1 s off)
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as fh:
            ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import psutil
        return psutil.Process().create_time()
    except Exception:  # noqa: BLE001 - no psutil: the import of this module is the start
        return IMPORTED


def run_timings(window, context, path: str | None, demo: bool) -> int:
    """Open ``path`` (or the demo), wait until usable; 0 when it got there, 1 otherwise."""
    start = process_start()
    marks: dict[str, float] = {}
    failures: list = []
    window.show_error = failures.append        # a refused file ends the run, no modal box
    window.resize(1280, 800)
    window.show()
    marks["window"] = time.time()
    if demo:
        window.open_demo()
    elif path:
        window.open_path(path)
    else:
        print("timings: give a programme file or --demo", file=sys.stderr)
        return 1
    session = context.session
    companies = window.views.get("companies")
    dashboard = window.views.get("dashboard")
    end = time.monotonic() + TIMEOUT_S
    while time.monotonic() < end:
        QApplication.processEvents()
        if failures:
            from gui.workers import error_text
            print(f"timings: {error_text(failures[0], context.language)}", file=sys.stderr)
            return 1
        if "opened" not in marks and session.is_open:
            marks["opened"] = time.time()
            if dashboard is not None:
                dashboard.source.request()          # figures computed while the table is looked at
            if companies is not None:               # as a user does: look at the companies...
                window.show_view("companies")
        if "companies" in marks and dashboard is not None and not dashboard.isVisible():
            window.show_view("dashboard")           # ...then at the dashboard
        if "opened" in marks and "companies" not in marks and _table_ready(companies, session):
            marks["companies"] = time.time()
        if "opened" in marks and "dashboard" not in marks and _dashboard_ready(dashboard):
            marks["dashboard"] = time.time()
        if {"companies", "dashboard"} <= set(marks):
            break
        time.sleep(0.002)
    else:
        print(f"timings: not usable after {TIMEOUT_S:.0f} s", file=sys.stderr)
        return 1
    rows = len(session.companies())
    for name in ("window", "opened", "companies", "dashboard"):
        print(f"{name:<10} {marks[name] - start:6.2f} s")
    print(f"companies  {rows}")
    print(f"ready in {max(marks.values()) - start:.2f} s")
    window.close()
    session.close()         # as the app leaves it on quit: checkpointed, remembered as verified
    return 0


def _table_ready(view, session) -> bool:
    return view is None or view.model.rowCount() == len(session.companies())


def _dashboard_ready(view) -> bool:
    """The dashboard shows the programme's figures (drawn, not only computed)."""
    return view is None or (view.source.figures is not None and view.drawn is view.source.figures)

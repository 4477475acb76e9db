"""The demo programme: always opened from a copy in the user's data folder, never in place.

A build may bundle ``resources/demo/demo.encadena``; otherwise the demo is generated with
:func:`core.demo.builder.build_demo` into the data folder and copied from there. Its timeline is
relative to the day it is built, so it is rebuilt each month (the month is in the fingerprint).
"""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from core.paths import resources_dir, user_data_dir

DEMO_NAME = "demo.encadena"


def demo_source(build: bool = True) -> Path | None:
    """The pristine demo file (bundled, or generated once when ``build``); None if unavailable."""
    bundled = resources_dir() / "demo" / DEMO_NAME
    if bundled.exists():
        return bundled
    today = date.today()
    generated = user_data_dir() / "demo" / "pristine" / f"demo-{_fingerprint(today)}.encadena"
    if not generated.exists() and build:
        from core.demo.builder import build_demo
        generated.parent.mkdir(parents=True, exist_ok=True)
        partial = generated.with_name("building.encadena")
        build_demo(partial, today=today)
        partial.replace(generated)
        for old in generated.parent.glob("demo-*.encadena"):   # earlier months' demos
            if old != generated:
                old.unlink(missing_ok=True)
    return generated if generated.exists() else None


def _fingerprint(today: date | None = None) -> str:
    """Changes when the project schema, the demo's content or the month changes: the demo is
    rebuilt then (its dates are relative to the build day)."""
    import hashlib

    import core  # not core.project: start-up need not load the store to find its schema
    month = (today or date.today()).strftime("%Y-%m")
    digest = hashlib.sha256(f"{core.__version__}|{month}".encode())
    for name in ("builder.py", "plans.py"):
        source = Path(__file__).with_name(name)
        if source.exists():                # absent in a bundle (only compiled code there)
            digest.update(source.read_bytes())
    for sql in sorted((Path(core.__file__).parent / "project" / "schema").glob("*.sql")):
        digest.update(sql.read_bytes())
    return digest.hexdigest()[:12]


def demo_available() -> bool:
    """True when the demo can be opened (bundled, already generated, or the toolkit to build it)."""
    if demo_source(build=False) is not None:
        return True
    return (resources_dir() / "toolkits" / "sdp-diagnostic.xlsx").exists()


def demo_copy(fresh: bool = False) -> Path | None:
    """The working copy of the demo (made once; ``fresh`` replaces it with a pristine copy, and
    so does a newer pristine demo, e.g. rebuilt for a new month)."""
    source = demo_source()
    if source is None:
        return None
    target = user_data_dir() / "demo" / DEMO_NAME
    if fresh or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        tmp = target.with_suffix(".tmp")
        shutil.copy2(source, tmp)
        tmp.replace(target)
    return target

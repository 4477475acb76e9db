"""The bundled demo programme: always opened from a copy in the user's data folder."""
from __future__ import annotations

import shutil
from pathlib import Path

from core.paths import resources_dir, user_data_dir

DEMO_NAME = "demo.encadena"


def demo_source() -> Path | None:
    """The bundled demo project file, or None when this build has none."""
    path = resources_dir() / "demo" / DEMO_NAME
    return path if path.exists() else None


def demo_copy(fresh: bool = False) -> Path | None:
    """A working copy of the demo in the user's data folder (made once; ``fresh`` remakes it)."""
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

"""Where things live: bundled resources and the user's data folder (backups, logs, demo copy)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the packages in a checkout, inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    """The per-user data folder (created on demand). ``ENCADENA_DATA_DIR`` overrides it (tests)."""
    override = os.environ.get("ENCADENA_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "Encadena"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "Encadena"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "encadena"
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_file() -> Path:
    """The log file that internal errors are written to."""
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "encadena.log"

"""Shared test setup: Qt offscreen before any QApplication, and a private user-data folder."""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ENCADENA_DATA_DIR", tempfile.mkdtemp(prefix="encadena-test-data-"))
os.environ.setdefault("ENCADENA_LANG", "en")

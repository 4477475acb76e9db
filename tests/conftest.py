"""Shared test setup: Qt offscreen before any QApplication, and a private user-data folder."""
from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ENCADENA_DATA_DIR", tempfile.mkdtemp(prefix="encadena-test-data-"))
os.environ.setdefault("ENCADENA_LANG", "en")


@pytest.fixture(autouse=True)
def _language_of_messages_restored(monkeypatch):
    """A test that switches the GUI's language (which sets ENCADENA_LANG for core's messages) must
    not change the language of the tests after it."""
    monkeypatch.setenv("ENCADENA_LANG", os.environ.get("ENCADENA_LANG", "en"))

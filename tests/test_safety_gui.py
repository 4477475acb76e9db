"""Issue 13 in the workbench: a read-only programme opens with a banner saying so, a tampered
one is refused with the translated message, and the companies table's CSV export goes through
the safe writer (never over the open programme, no live formula)."""
from __future__ import annotations

import csv
import stat
from pathlib import Path

import pytest

from gui_support import build_programme, make_window

pytestmark = pytest.mark.gui


def _window(tmp_path: Path, monkeypatch, language: str = "es"):
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ENCADENA_LANG", "en")     # the app sets it: restored after the test
    return make_window(tmp_path, language)


def test_a_read_only_programme_opens_with_a_banner(qtbot, tmp_path, monkeypatch):
    path = build_programme(tmp_path / "p.encadena", tmp_path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    _app, context, window = _window(tmp_path, monkeypatch)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert not window.read_only_banner.isVisible()
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: context.session.is_open, timeout=5000)
    assert context.session.project.read_only
    assert window.read_only_banner.isVisible()
    from PySide6.QtWidgets import QLabel
    label = window.read_only_banner.findChild(QLabel)
    assert "Solo lectura: p.encadena" in label.text()
    window.grab().save(str(tmp_path / "read_only_banner.png"))
    path.chmod(0o644)
    context.session.close()
    assert not window.read_only_banner.isVisible()


def test_a_tampered_programme_is_refused_with_its_message(qtbot, tmp_path, monkeypatch):
    import sqlite3
    path = build_programme(tmp_path / "p.encadena", tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM programme")
    conn.commit()
    conn.close()
    _app, context, window = _window(tmp_path, monkeypatch)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(window, "show_error", lambda exc: shown.append(exc))
    window.open_path(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    from gui.workers import error_text
    text = error_text(shown[0], "es")
    assert "fue alterado fuera de Encadena" in text and "falta el registro del programa" in text
    assert not context.session.is_open


def test_the_companies_csv_export_is_safe(qtbot, tmp_path, monkeypatch):
    path = build_programme(tmp_path / "p.encadena", tmp_path)
    from core.project import Project
    with Project.open(path, backups=False) as project:
        project.conn.execute("UPDATE companies SET name = '=HYPERLINK(\"http://evil\")' WHERE id = 'S-001'")
    _app, context, window = _window(tmp_path, monkeypatch)
    qtbot.addWidget(window)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: context.session.is_open, timeout=5000)
    from gui.views.companies import CompaniesView
    view = next(w for w in window.findChildren(CompaniesView))
    out = tmp_path / "empresas.csv"
    view.export_csv(str(out))
    with open(out, encoding="utf-8-sig", newline="") as fh:
        fields = [f for row in csv.reader(fh) for f in row]
    assert "'=HYPERLINK(\"http://evil\")" in fields
    assert not any(f.startswith("=") for f in fields)
    from core.errors import UserInputError
    before = path.read_bytes()
    with pytest.raises(UserInputError) as info:
        view.export_csv(str(path))
    assert info.value.code == "safety.output_is_input" and path.read_bytes() == before

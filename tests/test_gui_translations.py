"""Qt Linguist catalogues: Spanish complete, nothing in the code left out, .qm buildable,
and the preferences switch the language at once."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui_support import make_window

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.findall("context") for m in ctx.findall("message")}


def _all_messages(language: str) -> dict[tuple[str, str], ET.Element]:
    """The main catalogue and every feature catalogue (``<feature>_<lang>.ts``) together."""
    found: dict[tuple[str, str], ET.Element] = {}
    for path in sorted(TS.glob(f"*_{language}.ts")):
        found.update(_messages(path))
    return found


def test_spanish_and_portuguese_catalogues_are_complete():
    for language in ("es", "pt"):
        messages = _all_messages(language)
        assert len(messages) > 100
        def done(t) -> bool:
            forms = t.findall("numerusform") if t is not None else []
            texts = [f.text for f in forms] if forms else [t.text if t is not None else None]
            return t is not None and t.get("type") not in ("unfinished", "obsolete") and \
                all((x or "").strip() for x in texts)

        unfinished = [k for k, t in messages.items() if not done(t)]
        assert unfinished == [], language
    spanish = _messages(TS / "encadena_es.ts")
    assert spanish[("Columns", "Index")].text == "Índice"
    assert spanish[("StartPage", "Recent files")].text == "Archivos recientes"


def test_every_translatable_string_in_the_code_is_in_the_catalogue(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(_messages(fresh)) - set(_all_messages("es"))
    missing |= set(_messages(fresh)) - set(_all_messages("pt"))
    assert missing == set(), "run pyside6-lupdate and translate the new strings"


def test_compiled_catalogue_translates(qapp):
    from PySide6.QtCore import QTranslator

    from gui.i18n import ensure_compiled
    qm = ensure_compiled("es")
    assert qm is not None and qm.exists()
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Archivo"


def test_preferences_switch_the_language_without_restart(qtbot, tmp_path):
    from gui.dialogs.preferences import PreferencesDialog
    _app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert context.language == "es" and context.settings.get("language") == "es"
    assert dialog.windowTitle() == "Preferencias"
    assert window.menu_help.title() == "A&yuda"
    assert window.start_page.demo_button.text() == "Abrir el programa de demostración"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert window.menu_help.title() == "&Help"

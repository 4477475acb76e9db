"""Translations: our Qt Linguist catalogues plus Qt's own, switchable without a restart.

The ``.ts`` sources are committed in ``resources/translations``; the compiled ``.qm`` files are
not. :func:`ensure_compiled` builds a missing or stale ``.qm`` with ``pyside6-lrelease`` (run by
``make translations`` and, as a fallback, at start-up). Installing new translators makes Qt send
``LanguageChange`` to every widget, which re-applies its texts in ``retranslate_ui``.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_dir, user_data_dir

LANGUAGES = {"en": "English", "es": "Español", "pt": "Português"}
QT_CATALOGUES = {"es": "qtbase_es", "pt": "qtbase_pt_BR"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def catalogue_sources(language: str) -> list[Path]:
    """The ``.ts`` files of ``language``: ``encadena_<lang>.ts`` and one per feature
    (``<feature>_<lang>.ts``), so features add words without touching each other's files."""
    return sorted(translations_dir().glob(f"*_{language}.ts"))


def ensure_compiled(language: str) -> Path | None:
    """The main ``.qm`` for ``language`` (see :func:`ensure_compiled_all`); None if none."""
    compiled = ensure_compiled_all(language)
    main = [p for p in compiled if p.stem == f"encadena_{language}"]
    return (main or compiled or [None])[0]


def ensure_compiled_all(language: str) -> list[Path]:
    """Every ``.qm`` of ``language``, each compiled from its ``.ts`` when missing or older."""
    return [qm for ts in catalogue_sources(language) if (qm := _compiled(ts)) is not None]


def _compiled(ts: Path) -> Path | None:
    qm = ts.with_suffix(".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return qm if qm.exists() else None
    target = qm if os.access(qm.parent, os.W_OK) else user_data_dir() / "translations" / qm.name
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(target)], check=False,
                   capture_output=True, timeout=60)
    return target if target.exists() else None


def qt_translation_folders() -> list[Path]:
    """Where Qt's own catalogues (``qtbase_es.qm``: file dialogs, standard buttons) may be: Qt's
    translations folder, the PySide6 package's, and the copy the bundle carries in resources."""
    import PySide6
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
            resources_dir() / "qt_translations"]


def system_language() -> str:
    """The user's language from ``ENCADENA_LANG`` or the system locale, if we have it; else English."""
    env = os.environ.get("ENCADENA_LANG", "")[:2].lower()
    if env in LANGUAGES:
        return env
    code = QLocale.system().name()[:2].lower()
    return code if code in LANGUAGES else "en"


_INSTALLED: list[QTranslator] = []


class LanguageSwitcher:
    """Owns the installed translators; :meth:`apply` replaces them (and the default locale)."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        # The application's translators, whoever installed them: a second switcher (a new window
        # in the same process) must replace them, not stack its own on top.
        self._translators: list[QTranslator] = _INSTALLED
        self.language = "en"

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        # The locale first: widgets re-read numbers and dates when the language change arrives.
        QLocale.setDefault(QLocale(_locale_name(language)))
        os.environ["ENCADENA_LANG"] = language    # core.messages follows the GUI language
        self.language = language
        for tr in self._translators:
            self._app.removeTranslator(tr)
        self._translators.clear()
        if language != "en":
            for qm in ensure_compiled_all(language):
                ours = QTranslator(self._app)
                if ours.load(str(qm)):
                    self._translators.append(ours)
            qt_name = QT_CATALOGUES.get(language)
            if qt_name:
                theirs = QTranslator(self._app)
                if any(theirs.load(qt_name, str(folder)) for folder in qt_translation_folders()):
                    self._translators.append(theirs)
        for tr in self._translators:
            self._app.installTranslator(tr)
        if not self._translators and language == "en":
            # No translator changed, but widgets must still re-apply texts after a switch back.
            QCoreApplication.sendEvent(self._app, _language_change_event())
        # Qt posts LanguageChange to each widget; deliver them now so the switch is complete
        # when apply() returns (callers and tests can rely on it).
        QCoreApplication.sendPostedEvents(None, _language_change_event().type())
        relayout()


def relayout() -> None:
    """After a language switch texts change length: every layout measures again (no title
    overlapping a chart, no label cut)."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
        widget.updateGeometry()


def default_file_name(kind: str, language: str, name: str = "", folder=None) -> str:
    """A save dialog's suggested file name in the user's language (``informe-programa-X.pdf``),
    in ``folder`` when given; ``name`` (a company, chain or programme) made safe for a file name."""
    import re

    from core import catalogue
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", str(name)).strip("._")
    text = catalogue.text(f"ui.file.{kind}", language, name=safe) if "{name}" in catalogue.label(
        f"ui.file.{kind}", "en") else catalogue.label(f"ui.file.{kind}", language)
    text = text.replace("-.", ".")              # no name: "informe-programa.pdf"
    return str(Path(folder) / text) if folder else text


def _locale_name(language: str) -> str:
    system = QLocale.system()
    if system.name()[:2].lower() == language:
        return system.name()        # keep the user's country (1.234,5 vs 1,234.5)
    return {"en": "en_US", "es": "es_ES", "pt": "pt_BR"}[language]


def _language_change_event():
    from PySide6.QtCore import QEvent
    return QEvent(QEvent.Type.LanguageChange)


def update_catalogues() -> None:
    """Re-scan ``gui/`` for translatable strings into the ``.ts`` files (keeps translations)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (Path(__file__).resolve().parent).rglob("*.py"))
    targets = [str(translations_dir() / f"encadena_{code}.ts") for code in LANGUAGES if code != "en"]
    subprocess.run([str(tool), *sources, "-no-obsolete", "-ts", *targets], check=True)


def build_catalogues() -> list[Path]:
    """Compile every ``.ts`` to ``.qm`` (``make translations``); returns the files written."""
    built = []
    for code in LANGUAGES:
        if code == "en":
            continue
        for ts in catalogue_sources(code):
            ts.with_suffix(".qm").unlink(missing_ok=True)      # force a rebuild
        built += ensure_compiled_all(code)
    return built


if __name__ == "__main__":
    # python -m gui.i18n build   -> compile the .qm files
    # python -m gui.i18n update  -> refresh the .ts files from the code (then translate)
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "update":
        update_catalogues()
    else:
        for path in build_catalogues():
            print(path)

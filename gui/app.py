"""The desktop application's entry point: ``encadena`` with no arguments, or ``--smoke``.

``main(argv)`` builds the QApplication, translations, settings and the main window. With
``--smoke [--screenshots DIR]`` it runs offscreen, visits every main view in English and Spanish,
saves one PNG per view and language, and exits 0.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="encadena")
    parser.add_argument("--smoke", action="store_true", help="open offscreen, visit every view, exit")
    parser.add_argument("--screenshots", type=Path, help="with --smoke: save one PNG per view here")
    parser.add_argument("--timings", nargs="?", const="", metavar="FILE",
                        help="with --smoke: open FILE (or --demo), print 'ready in X.XX s' when usable")
    parser.add_argument("--open", dest="open_path", help="a programme file or survey workbook to open")
    parser.add_argument("--language", choices=("en", "es", "pt"))
    parser.add_argument("--demo", action="store_true", help="open the bundled demo programme")
    parser.add_argument("path", nargs="?", help="a programme file or survey workbook to open")
    return parser.parse_args(argv)


def build(argv: list[str] | None = None, *, settings_store=None, pool=None):
    """Create (or reuse) the QApplication; returns ``(app, context, window, args)``, not shown yet."""
    # pandas before the first PySide6 import: once PySide6 is loaded, its import hook inspects the
    # source of every module imported after it, which costs ~0.25 s over pandas' few hundred.
    import pandas  # noqa: F401
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    args = _parse(list(argv or []))
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "encadena"])
    app.setOrganizationName("Encadena")
    app.setApplicationName("Encadena")
    from gui.context import AppContext
    from gui.i18n import LanguageSwitcher, system_language
    from gui.main_window import MainWindow
    from gui.session import ProgrammeSession
    from gui.settings import Settings
    from gui.workers import TaskRunner

    if settings_store is None and args.smoke:
        # The smoke run must never touch the user's real settings.
        ini = Path(tempfile.mkdtemp(prefix="encadena-smoke-")) / "settings.ini"
        settings_store = QSettings(str(ini), QSettings.Format.IniFormat)
    settings = Settings(settings_store)
    languages = LanguageSwitcher(app)
    languages.apply(args.language or settings.get("language") or system_language())
    context = AppContext(settings, TaskRunner(pool), languages, ProgrammeSession())
    from gui.checkpoint import install as keep_file_complete
    keep_file_complete(context.session)
    window = MainWindow(context)
    return app, context, window, args


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app (or the smoke run); returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--smoke" in argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, context, window, args = build(argv)
    if args.smoke and args.timings is not None:
        from gui.timings import run_timings
        return run_timings(window, context, args.timings or args.open_path or args.path, args.demo)
    if args.smoke:
        from gui.smoke import run_smoke
        return run_smoke(window, context, args.screenshots)
    _install_error_hook(window, context)
    from gui.file_open import install_file_open_handler
    install_file_open_handler(app, window)
    target = args.open_path or args.path
    window.show()
    if target:
        window.open_path(target)
    elif args.demo:
        window.open_demo()
    code = int(app.exec())
    context.session.close()       # checkpointed and remembered: the next open skips the re-checks
    return code


def _install_error_hook(window, context) -> None:
    """An exception escaping a slot is logged and shown as a short message, never a silent crash."""
    import logging
    import traceback

    from core.paths import log_file

    def hook(kind, value, tb) -> None:
        logging.basicConfig(filename=log_file(), level=logging.INFO)
        logging.getLogger("encadena.gui").error(
            "unhandled\n%s", "".join(traceback.format_exception(kind, value, tb)))
        from PySide6.QtWidgets import QMessageBox

        from gui.workers import error_text
        QMessageBox.warning(window, "Encadena", error_text(value, context.language))

    sys.excepthook = hook


if __name__ == "__main__":
    sys.exit(main())

"""The smoke run: open the demo offscreen, visit every view in English and Spanish, save PNGs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

SMOKE_LANGUAGES = ("en", "es")
# More pictures from optional parts: "module:function(window, context, folder, language, shoot)".
SMOKE_EXTENSIONS = ("gui.sync.smoke:shoot_sync",)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def run_smoke(window, context, screenshots: Path | None) -> int:
    """Visit the start page and every registered view; returns 0 when all rendered and no
    exception escaped into Qt's event loop (1 otherwise)."""
    import sys
    import traceback

    from core.demo import demo_copy
    errors: list[str] = []
    previous_hook = sys.excepthook

    def record(kind, value, tb) -> None:
        errors.append("".join(traceback.format_exception(kind, value, tb)))
        previous_hook(kind, value, tb)

    sys.excepthook = record
    restore_boxes = _record_message_boxes(errors)

    window.resize(1280, 800)
    window.show()
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    for language in SMOKE_LANGUAGES:
        context.languages.apply(language)
        if context.session.is_open:
            context.session.close()
        _settle()
        shots += _shoot(window, screenshots, language, "start")
        demo = demo_copy(fresh=True)
        if demo is not None:
            window.open_path(str(demo))
            _wait(context)
        for spec in window.specs:
            if spec.needs_project and not context.session.is_open:
                continue
            _select_for(context, spec.key)
            window.show_view(spec.key)
            _settle()
            shots += _shoot(window, screenshots, language, spec.key)
            view = window.views[spec.key]
            # A view may offer extra states worth a screenshot (tabs, toggles): name -> setter.
            for suffix, show in getattr(view, "smoke_states", lambda: [])():
                show()
                _settle()
                shots += _shoot(window, screenshots, language, f"{spec.key}_{suffix}")
        shots += _shoot_dialogs(window, context, screenshots, language)
    window.close()
    QCoreApplication.processEvents()
    sys.excepthook = previous_hook
    restore_boxes()
    print(f"smoke: {len(shots)} views rendered" + (f", saved in {screenshots}" if screenshots else ""))
    from gui.views import FAILED
    for name, error in FAILED.items():
        errors.append(f"view module {name}: {error}")
    if errors:
        print(f"smoke: {len(errors)} errors", file=sys.stderr)
        for error in errors:
            print(error, file=sys.stderr)
        return 1
    return 0


def _select_for(context, key: str) -> None:
    """Pick a sensible selection for a view: a company for the company view, else the programme."""
    session = context.session
    if key == "company" and session.is_open:
        frame = session.companies()
        if len(frame) and "company_id" in frame.columns:
            # the weakest supplier: its chart and gaps show the most
            suppliers = frame[frame["role"] == "supplier"] if "role" in frame else frame
            row = suppliers.sort_values("index").iloc[0] if len(suppliers) else frame.iloc[0]
            session.select(row.get("chain_id"), row["company_id"])
            return
    session.select(None, None)


def _shoot(widget, folder: Path | None, language: str, key: str) -> list[Path]:
    _settle()
    pixmap = widget.grab()             # rendered even without a folder: that is the smoke test
    if folder is None:
        return [Path(f"{key}_{language}.png")]
    path = folder / f"{key}_{language}.png"
    pixmap.save(str(path))
    return [path]


def _record_message_boxes(errors: list[str]):
    """Offscreen nobody can close a modal message box: record warnings and errors as failures
    of the smoke run instead of blocking on them. Returns a function restoring the originals."""
    from PySide6.QtWidgets import QMessageBox
    originals = {name: getattr(QMessageBox, name) for name in ("warning", "critical")}

    def recorder(kind: str):
        def box(parent, title, text, *args, **kwargs):
            errors.append(f"{kind} message box: {title}: {text}")
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for name in originals:
        setattr(QMessageBox, name, recorder(name))

    def restore() -> None:
        for name, original in originals.items():
            setattr(QMessageBox, name, original)
    return restore


def _wait(context, timeout: float = 60.0) -> None:
    """Let background tasks finish (the smoke run drives real worker threads)."""
    import time
    end = time.monotonic() + timeout
    while context.runner.active() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle()


def _shoot_dialogs(window, context, folder: Path | None, language: str) -> list[Path]:
    """The import wizard on a generated survey: its file, mapping and report pages."""
    import tempfile

    from core.demo.builder import sample_survey
    from gui.dialogs.import_wizard import ImportWizard
    survey = sample_survey(Path(tempfile.mkdtemp(prefix="encadena-smoke-")) / "diagnostico.xlsx")
    wizard = ImportWizard(context, None, parent=window)
    wizard.resize(960, 680)
    wizard.show()
    source = wizard.source
    source.toolkit.setCurrentIndex(max(0, source.toolkit.findData("sdp-diagnostic")))
    source.set_path(str(survey))
    _wait(context)
    shots = _shoot(wizard, folder, language, "import_wizard")
    wizard.next()
    _wait(context)
    shots += _shoot(wizard, folder, language, "import_mapping")
    wizard.next()
    wizard.next()
    _wait(context)
    shots += _shoot(wizard, folder, language, "import_report")
    wizard.close()
    wizard.deleteLater()
    return shots + _shoot_file_and_conflicts(window, context, folder, language)


def _shoot_file_and_conflicts(window, context, folder: Path | None, language: str) -> list[Path]:
    """Qt's own save dialog (its words come from Qt's catalogues) and the conflicts dialog."""
    from PySide6.QtWidgets import QFileDialog

    from gui.dialogs.conflicts import ConflictsDialog
    from gui.i18n import default_file_name
    files = QFileDialog(window, QCoreApplication.translate("ReportCommands", "Programme report"))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)      # a native one cannot be grabbed
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.setNameFilter("PDF (*.pdf)")
    files.selectFile(default_file_name("programme_report", language, context.session.name))
    files.resize(820, 520)
    files.show()
    _settle()
    shots = _shoot(files, folder, language, "file_dialog")
    files.close()
    files.deleteLater()
    conflicts = ConflictsDialog(context, window)
    conflicts.show()
    _settle()
    shots += _shoot(conflicts, folder, language, "conflicts_dialog")
    conflicts.close()
    conflicts.deleteLater()
    return shots + _shoot_extensions(window, context, folder, language)


def _shoot_extensions(window, context, folder: Path | None, language: str) -> list[Path]:
    import importlib
    shots: list[Path] = []
    for entry in SMOKE_EXTENSIONS:
        module_name, function = entry.split(":")
        shots += getattr(importlib.import_module(module_name), function)(window, context, folder,
                                                                         language, _shoot)
    return shots

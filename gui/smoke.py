"""The smoke run: open the demo offscreen, visit every view in English and Spanish, save PNGs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

SMOKE_LANGUAGES = ("en", "es")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def run_smoke(window, context, screenshots: Path | None) -> int:
    """Visit the start page and every registered view; returns 0 when all rendered."""
    from gui.demo import demo_copy

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
        for spec in window.specs:
            if spec.needs_project and not context.session.is_open:
                continue
            _select_for(context, spec.key)
            window.show_view(spec.key)
            _settle()
            shots += _shoot(window, screenshots, language, spec.key)
        shots += _shoot_dialogs(window, context, screenshots, language)
    window.close()
    QCoreApplication.processEvents()
    print(f"smoke: {len(shots)} screenshots" + (f" in {screenshots}" if screenshots else ""))
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
    pixmap = widget.grab()
    if folder is None:
        return []
    path = folder / f"{key}_{language}.png"
    pixmap.save(str(path))
    return [path]


def _shoot_dialogs(window, context, folder: Path | None, language: str) -> list[Path]:
    from gui.dialogs.import_wizard import ImportWizard
    wizard = ImportWizard(context, None, parent=window)
    wizard.resize(900, 640)
    wizard.show()
    shots = _shoot(wizard, folder, language, "import_wizard")
    wizard.close()
    wizard.deleteLater()
    return shots

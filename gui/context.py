"""What every window and view receives explicitly: settings, task runner, language, session."""
from __future__ import annotations

from dataclasses import dataclass

from gui.i18n import LanguageSwitcher
from gui.session import ProgrammeSession
from gui.settings import Settings
from gui.workers import TaskRunner


@dataclass
class AppContext:
    settings: Settings
    runner: TaskRunner
    languages: LanguageSwitcher
    session: ProgrammeSession

    def __post_init__(self) -> None:
        from gui.undo import ProgrammeEdits
        if self.session.edits is None:
            self.session.edits = ProgrammeEdits(
                self.session, lambda: self.languages.language, self.consultant, self.session)

    @property
    def language(self) -> str:
        return self.languages.language

    @property
    def edits(self):
        """The open programme's undo stack (every edit goes through it)."""
        return self.session.edits

    def consultant(self) -> str | None:
        """Who edits: the consultant name from preferences, else the system user."""
        from core.project.timeutil import current_user
        return self.settings.get("consultant") or current_user()

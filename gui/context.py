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

    @property
    def language(self) -> str:
        return self.languages.language

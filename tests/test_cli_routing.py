"""Which command lines open the desktop app and which run headless."""
from __future__ import annotations

import pytest

from core.cli.main import _wants_gui


@pytest.mark.parametrize("argv", [[], ["--language", "es"], ["prog.encadena"], ["Encuesta.XLSX"],
                                  ["--language", "es", "prog.encadena"], ["--smoke"],
                                  ["--smoke", "--screenshots", "out"], ["--open", "x.encadena"], ["--demo"], ["--language", "es", "--demo"]])
def test_desktop_app(argv):
    assert _wants_gui(argv)


@pytest.mark.parametrize("argv", [["score", "s.xlsx", "--toolkit", "qcdi"], ["--version"], ["--help"],
                                  ["--language", "es", "risk", "p.encadena"], ["project", "info", "p.encadena"],
                                  ["notes.txt"]])
def test_headless(argv):
    assert not _wants_gui(argv)

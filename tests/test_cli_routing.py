"""Which command lines open the desktop app and which run headless; the launcher on top."""
from __future__ import annotations

import subprocess
import sys

import pytest

from core.cli.main import _wants_gui, build_parser
from core.cli.main import main as headless_main


@pytest.mark.parametrize("argv", [[], ["--language", "es"], ["prog.encadena"], ["Encuesta.XLSX"],
                                  ["--language", "es", "prog.encadena"], ["--smoke"],
                                  ["--smoke", "--screenshots", "out"], ["--open", "x.encadena"], ["--demo"],
                                  ["--language", "es", "--demo"]])
def test_desktop_app(argv):
    assert _wants_gui(argv)


@pytest.mark.parametrize("argv", [["score", "s.xlsx", "--toolkit", "qcdi"], ["--version"], ["--help"],
                                  ["--language", "es", "risk", "p.encadena"], ["project", "info", "p.encadena"],
                                  ["notes.txt"]])
def test_headless(argv):
    assert not _wants_gui(argv)


def _commands(parser) -> set[str]:
    sub = next(a for a in parser._actions if a.dest == "command")
    return set(sub.choices)


def test_the_core_parser_has_the_headless_commands_and_the_launcher_adds_the_pdf_report():
    from encadena.launcher import build_parser as full_parser
    headless = _commands(build_parser())
    assert {"score", "toolkit", "project", "risk", "export"} <= headless
    assert "report" not in headless                     # the PDF command lives with the PDF code
    assert _commands(full_parser()) == headless | {"report"}


def test_the_desktop_app_is_the_launchers_to_open(monkeypatch, capsys):
    assert headless_main(["--demo"]) == 2               # the core alone cannot open it
    assert "desktop" in capsys.readouterr().err
    opened = []
    assert headless_main(["x.encadena"], desktop=lambda argv: opened.append(argv) or 0) == 0
    assert opened == [["x.encadena"]]
    import encadena.launcher as launcher
    monkeypatch.setattr(launcher, "open_desktop", lambda argv: opened.append(argv) or 0)
    assert launcher.main(["--language", "es", "--demo"]) == 0
    assert opened[-1] == ["--language", "es", "--demo"]


def test_exit_codes_through_the_launcher(tmp_path, capsys):
    from encadena.launcher import main
    assert main(["toolkit", "list"]) == 0
    assert main(["project", "info", str(tmp_path / "missing.encadena")]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.encadena")]) == 2      # no target given


def test_a_headless_command_through_the_launcher_loads_no_qt():
    code = ("import sys\nfrom encadena.launcher import main\n"
            "rc = main(['toolkit', 'list'])\n"
            "qt = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
            "sys.exit(rc if not qt else 99)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

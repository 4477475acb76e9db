"""The structure reads top-down: launcher (encadena) -> gui -> core, and layers inside the core.

The contracts are import-linter's, in pyproject.toml (``make test`` runs ``lint-imports`` too).
These tests show that they pass on the tree and that they fail when a violation is planted in a
copy of it, and they cover what import-linter cannot see: an import by name at run time.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed")


def _lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(root))        # the copy shadows the installed tree
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config", str(root / "pyproject.toml")],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)


def test_the_contracts_hold_on_the_tree():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and " 0 broken" in result.stdout


@pytest.fixture(scope="module")
def tree_copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tree")
    for package in ("core", "gui", "encadena"):
        shutil.copytree(ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.mark.parametrize("module, source, contract", [
    ("core/toolkit/planted.py", "from PySide6.QtCore import QObject\n", "The core is headless"),
    ("core/planted.py", "import pyqtgraph\n", "The core is headless"),
    ("core/reports/planted.py", "def f():\n    from gui.reports import pdf\n", "Top-down"),
    ("gui/planted.py", "from encadena.launcher import main\n", "Top-down"),
    ("core/toolkit/planted.py", "from core.project import Project\n", "Layers inside the core"),
    ("core/project/planted.py", "from core.plans.store import load_plans\n", "Layers inside the core"),
    # the edits may use the store's transaction and clock, nothing else of the project
    ("core/edits/planted.py", "from core.project.store import Project\n", "Layers inside the core"),
])
def test_a_planted_violation_breaks_its_contract(tree_copy, module, source, contract):
    planted = tree_copy / module
    planted.write_text(source)
    try:
        result = _lint_imports(tree_copy)
    finally:
        planted.unlink()
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(re.escape(contract) + r".* BROKEN", result.stdout), result.stdout
    assert "planted" in result.stdout


# What a static import graph cannot see: a module named in a string and imported at run time.
BY_NAME = re.compile(r"""import_module\(\s*f?["'](gui|encadena)\b|__import__\(\s*["'](gui|encadena)\b"""
                     r"""|^\s*(from|import)\s+(gui|encadena)\b""", re.MULTILINE)


def _names_a_higher_layer(text: str) -> bool:
    return bool(BY_NAME.search(text))


def test_no_core_module_names_gui_or_the_launcher_in_any_form():
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "core").rglob("*.py")
                 if _names_a_higher_layer(path.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("text, found", [
    ('gui_app = importlib.import_module("gui.app")\n', True),
    ("x = import_module(f'gui.{name}')\n", True),
    ("    from gui.reports import pdf\n", True),
    ("import encadena.launcher\n", True),
    ("m = __import__('gui')\n", True),
    ('"""gui.reports.pdf lays this out."""\n', False),
    ("from core.guide import x\n", False),
])
def test_the_source_check_sees_imports_by_name(text, found):
    assert _names_a_higher_layer(text) is found

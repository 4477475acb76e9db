"""The CI workflows that we cannot run here are at least well-formed (actionlint), and a broken
one is caught."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ACTIONLINT = Path(sys.executable).with_name("actionlint")
pytestmark = pytest.mark.skipif(not ACTIONLINT.exists(), reason="actionlint is not installed")


def _actionlint(*files: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(ACTIONLINT), "-no-color", *map(str, files)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_the_bundle_workflow_builds_and_smoke_tests_on_three_platforms():
    workflow = ROOT / ".github" / "workflows" / "bundles.yml"
    result = _actionlint(workflow)
    assert result.returncode == 0, result.stdout + result.stderr
    text = workflow.read_text(encoding="utf-8")
    for os_name in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert os_name in text
    for script in ("make bundle", r"installer\windows\build.ps1", "installer/macos/build.sh"):
        assert script in text


def test_a_broken_workflow_is_caught(tmp_path):
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    broken = folder / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    runs-on: ${{ matrix.oss }}\n"
                      "    strategy:\n      matrix:\n        os: [ubuntu-latest]\n"
                      "    steps:\n      - run: echo ${{ github.evnt.name }}\n")
    result = _actionlint(broken, cwd=tmp_path)
    assert result.returncode == 1
    assert "oss" in result.stdout and "evnt" in result.stdout

"""``encadena toolkit list | check | show``: exit codes and what the user reads."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import core.toolkit.registry as registry_module
from core.cli.main import main
from core.toolkit import ToolkitRegistry
from toolkit_factory import write_toolkit

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("ENCADENA_LANG", "en")    # main() sets it for --language; restore after


@pytest.fixture
def kits(tmp_path, monkeypatch):
    folder = tmp_path / "kits"
    folder.mkdir()
    write_toolkit(folder / "test-diagnostic.xlsx")
    write_toolkit(folder / "broken.xlsx", band={"low": {"min": 5}}, area={"ops": {"weight": -1}})
    monkeypatch.setattr(registry_module, "_default", ToolkitRegistry([(folder, True)]))
    return folder


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_a_valid_toolkit(tmp_path, capsys):
    path = write_toolkit(tmp_path / "tk.xlsx")
    code, out, _ = run(capsys, "toolkit", "check", str(path))
    assert code == 0
    assert out.strip() == ('OK: test-diagnostic 2026.1 "Test diagnostic": 8 items (6 scored), '
                           '3 areas, 4 bands, languages: en, es')


def test_check_lists_every_problem_with_its_place(tmp_path, capsys):
    extra = [{"type": "integer", "name": f"x{i}", "score::area": "nowhere",
              "score::min": 0, "score::max": 1} for i in range(25)]
    path = write_toolkit(tmp_path / "tk.xlsx", add_items=extra,
                         item={"mgmt_01": {"score::target": 9}})
    code, out, _ = run(capsys, "toolkit", "check", str(path))
    assert code == 2
    lines = out.splitlines()
    assert lines[0] == f"The toolkit {path} is not valid (26 problems):"
    assert len(lines) == 27                        # every problem, not the first 20
    assert lines[1] == ("  - sheet 'survey', row 6, column F: the target 9 of item 'mgmt_01' "
                        "is outside its scale [1, 5]")
    assert lines[-1].startswith("  - sheet 'survey', row 41, column E: item 'x24' names the area")


def test_check_speaks_spanish(tmp_path, capsys):
    path = write_toolkit(tmp_path / "tk.xlsx", area={"ops": {"weight": 0}})
    code, out, _ = run(capsys, "--language", "es", "toolkit", "check", str(path))
    assert code == 2
    assert "  - hoja 'areas', fila 3, columna D: el peso debe ser un número positivo, no '0'" in out


def test_check_a_missing_file(tmp_path, capsys):
    code, out, err = run(capsys, "toolkit", "check", str(tmp_path / "nope.xlsx"))
    assert code == 2 and "File not found" in err and "Traceback" not in err


def test_list_shows_valid_and_broken_toolkits(kits, capsys):
    code, out, _ = run(capsys, "toolkit", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "version", "items", "scored", "areas", "title", "source"]
    assert lines[1].split()[:2] == ["broken", "-"] and "INVALID (2 problems)" in lines[1]
    assert lines[2].split()[:5] == ["test-diagnostic", "2026.1", "8", "6", "3"]
    assert "Test diagnostic" in lines[2] and "built-in" in lines[2]


def test_show_describes_areas_items_and_bands(kits, capsys):
    code, out, _ = run(capsys, "toolkit", "show", "test-diagnostic")
    assert code == 0
    assert out.startswith("Test diagnostic (test-diagnostic, version 2026.1)\n"
                          "Languages: en, es. Minimum coverage 50%; top 5")
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.startswith("  ")}
    assert rows["mgmt"] == ["mgmt", "2", "2", "Management"]
    assert rows["ops_02"][:8] == ["ops_02", "ops", "integer", "0-30", "1", "5", "yes", "Defect"]
    assert rows["ops_01"][:7] == ["ops_01", "ops", "range", "1-5", "1", "-", "yes"]
    assert rows["company_id"][:3] == ["company_id", "-", "text"]
    assert rows["developing"] == ["developing", "40", "#fc8d59", "Developing"]


def test_show_in_spanish_and_by_path(kits, capsys):
    code, out, _ = run(capsys, "toolkit", "show", str(kits / "test-diagnostic.xlsx"),
                       "--language", "es")
    assert code == 0 and "Plan estratégico" in out and "Gestión" in out


def test_show_json(kits, tmp_path, capsys):
    code, out, _ = run(capsys, "toolkit", "show", "test-diagnostic", "--json", "-")
    assert code == 0
    data = json.loads(out)
    items = {i["name"]: i for i in data["items"]}
    assert items["ops_02"]["scale"] == [0.0, 30.0] and items["ops_02"]["reverse"] is True
    assert items["fin_02"]["weight"] == 1.0 and items["company_id"]["scale"] is None
    assert [b["min"] for b in data["bands"]] == [0, 40, 70, 85]
    assert data["areas"][0] == {"name": "mgmt", "label": "Management",
                                "labels": {"en": "Management", "es": "Gestión"}, "weight": 2.0,
                                "items": ["mgmt_01", "mgmt_02"]}
    assert data["lists"]["yesno_na"][2] == {"name": "na", "label": "Not applicable", "score": None}
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "toolkit", "show", "test-diagnostic", "--language", "es",
                       "--json", str(target))
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["areas"][0]["label"] == "Gestión"


def test_show_unknown_and_broken_toolkits(kits, capsys):
    code, _, err = run(capsys, "toolkit", "show", "qcdx")
    assert code == 2 and "Known toolkits: test-diagnostic." in err
    code, _, err = run(capsys, "toolkit", "show", "broken")
    assert code == 2 and "the lowest band must have min 0" in err


def test_toolkit_without_action_prints_help(capsys):
    code, out, _ = run(capsys, "toolkit")
    assert code == 2 and "check" in out and "show" in out


def test_list_runs_headless_in_a_fresh_process(tmp_path):
    script = ("import sys; from core.cli.main import main; code = main(['toolkit', 'list']); "
              "assert 'PySide6' not in sys.modules; sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60,
                          env={"ENCADENA_DATA_DIR": str(tmp_path), "ENCADENA_LANG": "en",
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].split()[0] == "id"


def test_install_then_show_by_id(tmp_path, monkeypatch, capsys):
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    monkeypatch.setattr(registry_module, "_default",
                        ToolkitRegistry([(builtin, True), (user, False)]))
    source = write_toolkit(tmp_path / "download.xlsx", settings={"form_id": "dairy"})
    code, out, _ = run(capsys, "toolkit", "install", str(source))
    assert code == 0 and out.strip() == f"Installed dairy 2026.1 as {user / 'dairy.xlsx'}"
    code, out, _ = run(capsys, "toolkit", "show", "dairy")
    assert code == 0 and out.startswith("Test diagnostic (dairy, version 2026.1)")
    broken = write_toolkit(tmp_path / "broken.xlsx", band={"low": None})
    code, _, err = run(capsys, "toolkit", "install", str(broken))
    assert code == 2 and "the lowest band must have min 0" in err

"""Issue 13, class "names are never paths": toolkit ids follow a strict grammar (exit 2
otherwise), installing never overwrites another toolkit without --replace, company ids become
distinct safe file names, and nothing is written outside the folder the user chose."""
from __future__ import annotations

from pathlib import Path

import pytest

import hostile_corpus as hc
from core.errors import UserInputError
from core.safe_output import path_inside, safe_file_names
from safety_support import programme, run_cli, run_here, string_cells, tree
from toolkit_factory import write_toolkit


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(300):
        yield


def _kit(path: Path, form_id: str, version: str = "1") -> Path:
    write_toolkit(path, settings={"form_id": "placeholder", "version": version})
    return string_cells(path, "settings", {(2, "form_id"): form_id})


BAD_IDS = {
    "climbs out": "../../../../Documents/budget",
    "absolute": "/tmp/encadena-evil/budget",
    "windows absolute": "C:\\Users\\x\\budget",
    "300 characters": "k" * 300,
    "NUL": "a_x0000_b",
    "slash": "A/B",
    "device name": "con",
    "dot dot": "..",
    "hidden": ".hidden",
    "space": "my kit",
    "control character": "kit_x0002_",
    "non-ASCII": "kït",
    "trailing dot": "kit.",
}


@pytest.mark.parametrize("form_id", BAD_IDS.values(), ids=BAD_IDS.keys())
def test_a_toolkit_id_that_is_not_a_name_is_refused_and_nothing_is_written(tmp_path, form_id, capsys,
                                                                          monkeypatch):
    import core.toolkit.registry as registry
    monkeypatch.setenv("ENCADENA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ENCADENA_LANG", "en")
    monkeypatch.setattr(registry, "_default", None)          # the registry of this data folder
    kit = _kit(tmp_path / "kit.xlsx", form_id)
    before = tree(tmp_path)
    runner = run_cli if form_id in ("A/B", "k" * 300) else lambda *a, data: run_here(capsys, *a)
    code, out, err = runner("toolkit", "install", kit, data=tmp_path / "data")
    assert code == 2 and "is not allowed" in err and "1 to 64 letters" in err
    after = tree(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("data")} == before
    assert not [k for k in after if k.startswith("data/toolkits/")]
    assert not Path("/tmp/encadena-evil").exists()
    if form_id in ("A/B", "a_x0000_b", "k" * 300):
        code, _, err = run_cli("--language", "es", "toolkit", "check", kit, data=tmp_path / "data")
        assert code == 2 and "no está permitido" in err


def test_install_never_replaces_another_toolkit_without_replace(tmp_path):
    data = tmp_path / "data"
    first = _kit(tmp_path / "a.xlsx", "dairy", "1")
    code, out, _ = run_cli("toolkit", "install", first, data=data)
    installed = data / "toolkits" / "dairy.xlsx"
    assert code == 0 and installed.read_bytes() == first.read_bytes()
    assert run_cli("toolkit", "install", first, data=data)[0] == 0      # the same bytes: fine
    other = _kit(tmp_path / "b.xlsx", "dairy", "2")
    code, _, err = run_cli("toolkit", "install", other, data=data)
    assert code == 2 and "already installed" in err and "--replace" in err
    assert installed.read_bytes() == first.read_bytes()
    upper = _kit(tmp_path / "c.xlsx", "DAIRY", "3")                     # a case-insensitive disk
    code, _, err = run_cli("toolkit", "install", upper, data=data)
    assert code == 2 and "already installed" in err
    code, _, _ = run_cli("toolkit", "install", other, "--replace", data=data)
    assert code == 0 and installed.read_bytes() == other.read_bytes()
    assert sorted(p.name for p in (data / "toolkits").iterdir()) == ["dairy.xlsx"]


def test_a_builtin_id_is_never_taken(tmp_path):
    kit = _kit(tmp_path / "k.xlsx", "qcdi")
    code, _, err = run_cli("toolkit", "install", kit, data=tmp_path / "data")
    assert code == 2 and "built-in toolkit is already called 'qcdi'" in err


def test_batch_reports_get_distinct_safe_names_inside_the_folder(tmp_path):
    ids = ["A/B", "A B", "A_B", "a_b", "x" * 300, "CON", "../up", "S1"]
    project = programme(tmp_path, ids)
    out = tmp_path / "out"
    before = tree(tmp_path)
    code, stdout, err = run_cli("report", project, "--chain", "Cadena A", "--batch", out,
                                data=tmp_path / "data", timeout=300)
    assert code == 0, err
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == len(ids) == len({f.casefold() for f in files})
    assert all(len(f) <= 90 and "/" not in f and f.endswith(".pdf") for f in files)
    assert "S1.pdf" in files                                   # a plain id keeps its own name
    assert f"Wrote {len(ids)} reports" in stdout or str(len(ids)) in stdout
    after = tree(tmp_path)
    assert {k for k in after if not k.startswith(("out", "data"))} == set(before)


def test_safe_file_names_and_path_inside(tmp_path):
    names = safe_file_names(["A/B", "A B", "A_B", "a_b", "nul", "", "\ufffe", "S1", "s2"])
    assert len({n.casefold() for n in names.values()}) == 9
    assert names["S1"] == "S1" and names["s2"] == "s2"
    assert safe_file_names(["A/B", "x"])["A/B"] == names["A/B"]      # stable: same id, same file
    assert path_inside(tmp_path, "a.pdf") == tmp_path / "a.pdf"
    for bad in ("../a.pdf", "/etc/passwd", "a/b.pdf", "..", "", "a\x00b"):
        with pytest.raises(UserInputError) as info:
            path_inside(tmp_path, bad)
        assert info.value.code == "safety.outside_folder"
    (tmp_path / "link").symlink_to("/tmp")
    with pytest.raises(UserInputError):
        path_inside(tmp_path, "link")

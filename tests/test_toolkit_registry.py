"""The toolkit registry: listing folders of workbooks, caching by file version, resolving ids."""
from __future__ import annotations

import os

import pytest

import core.toolkit.registry as registry_module
from core.errors import UserInputError
from core.toolkit import ToolkitRegistry, load_toolkit
from core.toolkit.registry import builtin_folder, default_registry
from toolkit_factory import write_toolkit


@pytest.fixture
def folders(tmp_path):
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    builtin.mkdir()
    user.mkdir()
    write_toolkit(builtin / "alpha.xlsx", settings={"form_id": "alpha", "version": "1",
                                                    "form_title": "Alpha"})
    write_toolkit(builtin / "beta.xlsx", settings={"form_id": "beta-kit"},
                  item={"fin_02": None, "company_name": None})
    (builtin / "~$alpha.xlsx").write_bytes(b"excel lock file")
    (builtin / "notes.txt").write_text("not a toolkit")
    write_toolkit(user / "broken.xlsx", area={"ops": {"weight": 0}})
    write_toolkit(user / "alpha-copy.xlsx", settings={"form_id": "alpha", "version": "2"})
    return builtin, user


def make(folders) -> ToolkitRegistry:
    builtin, user = folders
    return ToolkitRegistry([(builtin, True), (user, False)])


def test_list_summarises_every_workbook(folders):
    summaries = make(folders).list_toolkits()
    assert [(s.id, s.version, s.builtin, s.valid) for s in summaries] == [
        ("alpha", "1", True, True), ("beta-kit", "2026.1", True, True),
        ("alpha", "2", False, True), ("broken", "", False, False)]
    alpha, beta = summaries[0], summaries[1]
    assert (alpha.item_count, alpha.scored_count, beta.item_count, beta.scored_count) == (8, 6, 6, 5)
    assert alpha.areas == ("mgmt", "ops", "fin") and alpha.languages == ("en", "es")
    assert alpha.title_in("es") == "Alpha"
    assert summaries[3].error.code == "invalid_toolkit"
    assert summaries[3].error.problems[0].code == "non_positive_weight"


def test_workbooks_are_parsed_once_per_file_version(folders, monkeypatch):
    calls = []
    real = registry_module.load_toolkit
    monkeypatch.setattr(registry_module, "load_toolkit", lambda p: calls.append(p) or real(p))
    reg = make(folders)
    reg.list_toolkits()
    assert len(calls) == 4
    reg.list_toolkits()
    reg.get_toolkit("beta-kit")
    assert len(calls) == 4
    path = folders[0] / "beta.xlsx"
    write_toolkit(path, settings={"form_id": "beta-kit", "version": "9"})
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert reg.get_toolkit("beta-kit").version == "9"
    assert len(calls) == 5


def test_get_by_id_path_or_file_name(folders, tmp_path):
    reg = make(folders)
    assert reg.get_toolkit("alpha").version == "1"           # the built-in folder wins
    assert reg.get_toolkit("beta-kit").item("mgmt_01").scale_max == 5.0
    assert reg.get_toolkit("beta").id == "beta-kit"          # by file name too
    assert reg.get_toolkit(folders[1] / "alpha-copy.xlsx").version == "2"
    other = write_toolkit(tmp_path / "elsewhere.xlsx", settings={"form_id": "mine"})
    assert reg.get_toolkit(str(other)).id == "mine"


def test_unknown_id_lists_the_known_ones(folders):
    with pytest.raises(UserInputError) as info:
        make(folders).get_toolkit("gamma")
    assert info.value.code == "unknown_toolkit"
    assert info.value.params == {"id": "gamma", "known": "alpha, beta-kit"}
    assert "alpha, beta-kit" in str(info.value)


def test_broken_and_missing_workbooks_report_their_own_error(folders, tmp_path):
    reg = make(folders)
    with pytest.raises(UserInputError) as info:
        reg.get_toolkit("broken")
    assert info.value.code == "invalid_toolkit"
    with pytest.raises(UserInputError) as info:
        reg.get_toolkit(tmp_path / "missing.xlsx")
    assert info.value.code == "file_not_found"


def test_user_folders_can_be_added_and_missing_folders_are_fine(folders, tmp_path):
    reg = ToolkitRegistry([(tmp_path / "does-not-exist", True)])
    assert reg.list_toolkits() == []
    reg.add_folder(folders[0])
    reg.add_folder(folders[0])
    assert reg.folders == [tmp_path / "does-not-exist", folders[0]]
    assert [s.id for s in reg.list_toolkits()] == ["alpha", "beta-kit"]


def test_default_registry_looks_in_resources_and_the_user_folder():
    reg = default_registry()
    assert reg.folders[0] == builtin_folder() and reg.folders[0].name == "toolkits"
    assert "toolkits" == reg.folders[1].name


@pytest.mark.parametrize("path", sorted(builtin_folder().glob("*.xlsx")), ids=lambda p: p.stem)
def test_builtin_toolkits_are_valid(path):
    tk = load_toolkit(path)
    assert tk.id == path.stem and tk.scored_items and tk.bands[0].min == 0


def test_install_copies_a_valid_toolkit_under_its_id(folders, tmp_path):
    reg = make(folders)
    source = write_toolkit(tmp_path / "Downloaded (1).xlsx", settings={"form_id": "dairy"})
    assert reg.install(source).id == "dairy"
    assert (folders[1] / "dairy.xlsx").read_bytes() == source.read_bytes()
    assert reg.get_toolkit("dairy").sha256 == load_toolkit(source).sha256
    assert reg.install(source).id == "dairy"                  # the same bytes again: nothing to do
    write_toolkit(source, settings={"form_id": "dairy", "version": "2"})
    with pytest.raises(UserInputError) as info:               # another workbook claiming the id
        reg.install(source)
    assert info.value.code == "safety.toolkit_exists" and reg.get_toolkit("dairy").version != "2"
    reg.install(source, replace=True)                         # an update replaces it when asked
    assert reg.get_toolkit("dairy").version == "2"
    assert sorted(p.name for p in folders[1].iterdir()) == ["alpha-copy.xlsx", "broken.xlsx",
                                                           "dairy.xlsx"]


def test_install_refuses_invalid_toolkits_and_builtin_ids(folders, tmp_path):
    reg = make(folders)
    bad = write_toolkit(tmp_path / "bad.xlsx", settings={"form_id": "bad"}, band={"low": None})
    with pytest.raises(UserInputError) as info:
        reg.install(bad)
    assert info.value.code == "invalid_toolkit" and not (folders[1] / "bad.xlsx").exists()
    taken = write_toolkit(tmp_path / "taken.xlsx", settings={"form_id": "beta-kit"})
    with pytest.raises(UserInputError) as info:
        reg.install(taken)
    assert info.value.code == "toolkit_id_taken"
    assert "beta-kit" in str(info.value) and not (folders[1] / "beta-kit.xlsx").exists()

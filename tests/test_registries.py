"""Registries instead of dispatches: report kinds, project mergers, file readers (core/registry.py)."""
from __future__ import annotations

import argparse
import sys

import pytest

from core.registry import Registry


def test_registry_finds_adds_replaces_and_names_the_known_keys():
    shapes: Registry[str] = Registry("shape")
    shapes.add("circle", "○")

    @shapes("square", "box")
    def draw():
        return "□"
    assert shapes.keys() == ["circle", "square", "box"] and shapes.get("box") is draw
    shapes.add("circle", "●")                              # replaced in place
    assert shapes.keys()[0] == "circle" and shapes.get("circle") == "●"
    with pytest.raises(LookupError, match="unknown shape 'hexagon' .*circle, square, box"):
        shapes.get("hexagon")
    shapes.remove("box")
    assert "box" not in shapes and len(shapes) == 2


# -- report kinds -------------------------------------------------------------------------------
def test_each_report_kind_says_what_it_is_about_and_builds_its_own_type():
    from core.reports.chain_data import ChainReport, ProgrammeReport
    from core.reports.kinds import REPORT_KINDS, kind_of
    from core.reports.report_data import SupplierReport
    assert {k.key: k.target for k in REPORT_KINDS} == {"supplier": "company", "chain": "chain",
                                                        "programme": None}
    for data_type, key in ((SupplierReport, "supplier"), (ChainReport, "chain"),
                           (ProgrammeReport, "programme")):
        assert kind_of(data_type.__new__(data_type)).key == key
    with pytest.raises(LookupError):
        kind_of(object())


@pytest.mark.parametrize("given, expected", [
    (dict(company="C1", chain=None, programme=False), ("supplier", "C1")),
    (dict(company=None, chain="Lácteos", programme=False), ("chain", "Lácteos")),
    (dict(company=None, chain=None, programme=True), ("programme", None)),
    (dict(company=None, chain="Lácteos", programme=True), ("programme", None)),   # as before
    (dict(company=None, chain=None, programme=False), None),
])
def test_the_report_command_picks_the_kind_from_its_options(given, expected):
    from gui.reports.command import chosen_kind
    chosen = chosen_kind(argparse.Namespace(**given))
    assert (chosen and (chosen[0].key, chosen[1])) == expected


def test_every_report_kind_has_a_pdf_layout_and_a_menu_entry(tmp_path, qtbot):
    pytest.importorskip("PySide6")
    from core.reports.kinds import REPORT_KINDS
    from gui.reports.menu import install_report_menu
    from gui.reports.pdf import LAYOUTS
    from gui_support import make_window
    assert LAYOUTS.keys() == REPORT_KINDS.keys()
    _app, _context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    menu = install_report_menu(window)
    for key in REPORT_KINDS.keys():
        assert menu.actions[key].text() not in ("", key)        # translated text, not the bare key
        assert menu.commands._report_title(key) != key
    assert list(menu.actions)[:4] == ["supplier", "batch", "chain", "programme"]


# -- project mergers ----------------------------------------------------------------------------
def test_packages_with_a_merge_module_are_found_without_a_list(tmp_path, monkeypatch):
    import core
    from core.project import merge
    assert {"plans", "risk"} <= set(merge.load_mergers())
    assert {"plans", "risk"} <= set(merge.MERGERS.keys())
    assert "risks" in merge.MERGERS.get("risk").tables and "plans" in merge.MERGERS.get("plans").tables
    # a new package that keeps a table merges it by having a merge module: nothing else to edit
    package = tmp_path / "zz_notes"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "merge.py").write_text(
        "from core.project.merge import register_merger\n"
        "register_merger('notes', ('notes',), lambda target, source, outcome: {'notes': 0})\n")
    monkeypatch.setattr(core, "__path__", [*core.__path__, str(tmp_path)])
    try:
        assert "zz_notes" in merge.load_mergers()
        assert merge.MERGERS.get("notes").tables == ("notes",)
    finally:
        merge.MERGERS.remove("notes")
        for name in ("core.zz_notes.merge", "core.zz_notes"):
            sys.modules.pop(name, None)


def test_a_broken_merge_module_is_not_taken_for_a_missing_one(tmp_path, monkeypatch):
    import core
    from core.project import merge
    package = tmp_path / "zz_broken"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "merge.py").write_text("import no_such_module_here\n")
    monkeypatch.setattr(core, "__path__", [*core.__path__, str(tmp_path)])
    try:
        with pytest.raises(ModuleNotFoundError, match="no_such_module_here"):
            merge.load_mergers()
    finally:
        for name in ("core.zz_broken.merge", "core.zz_broken"):
            sys.modules.pop(name, None)


# -- file readers -------------------------------------------------------------------------------
def test_every_kind_the_safety_check_accepts_has_a_reader():
    from core.filesafety import _SPREADSHEETS
    from core.workbook import READERS
    assert set(READERS.keys()) == set(_SPREADSHEETS)


def test_readers_are_chosen_by_the_sniffed_kind_not_the_extension(tmp_path, monkeypatch):
    from core import workbook
    text = tmp_path / "answers.xlsx"                   # a CSV export mislabelled .xlsx
    text.write_text("id;score\nC1;3\n", encoding="utf-8")
    sheet = workbook.read_sheet(text)
    assert sheet.source_format == "csv" and sheet.rows == [["id", "score"], ["C1", "3"]]

    class Fixed:
        def sheet_names(self, path, kind, limits):
            return ["only"]

        def read_sheet(self, path, kind, sheet, limits):
            return workbook.Sheet("only", [["x"]], kind)

        def read_all(self, path, kind, limits):
            return {"only": self.read_sheet(path, kind, None, limits)}
    monkeypatch.setattr(workbook, "inspect_file", lambda path, limits: "fixed")
    workbook.READERS.add("fixed", Fixed())
    try:
        assert workbook.sheet_names(text) == ["only"]
        assert workbook.read_sheet(text).rows == [["x"]]
        assert list(workbook.read_all_sheets(text)) == ["only"]
    finally:
        workbook.READERS.remove("fixed")

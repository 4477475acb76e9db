"""Hostile toolkit workbooks through ``encadena toolkit check`` (in process): every case has its
exact outcome, never a traceback."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook

import hostile_corpus as hc
from core.cli import main as cli
from core.toolkit.loader import load_toolkit
from toolkit_factory import EN, write_toolkit


@pytest.fixture(autouse=True)
def _no_hang():
    with hc.no_hang(120):
        yield



@pytest.fixture
def refusals(monkeypatch) -> list:
    seen: list = []
    original = cli.describe_error

    def record(exc, language=None):
        seen.append(exc.code)
        return original(exc, language)
    monkeypatch.setattr(cli, "describe_error", record)
    return seen


def check(capsys, path: Path) -> tuple[int, str, str]:
    start = time.perf_counter()
    code = cli.main(["toolkit", "check", str(path)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and time.perf_counter() - start < 20
    return code, out, err


@pytest.mark.parametrize("case", hc.FILE_REFUSALS)
def test_unreadable_files_are_refused(case, tmp_path, capsys, refusals):
    build, code, phrase = hc.FILE_REFUSALS[case]
    exit_code, out, err = check(capsys, build(tmp_path))
    assert (exit_code, refusals) == (2, [code]) and phrase in err


def test_csv_renamed_xlsx_is_not_a_toolkit(tmp_path, capsys, refusals):
    path = tmp_path / "toolkit.xlsx"
    path.write_text("type,name,label\nselect_one a,q,Q\n", encoding="utf-8")
    code, out, err = check(capsys, path)
    assert (code, refusals) == (2, ["toolkit_not_a_workbook"]) and "is a text file, not a workbook" in err


def test_a_survey_workbook_given_as_toolkit_lists_the_missing_sheets(tmp_path, capsys):
    code, out, err = check(capsys, hc.hf.survey_xlsx(tmp_path))
    assert code == 2
    for sheet in ("survey", "settings"):
        assert f"the workbook has no '{sheet}' sheet" in out


def test_duplicate_item_names_name_both_rows(tmp_path, capsys):
    code, out, _ = check(capsys, write_toolkit(tmp_path / "t.xlsx", item={"ops_02": {"name": "ops_01"}}))
    assert code == 2 and "row 11, column B: the name 'ops_01' is already used in row 10" in out


TEXTS = {"control and right-to-left": "Orden \u202eشركة\u202c\x07 y limpieza",
         "formula-like": "=cmd|' /C calc'!A0", "huge (32,767 characters)": "L" * 32767}


@pytest.mark.parametrize("case", TEXTS)
def test_awkward_labels_load_unchanged(case, tmp_path, capsys):
    text = TEXTS[case]
    path = _labelled(write_toolkit(tmp_path / "t.xlsx", item={"ops_01": {EN: "PLACEHOLDER"}}), text)
    code, out, _ = check(capsys, path)
    assert code == 0 and out.startswith("OK: test-diagnostic")
    assert load_toolkit(path).item("ops_01").labels["en"] == text


def _labelled(path: Path, text: str) -> Path:
    """The workbook with the cell text PLACEHOLDER replaced by ``text`` written as literal text
    (openpyxl would turn ``=...`` into a formula and refuses control characters; Excel escapes
    them as ``_x0007_``)."""
    escaped = "".join(f"_x{ord(ch):04X}_" if ord(ch) < 32 else ch for ch in escape(text))
    target = path.with_name("labelled.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info).replace(b"PLACEHOLDER", escaped.encode()))
    return target


def test_sixteen_thousand_columns_in_the_survey_sheet(tmp_path, capsys):
    """Junk columns out to XFD: the loader ignores unknown columns, the toolkit stays valid."""
    path = write_toolkit(tmp_path / "t.xlsx")
    wb = load_workbook(path)
    wb["survey"].cell(row=1, column=hc.MAX_COLUMNS, value="extra column")
    wb.save(path)
    code, out, _ = check(capsys, path)
    assert code == 0 and out.startswith("OK: test-diagnostic")


def test_a_formula_weight_without_value_is_not_silently_the_default(tmp_path, capsys):
    path = write_toolkit(tmp_path / "t.xlsx", item={"ops_01": {"score::weight": "=1+1"}})
    code, out, err = check(capsys, path)
    assert code == 2 and "formula" in out + err

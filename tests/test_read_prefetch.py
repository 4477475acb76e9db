"""Parsing the survey of ``score`` / ``project import`` while the command's modules load."""
from __future__ import annotations

import os

import pytest

from core import workbook
from core.cli import prefetch
from core.cli.main import main
from core.errors import UserInputError
from core.workbook import prefetch_sheet, read_sheet
from tests import hostile_files as hf


@pytest.fixture(autouse=True)
def nothing_left():
    workbook.forget_prefetched()
    yield
    workbook.forget_prefetched()


@pytest.mark.parametrize("argv, expected", [
    (["score", "s.xlsx", "--toolkit", "k.xlsx"], ("s.xlsx", None, "score")),
    (["score", "--toolkit", "k.xlsx", "s.xlsx", "--sheet", "R"], ("s.xlsx", "R", "score")),
    (["--language", "es", "score", "--json", "-", "s.xlsx", "--toolkit", "k"],
     ("s.xlsx", None, "score")),
    (["project", "import", "p.encadena", "s.xlsx", "--toolkit", "k", "--sheet", "X"],
     ("s.xlsx", "X", "project")),
    (["project", "info", "p.encadena"], None),
    (["project", "import", "p.encadena"], None),          # incomplete: the real parse says so
    (["score", "s.xlsx"], None),                          # --toolkit is required
    (["score", "s.xlsx", "--toolkit", "k", "--help"], None),
    (["toolkit", "list"], None),
    ([], None),
])
def test_the_survey_is_found_only_on_plain_score_and_import_lines(argv, expected):
    assert prefetch.survey_of(argv) == expected


def test_a_prefetched_sheet_is_the_sheet_read_sheet_gives(tmp_path):
    path = hf.survey_xlsx(tmp_path, rows=5)
    expected = read_sheet(path)
    prefetch_sheet(path)
    assert workbook._prefetched is not None
    assert read_sheet(path) == expected
    assert workbook._prefetched is None            # taken once


def test_another_sheet_or_a_changed_file_is_read_afresh(tmp_path):
    path = hf.survey_xlsx(tmp_path, rows=5)
    prefetch_sheet(path, "Otra")                   # not the sheet read next: dropped
    assert read_sheet(path).name == "Respuestas" and workbook._prefetched is None
    prefetch_sheet(path)
    other = hf.survey_xlsx(tmp_path, name="other.xlsx", rows=9)
    os.replace(other, path)                        # the file changed after it was parsed
    assert len(read_sheet(path).rows) == 10


def test_a_hostile_file_is_refused_by_the_read_not_by_the_prefetch(tmp_path):
    path = hf.zip_bomb_xlsx(tmp_path)
    prefetch_sheet(path)                           # never raises
    with pytest.raises(UserInputError) as caught:
        read_sheet(path)
    assert caught.value.code == "zip_bomb"


def test_csv_is_not_prefetched_but_reads_as_ever(tmp_path):
    path = hf.csv_file(tmp_path, "a;b\n1;2\n")
    prefetch_sheet(path)
    assert read_sheet(path).rows == [["a", "b"], ["1", "2"]]


def test_score_of_a_damaged_survey_still_exits_2_with_the_same_message(tmp_path, capsys):
    kit = tmp_path / "kit.xlsx"
    from toolkit_factory import write_toolkit
    write_toolkit(kit)
    bad = hf.truncated_xlsx(tmp_path)
    assert main(["score", str(bad), "--toolkit", str(kit)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and bad.name in err
    assert workbook._prefetched is None


def test_the_modules_of_the_command_are_loaded_meanwhile(monkeypatch):
    import sys
    monkeypatch.delitem(sys.modules, "core.scoring.summary", raising=False)
    prefetch.load_modules("score")
    assert "core.scoring.summary" in sys.modules


def test_a_command_that_fails_before_reading_leaves_nothing_behind(tmp_path, capsys):
    path = hf.survey_xlsx(tmp_path, rows=3)
    assert main(["score", str(path), "--toolkit", "no-such-toolkit"]) == 2
    assert workbook._prefetched is None

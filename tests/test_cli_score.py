"""``encadena score``: summary, JSON, strict mode and exit codes.

Most tests swap the importer and the toolkit registry for fakes (the command's own logic is under
test); the last ones run the real loader and importer end to end on files built in ``tmp_path``.
"""
from __future__ import annotations

import json
import sys
import types

import pytest

from core.cli.main import main
from core.errors import UserInputError
from core.scoring import result_to_json, score_responses
from core.survey.model import CellError
from scoring_helpers import item, survey, toolkit, values

KIT = toolkit([item("a1", "a", critical=True), item("a2", "a"), item("b1", "b")])


def _survey(errors=()):
    data = survey(values([{"a1": 5, "a2": 5, "b1": 5}, {"a1": 1, "a2": 2, "b1": 3}, {}]),
                  errors=errors)
    data.mapping.unmatched = [("F", "Comentarios")]
    data.mapping.missing_items = ["b2"]
    return data


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """--language sets ENCADENA_LANG for the process; keep tests independent of each other."""
    monkeypatch.setenv("ENCADENA_LANG", "en")


@pytest.fixture
def fakes(monkeypatch):
    """Fake importer and registry; returns a dict the test can change (survey, calls)."""
    state = {"survey": _survey(), "calls": []}

    def import_survey(path, kit, options, progress=None):
        state["calls"].append((path, options))
        if options.strict and state["survey"].errors:
            raise UserInputError("score_strict_refused", count=len(state["survey"].errors))
        return state["survey"]

    def get_toolkit(ref):
        if ref != "test-kit":
            raise UserInputError("unknown_toolkit", toolkit=ref)
        return KIT

    monkeypatch.setitem(sys.modules, "core.survey.importer",
                        types.SimpleNamespace(import_survey=import_survey))
    monkeypatch.setitem(sys.modules, "core.toolkit.registry",
                        types.SimpleNamespace(get_toolkit=get_toolkit))
    return state


def test_summary_lists_bands_means_errors_and_columns(fakes, capsys):
    fakes["survey"] = _survey([CellError("Sheet1", 3, "C", "a2", "siete", "not_a_choice",
                                         "'siete' is not a choice of a2")])
    assert main(["score", "s.xlsx", "--toolkit", "test-kit", "--sheet", "Sheet1",
                 "--decimal-comma", "--id-column", "B"]) == 0
    out = capsys.readouterr().out
    assert "File: survey.xlsx (sheet 'Sheet1', header in row 1)" in out
    assert "Toolkit: Test kit (test-kit, version 1)" in out
    assert "Responses: 3" in out
    # row 1: index 100, no gap; row 2: a = (0 + 25) / 2, b = 50 -> 31.25; row 3: nothing answered
    lines = out.splitlines()
    start = lines.index("Responses per band:") + 1
    assert [line.split() for line in lines[start:start + 4]] == [
        ["linkage", "ready", "1", "33.3%"], ["developing", "0", "0.0%"],
        ["not", "ready", "1", "33.3%"], ["No", "index", "(not", "enough", "answers)", "1", "33.3%"]]
    assert "Mean index: 65.6" in out               # (100 + 31.25) / 2
    assert "Cells with errors: 1" in out
    assert "row 3, column C, item a2, value 'siete'" in out
    assert "F 'Comentarios'" in out and "b2" in out
    path, options = fakes["calls"][0]
    assert (path, options.sheet, options.decimal_comma, options.id_column) == \
        ("s.xlsx", "Sheet1", True, "B")


def test_summary_in_spanish(fakes, capsys):
    assert main(["score", "s.xlsx", "--toolkit", "test-kit", "--language", "es"]) == 0
    out = capsys.readouterr().out
    assert "Respuestas por nivel:" in out and "Índice medio:" in out
    assert "Sin índice (respuestas insuficientes)" in out


def test_json_to_stdout_is_the_section_4_result(fakes, capsys):
    fakes["survey"].company_names[0] = "Lácteos del Valle — Cía."
    assert main(["score", "s.xlsx", "--toolkit", "test-kit", "--json", "-"]) == 0
    printed = json.loads(capsys.readouterr().out)
    data = fakes["survey"]
    from core.quality.store import compute_flags
    scores = score_responses(KIT, data.values)
    assert printed == result_to_json(KIT, data, scores, compute_flags(None, KIT, data, scores))
    assert printed["responses"][2]["index"] is None
    assert {"code": "flag.low_coverage", "value": printed["responses"][2]["coverage"],
            "threshold": KIT.min_coverage} in printed["responses"][2]["flags"]
    assert printed["responses"][0]["company_name"] == "Lácteos del Valle — Cía."


def test_json_to_a_file(fakes, tmp_path, capsys):
    target = tmp_path / "scores.json"
    assert main(["score", "s.xlsx", "--toolkit", "test-kit", "--json", str(target)]) == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["responses"]) == 3
    assert "Wrote the scores of 3 responses" in capsys.readouterr().out


def test_strict_mode_refuses_and_writes_nothing(fakes, tmp_path, capsys):
    fakes["survey"] = _survey([CellError("Sheet1", 3, "C", "a2", "x", "not_a_choice")])
    target = tmp_path / "scores.json"
    assert main(["score", "s.xlsx", "--toolkit", "test-kit", "--strict",
                 "--json", str(target)]) == 2
    assert not target.exists()
    assert "Strict mode" in capsys.readouterr().err


def test_unknown_toolkit_is_a_user_error(fakes, capsys):
    assert main(["score", "s.xlsx", "--toolkit", "nope"]) == 2
    assert "Traceback" not in capsys.readouterr().err


# --- end to end with the real loader and importer --------------------------------------------

def _real_modules():
    pytest.importorskip("core.survey.importer")
    pytest.importorskip("core.toolkit.registry")


def _write_survey(path, rows):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Respuestas"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_end_to_end_json_with_the_test_toolkit(tmp_path, capsys):
    _real_modules()
    from toolkit_factory import write_toolkit
    kit_path = write_toolkit(tmp_path / "kit.xlsx")
    survey_path = _write_survey(tmp_path / "survey.xlsx", [
        ["Diagnóstico 2026"],
        ["company_id", "company_name", "mgmt_01", "mgmt_02", "ops_01", "ops_02", "fin_01", "fin_02"],
        ["S-1", "Lácteos del Valle", "4", "5s smed", 5, 5, 100, "yes"],
        ["S-2", "Otra", "Básico", "none", "n/a", 30, "siete", "na"],
    ])
    out = tmp_path / "out.json"
    assert main(["score", str(survey_path), "--toolkit", str(kit_path), "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    first, second = result["responses"]
    assert (first["row"], first["company_id"], first["company_name"]) == (3, "S-1", "Lácteos del Valle")
    # mgmt: mgmt_01 4 -> 75 (w1), mgmt_02 3/4 -> 75 (w2): 75; ops: 100 and ops_02 reversed
    # 5 of [0, 30] -> 100 - 16.67 (its target exactly: no gap); fin: 100, 100
    assert first["areas"]["mgmt"]["score"] == pytest.approx(75.0)
    assert first["areas"]["ops"]["score"] == pytest.approx((100 + 250 / 3) / 2)
    assert first["index"] == pytest.approx((2 * 75 + (100 + 250 / 3) / 2 + 100) / 4)
    assert first["band"] == "excellent" and first["critical_gaps"] == []
    # ops_01 (critical) is n/a: a gap; ops_02 30 reversed -> 0; fin only fin_01 invalid + fin_02 N/A
    assert second["critical_gaps"] == ["ops_01"]
    assert second["areas"]["fin"]["score"] is None
    assert [e["column"] for e in result["errors"]] == ["G"]
    assert capsys.readouterr().err == ""


def test_end_to_end_user_errors_exit_2(tmp_path, capsys):
    _real_modules()
    from toolkit_factory import write_toolkit
    kit_path = write_toolkit(tmp_path / "kit.xlsx")
    survey_path = _write_survey(tmp_path / "survey.xlsx", [
        ["company_id", "mgmt_01", "ops_01"], ["S-1", "siete", 3]])
    out = tmp_path / "out.json"
    assert main(["score", str(survey_path), "--toolkit", str(kit_path), "--strict",
                 "--json", str(out)]) == 2
    assert not out.exists()
    assert main(["score", str(tmp_path / "missing.xlsx"), "--toolkit", str(kit_path)]) == 2
    assert main(["score", str(survey_path), "--toolkit", "no-such-toolkit"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "no-such-toolkit" in err


def test_end_to_end_summary_with_a_builtin_toolkit(tmp_path, capsys):
    _real_modules()
    from core.toolkit.registry import get_toolkit
    try:
        kit = get_toolkit("sdp-diagnostic")
    except Exception:  # the built-in toolkits are generated by another module
        pytest.skip("built-in toolkit sdp-diagnostic not available")
    items = kit.scored_items
    header = ["company_id", "company_name", *(it.name for it in items)]
    first = lambda it: next(c.name for c in kit.lists[it.list_name].choices if c.score is not None)
    row = ["S-1", "Empresa", *(first(it) if it.list_name else it.scale_min for it in items)]
    survey_path = _write_survey(tmp_path / "survey.xlsx", [header, row])
    assert main(["score", str(survey_path), "--toolkit", "sdp-diagnostic", "--language", "es"]) == 0
    out = capsys.readouterr().out
    assert "Respuestas: 1" in out and "Cobertura media: 100,0 %" in out

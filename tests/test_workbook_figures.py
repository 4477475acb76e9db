"""The results workbook computes its certification and group sheets and its item scores in bulk
(core/reports/supplier_status.py, group_figures.py, answers.py); they must say exactly what the
per-company functions say: the progress report's verdicts, ``group_results``, ``score_stored``."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from test_export import TODAY, build_programme


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    """The demo with plans, plus what the groups add up: women-led, regions, jobs (some unknown),
    and the consultant's certification decisions."""
    from core.edits import apply_edit
    from core.plans.edits import decide_certification
    from core.project import Project
    path = tmp_path_factory.mktemp("figures") / "demo.encadena"
    build_programme(path)
    with Project.open(path, backups=False) as project:
        suppliers = [c for c in project.companies()["id"].tolist() if project.company(c).role == "supplier"]
        for k, cid in enumerate(suppliers):
            company = project.company(cid)
            project.save_company(replace(
                company, women_led=[1, 0, None][k % 3], region=["Norte", "Sur", None, "Centro"][k % 4],
                jobs_women=None if k % 5 == 0 else 3 * k, jobs_men=None if k % 7 == 0 else 2 * k + 1))
        for cid, decision in zip(suppliers[:3], ("certify", "not_yet", "certify")):
            apply_edit(project.conn, decide_certification(project.conn, cid, decision, date(2025, 12, 1),
                                                          note=f"Visita {cid}", by="Ana"), "Ana")
    return path


def _reference_certification(conn, ids, language, today):
    """The certification sheet as it was built from the progress report (before the bulk path)."""
    from core.messages import message
    from core.plans.certification_text import check_params
    from core.plans.report import band_labels, progress_report, risk_level_labels
    from core.reports.labels import label
    report = progress_report(conn, today, companies=sorted(ids))
    bands, levels = band_labels(conn, language), risk_level_labels(conn, language)
    cols = [message(f"plans.col_{k}", language) for k in ("decision", "decided_on", "note")]
    rows = []
    for entry in report["companies"]:
        cert = entry.get("certification")
        if not cert:
            continue
        decision = cert.get("decision") or {}
        reasons = [message(c["code"], language, **check_params(c["params"], language, bands, levels))
                   for c in cert["checks"] if not c["passed"]]
        rows.append([entry["company_id"], label("yes" if cert["certified"] else "no", language),
                     "; ".join(reasons),
                     message(f"plans.decision_{decision['decision']}", language) if decision.get("decision") else "",
                     decision.get("decided_on") or "", decision.get("note") or ""])
    return pd.DataFrame(rows, columns=["company_id", "certified", "pending_reasons", *cols])


@pytest.mark.parametrize("today", [TODAY, date(2026, 9, 30)])
@pytest.mark.parametrize("language", ["es", "pt"])
def test_certification_sheet_says_what_the_progress_report_says(programme, language, today):
    from core.project import Project
    from core.reports.certification_table import certification_frame
    with Project.open(programme, backups=False) as project:
        conn = project.conn
        ids = {c for (c,) in conn.execute("SELECT id FROM companies")}
        expected = _reference_certification(conn, ids, language, today)
        got = certification_frame(conn, ids, language, today)
        pd.testing.assert_frame_equal(got, expected)
        assert (expected["certified"] == ("sí" if language == "es" else "sim")).any() or \
            expected["pending_reasons"].str.len().gt(0).all()
        assert expected.iloc[:, 3].ne("").sum() == 3          # the decisions are in it
        some = set(sorted(ids)[::2])
        pd.testing.assert_frame_equal(certification_frame(conn, some, language, today),
                                      _reference_certification(conn, some, language, today))


def test_the_workbook_reuses_the_read_models_register_only_for_its_own_day(programme):
    from core.plans.store import load_plans
    from core.programme import read_programme
    from core.project import Project
    from core.reports.certification_table import certification_frame
    from core.reports.supplier_status import supplier_status
    with Project.open(programme, backups=False) as project:
        conn = project.conn
        model = read_programme(project, TODAY)
        ids = set(model.companies["company_id"])
        shared = supplier_status(conn, TODAY, load_plans(conn), model.register, model.matrix, ids)
        pd.testing.assert_frame_equal(certification_frame(conn, ids, "en", TODAY, shared),
                                      _reference_certification(conn, ids, "en", TODAY))


@pytest.mark.parametrize("chain", [None, 0])
@pytest.mark.parametrize("language", ["es", "en"])
def test_group_sheets_equal_the_per_group_results(programme, language, chain):
    from core.plans.report import progress_report
    from core.project import Project
    from core.reports.group_figures import group_sheets
    from core.setup.groups import company_flags
    from core.setup.groups import group_sheets as reference
    with Project.open(programme, backups=False) as project:
        conn = project.conn
        name = None if chain is None else project.value_chains()[chain].name
        flags = company_flags(progress_report(conn, TODAY, name))
        got, expected = group_sheets(conn, language, flags, name), reference(conn, language, TODAY, name)
        assert [t for t, _ in got] == [t for t, _ in expected]
        for (title, a), (_, b) in zip(got, expected):
            pd.testing.assert_frame_equal(a, b, obj=title)
        women = dict(got)[[t for t, _ in got][0]]
        assert len(women) == 3 and women.iloc[:, 9].sum() > 0      # yes, no, unknown; jobs of women


def test_group_sheets_take_the_flags_of_the_bulk_status(programme):
    from core.plans.report import progress_report
    from core.plans.store import load_plans
    from core.project import Project
    from core.reports.supplier_status import supplier_status
    from core.setup.groups import company_flags
    with Project.open(programme, backups=False) as project:
        conn = project.conn
        expected = company_flags(progress_report(conn, TODAY))
        flags = supplier_status(conn, TODAY, load_plans(conn)).flags()
        suppliers = [c for (c,) in conn.execute("SELECT id FROM companies WHERE role = 'supplier'")]
        for kind in ("certified", "kpi_improving"):
            assert {c: bool(flags[kind].get(c)) for c in suppliers} == \
                {c: bool(expected[kind].get(c)) for c in suppliers}, kind
        assert any(flags["kpi_improving"].values())


def test_latest_values_equal_the_stored_answers_rescored(programme, monkeypatch):
    import core.reports.answers as answers
    from core.project import Project
    from core.project.queries import latest_answers
    from core.project.rescore import values_from_answers
    from core.reports.report_data import ToolkitCache
    monkeypatch.setattr(answers, "CHUNK", 3)          # several chunks per item list
    with Project.open(programme, backups=False) as project:
        conn = project.conn
        ids = {c for (c,) in conn.execute("SELECT id FROM companies")} - {"LDV-103"}
        toolkits = ToolkitCache(project)
        expected: dict = {}
        for (sha, _), (companies, frame) in latest_answers(conn, ids).items():
            values = values_from_answers(toolkits.get(sha), frame).reset_index(drop=True)
            old = expected.get(sha)
            expected[sha] = (companies, values) if old is None else (
                old[0] + companies, pd.concat([old[1], values], ignore_index=True))
        got = answers.latest_values(conn, ids, toolkits.get)
        assert len(got) == len(expected) >= 1
        for toolkit, companies, values in got:
            sha = next(s for s in expected if toolkits.get(s) is toolkit)
            assert companies == expected[sha][0] and "LDV-103" not in companies
            pd.testing.assert_frame_equal(values, expected[sha][1])
            assert np.isfinite(values.to_numpy()).any()


def test_an_export_restores_the_connection_and_the_collector_even_when_it_fails(programme, tmp_path):
    import gc

    from core.errors import Cancelled
    from core.project import Project
    from core.reports.results_workbook import write_results_workbook

    def cancel(fraction, text):
        if fraction >= 0.5:
            raise Cancelled()
    with Project.open(programme, backups=False) as project:
        mapped = project.conn.execute("PRAGMA mmap_size").fetchone()[0]
        seen = []
        write_results_workbook(project, tmp_path / "a.xlsx", "es", today=TODAY,
                               progress=lambda f, t: seen.append(
                                   (gc.isenabled(), project.conn.execute("PRAGMA mmap_size").fetchone()[0])))
        assert (False, 0) in seen                       # during the export: unmapped, no collections
        assert gc.isenabled() and project.conn.execute("PRAGMA mmap_size").fetchone()[0] == mapped
        with pytest.raises(Cancelled):
            write_results_workbook(project, tmp_path / "b.xlsx", "es", today=TODAY, progress=cancel)
        assert gc.isenabled() and project.conn.execute("PRAGMA mmap_size").fetchone()[0] == mapped
        assert not (tmp_path / "b.xlsx").exists() and mapped > 0


def test_latest_values_of_damaged_answer_arrays_equal_the_rescored_ones(programme, tmp_path, monkeypatch):
    import json
    import shutil

    import core.reports.answers as answers
    from core.project import Project
    from core.project.queries import latest_answers
    from core.project.rescore import values_from_answers
    from core.reports.report_data import ToolkitCache
    copy = tmp_path / "damaged.encadena"
    shutil.copy(programme, copy)
    monkeypatch.setattr(answers, "CHUNK", 4)
    with Project.open(copy, backups=False) as project:
        conn = project.conn
        rows = conn.execute("SELECT assessment_id, answers FROM assessment_answers ORDER BY assessment_id").fetchall()
        for n, (aid, text) in enumerate(rows[::3]):          # numbers, nulls, a list, an object
            values = json.loads(text)
            values[n % len(values)] = [None, 7.5, ["l1", "l2"], {"a": 1}, "  l3 "][n % 5]
            values[(n + 1) % len(values)] = None
            conn.execute("UPDATE assessment_answers SET answers = ? WHERE assessment_id = ?",
                         (json.dumps(values), aid))
        ids = {c for (c,) in conn.execute("SELECT id FROM companies")}
        toolkits = ToolkitCache(project)
        expected = {}
        for (sha, _), (companies, frame) in latest_answers(conn, ids).items():
            expected[sha] = (companies, values_from_answers(toolkits.get(sha), frame).reset_index(drop=True))
        for toolkit, companies, values in answers.latest_values(conn, ids, toolkits.get):
            sha = next(s for s in expected if toolkits.get(s) is toolkit)
            assert companies == expected[sha][0]
            pd.testing.assert_frame_equal(values, expected[sha][1])

"""Supplier report batches: drawn by worker processes they are the same files, in the same order,
as drawn in one process; what a batch shares (the re-scored diagnosis for the draft plan, the risk
rows found once per company) gives the same report as a report made alone."""
from __future__ import annotations

import re
import shutil
import unicodedata
from datetime import date

import pytest

pytest.importorskip("PySide6")
pypdf = pytest.importorskip("pypdf")

from encadena.launcher import main  # noqa: E402
from test_export import TODAY, build_programme  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def programme(tmp_path_factory):
    path = tmp_path_factory.mktemp("prog") / "demo.encadena"
    build_programme(path)
    return path


def _text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_workers_only_for_long_batches():
    from gui.reports.batch import MIN_PER_WORKER, workers_for
    assert workers_for(500, 1) == workers_for(500, 0) == 0     # --jobs 1 (or less): in this process
    assert workers_for(2 * MIN_PER_WORKER - 1, 4) == 0   # too short to pay for starting workers
    assert workers_for(2 * MIN_PER_WORKER, 4) == 2
    assert workers_for(500, 2) == 2
    assert workers_for(10 * MIN_PER_WORKER, 64) == 10    # never a worker with too little to do


@pytest.mark.slow
def test_batch_in_workers_is_the_same_as_in_one_process(programme, tmp_path, monkeypatch):
    from core.project import Project
    from gui.reports import batch
    from gui.reports.pdf import write_chain_batch
    monkeypatch.setattr(batch, "MIN_PER_WORKER", 1)     # the demo's chains are short
    seen = []
    with Project.open(programme, backups=False) as project:
        chain = project.value_chains()[1]
        alone = write_chain_batch(project, chain.name, tmp_path / "one", "es", TODAY, jobs=1)
        shared = write_chain_batch(project, chain.name, tmp_path / "two", "es", TODAY, jobs=2,
                                   progress=lambda f, m: seen.append(f))
    assert batch.workers_for(len(chain.suppliers), 2) == 2
    assert [p.name for p in shared] == [p.name for p in alone] == [f"{c}.pdf" for c in chain.suppliers]
    assert all(p.parent == tmp_path / "two" for p in shared)
    for one, two in zip(alone, shared):
        assert _text(one) == _text(two), one.name
        assert "Informe de diagnóstico del proveedor" in _text(two)
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_an_unusable_target_comes_back_from_a_worker_with_its_message(programme, tmp_path):
    from core.errors import UserInputError
    from core.project import Project
    from core.reports.report_data import supplier_report
    from gui.reports.batch import _draw, _result
    with Project.open(programme, backups=False) as project:
        data = supplier_report(project, "LDV-104", "es", TODAY)
    outcome = _draw(data, str(programme), "a4", [str(programme)])     # would overwrite an input
    assert outcome[0] == "user_error"
    with pytest.raises(UserInputError) as raised:
        _result(outcome)
    assert raised.value.code == outcome[1] and raised.value.params == outcome[3]
    assert raised.value.params                       # the parameters the message needs survive


def test_report_draft_plan_is_the_plans_draft(programme, tmp_path):
    from core.plans.draft import draft_for_company
    from core.plans.store import delete_plan
    from core.project import Project
    from core.reports.report_data import supplier_report
    today = date(2026, 1, 15)
    copy = tmp_path / "p.encadena"
    shutil.copy(programme, copy)
    with Project.open(copy, backups=False) as project:
        chain = project.value_chains()[1]
        with project.transaction() as conn:           # no stored plan: the report drafts one
            for cid in chain.suppliers[:3]:
                delete_plan(conn, cid)
        for cid in chain.suppliers[:3]:
            data = supplier_report(project, cid, "es", today)
            draft = draft_for_company(project.conn, cid, today, language="es")
            assert data.plan_is_draft and data.actions
            assert [(a["title"], a["due"]) for a in data.actions] == \
                [(a.title, a.due.isoformat()) for a in draft.actions]
            assert [k["name"] for k in data.kpis] == [k.name for k in draft.kpis]


def test_batch_risk_rows_are_those_of_a_report_alone(programme):
    from core.project import Project
    from core.reports.report_data import risk_context, supplier_report
    with Project.open(programme, backups=False) as project:
        context = risk_context(project, TODAY)
        for chain in project.value_chains():
            for cid in chain.suppliers:
                shared = supplier_report(project, cid, "en", TODAY, risk_context=context)
                alone = supplier_report(project, cid, "en", TODAY)
                assert shared.risk == alone.risk, cid
        assert any(supplier_report(project, cid, "en", TODAY).risk["risks"]
                   for chain in project.value_chains() for cid in chain.suppliers)


def test_cli_batch_with_jobs_in_spanish(programme, tmp_path, capsys):
    from core.project import Project
    copy = tmp_path / "p.encadena"
    shutil.copy(programme, copy)
    with Project.open(copy, backups=False) as project:
        chain = project.value_chains()[0]
    assert main(["--language", "es", "report", str(copy), "--chain", chain.name, "--batch",
                 str(tmp_path / "b"), "--jobs", "1", "--as-of", "2026-01-15"]) == 0
    assert f"{len(chain.suppliers)} informes de proveedores escritos" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == sorted(f"{c}.pdf" for c in chain.suppliers)

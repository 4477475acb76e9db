"""Issue 15, done as a consultant would: a programme built from an empty project in the
workbench (no demo code) — two value chains with anchors and phase dates, a survey with
"Cédula jurídica / Razón social / Fecha de visita" headers imported with those roles, company
facts entered, size classes shown, an import removed, the dashboard timeline showing the phases;
every edit undoable and in the audit log. The same programme built only with the command line
gives the same ``project info --json``."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from core.cli.main import main as cli
from gui_support import make_window
from setup_support import COMPANIES, survey_file

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("ENCADENA_SETUP_SHOTS")
ANCHORS = {"Lácteos": ("3-101-900001", "Dos Pinos R.L."), "Café": ("3-101-900002", "Café Britt S.A.")}
FACTS = {"3-101-111111": {"employees": "12", "sales": "85000000", "women_led": "yes",
                          "jobs_women": "5", "jobs_men": "7", "region": "Alajuela"},
         "3-101-222222": {"employees": "140", "sales": "900000000", "women_led": "no"}}
PHASE_DATES = {"Lácteos": ("2026-01-15", "diagnosis", "2026-02-20", "2026-04-30"),
               "Café": ("2026-03-01", "formalisation", "2026-03-02", "2026-03-30")}


def shoot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def answers_for(monkeypatch, *texts):
    """The texts the consultant types into the next input dialogs, in order."""
    import gui.chain_actions as actions
    queue = list(texts)
    monkeypatch.setattr(actions, "ask_text", lambda *a, **k: queue.pop(0))
    monkeypatch.setattr(actions, "confirm", lambda *a, **k: True)
    return queue


@pytest.fixture(autouse=True)
def english_afterwards():
    """The tests run in Spanish; the next tests expect the application in English again."""
    opened = []
    yield opened
    for context in opened:
        if context.session.is_open:
            context.session.close()
        context.languages.apply("en")


def build_in_workbench(qtbot, monkeypatch, tmp_path: Path, opened: list):
    _app, context, window = make_window(tmp_path, "es")
    opened.append(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    context.settings.set("consultant", "Ana Consultora")
    path = tmp_path / "gui.encadena"
    context.session.create(path, "Programa Lácteo", "CR", currency="CRC", usd_rate=510.0)
    window.show_view("chain")
    page = window.views["chain"]
    for chain, (anchor, anchor_name) in ANCHORS.items():
        answers_for(monkeypatch, chain)
        page.new_button.click()                             # "New value chain…"
        assert page.name == chain
        answers_for(monkeypatch, anchor, anchor_name)
        page.new_company.click()                            # anchor: a new company
        assert page.chain["anchor"] == anchor
        start, phase, actual_start, actual_end = PHASE_DATES[chain]
        page.start.setDate(QDate.fromString(start, "yyyy-MM-dd"))
        page.start.editingFinished.emit()
        page.plan_button.click()                            # default plan from the start
        model = page.phases_model
        row = [p["phase"] for p in page.chain["phases"]].index(phase)
        model.setData(model.index(row, 3), actual_start)    # what the date delegate does
        model.setData(model.index(row, 4), actual_end)
        page.consultant.setText("Ana Consultora")
        page.consultant.editingFinished.emit()
    shoot(window, "chain_page")

    # the survey, with the columns given their roles in the wizard's mapping page
    from gui.dialogs.import_wizard import ImportWizard
    survey = survey_file(tmp_path / "diagnostico.xlsx")
    wizard = ImportWizard(context, str(survey), parent=window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source.toolkit.setCurrentIndex(wizard.source.toolkit.findData("sdp-diagnostic"))
    wizard.next()
    combos = wizard.mapping.combos
    # recognised by default: the national id, the legal name and the visit date
    for letter, role in (("A", "company_id"), ("B", "company_name"), ("C", "assessed_on")):
        assert combos[letter].currentData() == "role:" + role
    # and a role can be given by hand: the consultant takes the date column away, then back
    combos["C"].setCurrentIndex(0)
    combos["C"].setCurrentIndex(combos["C"].findData("role:assessed_on"))
    assert wizard.roles == {"assessed_on": "C"}
    shoot(wizard, "wizard_mapping")
    wizard.next()
    wizard.options.chain.setCurrentText("Lácteos")
    wizard.options.round.setValue(1)
    wizard.next()
    wizard.report.run.click()
    assert wizard.outcome is not None and wizard.outcome.added == 3
    wizard.close()
    # a second import that will be removed
    extra = survey_file(tmp_path / "extra.xlsx", rows=[("3-101-444444", "Temporal S.A.", "2026-02-15")])
    context.session.project.import_survey(extra, "sdp-diagnostic", round=1)
    context.session.refresh()

    # one supplier moves to the other chain, on the chain page
    from gui.chain_actions import _select
    _select(context, "Café")
    page.candidate.setCurrentIndex(page.candidate.findData(COMPANIES[2][0]))
    page.add_member.click()
    assert COMPANIES[2][0] in page.chain["members"]

    # company facts in the company record tab
    window.show_view("company")
    company_view = window.views["company"]
    tab = next(w for spec, w in company_view.extra_tabs if spec.key == "details")
    for company, facts in FACTS.items():
        context.session.select(None, company)
        tab.show_company(company)
        for field, value in facts.items():
            if field == "women_led":
                tab.women_led.setCurrentIndex(tab.women_led.findData(value))
                tab.women_led.activated.emit(tab.women_led.currentIndex())
            else:
                tab.edits[field].setText(value)
                tab.edits[field].editingFinished.emit()
    tab.show_company(COMPANIES[0][0])
    company_view.tabs.setCurrentWidget(tab)
    shoot(window, "company_details")
    return context, window, path, tab


def test_a_programme_built_in_the_workbench(qtbot, monkeypatch, tmp_path, english_afterwards):
    context, window, path, tab = build_in_workbench(qtbot, monkeypatch, tmp_path,
                                                    english_afterwards)
    conn = context.session.project.conn
    # size classes shown live with the rule (Costa Rica scheme, US$ 1 = 1 unit here)
    assert "12 trabajadores → pequeña" in tab.rule.text()
    assert "pequeña" in tab.size.text().lower()
    tab.show_company("3-101-222222")
    assert "grande" in tab.size.text().lower()
    # the imports page removes the extra import (and the company it created)
    window.show_view("imports")
    imports = window.views["imports"]
    assert imports.model.rowCount() == 2
    shoot(window, "imports_page")
    imports.table.selectRow(1)
    answers_for(monkeypatch)
    assert imports.remove_selected()
    assert imports.model.rowCount() == 1
    assert conn.execute("SELECT COUNT(*) FROM companies WHERE id = '3-101-444444'").fetchone()[0] == 0
    window.act_undo.trigger()                                   # Ctrl+Z brings it back
    assert conn.execute("SELECT COUNT(*) FROM companies WHERE id = '3-101-444444'").fetchone()[0] == 1
    window.act_redo.trigger()
    assert conn.execute("SELECT COUNT(*) FROM companies WHERE id = '3-101-444444'").fetchone()[0] == 0
    # the dashboard timeline shows the entered phases
    window.show_view("dashboard")
    dashboard = window.views["dashboard"]
    qtbot.waitUntil(lambda: dashboard.source.request() is not None, timeout=20000)
    dashboard.refresh()
    bars = dashboard.phases.bars if hasattr(dashboard.phases, "bars") else None
    report = dashboard.source.figures.report
    diagnosis = next(p for p in report["chains"]["Lácteos"]["phases"] if p["phase"] == "diagnosis")
    assert (diagnosis["actual_start"], diagnosis["actual_end"]) == ("2026-02-20", "2026-04-30")
    assert bars is None or len(bars) == 12
    groups = dashboard.groups
    groups.by.setCurrentIndex(groups.by.findData("women_led"))
    cells = {groups.model.row_values(r)[groups.model.column_keys()[0]]:
             groups.model.row_values(r) for r in range(groups.model.rowCount())}
    assert set(cells) >= {"sí", "no"}                       # women-led yes / no, in Spanish
    jobs_women = [k for k in groups.model.column_keys() if "mujeres" in k][0]
    assert cells["sí"][jobs_women] == 5
    dashboard.scroll.verticalScrollBar().setValue(dashboard.scroll.verticalScrollBar().maximum())
    shoot(window, "dashboard")
    # every workbench edit is in the audit log with the consultant's name
    who = {r[0] for r in conn.execute("SELECT DISTINCT who FROM audit_log")}
    assert who == {"Ana Consultora"}
    assert tab.audit.model_.rowCount() > 0
    # undo / redo of a company fact through the Edit menu
    employees = lambda: conn.execute(  # noqa: E731
        "SELECT employees FROM companies WHERE id = '3-101-222222'").fetchone()[0]
    tab.show_company("3-101-222222")
    tab.edits["employees"].setText("150")
    tab.edits["employees"].editingFinished.emit()
    assert employees() == 150 and "empleados" in window.act_undo.text()
    window.act_undo.trigger()
    assert employees() == 140
    window.act_redo.trigger()
    assert employees() == 150
    window.act_undo.trigger()
    # a refused value changes nothing
    tab.edits["employees"].setText("-4")
    monkeypatch.setattr("gui.setup_edits.QMessageBox.warning", lambda *a: None)
    tab.edits["employees"].editingFinished.emit()
    assert employees() == 140
    context.session.close()


def test_the_command_line_builds_the_same_programme(qtbot, monkeypatch, tmp_path, capsys,
                                                   english_afterwards):
    (tmp_path / "gui").mkdir()
    context, window, gui_path, _tab = build_in_workbench(qtbot, monkeypatch, tmp_path / "gui",
                                                         english_afterwards)
    extra_id = context.session.project.conn.execute("SELECT MAX(id) FROM imports").fetchone()[0]
    from core.edits import apply_edit
    from core.setup.imports_admin import remove_import
    apply_edit(context.session.project.conn, remove_import(context.session.project.conn, extra_id))
    context.session.close()

    p = str(tmp_path / "cli.encadena")
    survey = survey_file(tmp_path / "diagnostico.xlsx")
    extra = survey_file(tmp_path / "extra.xlsx", rows=[("3-101-444444", "Temporal S.A.", "2026-02-15")])
    run = lambda *args: cli([*map(str, args)])  # noqa: E731
    assert run("project", "create", p, "--name", "Programa Lácteo", "--country", "CR",
               "--currency", "CRC", "--usd-rate", "510") == 0
    for chain, (anchor, anchor_name) in ANCHORS.items():
        start, phase, actual_start, actual_end = PHASE_DATES[chain]
        assert run("company", "set", p, anchor, "--create", "--name", anchor_name) == 0
        assert run("chain", "add", p, chain, "--anchor", anchor, "--start", start,
                   "--consultant", "Ana Consultora", "--default-phases") == 0
        assert run("chain", "phase", p, chain, phase, "--actual-start", actual_start,
                   "--actual-end", actual_end) == 0
    assert run("project", "import", p, survey, "--toolkit", "sdp-diagnostic", "--chain", "Lácteos",
               "--round", "1", "--id-column", "Cédula jurídica", "--name-column", "Razón social",
               "--date-column", "Fecha de visita") == 0
    assert run("project", "import", p, extra, "--toolkit", "sdp-diagnostic", "--round", "1") == 0
    assert run("chain", "members", p, "Café", "--add", COMPANIES[2][0]) == 0
    for company, facts in FACTS.items():
        options = [x for field, value in facts.items()
                   for x in (f"--{field.replace('_', '-')}", value)]
        assert run("company", "set", p, company, *options) == 0
    assert run("project", "remove-import", p, "2") == 0
    capsys.readouterr()

    def info(path) -> dict:
        assert run("project", "info", path, "--json", "-") == 0
        data = json.loads(capsys.readouterr().out)
        for key in ("uid", "created_at", "created_by"):
            data["programme"].pop(key)
        data.pop("imports")
        return data
    gui, cli_info = info(gui_path), info(p)
    assert gui["value_chains"] == cli_info["value_chains"]
    assert gui["companies"] == cli_info["companies"]
    assert gui == cli_info
    assert len(gui["value_chains"]) == 2 and gui["value_chains"][1]["anchor"] == ANCHORS["Lácteos"][0]

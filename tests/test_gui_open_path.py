"""Opening a programme in the shown window redraws only the view in front: the others catch up
when shown (a 100,000-company programme would otherwise redraw every view in turn), and the
timings run reports the figure the benchmarks read."""
from __future__ import annotations

import re

from tests.gui_support import build_programme, make_window


def test_hidden_views_catch_up_when_shown(qtbot, tmp_path):
    path = build_programme(tmp_path / "p.encadena", tmp_path)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    window.show()
    companies = window.views["companies"]
    window.open_path(str(path))
    qtbot.waitUntil(lambda: context.session.is_open)
    assert window.current_view_key() != "companies"
    assert companies.model.rowCount() == 0                      # hidden: not drawn yet
    window.show_view("companies")
    assert companies.model.rowCount() == 3                      # drawn when shown
    window.show_view("dashboard")
    context.session.select(None, None)
    context.session.refresh()
    window.show_view("companies")
    assert companies.model.rowCount() == 3
    context.session.close()
    assert companies.model.rowCount() == 0                      # in front: at once


def test_a_view_outside_a_shown_window_is_told_at_once(qtbot, tmp_path):
    from gui.views.companies import CompaniesView
    path = build_programme(tmp_path / "p.encadena", tmp_path)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    view = CompaniesView(context)
    qtbot.addWidget(view)
    context.session.open(path)
    assert view.model.rowCount() == 3
    context.session.close()


def test_timings_prints_ready_in_and_closes_the_programme(qtbot, tmp_path, capsys):
    from gui.timings import run_timings
    path = build_programme(tmp_path / "p.encadena", tmp_path)
    app, context, window = make_window(tmp_path)
    qtbot.addWidget(window)
    assert run_timings(window, context, str(path), demo=False) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert re.fullmatch(r"ready in \d+\.\d\d s", lines[-1])
    assert any(line.startswith("companies  3") for line in lines)
    assert window.views["dashboard"].drawn is not None        # the dashboard was drawn
    assert not context.session.is_open

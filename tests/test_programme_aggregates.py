"""The programme's figures kept in the project (core.programme.aggregates): equal to a fresh
computation, used only while current (same day, no write since), ignored when damaged; and the
columnar form they are stored in gives back exactly what it was given."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pandas as pd
import pytest

from core.programme import read_programme
from core.programme.aggregates import compute, load, programme_figures
from core.programme.columnar import pack, unpack
from core.project import Project


@pytest.mark.parametrize("values", [
    [],
    [1, "a", None, 2.5, True, False, 0, -3],
    [{"a": 1, "b": None}, {"a": 2, "b": [1, 2]}],
    [{"a": 1}, {"b": 2}, {"a": 3}, {}, {"b": None, "a": 1}],           # shapes, key order kept
    [None, {"x": [1, {"y": 2}]}, None, {"x": []}],
    [[], [1, 2], [], [None, "z"], [[1], []]],
    [None, [1], None],
    [{}, {}, {}],
    [[{"code": "c", "params": {"n": 1.5}}], [{"code": "d", "params": {"n": None, "m": "x"}}]],
    [None, None],
    [1.0, 1, True],                                                   # types stay apart
])
def test_columnar_gives_back_exactly_what_it_was_given(values):
    packed = json.loads(json.dumps(pack(values)))
    back = unpack(packed)
    assert back == values
    assert json.dumps(back) == json.dumps(values)                     # key order and types too
    assert [type(v) for v in back] == [type(v) for v in values]


@pytest.mark.parametrize("packed", [
    {}, {"nope": 1}, {"v": 3}, {"d": ["a"], "n": 2, "c": [{"v": [1]}]},
    {"l": [2], "c": {"v": [1]}}, {"z": [0], "n": 3, "c": {"v": [{"a": 1}]}},
    {"s": [["a"]], "i": [0, 1], "c": [{"v": [{"a": 1}]}]}, {"d": [], "n": -1, "c": []},
])
def test_columnar_refuses_a_malformed_column(packed):
    with pytest.raises(ValueError):
        unpack(packed)


@pytest.fixture()
def programme(tmp_path):
    from core.demo.builder import build_demo
    path = tmp_path / "demo.encadena"
    build_demo(path)
    return path


def _same(a, b) -> None:
    assert a.report == b.report
    pd.testing.assert_frame_equal(a.assessments, b.assessments)
    pd.testing.assert_frame_equal(a.members, b.members)


def test_kept_figures_equal_a_fresh_computation_and_a_write_makes_them_stale(programme):
    today = date.today()
    with Project.open(programme, backups=False) as project:
        conn = project.conn
        assert load(conn, today) is None
        read_programme(project, stored=True)              # the workbench's open: copy current
        first = programme_figures(conn, today)
        assert not first.stored
        kept = programme_figures(conn, today)
        assert kept.stored
        _same(kept, compute(conn, today))
        assert load(conn, today + timedelta(days=1)) is None       # figures move with the date
        conn.execute("UPDATE plan_kpis SET name = name")           # a table only 011 watches
        assert load(conn, today) is None
        assert not programme_figures(conn, today).stored            # computed again...
        read_programme(project, stored=True)
        programme_figures(conn, today)
        assert programme_figures(conn, today).stored                # ...and kept again


def test_a_write_from_another_connection_makes_the_figures_stale(programme):
    today = date.today()
    with Project.open(programme, backups=False) as project:
        read_programme(project, stored=True)
        programme_figures(project.conn, today)
        assert load(project.conn, today) is not None
    raw = sqlite3.connect(programme, isolation_level=None)
    raw.execute("UPDATE kpi_measurements SET value = value")        # e.g. an older Encadena
    raw.close()
    with Project.open(programme, backups=False) as project:
        assert load(project.conn, today) is None


def _packed(text: str) -> bytes:
    import zlib
    return zlib.compress(text.encode("utf-8"))


@pytest.mark.parametrize("damage", [
    ("UPDATE readmodel_figures SET data = x'00'", ()),
    ("UPDATE readmodel_figures SET data = ?", (_packed("not json"),)),
    ("UPDATE readmodel_figures SET data = ?", (_packed('{"report": {"v": [1]}}'),)),
    ("UPDATE readmodel_figures SET data = ?", (_packed('{"report": {"d": ["a"], "n": 5, "c": []}}'),)),
    ("UPDATE readmodel_figures SET data = ?", (_packed('{"report": {"v": [{}]}, "assessments": '
                                                       '{"rows": 1, "columns": [{"name": "x", '
                                                       '"dtype": "datetime64[ns]", "values": {"v": [1]}}]}}'),)),
    ("UPDATE readmodel_figures SET layout = 'other'", ()),
])
def test_damaged_figures_are_ignored_and_rebuilt(programme, damage):
    today = date.today()
    with Project.open(programme, backups=False) as project:
        read_programme(project, stored=True)
        good = programme_figures(project.conn, today)
        project.conn.execute(*damage)
        assert load(project.conn, today) is None
        _same(programme_figures(project.conn, today), good)

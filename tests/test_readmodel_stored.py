"""The read-model kept in the project: used only while current, equal to a fresh build,
stale after any write (whoever writes), ignored when damaged."""
from __future__ import annotations

import sqlite3
from datetime import date

import pandas as pd
import pytest

from core.programme import read_programme, stored
from core.project import Project


@pytest.fixture()
def demo(tmp_path):
    from core.demo.builder import build_demo
    path = tmp_path / "demo.encadena"
    build_demo(path)
    return path


def test_stored_copy_equals_a_fresh_build_and_a_write_makes_it_stale(demo):
    today = date.today()
    with Project.open(demo, backups=False) as project:
        assert stored.load(project.conn, today) is None            # nothing kept yet
        built = read_programme(project, stored=True).companies
        kept = stored.load(project.conn, today)
        assert kept is not None
        pd.testing.assert_frame_equal(kept, built)
        again = read_programme(project, stored=True)
        pd.testing.assert_frame_equal(again.companies, built)
        assert again.register is not None and len(again.register)   # derived when asked
        company = project.company(built["company_id"].iloc[0])
        company.name = "Renamed S.A."
        project.save_company(company)                              # any write: stale
        assert stored.load(project.conn, today) is None
        fresh = read_programme(project, stored=True).companies
        assert "Renamed S.A." in set(fresh["name"])
        assert stored.load(project.conn, today) is not None


def test_a_write_from_another_connection_and_a_schema_change_make_it_stale(demo):
    today = date.today()
    with Project.open(demo, backups=False) as project:
        read_programme(project, stored=True)
    raw = sqlite3.connect(demo, isolation_level=None)
    raw.execute("UPDATE risks SET status = status")                # e.g. an older Encadena
    raw.close()
    with Project.open(demo, backups=False) as project:
        assert stored.load(project.conn, today) is None
        read_programme(project, stored=True)
        project.conn.execute("ALTER TABLE companies ADD COLUMN bench_field INTEGER")
        assert stored.load(project.conn, today) is None             # a migration added a column
        frame = read_programme(project, stored=True).companies
        assert "bench_field" in frame.columns                       # listed with no code change


@pytest.mark.parametrize("damage", [
    "UPDATE readmodel_columns SET data = x'00' WHERE position = 0",
    "UPDATE readmodel_columns SET data = CAST('[[1]]' AS BLOB) WHERE kind = 'object'",
    "UPDATE readmodel_columns SET kind = 'str', data = CAST('[1, 2]' AS BLOB) WHERE position = 0",
    "UPDATE readmodel_state SET rows = 'many'"])
def test_a_damaged_copy_is_ignored(demo, damage):
    with Project.open(demo, backups=False) as project:
        built = read_programme(project, stored=True).companies
        project.conn.execute(damage)
        assert stored.load(project.conn, date.today()) is None
        pd.testing.assert_frame_equal(read_programme(project, stored=True).companies, built)


def test_a_company_field_flows_from_its_column_to_every_reader(demo, tmp_path):
    """women_led (migration 006): one entry in core.programme.columns and its words in the
    catalogue; the listing, the read-model, the workbook and the CSV follow with no other change."""
    from core.programme.rows import company_table
    with Project.open(demo, backups=False) as project:
        first = project.companies()["id"].iloc[0]
        project.conn.execute("UPDATE companies SET women_led = 1 WHERE id = ?", (first,))
        model = read_programme(project)
    table = company_table(model, "es", "csv")
    header = table.headers[table.keys.index("women_led")]
    assert header == "Liderada por mujeres"
    assert table.row(0)["company_id"] == first and table.row(0)["women_led"] == "sí"
    assert "women_led" not in company_table(model, "es", "table").keys     # the GUI table: not listed

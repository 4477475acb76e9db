"""The project file itself: round trips, migrations, backups, copies, checks, size classes."""
from __future__ import annotations

import sqlite3

import pytest

from core.errors import UserInputError
from core.messages import message
from core.project import Company, Project, SuppliedItem, ValueChain, backup, check_file, migrations
from core.project.sizeclass import class_codes, classify


def test_round_trip_of_programme_company_and_chain(tmp_path):
    path = tmp_path / "p.encadena"
    project = Project.create(path, "PDP Chile", country="cl", currency="CLP", usd_rate=950.0)
    company = Company("S-001", "Lácteos del Valle", tax_id="76.123.456-7", country="CL",
                      sector="dairy", employees=45, annual_sales=950e6,
                      supplied_items=[SuppliedItem("leche", 5), SuppliedItem("queso", 2)],
                      largest_client_share=0.8, contact="ana@valle.cl", consultant="Beto")
    buyer = Company("B-1", "Supermercados Sur", role="buyer")
    project.save_company(company)
    project.save_company(buyer)
    chain = ValueChain("Lácteos", sector="food", anchor_id="B-1", suppliers=["S-001"],
                       phases={"formalisation": ("2026-01-05", "2026-01-31"),
                               "diagnosis": ("2026-02-01", None)}, consultant="Beto")
    project.save_chain(chain)
    project.close()

    project = Project.open(path)
    p = project.programme
    assert (p.name, p.country, p.currency, p.size_scheme, p.number_format) == \
        ("PDP Chile", "CL", "CLP", "chile", "comma")
    stored = project.company("S-001")
    assert stored.name == "Lácteos del Valle" and stored.tax_id == "76.123.456-7"
    assert stored.supplied_items == [SuppliedItem("leche", 5), SuppliedItem("queso", 2)]
    assert stored.supplied_criticality == 5 and stored.largest_client_share == 0.8
    assert (stored.employees, stored.annual_sales, stored.contact) == (45, 950e6, "ana@valle.cl")
    [loaded] = project.value_chains()
    assert (loaded.name, loaded.anchor_id, loaded.suppliers, loaded.consultant) == \
        ("Lácteos", "B-1", ["S-001"], "Beto")
    assert loaded.phases == {"formalisation": ("2026-01-05", "2026-01-31"), "diagnosis": ("2026-02-01", None)}
    listing = project.companies().set_index("id")
    assert listing.loc["S-001", "size_class"] == "small"     # 45 workers; CLP 950 M = US$ 1.0 M
    assert project.size_class("S-001").rule.startswith("chile (both); 45 workers -> small")
    assert project.companies(chain="Lácteos").shape[0] == 2
    project.update_programme(size_scheme="world_bank")
    assert project.companies().set_index("id").loc["S-001", "size_class"] == "small"
    project.close()


def test_invalid_records_are_refused_with_codes(tmp_path):
    project = Project.create(tmp_path / "p.encadena", "P")
    with pytest.raises(UserInputError) as err:
        project.save_chain(ValueChain("X", suppliers=["ghost"]))
    assert err.value.code == "unknown_company"
    with pytest.raises(UserInputError):
        project.save_company(Company("S1", role="client"))
    with pytest.raises(UserInputError):
        project.update_programme(size_scheme="mars")
    with pytest.raises(UserInputError) as err:
        Project.create(tmp_path / "p.encadena", "again")
    assert err.value.code == "project_exists"
    project.close()


@pytest.mark.parametrize("scheme,workers,sales,expected", [
    ("chile", 9, None, "micro"), ("chile", 10, None, "small"), ("chile", 200, None, "large"),
    ("chile", None, 1.15e6, "medium"), ("costa_rica", 35, None, "medium"),
    ("costa_rica", None, 0.36e6, "medium"), ("bolivia", 20, None, "medium"),
    ("bolivia", None, 3.31e6, "large"), ("world_bank", 300, None, "large"),
    ("world_bank", 49, 2.9e6, "small"), ("world_bank", 49, 3.0e6, "medium"),
    ("world_bank", None, None, None),
])
def test_size_class_bounds_are_inclusive_lower_bounds(scheme, workers, sales, expected):
    assert class_codes([workers], [sales], scheme, "both")[0] == expected
    assert classify([workers], [sales], scheme, "both")[0].size_class == expected


def test_size_class_basis_and_gni_rule():
    [one] = classify([400], [50_000], "world_bank", "sales")
    assert (one.size_class, one.by_employees, one.by_sales) == ("micro", "large", "micro")
    assert classify([400], [50_000], "world_bank", "employees")[0].size_class == "large"
    gni = classify([None, None, None], [100_000, 5e6, 30e6], "gni", gni_per_capita=20_000)
    assert [g.size_class for g in gni] == ["micro", "sme", "large"]
    assert "GNI per capita US$ 20000" in gni[1].rule


def test_migrations_from_version_1_and_refusal_of_newer_files(tmp_path):
    path = tmp_path / "old.encadena"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, path, target=1) == [1]
    conn.execute("INSERT INTO programme (id, uid, name, created_at) VALUES (1, 'u-1', 'Old', '2026-01-01')")
    conn.close()
    project = Project.open(path)
    assert migrations.schema_version(project.conn) == migrations.latest_version()
    assert project.programme.name == "Old"
    project.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    with pytest.raises(UserInputError) as err:
        Project.open(path)
    assert err.value.code == "newer_schema"
    assert "newer Encadena" in message("newer_schema", "en", **err.value.params)
    assert "más nueva" in message("newer_schema", "es", **err.value.params)


def test_migration_files_must_be_numbered_in_sequence(tmp_path):
    (tmp_path / "001_a.sql").write_text("CREATE TABLE a (x INTEGER);")
    (tmp_path / "003_c.sql").write_text("CREATE TABLE c (x INTEGER);")
    with pytest.raises(RuntimeError):
        migrations.migration_files(tmp_path)


def test_a_failing_migration_leaves_the_previous_version(tmp_path):
    (tmp_path / "001_a.sql").write_text("CREATE TABLE a (x INTEGER);")
    (tmp_path / "002_b.sql").write_text("CREATE TABLE b (x INTEGER); CREATE TABLE a (y INTEGER);")
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn, schema_dir=tmp_path)
    assert migrations.schema_version(conn) == 1
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'").fetchone()[0] == 0


def test_rolling_backups_keep_the_last_five(tmp_path):
    project = Project.create(tmp_path / "p.encadena", "P")
    uid = project.programme.uid
    for i in range(7):
        project._backed_up = False
        project.save_company(Company(f"S{i}"))
    kept = backup.backups_of(project.path, uid)
    assert len(kept) == 5
    newest = sqlite3.connect(kept[0])
    assert newest.execute("SELECT COUNT(*) FROM companies").fetchone()[0] == 6   # before the 7th
    newest.close()
    project.close()


def test_save_copy_is_one_consistent_file(tmp_path):
    project = Project.create(tmp_path / "p.encadena", "P")
    project.save_company(Company("S1", "Uno"))
    copy = project.save_copy(tmp_path / "copy.encadena")
    assert not (tmp_path / "copy.encadena-wal").exists()
    other = Project.open(copy, backups=False)
    assert other.company("S1").name == "Uno" and other.programme.uid == project.programme.uid
    other.close()
    project.close()


def test_check_reports_damage_and_foreign_files(tmp_path):
    project = Project.create(tmp_path / "p.encadena", "P")
    project.save_company(Company("S1"))
    project.close()
    assert check_file(tmp_path / "p.encadena").ok
    (tmp_path / "notes.encadena").write_text("hello")
    with pytest.raises(UserInputError) as err:
        Project.open(tmp_path / "notes.encadena")
    assert err.value.code == "not_a_project"
    damaged = tmp_path / "damaged.encadena"
    conn = sqlite3.connect(tmp_path / "p.encadena")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'companies'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray((tmp_path / "p.encadena").read_bytes())
    data[(root - 1) * page: (root - 1) * page + 12] = b"\x07" * 12    # not a b-tree page any more
    damaged.write_bytes(bytes(data))
    report = check_file(damaged)
    assert not report.ok and report.problems[0].code == "corrupt_database"
    conn = sqlite3.connect(tmp_path / "p.encadena")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO chain_members (chain_id, company_id) VALUES (99, 'S1')")
    conn.commit()
    conn.close()
    assert [p.code for p in check_file(tmp_path / "p.encadena").problems] == ["broken_reference"]


def test_cloud_folders_are_warned_about_not_refused(tmp_path):
    folder = tmp_path / "Dropbox" / "programas"
    folder.mkdir(parents=True)
    project = Project.create(folder / "p.encadena", "P")
    assert project.warnings == ["project_in_cloud_folder"]
    project.close()
    project = Project.open(folder / "p.encadena")
    assert "project_in_cloud_folder" in project.warnings
    assert "nube" in message("project_in_cloud_folder", "es")
    project.close()


def test_opening_a_damaged_file_is_refused_with_a_clear_code(tmp_path):
    project = Project.create(tmp_path / "p.encadena", "P")
    project.save_company(Company("S1"))
    project.close()
    conn = sqlite3.connect(tmp_path / "p.encadena")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'companies'").fetchone()[0]
    conn.close()
    data = bytearray((tmp_path / "p.encadena").read_bytes())
    data[(root - 1) * 4096: (root - 1) * 4096 + 12] = b"\x07" * 12
    (tmp_path / "p.encadena").write_bytes(bytes(data))
    with pytest.raises(UserInputError) as err:
        Project.open(tmp_path / "p.encadena")
    assert err.value.code == "corrupt_database"


def test_check_finds_latest_scores_out_of_step(tmp_path):
    project = Project.create(tmp_path / "p.encadena", "P")
    project.save_company(Company("S1"))
    assert project.check().ok
    project.conn.execute("UPDATE companies SET latest_index = 50 WHERE id = 'S1'")
    assert [p.code for p in project.check().problems] == ["stale_latest"]
    project.close()


def test_network_share_is_warned_and_opened_without_wal(tmp_path, monkeypatch):
    from core.project import db
    monkeypatch.setattr(db, "_mount_fstype", lambda path: "cifs")
    project = Project.create(tmp_path / "p.encadena", "P")
    assert project.warnings == ["project_on_network"]
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    project.close()
    project = Project.open(tmp_path / "p.encadena")
    assert project.warnings == ["project_on_network"]
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    project.close()
    monkeypatch.setattr(db, "_mount_fstype", lambda path: "ext4")
    project = Project.open(tmp_path / "p.encadena")
    assert project.warnings == [] and project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.conn.execute("PRAGMA synchronous").fetchone()[0] == 2        # FULL
    assert project.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    project.close()


def test_every_project_message_exists_in_three_languages():
    import json
    from pathlib import Path

    import core.cli.project
    from core.catalogue import WORDS_DIR
    from core.catalogue import entries as _entries
    _CATALOGUE = _entries()
    own = json.loads((WORDS_DIR / "messages_project.json").read_text(encoding="utf-8"))
    source = Path(core.cli.project.__file__).read_text(encoding="utf-8")
    codes = list(own) + [c for c in _CATALOGUE if f'"{c}"' in source]
    assert len(codes) > 25
    for code in codes:
        assert set(_CATALOGUE[code]) >= {"en", "es", "pt"}, code
    assert "á" in _CATALOGUE["newer_schema"]["es"] and "ã" in _CATALOGUE["project_on_network"]["pt"]

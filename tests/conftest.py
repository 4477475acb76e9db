"""Shared test setup: Qt offscreen before any QApplication, and a private user-data folder."""
from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ENCADENA_DATA_DIR", tempfile.mkdtemp(prefix="encadena-test-data-"))
os.environ.setdefault("ENCADENA_LANG", "en")


@pytest.fixture(autouse=True)
def _language_of_messages_restored(monkeypatch):
    """A test that switches the GUI's language (which sets ENCADENA_LANG for core's messages) must
    not change the language of the tests after it."""
    monkeypatch.setenv("ENCADENA_LANG", os.environ.get("ENCADENA_LANG", "en"))


# -- PostgreSQL: one server per test session, one fresh database per test ---------------------

@pytest.fixture(scope="session")
def pg_admin_url():
    """The URL of a PostgreSQL server the tests may create databases on. In CI a missing server
    fails the run; on a developer's machine without PostgreSQL the server tests are skipped."""
    from pg_support import ENV_URL, PrivateCluster
    if os.environ.get(ENV_URL):
        yield os.environ[ENV_URL]
        return
    cluster = PrivateCluster()
    try:
        url = cluster.start()
    except Exception as exc:   # noqa: BLE001 - the reason is shown in the skip/failure
        cluster.stop()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL could not be started: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield url
    cluster.stop()


@pytest.fixture
def pg_url(pg_admin_url):
    """A new empty database on the test server, dropped after the test."""
    from pg_support import create_database, drop_database
    name, url = create_database(pg_admin_url)
    yield url
    drop_database(pg_admin_url, name)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url):
    """The name of a database migrated once, copied by ``pg_store_url``."""
    from pg_support import migrated_template
    return migrated_template(pg_admin_url)


@pytest.fixture
def pg_store_url(pg_admin_url, pg_template):
    """A new database already holding the latest schema, dropped after the test."""
    from pg_support import create_database, drop_database
    name, url = create_database(pg_admin_url, template=pg_template)
    yield url
    drop_database(pg_admin_url, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A migrated programme store on each backend: a project file, then a server database."""
    from core.store import connect_store
    if request.param == "sqlite":
        conn = connect_store(tmp_path / "store.encadena")
    else:
        conn = connect_store(request.getfixturevalue("pg_store_url"))
    yield conn
    conn.close()

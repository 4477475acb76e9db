"""Sync on a consultant's own connection, with the server's row-level security on (issue 18c's
policies): a consultant checks out and syncs only their chain; a change the policies refuse is
not applied and stays waiting in the replica, nothing else is held back."""
from __future__ import annotations

import uuid

import pytest

from core.errors import UserInputError
from core.server.init import init_server
from core.store import connect_store
from core.sync import api
from sync_support import run

users = pytest.importorskip("core.server.users")     # 18c's roles and policies


def _with_user(url: str, name: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{name}:{password}@{rest.split('@', 1)[1]}"


def _edit(path, sql):
    conn = connect_store(path)
    conn.execute(sql)
    conn.close()


def test_a_consultant_syncs_their_chain_only(tmp_path, pg_url):
    p = tmp_path / "prog.encadena"
    run("project", "create", p, "--name", "Programa", "--country", "CR")
    for company in ("B01", "S01", "S02", "S03"):
        run("company", "set", p, company, "--create", "--name", f"Empresa {company}")
    run("chain", "add", p, "Lácteos", "--anchor", "B01")
    run("chain", "members", p, "Lácteos", "--add", "S01", "S02")
    run("chain", "add", p, "Café")
    run("chain", "members", p, "Café", "--add", "S03")
    init_server(pg_url, p)
    tag = uuid.uuid4().hex[:6]
    owner = connect_store(pg_url, migrate=False)
    users.add_user(owner, f"ana_{tag}", "consultant", "clave-ana", ["Lácteos"])
    users.add_user(owner, f"mara_{tag}", "manager", "clave-mara")
    users.add_user(owner, f"fondo_{tag}", "funder", "clave-fondo")
    owner.close()
    ana_url = _with_user(pg_url, f"ana_{tag}", "clave-ana")
    mara_url = _with_user(pg_url, f"mara_{tag}", "clave-mara")
    ana, mara = tmp_path / "ana.encadena", tmp_path / "mara.encadena"
    state = api.checkout(ana_url, ana)
    assert (state.kind, state.chains) == ("consultant", ("Lácteos",))
    conn = connect_store(ana)
    assert sorted(r[0] for r in conn.execute("SELECT id FROM companies")) == ["B01", "S01", "S02"]
    conn.close()
    api.checkout(mara_url, mara)

    _edit(ana, "UPDATE companies SET contact = 'Ana' WHERE id = 'S01'")
    run("plan", "action", "add", ana, "--company", "S01", "--title", "Registro", "--due",
        "2026-06-30")
    _edit(ana, "UPDATE programme SET name = 'Programa de Ana'")     # managers only
    done = api.sync(ana, url=ana_url)
    assert done.pushed >= 3 and done.refused == 1
    assert api.status(ana).waiting == 1                           # the programme row waits
    server = connect_store(pg_url, migrate=False)
    assert server.execute("SELECT name FROM programme").fetchone()[0] == "Programa"
    assert server.execute("SELECT contact FROM companies WHERE id = 'S01'").fetchone()[0] == "Ana"
    server.close()

    _edit(mara, "UPDATE companies SET contact = 'Mara' WHERE id IN ('S02', 'S03')")
    api.sync(mara, url=mara_url)
    conn = connect_store(mara)
    assert conn.execute("SELECT COUNT(*) FROM plan_actions WHERE company_id = 'S01'").fetchone()[0]
    conn.close()
    api.sync(ana, url=ana_url)
    conn = connect_store(ana)
    assert dict(conn.execute("SELECT id, contact FROM companies").fetchall()) == {
        "B01": None, "S01": "Ana", "S02": "Mara"}                 # S03 (Café) never arrives
    conn.close()

    with pytest.raises(UserInputError) as refused:
        api.checkout(_with_user(pg_url, f"fondo_{tag}", "clave-fondo"), tmp_path / "f.encadena")
    assert refused.value.code in ("sync.funder_no_checkout", "sync.not_allowed")
    assert not (tmp_path / "f.encadena").exists()

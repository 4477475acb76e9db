"""The command line as a consultant uses it, in Spanish: a programme built from an empty project,
put on a server, checked out twice, edited on both sides, synced, a conflict decided; every
mistake an exit 2 with a Spanish sentence and no traceback."""
from __future__ import annotations

import json

from safety_support import run_here


def _es(capsys, *args):
    return run_here(capsys, *args, "--language", "es")


def _programme(capsys, folder):
    p = folder / "prog.encadena"
    steps = [("project", "create", p, "--name", "Programa Lácteos", "--country", "CR"),
             ("company", "set", p, "B01", "--create", "--name", "Lácteos del Valle"),
             ("company", "set", p, "S01", "--create", "--name", "Finca Uno", "--employees", "12"),
             ("company", "set", p, "S02", "--create", "--name", "Finca Dos"),
             ("chain", "add", p, "Lácteos", "--anchor", "B01", "--start", "2026-01-10",
              "--default-phases"),
             ("chain", "members", p, "Lácteos", "--add", "S01", "S02"),
             ("plan", "action", "add", p, "--company", "S01", "--title", "Registro de ordeño",
              "--due", "2026-06-30")]
    for step in steps:
        code, _, err = _es(capsys, *step)
        assert code == 0, (step, err)
    return p


def test_a_team_syncs_in_spanish(capsys, tmp_path, pg_url):
    source = _programme(capsys, tmp_path)
    code, out, _ = _es(capsys, "server", "init", pg_url, "--from", source)
    assert code == 0 and "Servidor de programa" in out and "@" in out
    assert pg_url.split("//")[1].split("@")[0] not in out            # no password shown
    ana, beto = tmp_path / "ana.encadena", tmp_path / "beto.encadena"
    for replica in (ana, beto):
        code, out, _ = _es(capsys, "server", "checkout", pg_url, "-o", replica)
        assert code == 0 and "réplica" in out
    assert _es(capsys, "company", "set", ana, "S01", "--name", "Finca Uno S.A.")[0] == 0
    assert _es(capsys, "company", "set", beto, "S01", "--employees", "20")[0] == 0
    assert _es(capsys, "company", "set", beto, "S02", "--employees", "9")[0] == 0
    code, out, _ = _es(capsys, "sync", ana, "--status")
    assert code == 0 and "Cambios pendientes: " in out and "Conflictos: 0" in out
    code, out, _ = _es(capsys, "sync", ana, "--url", pg_url)
    assert code == 0 and out.startswith("Sincronizado:")
    code, out, _ = _es(capsys, "sync", beto, "--url", pg_url, "--json")
    result = json.loads(out)
    assert code == 0 and result["conflicts"] == 1
    code, out, _ = _es(capsys, "sync", beto, "--status", "--json")
    [conflict] = json.loads(out)["conflicts"]
    code, out, _ = _es(capsys, "sync", beto, "--status")
    assert f"Conflicto {conflict['id']}: companies S01" in out and "la del servidor" in out
    code, _, err = _es(capsys, "sync", beto, "--resolve", str(conflict["id"]))
    assert code == 2 and "--keep" in err
    code, out, _ = _es(capsys, "sync", beto, "--resolve", str(conflict["id"]), "--keep", "theirs")
    assert code == 0 and "la del servidor" in out
    assert _es(capsys, "sync", beto, "--url", pg_url)[0] == 0
    assert _es(capsys, "sync", ana, "--url", pg_url)[0] == 0
    for replica in (ana, beto):
        code, out, _ = _es(capsys, "company", "show", replica, "S02", "--json", "-")
        assert code == 0 and '"employees": 9' in out.replace(" 9.0", " 9")


def test_mistakes_are_exit_2_in_spanish(capsys, tmp_path, pg_url):
    source = _programme(capsys, tmp_path)
    wrong = pg_url.split("//")[0] + "//" + pg_url.split("//")[1].split(":")[0] + ":mala@" + \
        pg_url.split("@", 1)[1]
    cases = [(("server", "checkout", "ftp://servidor/base", "-o", tmp_path / "a.encadena"),
              "no es una dirección de servidor"),
             (("server", "checkout", wrong, "-o", tmp_path / "b.encadena"), "contraseña"),
             (("server", "checkout", "postgresql://u@127.0.0.1:1/x", "-o", tmp_path / "c.encadena"),
              "no responde"),
             (("server", "checkout", pg_url, "-o", tmp_path / "d.encadena"),
              "no es un servidor de programa"),
             (("sync", source), "no es una réplica"),
             (("sync", tmp_path / "nada.encadena", "--status"), "no es una réplica")]
    for args, words in cases:
        code, out, err = _es(capsys, *args)
        assert code == 2 and words in err, (args, err)
        assert "mala" not in err
    assert not list(tmp_path.glob("[abcd].encadena"))
    assert _es(capsys, "server", "init", pg_url, "--from", source)[0] == 0
    code, _, err = _es(capsys, "server", "init", pg_url, "--from", source)
    assert code == 2 and "ya contiene un programa" in err
    assert _es(capsys, "server", "checkout", pg_url, "-o", tmp_path / "mia.encadena")[0] == 0
    code, _, err = _es(capsys, "sync", tmp_path / "mia.encadena")     # no password anywhere
    assert code == 2 and "contraseña" in err

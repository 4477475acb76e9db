"""Supplier directory and matchmaking on a programme built from scratch: profiles through the
command line, accent-insensitive search, ranking by the stated rules, the pipeline to a linkage."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from directory_support import build_directory_programme

CERTS = ["ISO 9001", "ISO 14001", "HACCP", "FSSC 22000"]
REGIONS = ["Alajuela", "Heredia", "San José", "Cartago"]
TODAY = date(2026, 12, 1)


def cli(*args: str, language: str = "es") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core.cli.main", "--language", language, *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def programme(tmp_path_factory) -> Path:
    """30 suppliers with profiles: codes, certifications (some expired), regions, freshness."""
    from core.cli.company_capability import run_capability  # noqa: F401 (import check)
    folder = tmp_path_factory.mktemp("directorio")
    path = build_directory_programme(folder, 30)
    from core.directory.model import CapabilityProfile, Certification, Machine
    from core.directory.profiles import profile_edit
    from core.edits import apply_edit
    from core.project import Project
    with Project.open(path, backups=False) as project:
        for i in range(1, 31):
            cid = f"S{i:02d}"
            certs = [Certification(CERTS[j], "2027-06-30" if (i + j) % 4 else "2025-01-31")
                     for j in range(len(CERTS)) if (i >> j) & 1]
            profile = CapabilityProfile(
                cid, products=[["Envases plásticos", "Tapas"], ["Cajas de cartón"],
                               ["Tornillería", "Piezas torneadas"]][i % 3],
                codes=[["22", "2220"], ["17"], ["25"]][i % 3],
                processes=[["Inyección", "Soplado"], ["Troquelado"], ["Torneado CNC"]][i % 3],
                machines=[Machine("Inyectora", "300 t", 2018 + i % 5)] if i % 3 == 0 else [],
                certifications=certs, region=REGIONS[i % 4],
                verified_on="2024-02-01" if i % 7 == 0 else "2026-09-15")
            apply_edit(project.conn, profile_edit(project.conn, profile), "test")
    return path


def test_search_ignores_accents_and_case_and_filters(programme):
    out = cli("directory", "search", str(programme), "ENVASE", "plastico", "--json", "-")
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)["suppliers"]
    assert {s["company_id"] for s in found} == {f"S{i:02d}" for i in range(3, 31, 3)}
    out = cli("directory", "search", str(programme), "--band", "linkage_ready",
              "--region", "alajuela", "--json", "-")
    rows = json.loads(out.stdout)["suppliers"]
    assert rows and all(r["band"] == "linkage_ready" and r["region"] == "Alajuela" for r in rows)
    stale = json.loads(cli("directory", "search", str(programme), "--stale", "--json", "-").stdout)
    assert {s["company_id"] for s in stale["suppliers"]} == {"S07", "S14", "S21", "S28"}


def test_bad_filters_and_values_exit_2_naming_them(programme):
    out = cli("directory", "search", str(programme), "--band", "excelente")
    assert out.returncode == 2 and "excelente" in out.stderr and "Traceback" not in out.stderr
    out = cli("demand", "add", str(programme), "--buyer", "NADIE", "--title", "x")
    assert out.returncode == 2 and "NADIE" in out.stderr
    out = cli("company", "capability", str(programme), "S01", "--cert", "ISO 9001:31-31-2027")
    assert out.returncode == 2 and "31-31-2027" in out.stderr
    out = cli("match", str(programme), "D999")
    assert out.returncode == 2 and "D999" in out.stderr


def _reference(programme: Path, demand: dict) -> list[tuple[str, str]]:
    """An independent reading of the rules: who is qualified / near, from the stored data."""
    import sqlite3
    conn = sqlite3.connect(programme)
    bands = ["not_ready", "developing", "linkage_ready"]
    out = []
    for cid, band in conn.execute("SELECT c.id, c.latest_band FROM companies c JOIN "
                                  "capability_profiles p ON p.company_id = c.id"):
        if cid == demand["buyer"]:
            continue
        certs = {n.lower(): e for n, e in conn.execute(
            "SELECT name, expires_on FROM capability_certs WHERE company_id = ?", (cid,))}
        codes = [c for (c,) in conn.execute(
            "SELECT code FROM capability_codes WHERE company_id = ?", (cid,))]
        missing = sum(1 for c in demand["require"]
                      if c.lower() not in certs or (certs[c.lower()] or "9999") < TODAY.isoformat())
        if demand["codes"] and not any(h.startswith(w) or w.startswith(h)
                                       for h in codes for w in demand["codes"]):
            missing += 1
        if demand["band"] and bands.index(band) < bands.index(demand["band"]):
            missing += 1
        if missing <= 1:
            out.append((cid, "qualified" if missing == 0 else "near"))
    conn.close()
    return sorted(out)


@pytest.mark.parametrize("demand", [
    {"title": "Envases para yogur", "codes": ["22"], "require": ["ISO 9001"],
     "prefer": ["ISO 14001"], "band": "linkage_ready", "region": "Alajuela"},
    {"title": "Cajas para despacho", "codes": ["17"], "require": ["FSSC 22000", "HACCP"],
     "prefer": [], "band": "developing", "region": None},
    {"title": "Piezas torneadas", "codes": ["2511"], "require": [], "prefer": ["ISO 9001"],
     "band": None, "region": "Cartago"},
])
def test_matches_follow_the_stated_rules(programme, demand):
    demand = dict(demand, buyer="B01")
    args = ["demand", "add", str(programme), "--buyer", "B01", "--title", demand["title"]]
    for c in demand["codes"]:
        args += ["--code", c]
    for c in demand["require"]:
        args += ["--require-cert", c]
    for c in demand["prefer"]:
        args += ["--prefer-cert", c]
    if demand["band"]:
        args += ["--min-band", demand["band"]]
    if demand["region"]:
        args += ["--region", demand["region"]]
    assert cli(*args).returncode == 0
    listed = json.loads(cli("demand", "list", str(programme), "--json", "-").stdout)["demands"]
    demand_id = [d for d in listed if d["title"] == demand["title"]][-1]["id"]
    out = cli("match", str(programme), demand_id, "--as-of", TODAY.isoformat(), "--json", "-")
    assert out.returncode == 0, out.stderr
    matches = json.loads(out.stdout)["matches"]
    assert sorted((m["company_id"], m["status"]) for m in matches) == _reference(programme, demand)
    statuses = [m["status"] for m in matches]
    assert statuses == sorted(statuses, key=lambda s: s != "qualified")   # qualified first
    for status in ("qualified", "near"):
        scores = [m["score"] for m in matches if m["status"] == status]
        assert scores == sorted(scores, reverse=True)
    for m in matches:
        missing_certs = {r["value"] for r in m["requirements_missing"] if r["kind"] == "require_cert"}
        assert not (m["qualified"] and missing_certs)
        assert m["explanation"].startswith("cumple")
        if m["stale"]:
            assert "desactualizado" in m["explanation"]


def test_pipeline_linkage_counts_in_results(programme):
    out = cli("demand", "add", str(programme), "--buyer", "B01", "--title", "Tapas")
    assert out.returncode == 0
    listed = json.loads(cli("demand", "list", str(programme), "--json", "-").stdout)["demands"]
    demand_id = listed[-1]["id"]
    assert cli("match", "set", str(programme), demand_id, "S03", "--stage", "meeting").returncode == 0
    assert cli("match", "set", str(programme), demand_id, "S03", "--stage", "linkage",
               "--date", "2026-11-20", "--value", "12500,50").returncode == 0
    closed = cli("match", "set", str(programme), demand_id, "S06", "--stage", "closed")
    assert closed.returncode == 2                              # a reason is required
    from core.directory.pipeline import linkage_results
    from core.project import Project
    with Project.open(programme, backups=False) as project:
        results = linkage_results(project.conn)
    assert results["programme"]["linkages"] >= 1
    assert results["programme"]["value"] >= 12500.5
    assert results["chains"]["Cadena láctea"]["linkages"] >= 1


def test_profile_edit_is_undoable_and_audited(programme, tmp_path):
    import shutil

    from core.directory.profiles import load_profile, profile_edit
    from core.edits import apply_edit, audit_entries
    from core.project import Project
    copy = tmp_path / "copia.encadena"
    shutil.copy(programme, copy)
    with Project.open(copy, backups=False) as project:
        before = load_profile(project.conn, "S03")
        changed = load_profile(project.conn, "S03")
        changed.codes = ["10"]
        changed.products = ["Quesos"]
        edit = profile_edit(project.conn, changed)
        apply_edit(project.conn, edit, "Ana")
        assert load_profile(project.conn, "S03").products == ["Quesos"]
        assert any(e.who == "Ana" for e in audit_entries(project.conn, "company", "S03"))
        from core.directory.index import matching_ids
        assert "S03" in matching_ids(project.conn, "queso")
        apply_edit(project.conn, edit.inverse(), "Ana")
        assert load_profile(project.conn, "S03") == before
        assert "S03" not in matching_ids(project.conn, "queso")


def test_fts_query_never_passes_syntax_through():
    from core.directory.index import fts_query
    assert fts_query('envase" OR company_id:*') == '"envase"* AND "or"* AND "company_id"*'
    assert fts_query("  ¿?  ") is None


def test_bulk_import_is_all_or_nothing_with_cell_precise_errors(programme, tmp_path):
    import shutil

    from openpyxl import Workbook
    copy = tmp_path / "copia.encadena"
    shutil.copy(programme, copy)
    book = Workbook()
    sheet = book.active
    sheet.title = "Perfiles"
    sheet.append(["Cédula jurídica", "Productos y servicios", "Códigos", "Certificaciones",
                  "Maquinaria", "Exporta", "Verificado"])
    sheet.append(["S01", "Quesos; Yogur", "10", "HACCP:2027-05-01", "Pasteurizador:500 l:2015",
                  "sí", "2026-10-01"])
    sheet.append(["S02", "Leche", "10", "ISO 9001:mañana", "Tina::19x9", "quizá", "ayer"])
    bad = tmp_path / "perfiles_malos.xlsx"
    book.save(bad)
    out = cli("directory", "import", str(copy), str(bad))
    assert out.returncode == 2, out.stderr
    assert "4 celdas no se pueden usar" in out.stderr and "Traceback" not in out.stderr
    for column, value in (("D", "mañana"), ("E", "19x9"), ("F", "quizá"), ("G", "ayer")):
        line = next(x for x in out.stderr.splitlines() if value in x)
        assert "'Perfiles'" in line and " 3" in line and f" {column}:" in line
    sheet.delete_rows(3)
    good = tmp_path / "perfiles.xlsx"
    book.save(good)
    out = cli("directory", "import", str(copy), str(good))
    assert out.returncode == 0, out.stderr
    found = json.loads(cli("directory", "search", str(copy), "yogur", "--json", "-").stdout)
    assert [s["company_id"] for s in found["suppliers"]] == ["S01"]


def test_demands_from_a_workbook(programme, tmp_path):
    import shutil

    from openpyxl import Workbook
    copy = tmp_path / "copia.encadena"
    shutil.copy(programme, copy)
    before = len(json.loads(cli("demand", "list", str(copy), "--json", "-").stdout)["demands"])
    book = Workbook()
    book.active.append(["Comprador", "Título", "Códigos", "Certificaciones requeridas",
                        "Banda mínima", "Fecha límite"])
    book.active.append(["B01", "Envases 500 ml", "22", "ISO 9001", "developing", "2027-02-01"])
    book.active.append(["B01", "Cajas", "17; 1702", "", "excelente", "pronto"])
    path = tmp_path / "demandas.xlsx"
    book.save(path)
    out = cli("demand", "import", str(copy), str(path))
    assert out.returncode == 2 and "excelente" in out.stderr and "pronto" in out.stderr
    assert len(json.loads(cli("demand", "list", str(copy), "--json", "-").stdout)["demands"]) == before
    book.active.delete_rows(3)
    book.save(path)
    out = cli("demand", "import", str(copy), str(path))
    assert out.returncode == 0, out.stderr
    listed = json.loads(cli("demand", "list", str(copy), "--json", "-").stdout)["demands"]
    assert listed[-1]["title"] == "Envases 500 ml" and listed[-1]["required_certs"] == ["ISO 9001"]


def test_merge_brings_profiles_demands_and_pipeline(programme, tmp_path):
    import shutil

    from core.project import Project
    source = tmp_path / "origen.encadena"
    shutil.copy(programme, source)
    assert cli("demand", "add", str(source), "--buyer", "B01", "--title", "Tapas",
               "--code", "22").returncode == 0
    assert cli("match", "set", str(source), "D001", "S03", "--stage", "meeting").returncode == 0
    programme = source
    target = tmp_path / "destino.encadena"
    shutil.copy(programme, target)
    with Project.open(target, backups=False) as project:          # the target has no directory
        for table in ("match_pipeline", "demand_terms", "demands", "capability_codes",
                      "capability_machines", "capability_certs", "capability_profiles"):
            project.conn.execute(f"DELETE FROM {table}")
        merged = project.merge(programme)[0]
        assert merged.unmerged_tables == []
        counts = merged.extra["directory"]
        assert counts["profiles_added"] == 30 and counts["demands_added"] >= 1
        assert counts["pipeline_added"] >= 1
        again = project.merge(programme)[0].extra["directory"]     # idempotent
        assert again["profiles_added"] == again["demands_added"] == again["pipeline_added"] == 0
    found = json.loads(cli("directory", "search", str(target), "tornilleria", "--json", "-").stdout)
    assert len(found["suppliers"]) == 10


def test_linkages_appear_in_the_programme_results(programme, tmp_path):
    import shutil
    copy = tmp_path / "copia.encadena"
    shutil.copy(programme, copy)
    assert cli("demand", "add", str(copy), "--buyer", "B01", "--title", "Tapas").returncode == 0
    demand_id = json.loads(cli("demand", "list", str(copy), "--json", "-").stdout)["demands"][-1]["id"]
    assert cli("match", "set", str(copy), demand_id, "S09", "--stage", "linkage",
               "--value", "4000").returncode == 0
    report = json.loads(cli("progress", str(copy), "--json", "-").stdout)
    linkages = report["results"]["linkages"]
    assert linkages["programme"]["linkages"] >= 1 and linkages["programme"]["value"] >= 4000
    assert "Cadena láctea" in linkages["chains"]
    text = cli("progress", str(copy)).stdout
    assert "Nuevos encadenamientos" in text


def test_linkages_appear_in_the_results_workbook(programme, tmp_path):
    import shutil

    from openpyxl import load_workbook
    copy = tmp_path / "copia.encadena"
    shutil.copy(programme, copy)
    assert cli("demand", "add", str(copy), "--buyer", "B01", "--title", "Etiquetas").returncode == 0
    demand_id = json.loads(cli("demand", "list", str(copy), "--json", "-").stdout)["demands"][-1]["id"]
    assert cli("match", "set", str(copy), demand_id, "S09", "--stage", "linkage", "--date",
               "2026-11-20", "--value", "4000").returncode == 0
    out = tmp_path / "resultados.xlsx"
    assert cli("export", str(copy), "-o", str(out)).returncode == 0
    rows = [[c.value for c in r] for r in load_workbook(out)["Encadenamientos"].iter_rows()]
    assert rows[0][:4] == ["Demanda", "Comprador", "Proveedor", "Etapa"]
    linkage = next(r for r in rows[1:] if "(S09)" in str(r[2]))
    assert linkage[3] == "Encadenamiento" and linkage[5] == 4000

"""The text (non-JSON) output of `encadena progress`, `risk` and `project info|companies` reads in
the user's language: labels instead of codes, numbers with the language's separators."""
from __future__ import annotations

import json

from core.cli.main import main
from core.cli.progress import render_text
from core.cli.risk import _score, show_matrix
from core.risk.matrix import get_matrix
from core.risk.report import render_register
from test_project_support import answers, toolkit, write_survey

PHASES = [("formalisation", "done"), ("diagnosis", "done"), ("validation", "done"),
          ("improvement_plan", "done_late"), ("implementation", "in_progress"),
          ("documentation", "not_started")]
BANDS = {"es": {"developing": "En desarrollo", "linkage_ready": "Listo para encadenamiento"},
         "en": {"developing": "Developing", "linkage_ready": "Linkage ready"}}
LEVELS = {"es": {"extreme": "Extremo", "high": "Alto"}, "en": {"extreme": "Extreme", "high": "High"}}


def report() -> dict:
    """A trimmed :func:`core.plans.report.progress_report` document."""
    checks = [{"code": "cert_top_band", "passed": False, "params": {"band": "developing",
                                                                    "top_band": "linkage_ready"}},
              {"code": "cert_index_gain", "passed": False, "params": {"gain": 6.46, "required": 10.0}},
              {"code": "cert_no_blocking_risk", "passed": False,
               "params": {"level": "extreme", "known": True, "blocking": "extreme, high"}}]
    kpi = {"kpi_id": "K01", "name": "Costo unitario", "unit": "currency / unit", "current": 4.5,
           "change_pct": -16.666, "status": "on_track"}
    sales = {"kpi_id": "K02", "name": "Ventas", "unit": "currency", "current": 73570.2,
             "change_pct": 20.74, "status": "at_risk"}
    return {"as_of": "2026-11-27",
            "chains": {"Láctea": {"months": 15.54, "duration_flag": "long",
                                  "phases": [{"phase": p, "status": s} for p, s in PHASES]}},
            "companies": [{"company_id": "S1", "kpis": [kpi, sales],
                           "plan": {"percent": 94.5, "planned": 92.7, "done": 6, "actions": 7,
                                    "overdue": [], "next_due": [{"action": "A07", "due": "2027-02-16"}]},
                           "certification": {"certified": False, "checks": checks}}],
            "rounds": {"programme": {"compared": 9, "improved": 9, "regressed": 0, "mean_delta": 17.41}},
            "results": {"programme": {"kpis": {}, "co_financing": {"total": 363200.0, "programme": 217920.0,
                                                                   "buyer": 90800.0, "supplier": 54480.0}}}}


def test_progress_text_in_spanish_uses_labels_and_comma_decimals():
    text = "\n".join(render_text(report(), "es", BANDS["es"], LEVELS["es"]))
    assert "15,5 meses [más de 12 meses]" in text
    assert ("Formalización: terminada, Diagnóstico: terminada, Validación: terminada, "
            "Plan de mejora: terminada con atraso, Implementación y seguimiento: en curso, "
            "Documentación y réplica: no iniciada") in text
    assert "plan 94 % realizado (previsto 93 %)" in text
    assert "K01 Costo unitario: 4,5 moneda / unidad (-16,7 %) en camino" in text
    assert "K02 Ventas: 73.570,2 moneda (+20,7 %) en riesgo" in text
    assert "nivel más reciente En desarrollo (nivel superior: Listo para encadenamiento)" in text
    assert "mejora del índice sobre la línea base: 6,46 puntos (requerido: 10)" in text
    assert "peor riesgo residual abierto: Extremo (bloquean: Extremo, Alto)" in text
    assert "cambio medio del índice +17,4" in text
    assert "Presupuesto 363.200: programa 217.920" in text
    for code in ("formalisation", "done_late", "developing", "linkage_ready", "extreme", "[long]"):
        assert code not in text


def test_progress_text_in_english_reads_well():
    text = "\n".join(render_text(report(), "en", BANDS["en"], LEVELS["en"]))
    assert "15.5 months [longer than 12 months]" in text
    assert "Formalisation: done" in text and "Improvement plan: done late" in text
    assert "Implementation and monitoring: in progress" in text
    assert "plan 94% done (planned 93%)" in text
    assert "K01 Costo unitario: 4.5 currency / unit (-16.7%) on track" in text
    assert "73,570.2 currency (+20.7%) at risk" in text
    assert "latest band Developing (top band: Linkage ready)" in text
    assert "worst open residual risk: Extreme (blocking: Extreme, High)" in text
    assert "Budget 363,200: programme 217,920" in text


def test_progress_text_in_portuguese():
    text = "\n".join(render_text(report(), "pt", {}, {}))
    assert "Formalização: concluída" in text and "Plano de melhoria: concluída com atraso" in text
    assert "4,5 moeda / unidade (-16,7 %)" in text
    assert "faixa mais recente developing" in text     # no label known: the code, not a crash


def test_risk_matrix_and_register_text_in_spanish():
    matrix = get_matrix("5x5")
    shown = show_matrix(matrix, "es")
    assert "Extremo 25" in shown and "Probabilidad" in shown and "extreme" not in shown
    assert _score(2.5, "es") == "2,5" and _score(2.5, "en") == "2.5" and _score(20.0, "es") == "20"
    risk = {"risk_id": "R-1", "category": "delivery", "inherent_likelihood": 4, "inherent_severity": 5,
            "inherent_level": "extreme", "residual_likelihood": 2, "residual_severity": 4,
            "level": "medium", "review": "ok", "decision": None, "description": "Paros"}
    rep = {"suppliers": [{"company_id": "S1", "name": "Uno", "level": "medium", "open_risks": [risk]}]}
    es = render_register(rep, "S1", matrix, "es")
    assert es.startswith("S1 Uno: Medio") and "Entrega" in es and "P4 S5 Extremo" in es
    assert "P2 S4 Medio" in es and "Al día" in es
    assert "L4 S5 Extreme" in render_register(rep, "S1", matrix, "en")


def test_risk_matrix_list_text_in_spanish_json_unchanged(capsys):
    assert main(["--language", "es", "risk", "matrix", "list"]) == 0
    out = capsys.readouterr().out
    assert "Bajo, Medio, Alto, Extremo" in out and "low, medium" not in out
    assert main(["--language", "es", "risk", "matrix", "list", "--json", "-"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[-1]["levels"] == ["low", "medium", "high", "extreme"] and "level_labels" not in rows[-1]


def test_project_info_companies_and_progress_json_in_spanish(tmp_path, capsys):
    toolkit(tmp_path, add_items=[{"type": "date", "name": "date"}])
    path = tmp_path / "p.encadena"
    survey = write_survey(tmp_path / "s.xlsx", [answers("S1"), answers("S2", level=5)])
    assert main(["project", "create", str(path), "--name", "Café", "--country", "CR"]) == 0
    assert main(["project", "import", str(path), str(survey), "--toolkit", str(tmp_path / "toolkit.xlsx"),
                 "--chain", "Café"]) == 0
    capsys.readouterr()
    assert main(["--language", "es", "project", "info", str(path)]) == 0
    assert "tamaños: Costa Rica" in capsys.readouterr().out
    assert main(["--language", "es", "project", "companies", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Código" in out and "Índice" in out and "Nivel" in out
    assert "En desarrollo" in out and "Bueno" in out and "good" not in out
    assert "58,6" in out and "58.6" not in out
    assert main(["project", "companies", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Developing" in out and "58.6" in out
    assert main(["--language", "es", "project", "companies", str(path), "--json", "-"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[1]["latest_band"] == "good" and isinstance(rows[0]["latest_index"], float)
    assert main(["--language", "es", "progress", str(path), "--json", "-", "--as-of", "2026-11-27"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["phase"] for p in data["chains"]["Café"]["phases"]][0] == "formalisation"
    checks = {c["code"]: c for s in data["companies"] for c in s.get("certification", {}).get("checks", [])}
    assert checks["cert_top_band"]["params"]["top_band"] == "excellent"
    assert main(["--language", "es", "progress", str(path), "--as-of", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    assert "nivel superior: Excelente" in out and "excellent" not in out


def test_every_cli_message_is_given_the_language():
    """A ``message(code)`` without a language prints English to a Spanish user."""
    import ast
    from pathlib import Path
    untranslated = []
    for path in sorted(Path("core/cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "message"
                    and len(node.args) < 2 and not any(k.arg == "language" for k in node.keywords)):
                untranslated.append(f"{path}:{node.lineno}")
    assert untranslated == []

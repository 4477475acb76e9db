"""The command line as a consultant uses it on genuine exports, in Spanish: flags in `score`
(text and --json), in `project import`, thresholds with `project quality`, and `toolkit check`
warnings about shared labels."""
from __future__ import annotations

import json

from core.cli.main import main
from core.edits import audit_entries
from core.project import Project
from genuine_exports import FIXTURES, KITS


def test_score_json_lists_flags_per_response(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["score", str(FIXTURES / "central-linkage-readiness-split.csv"), "--toolkit",
                 "linkage-readiness", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    flags = [r["flags"] for r in result["responses"]]
    assert flags[3] == [{"code": "flag.short_interview", "value": flags[3][0]["value"], "threshold": 10.0}]
    assert {"code": "flag.toolkit_version", "value": "2025.2", "threshold": "2026.1"} in flags[6]
    assert flags[7] == [] and all(set(f) == {"code", "value", "threshold"} for fs in flags for f in fs)


def test_score_text_in_spanish_names_rule_value_and_threshold(capsys):
    assert main(["--language", "es", "score", str(FIXTURES / "kobo-linkage-readiness-es-repeat-both.xlsx"),
                 "--toolkit", "linkage-readiness"]) == 0
    text = capsys.readouterr().out
    assert "Alertas de calidad de datos: 8 respuestas para revisar" in text
    assert "fila 5, empresa K-003: Entrevista demasiado corta:" in text and "(mínimo 10 s)" in text
    assert "Cobertura 11,9 %, por debajo del mínimo de la herramienta (50 %)." in text
    assert "Otras hojas conservadas como procedencia, sin puntuar: 'visits' (18 filas)" in text


def test_project_import_and_thresholds_in_spanish(tmp_path, capsys):
    path = tmp_path / "p.encadena"
    assert main(["--language", "es", "project", "create", str(path), "--name", "Sur", "--country", "CR"]) == 0
    assert main(["--language", "es", "project", "quality", str(path), "--set", "min_seconds_per_item=5,5",
                 "--set", "straight_line_min_items=100"]) == 0
    listed = capsys.readouterr().out
    assert "min_seconds_per_item = 5,5" in listed
    assert main(["--language", "es", "project", "import", str(path),
                 str(FIXTURES / "central-linkage-readiness-split.csv"), "--toolkit", "linkage-readiness"]) == 0
    text = capsys.readouterr().out
    assert "Versiones mezcladas: 1" in text and "Envío repetido: 2" in text
    assert "Entrevista corta" not in text and "Misma respuesta en todo" not in text   # raised thresholds
    assert main(["--language", "es", "project", "quality", str(path), "--set", "nada=1"]) == 2
    with Project.open(path) as project:
        entries = [e for e in audit_entries(project.conn) if e.action == "quality.setting_changed"]
        assert {(e.key["name"], e.new["value"]) for e in entries} == \
            {("min_seconds_per_item", 5.5), ("straight_line_min_items", 100.0)}
        assert len({e.edit_uid for e in entries}) == 1          # one user action, one edit
    assert main(["--language", "es", "project", "companies", str(path)]) == 0
    assert "Alertas de calidad" in capsys.readouterr().out


def test_toolkit_check_warns_about_shared_labels_and_exits_0(capsys):
    assert main(["--language", "es", "toolkit", "check", KITS["shared-labels"]]) == 0
    text = capsys.readouterr().out
    assert "Advertencias (6)" in text
    assert "admin_proc, prod_proc comparten la etiqueta '¿Tiene un procedimiento escrito?' en el idioma es" in text

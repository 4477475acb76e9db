"""``encadena toolkit list | check PATH | show ID|PATH``: inspect diagnostic toolkits."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.errors import UserInputError
from core.messages import current_language, message, register
from core.toolkit.cells import as_text
from core.toolkit.loader import load_toolkit
from core.toolkit.model import Toolkit
from core.toolkit.toolkit_messages import problem_text

COMMAND = "toolkit"
LABEL_WIDTH = 60

register({
    "toolkit_list_columns": {"en": "id|version|items|scored|areas|title|source",
                             "es": "id|versión|preguntas|puntuadas|áreas|título|origen",
                             "pt": "id|versão|perguntas|pontuadas|áreas|título|origem"},
    "toolkit_builtin": {"en": "built-in", "es": "incluida", "pt": "incluída"},
    "toolkit_list_invalid": {"en": "INVALID ({count} problems): encadena toolkit check {path}",
                             "es": "NO VÁLIDA ({count} problemas): encadena toolkit check {path}",
                             "pt": "INVÁLIDA ({count} problemas): encadena toolkit check {path}"},
    "toolkit_list_empty": {"en": "No toolkits found in: {folders}",
                           "es": "No se encontraron herramientas en: {folders}",
                           "pt": "Nenhuma ferramenta encontrada em: {folders}"},
    "toolkit_check_ok": {
        "en": "OK: {id} {version} \"{title}\": {items} items ({scored} scored), {areas} areas, "
              "{bands} bands, languages: {languages}",
        "es": "Correcta: {id} {version} \"{title}\": {items} preguntas ({scored} puntuadas), "
              "{areas} áreas, {bands} bandas, idiomas: {languages}",
        "pt": "Correta: {id} {version} \"{title}\": {items} perguntas ({scored} pontuadas), "
              "{areas} áreas, {bands} faixas, idiomas: {languages}"},
    "toolkit_show_head": {
        "en": "{title} ({id}, version {version})\nLanguages: {languages}. Minimum coverage {coverage}; "
              "top {top_n} improvement opportunities.",
        "es": "{title} ({id}, versión {version})\nIdiomas: {languages}. Cobertura mínima {coverage}; "
              "las {top_n} principales oportunidades de mejora.",
        "pt": "{title} ({id}, versão {version})\nIdiomas: {languages}. Cobertura mínima {coverage}; "
              "as {top_n} principais oportunidades de melhoria."},
    "toolkit_show_sections": {"en": "Areas|Items|Bands", "es": "Áreas|Preguntas|Bandas",
                              "pt": "Áreas|Perguntas|Faixas"},
    "toolkit_area_columns": {"en": "area|weight|items|label", "es": "área|peso|preguntas|nombre",
                             "pt": "área|peso|perguntas|nome"},
    "toolkit_item_columns": {
        "en": "item|area|type|scale|weight|target|critical|reverse|label",
        "es": "pregunta|área|tipo|escala|peso|meta|crítica|inversa|texto",
        "pt": "pergunta|área|tipo|escala|peso|meta|crítica|inversa|texto"},
    "toolkit_band_columns": {"en": "band|min|colour|label", "es": "banda|mín|color|nombre",
                             "pt": "faixa|mín|cor|nome"},
    "toolkit_installed": {"en": "Installed {id} {version} as {path}",
                          "es": "Se instaló {id} {version} como {path}",
                          "pt": "Instalado {id} {version} como {path}"},
    "toolkit_yes": {"en": "yes", "es": "sí", "pt": "sim"},
    "toolkit_json_written": {"en": "Wrote {path}", "es": "Se escribió {path}",
                             "pt": "Gravado {path}"},
})


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``encadena toolkit`` and its actions to the command line."""
    parser = subparsers.add_parser(COMMAND, help="list, check and show diagnostic toolkits",
                                   description="Inspect the diagnostic toolkits (XLSForm "
                                               "workbooks with scoring columns).")
    actions = parser.add_subparsers(dest="toolkit_action", metavar="ACTION")
    actions.add_parser("list", help="the built-in and user toolkits").set_defaults(handler=run_list)
    check = actions.add_parser("check", help="validate a toolkit workbook; exit 2 listing every problem")
    check.add_argument("path", help="the toolkit workbook (.xlsx)")
    check.set_defaults(handler=run_check)
    show = actions.add_parser("show", help="areas, items, scales, weights and bands of a toolkit")
    show.add_argument("toolkit", help="a toolkit id (see 'encadena toolkit list') or a workbook path")
    show.add_argument("--language", dest="label_language", metavar="CODE",
                      help="language of the labels (a code of the toolkit, e.g. es)")
    show.add_argument("--json", dest="json_path", metavar="PATH",
                      help="write the toolkit as JSON to PATH ('-' for standard output)")
    show.set_defaults(handler=run_show)
    install = actions.add_parser("install", help="check a toolkit workbook and add it to your toolkits")
    install.add_argument("path", help="the toolkit workbook (.xlsx)")
    install.add_argument("--replace", action="store_true",
                         help="replace an installed toolkit with the same id")
    install.set_defaults(handler=run_install)
    parser.set_defaults(handler=lambda args: parser.print_help() or 2)


def run_list(args: argparse.Namespace) -> int:
    from core.toolkit.registry import default_registry   # at use: tests swap the registry module
    registry = default_registry()
    summaries = registry.list_toolkits()
    if not summaries:
        print(message("toolkit_list_empty", folders=", ".join(map(str, registry.folders))))
        return 0
    language = current_language()
    rows = []
    for s in summaries:
        source = message("toolkit_builtin") if s.builtin else str(s.path)
        if s.valid:
            rows.append([s.id, s.version or "-", str(s.item_count), str(s.scored_count),
                         str(len(s.areas)), s.title_in(language), source])
        else:
            note = message("toolkit_list_invalid", count=len(s.error.problems) or 1, path=s.path)
            rows.append([s.id, "-", "-", "-", "-", note, source])
    print(_table(message("toolkit_list_columns").split("|"), rows))
    return 0


def run_check(args: argparse.Namespace) -> int:
    try:
        tk = load_toolkit(Path(args.path))
    except UserInputError as exc:
        if exc.code != "invalid_toolkit":
            raise
        print(message(exc.code, **exc.params))
        for problem in exc.problems:
            print(f"  - {problem_text(problem)}")
        return 2
    print(message("toolkit_check_ok", id=tk.id, version=tk.version or "-",
                  title=tk.title_in(current_language()), items=len(tk.items),
                  scored=len(tk.scored_items), areas=len(tk.areas), bands=len(tk.bands),
                  languages=", ".join(tk.languages) or "-"))
    from core.quality.labels import label_warnings
    from core.quality.text import label_warning_lines
    for line in label_warning_lines(label_warnings(tk), current_language()):
        print(line)
    return 0


def run_install(args: argparse.Namespace) -> int:
    from core.toolkit.registry import default_registry
    registry = default_registry()
    tk = registry.install(Path(args.path), replace=args.replace)
    where = next((s.path for s in registry.list_toolkits() if s.id == tk.id and not s.builtin), "-")
    print(message("toolkit_installed", id=tk.id, version=tk.version or "-", path=where))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from core.toolkit.registry import get_toolkit
    tk = get_toolkit(args.toolkit)
    language = args.label_language or current_language()
    if args.json_path:
        text = json.dumps(toolkit_as_dict(tk, language), ensure_ascii=False, indent=2)
        if args.json_path == "-":
            sys.stdout.write(text + "\n")
        else:
            from core.safe_output import write_text_output
            write_text_output(args.json_path, text + "\n", [args.toolkit])
            print(message("toolkit_json_written", path=args.json_path))
        return 0
    print(describe_toolkit(tk, language))
    return 0


def describe_toolkit(tk: Toolkit, language: str | None) -> str:
    """A plain-text description of a toolkit: settings, areas, items and bands."""
    yes = message("toolkit_yes")
    head = message("toolkit_show_head", title=tk.title_in(language), id=tk.id,
                   version=tk.version or "-", languages=", ".join(tk.languages) or "-",
                   coverage=f"{tk.min_coverage:.0%}", top_n=tk.top_n)
    areas_t, items_t, bands_t = message("toolkit_show_sections").split("|")
    areas = [[a.name, _num(a.weight), str(len(tk.items_of_area(a.name))), a.label(language)]
             for a in tk.areas]
    items = []
    for it in tk.items:
        kind = f"{it.type} {it.list_name}" if it.list_name else it.type
        if it.scored:
            items.append([it.name, it.area, kind, f"{_num(it.scale_min)}-{_num(it.scale_max)}",
                          _num(it.weight), "-" if it.target is None else _num(it.target),
                          yes if it.critical else "", yes if it.reverse else "",
                          _short(it.label(language))])
        else:
            items.append([it.name, "-", kind, "", "", "", "", "", _short(it.label(language))])
    bands = [[b.name, _num(b.min), b.colour, b.label(language)] for b in tk.bands]
    return "\n\n".join([
        head,
        f"{areas_t}\n" + _table(message("toolkit_area_columns").split("|"), areas, indent=2),
        f"{items_t}\n" + _table(message("toolkit_item_columns").split("|"), items, indent=2),
        f"{bands_t}\n" + _table(message("toolkit_band_columns").split("|"), bands, indent=2),
    ])


def toolkit_as_dict(tk: Toolkit, language: str | None = None) -> dict:
    """The toolkit as JSON-ready data (labels in every language, plus ``label`` in ``language``)."""
    return {
        "id": tk.id, "version": tk.version, "title": tk.title_in(language),
        "default_language": tk.default_language, "languages": tk.languages,
        "min_coverage": tk.min_coverage, "top_n": tk.top_n, "sha256": tk.sha256,
        "areas": [{"name": a.name, "label": a.label(language), "labels": a.labels,
                   "weight": a.weight, "items": [i.name for i in tk.items_of_area(a.name)]}
                  for a in tk.areas],
        "items": [{"name": i.name, "type": i.type, "list": i.list_name, "row": i.row,
                   "groups": [g.name for g in i.groups], "label": i.label(language),
                   "labels": i.labels, "area": i.area, "weight": i.weight if i.scored else None,
                   "scale": [i.scale_min, i.scale_max] if i.scored else None,
                   "target": i.target, "target_score": i.target_score if i.scored else None,
                   "critical": i.critical, "reverse": i.reverse}
                  for i in tk.items],
        "lists": {name: [{"name": c.name, "label": c.label(language), "score": c.score}
                         for c in lst.choices] for name, lst in tk.lists.items()},
        "bands": [{"name": b.name, "label": b.label(language), "min": b.min, "colour": b.colour}
                  for b in tk.bands],
    }


def _num(value: float | None) -> str:
    return "" if value is None else as_text(float(value))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_WIDTH else text[:LABEL_WIDTH - 1] + "…"


def _table(headers: list[str], rows: list[list[str]], indent: int = 0) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = []
    for row in [headers, *rows]:
        cells = [str(c).ljust(w) for c, w in zip(row, widths)]
        lines.append(" " * indent + "  ".join(cells).rstrip())
    return "\n".join(lines)

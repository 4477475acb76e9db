"""``encadena project ...``: create, import into, inspect, list, merge and check project files."""
from __future__ import annotations

import json
import math
import sys

from core import messages
from core.errors import UserInputError
from core.messages import message

COMMAND = "project"


def register(subparsers) -> None:
    """Add ``project`` and its subcommands (called by :mod:`core.cli.main`)."""
    parser = subparsers.add_parser(COMMAND, help="programme project files (.encadena)",
                                   description="Create and work with programme project files.")
    sub = parser.add_subparsers(dest="project_command", metavar="ACTION", required=True)

    p = sub.add_parser("create", help="create a new project file")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--name", required=True, help="the programme's name")
    p.add_argument("--country", help="ISO country code, e.g. CR (sets number format and size scheme)")
    p.add_argument("--currency", default="USD")
    p.add_argument("--usd-rate", type=float, default=1.0, help="programme currency per US$")
    p.add_argument("--size-scheme", choices=("chile", "costa_rica", "bolivia", "world_bank", "gni"))
    p.add_argument("--gni-per-capita", type=float, help="US$ at PPP, for --size-scheme gni")
    p.set_defaults(handler=_create)

    p = sub.add_parser("import", help="import a survey into a project (all or nothing)")
    p.add_argument("path", metavar="PATH")
    p.add_argument("survey", metavar="SURVEY")
    p.add_argument("--toolkit", required=True, metavar="ID|PATH")
    p.add_argument("--chain", metavar="NAME", help="add the companies to this value chain")
    p.add_argument("--round", type=int, metavar="N", help="assessment round (default: by date)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="assessment date for every row")
    p.add_argument("--consultant")
    p.add_argument("--sheet", metavar="NAME")
    p.add_argument("--id-column", metavar="COL", help="the company id column (header or letter)")
    p.add_argument("--name-column", metavar="COL", help="the company name column")
    p.add_argument("--date-column", metavar="COL", help="the visit / assessment date column")
    p.add_argument("--column", metavar="FIELD=HEADER", action="append", default=[],
                   help="give a column a role: id, name, date, consultant or a company field")
    p.add_argument("--report", metavar="PATH", help="write every unusable cell to PATH (csv or txt)")
    p.add_argument("--strict", action="store_true")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--decimal-comma", dest="decimal_comma", action="store_true", default=None)
    fmt.add_argument("--decimal-point", dest="decimal_comma", action="store_false")
    p.add_argument("--json", metavar="PATH|-")
    p.set_defaults(handler=_import)

    for name, handler, text in (("info", _info, "programme, counts, chains and imports"),
                                ("companies", _companies, "companies with their latest index"),
                                ("check", _check, "check a project file's integrity")):
        p = sub.add_parser(name, help=text)
        p.add_argument("path", metavar="PATH")
        p.add_argument("--json", metavar="PATH|-")
        if name == "companies":
            p.add_argument("--chain", metavar="NAME")
        p.set_defaults(handler=handler)

    p = sub.add_parser("quality", help="data-quality thresholds: list them, or --set NAME=VALUE")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--set", dest="assignments", action="append", default=[], metavar="NAME=VALUE")
    p.set_defaults(handler=_quality)
    p = sub.add_parser("imports", help="the imports of a project")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--json", metavar="PATH|-")
    p.set_defaults(handler=_imports)
    p = sub.add_parser("remove-import", help="remove an import with everything it added")
    p.add_argument("path", metavar="PATH")
    p.add_argument("import_id", metavar="ID", type=int)
    p.set_defaults(handler=_remove_import)

    p = sub.add_parser("merge", help="merge other consultants' project files into TARGET")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("sources", metavar="SOURCE", nargs="+")
    p.add_argument("--json", metavar="PATH|-")
    p.set_defaults(handler=_merge)


def _create(args) -> int:
    from core.project import Project
    project = Project.create(args.path, args.name, args.country, args.currency,
                             size_scheme=args.size_scheme, usd_rate=args.usd_rate,
                             gni_per_capita=args.gni_per_capita)
    _warn(project)
    print(message("project_created", path=args.path, name=args.name))
    project.close()
    return 0


def _import(args) -> int:
    from core.project import Project
    from core.survey.model import ImportOptions
    from core.toolkit.registry import get_toolkit
    with Project.open(args.path) as project:
        _warn(project)
        comma = args.decimal_comma
        if comma is None:
            comma = project.programme.number_format == "comma"
        from core.setup.import_cli import import_options
        options = import_options(args, ImportOptions(sheet=args.sheet, decimal_comma=comma,
                                                     id_column=args.id_column, strict=args.strict))
        outcome = project.import_survey(args.survey, get_toolkit(args.toolkit), options,
                                        chain=args.chain, round=args.round, assessed_on=args.date,
                                        consultant=args.consultant)
    if args.json:
        _write_json(outcome.as_dict(), args.json)
    if args.json != "-":
        from core.setup.import_cli import print_cell_errors
        print(message("project_imported", **outcome.as_dict()))
        for row in outcome.conflict_rows[:20]:
            print(message("project_conflict_row", **row))
        from core.quality.text import flag_lines
        flagged = len(outcome.quality.flagged()) if outcome.quality is not None else 0
        for line in flag_lines(outcome.flags, outcome.flag_rows, flagged, messages.current_language()):
            print(line)
        print_cell_errors(outcome, args.report)
    return 0


def _imports(args) -> int:
    from core.project import Project
    from core.setup.imports_admin import import_list
    with Project.open(args.path, backups=False) as project:
        rows = import_list(project.conn)
    if args.json:
        _write_json(rows, args.json)
        return 0
    if not rows:
        print(message("setup.no_imports"))
    for r in rows:
        print(message("setup.import_line", import_id=r["id"], at=r["imported_at"],
                      file=r["origin_file"] or r["file_name"], added=r["added"],
                      updated=r["updated"], conflicts=r["conflicts"], errors=r["errors"]))
    return 0


def _remove_import(args) -> int:
    from core.cli.chain import apply
    from core.setup.imports_admin import remove_import
    edit = apply(args.path, lambda conn: remove_import(conn, args.import_id))
    print(message("setup.import_removed", **edit.params))
    return 0


def _info(args) -> int:
    from core.project import Project
    from core.project.check import table_counts
    from core.setup.companies import company_records
    from core.setup.info import chain_details
    with Project.open(args.path, backups=False) as project:
        p = project.programme
        data = {"programme": {k: v for k, v in p.__dict__.items()},
                "counts": table_counts(project.conn),
                "value_chains": chain_details(project.conn),
                "companies": company_records(project.conn),
                "imports": _records(project.imports()), "conflicts": len(project.conflicts()),
                "warnings": project.warnings}
    if args.json:
        _write_json(data, args.json)
        return 0
    scheme = (message(f"project_scheme_{p.size_scheme}") if p.size_scheme in SIZE_SCHEMES
              else p.size_scheme)
    print(message("project_info", name=p.name, country=p.country or "-", currency=p.currency,
                  scheme=scheme, **data["counts"], conflicts=data["conflicts"]))
    for chain in data["value_chains"]:
        print(f"  - {chain['name']}: {chain['anchor'] or '-'} + {len(chain['suppliers'])}")
    return 0


def _companies(args) -> int:
    from core.project import Project
    with Project.open(args.path, backups=False) as project:
        if args.chain and args.chain not in {c.name for c in project.value_chains()}:
            raise UserInputError("unknown_chain", chain=args.chain)
        frame = project.companies(chain=args.chain)
        if not args.json:
            from core.plans.report import band_labels
            bands = band_labels(project.conn, messages.current_language())
    if args.json:
        _write_json(_records(frame), args.json)
        return 0
    sys.stdout.write(companies_text(frame, messages.current_language(), bands) + "\n")
    return 0


COMPANY_COLUMNS = ("id", "name", "size_class", "latest_index", "latest_band", "latest_date", "conflicts",
                   "flags")


def companies_text(frame, language: str, bands: dict[str, str] | None = None) -> str:
    """The companies table as text in ``language``: headers, size classes and bands as labels
    (``bands``: band name -> label), the index with the language's decimal mark."""
    import pandas as pd

    from core.numbers import format_number
    bands = bands or {}

    def cell(column: str, value) -> str:
        if value is None or pd.isna(value):
            return "-"
        if column == "latest_index":
            return format_number(value, language, 1)
        if column == "size_class" and value in SIZE_CLASSES:
            return message(f"project_size_{value}", language)
        if column == "latest_band":
            return bands.get(value, str(value))
        if column in ("conflicts", "flags"):
            return str(int(value))
        return str(value)

    shown = frame[list(COMPANY_COLUMNS)].astype(object)
    heads = [message(f"project_column_{c}", language) for c in COMPANY_COLUMNS]
    if shown.empty:                       # apply on an empty frame returns a Series, not a frame
        return "  ".join(heads)
    shown = shown.apply(lambda col: [cell(col.name, v) for v in col])
    shown.columns = heads
    return shown.to_string(index=False)



def _quality(args) -> int:
    from core import catalogue
    from core.edits import apply_in_transaction
    from core.numbers import format_number
    from core.project import Project
    from core.project.timeutil import current_user
    from core.quality.settings import NAMES, read_settings
    from core.quality.store import settings_edit
    language = messages.current_language()
    with Project.open(args.path) as project:
        chosen = {}
        for assignment in args.assignments:
            name, _, text = assignment.partition("=")
            try:
                chosen[name.strip()] = float(text.strip().replace(",", "."))
            except ValueError:
                raise UserInputError("quality.bad_setting", name=name.strip(), value=text) from None
        if chosen:
            edit = settings_edit(project.conn, chosen)
            with project.transaction() as conn:
                apply_in_transaction(conn, edit, current_user())
        settings = read_settings(project.conn)
    for name in NAMES:
        print(catalogue.text("quality.settings_line", language, name=name,
                             value=format_number(getattr(settings, name), language, 1),
                             label=catalogue.text(f"quality.setting.{name}", language)))
    return 0


def _merge(args) -> int:
    from core.project import Project
    with Project.open(args.target) as project:
        outcomes = project.merge(*args.sources)
    if args.json:
        _write_json([o.as_dict() for o in outcomes], args.json)
    if args.json != "-":
        for o in outcomes:
            print(message("project_merged", source=o.source, added=o.added, unchanged=o.unchanged,
                          conflicts=o.conflicts, companies=o.companies_added,
                          company_conflicts=len(o.company_conflicts)))
            if o.unmerged_tables:
                print(message("project_unmerged_tables", tables=", ".join(o.unmerged_tables)),
                      file=sys.stderr)
    return 0


def _check(args) -> int:
    from core.project import check_file
    report = check_file(args.path)
    if args.json:
        _write_json({"path": report.path, "ok": report.ok, "schema_version": report.schema_version,
                     "counts": report.counts,
                     "problems": [{"code": p.code, **p.params} for p in report.problems]}, args.json)
    if not report.ok:
        raise UserInputError("project_check_failed", problems=report.problems, path=args.path)
    if args.json != "-":
        print(message("project_check_ok", path=args.path, version=report.schema_version))
    return 0


def _warn(project) -> None:
    for code in project.warnings:
        print(message(code), file=sys.stderr)


def _records(frame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _plain(value):
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _write_json(data, target: str) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        from core.safe_output import write_text_output
        write_text_output(target, text + "\n")


messages.register({
    "project_created": {"en": "Created {path} for the programme '{name}'.",
                        "es": "Se creó {path} para el programa '{name}'.",
                        "pt": "{path} foi criado para o programa '{name}'."},
    "project_imported": {
        "en": "Imported: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {errors} errors ({companies_added} new companies).",
        "es": "Importado: {added} agregadas, {updated} actualizadas, {unchanged} sin cambios, {conflicts} conflictos, {errors} errores ({companies_added} empresas nuevas).",
        "pt": "Importado: {added} adicionadas, {updated} atualizadas, {unchanged} sem alterações, {conflicts} conflitos, {errors} erros ({companies_added} empresas novas)."},
    "project_conflict_row": {
        "en": "  conflict: row {row}, company {company_id}, {assessed_on}: answers differ from assessment {existing_id}; kept both for you to resolve.",
        "es": "  conflicto: fila {row}, empresa {company_id}, {assessed_on}: las respuestas difieren de la evaluación {existing_id}; se guardaron ambas para que usted decida.",
        "pt": "  conflito: linha {row}, empresa {company_id}, {assessed_on}: as respostas diferem da avaliação {existing_id}; ambas foram mantidas para você decidir."},
    "project_info": {
        "en": "{name} ({country}, {currency}, size classes: {scheme}): {companies} companies, {value_chains} value chains, {assessments} assessments, {imports} imports, {conflicts} open conflicts.",
        "es": "{name} ({country}, {currency}, tamaños: {scheme}): {companies} empresas, {value_chains} cadenas de valor, {assessments} evaluaciones, {imports} importaciones, {conflicts} conflictos abiertos.",
        "pt": "{name} ({country}, {currency}, portes: {scheme}): {companies} empresas, {value_chains} cadeias de valor, {assessments} avaliações, {imports} importações, {conflicts} conflitos abertos."},
    "project_merged": {
        "en": "Merged {source}: {added} assessments added, {unchanged} already present, {conflicts} conflicts; {companies} new companies, {company_conflicts} differing company fields kept as they were.",
        "es": "Se combinó {source}: {added} evaluaciones agregadas, {unchanged} ya presentes, {conflicts} conflictos; {companies} empresas nuevas, {company_conflicts} datos de empresa distintos se mantuvieron como estaban.",
        "pt": "{source} foi mesclado: {added} avaliações adicionadas, {unchanged} já presentes, {conflicts} conflitos; {companies} empresas novas, {company_conflicts} dados de empresa diferentes mantidos como estavam."},
    "project_unmerged_tables": {
        "en": "  Not merged (no merger for them yet; they stay in the source file): {tables}",
        "es": "  No combinadas (aún no hay cómo combinarlas; quedan en el archivo de origen): {tables}",
        "pt": "  Não mescladas (ainda não há como mesclá-las; ficam no arquivo de origem): {tables}"},
    "project_check_ok": {"en": "{path}: no problems found (schema version {version}).",
                         "es": "{path}: no se encontraron problemas (versión del esquema {version}).",
                         "pt": "{path}: nenhum problema encontrado (versão do esquema {version})."},
})


SIZE_SCHEMES = ("chile", "costa_rica", "bolivia", "world_bank", "gni")
SIZE_CLASSES = ("micro", "small", "sme", "medium", "large")
messages.register({   # words of `encadena project info | companies` (text output)
    "project_scheme_chile": {"en": "Chile", "es": "Chile", "pt": "Chile"},
    "project_scheme_costa_rica": {"en": "Costa Rica", "es": "Costa Rica", "pt": "Costa Rica"},
    "project_scheme_bolivia": {"en": "Bolivia", "es": "Bolivia", "pt": "Bolívia"},
    "project_scheme_world_bank": {"en": "World Bank", "es": "Banco Mundial", "pt": "Banco Mundial"},
    "project_scheme_gni": {"en": "gross national income", "es": "ingreso nacional bruto",
                           "pt": "renda nacional bruta"},
    "project_size_micro": {"en": "micro", "es": "micro", "pt": "micro"},
    "project_size_small": {"en": "small", "es": "pequeña", "pt": "pequena"},
    "project_size_sme": {"en": "SME", "es": "pyme", "pt": "PME"},
    "project_size_medium": {"en": "medium", "es": "mediana", "pt": "média"},
    "project_size_large": {"en": "large", "es": "grande", "pt": "grande"},
    "project_column_id": {"en": "ID", "es": "Código", "pt": "Código"},
    "project_column_name": {"en": "Name", "es": "Nombre", "pt": "Nome"},
    "project_column_size_class": {"en": "Size", "es": "Tamaño", "pt": "Porte"},
    "project_column_latest_index": {"en": "Index", "es": "Índice", "pt": "Índice"},
    "project_column_latest_band": {"en": "Band", "es": "Nivel", "pt": "Nível"},
    "project_column_latest_date": {"en": "Assessed on", "es": "Evaluada el", "pt": "Avaliada em"},
    "project_column_conflicts": {"en": "Conflicts", "es": "Conflictos", "pt": "Conflitos"},
    "project_column_flags": {"en": "Quality flags", "es": "Alertas de calidad", "pt": "Alertas de qualidade"},
})

"""``encadena risk PROJECT [--chain NAME] [--residual] [--json -]`` and
``encadena risk matrix list | show ID | check PATH``."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from core import catalogue
from core.errors import UserInputError
from core.messages import current_language, message
from core.messages import register as register_messages
from core.numbers import format_number

COMMAND = "risk"

register_messages({   # the change column of `encadena risk PROJECT --compare` (text output)
    "classification_change_new": {"en": "new", "es": "nuevo", "pt": "novo"},
    "classification_change_gone": {"en": "no longer listed", "es": "ya no figura", "pt": "não consta mais"},
    "classification_change_up": {"en": "worse", "es": "empeoró", "pt": "piorou"},
    "classification_change_down": {"en": "better", "es": "mejoró", "pt": "melhorou"},
    "classification_change_same": {"en": "same", "es": "igual", "pt": "igual"},
})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "risk", help="classify suppliers with the risk matrix; inspect risk matrices",
        description="Print the risk heat map and the suppliers per level of a project, or "
                    "'risk matrix list | show ID | check PATH | export ID PATH' to inspect "
                    "matrix definitions (JSON or workbook).")
    p.add_argument("target", metavar="PROJECT", help="the .encadena project file, 'matrix' or 'rules'")
    p.add_argument("args", nargs="*", metavar="ARG",
                   help="for 'matrix': list | show ID | check PATH | export ID PATH (PATH .xlsx "
                        "or .json, to edit); for 'rules': show | check PATH")
    p.add_argument("--chain", metavar="NAME", help="only the suppliers of this value chain")
    p.add_argument("--company", metavar="ID", help="also print this supplier's open risks")
    p.add_argument("--residual", action="store_true",
                   help="heat map on residual values (default: inherent)")
    p.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' = standard output)")
    p.add_argument("--as-of", metavar="DATE", help="use the assessments up to this date (YYYY-MM-DD)")
    p.add_argument("--matrix", metavar="ID|PATH", help="use this matrix instead of the project's")
    p.add_argument("--rules", metavar="PATH", help="use these derived-risk rules (JSON)")
    p.add_argument("--save", action="store_true",
                   help="keep --matrix / --rules as the project's own (stored in the file)")
    p.add_argument("--record", action="store_true",
                   help="store the classification as of the date in the project's history")
    p.add_argument("--compare", nargs=2, metavar=("DATE1", "DATE2"),
                   help="print the change of classification between two dates (recorded with "
                        "--record, else computed from the assessments up to each date)")
    edit = p.add_argument_group("risk add PROJECT / risk set PROJECT RISK_ID (edit the register)")
    edit.add_argument("--category", metavar="C", help="quality, delivery, financial, dependency, "
                      "compliance, health_safety, environment, other")
    edit.add_argument("--likelihood", metavar="L", help="inherent likelihood (1..matrix size)")
    edit.add_argument("--severity", metavar="S", help="inherent severity (1..matrix size)")
    edit.add_argument("--description", metavar="T")
    edit.add_argument("--owner", metavar="O")
    edit.add_argument("--residual-likelihood", metavar="L")
    edit.add_argument("--residual-severity", metavar="S")
    edit.add_argument("--controls", metavar="T", help="controls, one per line (or separated by ';')")
    edit.add_argument("--review", metavar="D", help="next review date (default: from the level's "
                      "review interval)")
    edit.add_argument("--status", metavar="S", help="open, mitigated, closed, accepted")
    edit.add_argument("--decision", metavar="accept|dismiss", help="on a derived risk")
    edit.add_argument("--reason", metavar="T", help="why a derived risk is accepted or dismissed")
    p.set_defaults(handler=run)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserInputError("risk_bad_date", value=text) from None


def _emit(data: dict | list, target: str, inputs: tuple = ()) -> None:
    big = isinstance(data, dict) and len(data.get("suppliers", ())) > 1000
    # indent switches json to its pure-Python encoder: ~5x slower on a 100,000-supplier report
    text = json.dumps(data, ensure_ascii=False, indent=None if big else 1, allow_nan=False)
    if target == "-":
        sys.stdout.write(text + "\n")
    else:
        from core.safe_output import write_text_output
        write_text_output(target, text + "\n", inputs)


def run(args: argparse.Namespace) -> int:
    if args.target == "matrix":
        return run_matrix(args)
    if args.target == "rules":
        return run_rules(args)
    if args.target in ("add", "set") and args.args and not Path(args.target).exists():
        from core.cli.risk_edit import run_edit
        return run_edit(args)
    if args.args:
        raise UserInputError("risk_extra_arguments", args=" ".join(args.args))
    from core.project import Project
    from core.risk.history import record_classification
    from core.risk.matrix import get_matrix
    from core.risk.report import render_register, render_text, risk_report
    from core.risk.rules import load_rules
    from core.risk.store import (
        area_labels,
        effective_register,
        item_labels,
        linked_actions,
        project_matrix,
        project_rules,
        set_setting,
    )
    language = current_language()
    as_of = _date(args.as_of)
    with Project.open(args.target, backups=args.record or args.save) as project:
        conn = project.conn
        if args.compare:
            return _compare(conn, _date(args.compare[0]), _date(args.compare[1]), args, language)
        matrix = get_matrix(args.matrix) if args.matrix else project_matrix(conn)
        rules = load_rules(args.rules) if args.rules else project_rules(conn)
        if args.save:
            from core.risk.rules import derive_risks
            derive_risks(pd.DataFrame({"company_id": []}), None, rules, matrix)  # names resolve
            if args.matrix:
                set_setting(conn, "matrix", matrix.to_dict())
            if args.rules:
                set_setting(conn, "rules", json.loads(Path(args.rules).read_text(encoding="utf-8")))
        if args.record:
            record_classification(conn, as_of or date.today())
        register, base = effective_register(conn, as_of, matrix, rules)
        suppliers = base.suppliers
        if args.chain:
            members = base.chains[base.chains["chain"] == args.chain]["company_id"]
            names = {r[0] for r in conn.execute("SELECT name FROM value_chains")}
            if args.chain not in names:
                known = sorted(names) or ["-"]
                raise UserInputError("risk_unknown_chain", chain=args.chain, known=", ".join(known))
            suppliers = suppliers[suppliers["company_id"].isin(set(members))]
        report = risk_report(register, suppliers, matrix, rules,
                             "residual" if args.residual else "inherent", as_of or date.today(),
                             language, args.chain, linked_actions(conn), base.chains,
                             details=True if args.json else {args.company} if args.company else False,
                             area_labels=area_labels(conn, language),
                             item_labels=item_labels(conn, language))
        report["project"] = str(args.target)
    if args.json:
        _emit(report, args.json)
        if args.json == "-":
            return 0
    print(render_text(report, matrix, language))
    if args.company:
        text = render_register(report, args.company, matrix, language)
        if not text:
            raise UserInputError("risk_unknown_company", company=args.company)
        print("\n" + text)
    return 0


def _compare(conn, before: date, after: date, args, language: str) -> int:
    from core.risk.history import classification_between
    change, sources = classification_between(conn, before, after,
                                             "residual")
    rows = [{k: (None if v != v else v) for k, v in r.items()}
            for r in change.drop(columns=["rank_before", "rank_after"]).to_dict("records")]
    if args.json:
        _emit({"before": before.isoformat(), "after": after.isoformat(), "sources": sources,
               "suppliers": rows}, args.json)
        if args.json == "-":
            return 0
    from core.risk.store import project_matrix
    levels = {lv.name: lv.label(language) for lv in project_matrix(conn).levels}
    print(catalogue.text("ui.risk_compare_header", language, before=before.isoformat(), after=after.isoformat()))
    for r in rows:
        before, after = (levels.get(r[k], r[k]) if r[k] else "-" for k in ("level_before", "level_after"))
        change = message(f"classification_change_{r['change']}", language) if r["change"] in (
            "new", "gone", "up", "down", "same") else r["change"]
        print(f"{r['company_id']}\t{before}\t{after}\t{change}")
    return 0


def run_rules(args: argparse.Namespace) -> int:
    """``risk rules show`` prints the built-in rules; ``risk rules check PATH [--matrix ID]``
    validates a rules file and resolves its likelihood/severity names on the matrix."""
    from core.risk.matrix import get_matrix
    from core.risk.rules import default_rules_path, derive_risks, load_rules
    language = current_language()
    action, rest = (args.args[0], args.args[1:]) if args.args else (None, [])
    if action == "show" and not rest:
        sys.stdout.write(default_rules_path().read_text(encoding="utf-8"))
        return 0
    if action == "check" and len(rest) == 1:
        rules = load_rules(rest[0])
        matrix = get_matrix(args.matrix)
        derive_risks(pd.DataFrame({"company_id": []}), None, rules, matrix)
        print(message("risk_rules_ok", language, path=rest[0], count=len(rules.rules),
                      matrix=matrix.id))
        return 0
    raise UserInputError("risk_rules_usage")


def run_matrix(args: argparse.Namespace) -> int:
    from core.risk.matrix import DEFAULT_MATRIX_ID, builtin_matrix_ids, get_matrix, load_matrix
    language = current_language()
    action, rest = (args.args[0], args.args[1:]) if args.args else (None, [])
    if action == "list" and not rest:
        rows = []
        for ident in builtin_matrix_ids():
            m = get_matrix(ident)
            rows.append({"id": m.id, "likelihood": m.size[0], "severity": m.size[1],
                         "levels": [lv.name for lv in m.levels], "label": m.label(language),
                         "level_labels": [lv.label(language) for lv in m.levels],
                         "default": ident == DEFAULT_MATRIX_ID})
        if args.json:
            _emit([{k: v for k, v in r.items() if k != "level_labels"} for r in rows], args.json)
            return 0
        for r in rows:
            print(f"{r['id']}\t{r['likelihood']}x{r['severity']}\t{', '.join(r['level_labels'])}\t{r['label']}")
        return 0
    if action == "show" and len(rest) == 1:
        m = get_matrix(rest[0])
        if args.json:
            _emit(m.to_dict(), args.json)
            return 0
        print(show_matrix(m, language))
        return 0
    if action == "export" and len(rest) == 2:
        from core.safe_output import check_output
        check_output(rest[1], [rest[0]])
        m = get_matrix(rest[0])
        if Path(rest[1]).suffix.lower() == ".json":
            _emit({k: v for k, v in m.to_dict().items() if k != "cell_list"}, rest[1], (rest[0],))
        else:
            from core.risk.matrix_workbook import write_matrix_workbook
            write_matrix_workbook(m, rest[1], inputs=[rest[0]])
        print(message("risk_matrix_written", language, path=rest[1]))
        return 0
    if action == "check" and len(rest) == 1:
        m = load_matrix(rest[0])
        print(message("risk_matrix_ok", language, path=rest[0], likelihood=m.size[0],
                      severity=m.size[1], levels=", ".join(lv.name for lv in m.levels)))
        return 0
    raise UserInputError("risk_matrix_usage")


def show_matrix(m, language: str) -> str:
    """A matrix as text: each cell's level and score, rows likelihood high -> low."""
    from core.risk.messages import label
    head_w = max(len(f"{s.value} {s.label(language)}") for s in m.likelihood) + 1
    width = max(14, *(len(f"{lv.label(language)} 99.9") + 1 for lv in m.levels),
                *(len(f"{s.value} {s.label(language)}") + 1 for s in m.severity))
    lines = [f"{m.label(language)} ({m.id})", "",
             label("text", "likelihood", language).ljust(head_w) + "| " +
             " ".join(f"{s.value} {s.label(language)}".ljust(width) for s in m.severity).rstrip()]
    for l in range(m.size[0], 0, -1):
        step = m.likelihood[l - 1]
        cells = " ".join(f"{m.level(l, s).label(language)} {_score(m.score(l, s), language)}".ljust(width)
                         for s in range(1, m.size[1] + 1))
        lines.append(f"{step.value} {step.label(language)}".ljust(head_w) + "| " + cells.rstrip())
    lines.append("")
    lines.append(label("text", "legend", language) + ": " + "; ".join(
        f"{lv.label(language)} {lv.colour}, {lv.review_days} d" for lv in reversed(m.levels)))
    return "\n".join(lines)


def _score(value: float, language: str) -> str:
    """A cell score as ``:g`` shows it (no trailing zeros), with the language's decimal mark."""
    short = f"{value:.6g}"
    decimals = 0 if "e" in short or "." not in short else len(short.split(".")[1])
    return format_number(value, language, decimals)

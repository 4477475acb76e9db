"""``encadena plan draft|show|agree|certify`` and ``encadena plan action add|set|delete``.

Each command applies one edit (with its audit-log rows) or nothing: a bad value exits 2
naming it. The JSON of ``plan show --json`` is documented in :mod:`core.plans.document`.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from core.errors import UserInputError
from core.messages import message
from core.safe_output import write_text_output

COMMAND = "plan"

JSON_HELP = """JSON of `plan show --json` (and of each company in `progress --json`):
  status            draft | agreed; agreed_on; signatories {buyer, supplier, consultant}
  revision          raised by each change after the agreement; revisions [{revision, date, change, subject}]
  progress.percent  sum(weight x percent on the date) / sum(weight), actions not cancelled;
                    weight = planned days start->due (30 without both); done counts 100;
                    the percent on a date = the action's latest history entry on or before it
  progress.planned  the same weights x the elapsed share of each action's planned span
                    (the agreed baseline's dates once agreed)
  progress.done/actions/overdue/next_due/budget {total, programme, buyer, supplier}
  actions[]         id, position, title, area, items, owner, start, due, status, percent,
                    status_as_of, percent_as_of, weight, budget, shares {programme, buyer,
                    supplier} in %, kpi_id, notes, history [{date, percent, status}]
  kpis[]            id, name, unit, direction, aggregate, baseline(_date), target(_date),
                    status on_track|at_risk|off_track|no_data, current, measured_on, progress,
                    expected, change_pct, improved, measurements [{date, value, note, source}]
  burn_up[]         {date, planned, actual} monthly
  certification     certified, checks [{code, passed, params}], decision {decision, decided_on,
                    note, decided_by} | null"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan", help="draft, show, agree and edit improvement plans",
                       description="Improvement plans: draft from the diagnosis, edit actions, "
                                   "agree, record the certification decision.",
                       epilog=JSON_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="plan_action", metavar="ACTION")

    d = actions.add_parser("draft", help="save a draft plan from the latest diagnosis")
    _project(d)
    d.add_argument("--company", metavar="ID")
    d.add_argument("--chain", metavar="NAME", help="every supplier of the chain without a plan")
    d.add_argument("--start", metavar="DATE", help="start of the actions (default: today)")
    d.add_argument("--top", metavar="N", type=int, default=5, help="top opportunities (default 5)")
    d.set_defaults(handler=run_draft)

    s = actions.add_parser("show", help="print a plan (or its JSON)", epilog=JSON_HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    _project(s)
    s.add_argument("--company", metavar="ID", required=True)
    s.add_argument("--json", metavar="PATH", help="write JSON ('-' = standard output)")
    s.add_argument("--as-of", metavar="DATE", help="progress as of this date (default: today)")
    s.set_defaults(handler=run_show)

    a = actions.add_parser("agree", help="record the agreement and freeze the baseline")
    _project(a)
    a.add_argument("--company", metavar="ID", required=True)
    a.add_argument("--date", metavar="D", help="agreement date (default: today)")
    a.add_argument("--buyer", metavar="NAME", help="who signed for the buyer")
    a.add_argument("--supplier", metavar="NAME", help="who signed for the supplier")
    a.add_argument("--consultant", metavar="NAME", help="the consultant who signed")
    a.set_defaults(handler=run_agree)

    c = actions.add_parser("certify", help="record the consultant's certification decision")
    _project(c)
    c.add_argument("--company", metavar="ID", required=True)
    c.add_argument("--decision", required=True, metavar="certify|not_yet")
    c.add_argument("--date", metavar="D", help="decision date (default: today)")
    c.add_argument("--note", metavar="TEXT", default="")
    c.set_defaults(handler=run_certify)

    act = actions.add_parser("action", help="add, change or delete an action")
    verbs = act.add_subparsers(dest="action_verb", metavar="add|set|delete")
    add = verbs.add_parser("add", help="add an action to a company's plan")
    _project(add)
    add.add_argument("--company", metavar="ID", required=True)
    add.add_argument("--title", metavar="T", required=True)
    _action_fields(add)
    add.set_defaults(handler=run_action_add)
    st = verbs.add_parser("set", help="change an action (progress recorded as of --as-of)")
    _project(st)
    st.add_argument("--company", metavar="ID", required=True)
    st.add_argument("action_id", metavar="ACTION_ID")
    st.add_argument("--title", metavar="T")
    st.add_argument("--status", metavar="S",
                    help="not_started, in_progress, done, blocked, cancelled")
    st.add_argument("--progress", metavar="PCT", help="percent complete 0-100")
    st.add_argument("--as-of", metavar="D", help="the date the progress is true on (default: today)")
    _action_fields(st)
    st.set_defaults(handler=run_action_set)
    rm = verbs.add_parser("delete", help="delete an action with its history")
    _project(rm)
    rm.add_argument("--company", metavar="ID", required=True)
    rm.add_argument("action_id", metavar="ACTION_ID")
    rm.set_defaults(handler=run_action_delete)
    act.set_defaults(handler=lambda args: (act.print_help(), 2)[1])
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def _project(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", metavar="PROJECT", help="the .encadena project file")


def _action_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--item", metavar="NAME", help="the toolkit item the action improves")
    p.add_argument("--area", metavar="AREA")
    p.add_argument("--owner", metavar="O")
    p.add_argument("--start", metavar="D")
    p.add_argument("--due", metavar="D")
    p.add_argument("--budget", metavar="AMOUNT")
    p.add_argument("--programme-share", metavar="PCT", help="co-financing % (default 75)")
    p.add_argument("--buyer-share", metavar="PCT", help="co-financing % (default 25)")
    p.add_argument("--supplier-share", metavar="PCT", help="co-financing % (default 0)")
    p.add_argument("--kpi", metavar="KPI_ID", help="the KPI that measures it")
    p.add_argument("--notes", metavar="TEXT")


def day(text: str | None, default: date | None = None) -> date | None:
    """A YYYY-MM-DD option (``default`` when absent); a bad one is a user error naming it."""
    if text is None:
        return default
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserInputError("plan_bad_date", value=text) from None


def number(text: str | None, option: str) -> float | None:
    """A number option ('1234.5', '1.234,5', '75%'); a bad one is a user error naming it."""
    if text is None:
        return None
    from core.plans.followup_cells import CellValueError, parse_number
    try:
        value = parse_number(text)
    except CellValueError:
        value = None
    if value is None or value != value or value in (float("inf"), float("-inf")):
        raise UserInputError("plans.bad_number", option=option, value=text)
    return value


def apply(project, edit) -> None:
    """Apply one edit with its audit rows (who: the system user)."""
    from core.edits import apply_edit
    from core.project.timeutil import current_user
    if not edit.is_empty:
        apply_edit(project.conn, edit, current_user())


def _fields(args: argparse.Namespace) -> dict:
    out: dict = {}
    if args.item is not None:
        out["items"] = args.item.split()
    for name in ("area", "owner", "notes"):
        if getattr(args, name) is not None:
            out[name] = getattr(args, name)
    for name in ("start", "due"):
        if getattr(args, name) is not None:
            out[name] = day(getattr(args, name))
    if args.budget is not None:
        out["budget"] = number(args.budget, "--budget")
    for share in ("programme_share", "buyer_share", "supplier_share"):
        value = number(getattr(args, share), "--" + share.replace("_", "-"))
        if value is not None:
            out[share] = value / 100.0
    if args.kpi is not None:
        out["kpi_id"] = args.kpi or None
    return out


def _item_area(conn, company: str, items: list[str]) -> str | None:
    """The area of the first item in the company's latest diagnosis toolkit (an unknown item is
    refused when the company has a diagnosis)."""
    from core.project.assessments import read_assessments
    from core.toolkit.loader import load_toolkit
    current = read_assessments(conn, company, include_conflicts=False)
    if not current or not items:
        return None
    row = conn.execute("SELECT workbook FROM toolkits WHERE sha256 = ?",
                       (current[-1].toolkit_sha256,)).fetchone()
    toolkit = load_toolkit(bytes(row[0]))
    for item in items:
        if not toolkit.has_item(item):
            raise UserInputError("plans.unknown_item", item=item, company=company)
    return toolkit.item(items[0]).area


def run_draft(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.edits import draft_plans
    from core.plans.store import chain_members
    from core.project import Project
    if bool(args.company) == bool(args.chain):
        raise UserInputError("plans.need_company_or_chain")
    start = day(args.start, date.today())
    language = args.language
    with Project.open(args.project) as project:
        if args.company:
            ids, subject = [args.company], ("company", args.company)
        else:
            members = chain_members(project.conn, args.chain)
            ids = sorted(set(members.loc[members["role"] == "supplier", "company_id"]))
            subject = ("chain", args.chain)
        edit, skipped = draft_plans(project.conn, ids, start, top_n=max(1, args.top),
                                    language=language, subject=subject)
        apply(project, edit)
    done = [c for c in ids if c not in {s for s, _ in skipped}]
    print(message("plans.drafted", args.language, count=len(done), companies=", ".join(done) or "-"))
    for company, code in skipped:
        print(message("plans.skipped", args.language, company=company, reason=message(code, args.language, company=company)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.document import plan_document
    from core.project import Project
    as_of = day(args.as_of, date.today())
    with Project.open(args.project, backups=False) as project:
        doc = plan_document(project.conn, args.company, as_of)
    if args.json:
        text = json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False)
        if args.json == "-":
            sys.stdout.write(text + "\n")
        else:
            write_text_output(args.json, text + "\n", [args.project])  # safe writer (issue 13)
        return 0
    print("\n".join(render_plan(doc, args.language)))
    return 0


def render_plan(doc: dict, language: str) -> list[str]:
    """A plan document as text lines in ``language``."""
    from core.numbers import format_number, format_percent
    from core.plans.messages import status_label
    progress = doc.get("progress") or {}
    percent = progress.get("percent")
    status = doc.get("status")
    lines = [message("plans.show_header", language, company=doc["company_id"],
                     status=message(f"plans.status_{status}", language) if status else "-",
                     agreed=message("plans.show_agreed", language, date=doc["agreed_on"])
                     if doc.get("agreed_on") else "",
                     revision=doc.get("revision", 0),
                     percent="-" if percent is None else format_percent(percent / 100.0, language, 0))]
    for a in doc.get("actions", []):
        lines.append(f"  {a['id']}  {a['title']}  [{a['owner'] or '-'}]  {a['start'] or '-'} -> "
                     f"{a['due'] or '-'}  {status_label(a['status_as_of'], language)} "
                     f"{format_number(a['percent_as_of'], language, 0)} %")
    for k in doc.get("kpis", []):
        lines.append(f"  {k['id']}  {k['name']}: {format_number(k['current'], language, 2)} "
                     f"({status_label(k['status'], language)})")
    return lines


def run_agree(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.edits import agree_plan
    from core.plans.store import load_plan
    from core.project import Project
    on = day(args.date, date.today())
    with Project.open(args.project) as project:
        apply(project, agree_plan(project.conn, args.company, on, args.buyer, args.supplier,
                                  args.consultant))
        revision = load_plan(project.conn, args.company).revision
    print(message("plans.agreed", args.language, company=args.company, date=on.isoformat(), revision=revision))
    return 0


def run_certify(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.edits import decide_certification
    from core.project import Project
    from core.project.timeutil import current_user
    on = day(args.date, date.today())
    with Project.open(args.project) as project:
        apply(project, decide_certification(project.conn, args.company, args.decision, on,
                                            args.note, current_user()))
    print(message("plans.certified", args.language, company=args.company,
                  decision=message(f"plans.decision_{args.decision}", args.language), date=on.isoformat()))
    return 0


def run_action_add(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.edits import add_action
    from core.project import Project
    fields = _fields(args)
    with Project.open(args.project) as project:
        if fields.get("items") and "area" not in fields:
            fields["area"] = _item_area(project.conn, args.company, fields["items"])
        edit = add_action(project.conn, args.company, args.title, date.today(), **fields)
        apply(project, edit)
    print(message("plans.action_added", args.language, action=edit.params["action"], company=args.company))
    return 0


def run_action_set(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.edits import set_action
    from core.project import Project
    fields = _fields(args)
    if args.title is not None:
        fields["title"] = args.title
    if args.status is not None:
        fields["status"] = args.status.strip()
    if args.progress is not None:
        fields["percent"] = number(args.progress, "--progress")
    as_of = day(args.as_of, date.today())
    with Project.open(args.project) as project:
        edit = set_action(project.conn, args.company, args.action_id, as_of, **fields)
        apply(project, edit)
    print(message("plans.action_changed" if not edit.is_empty else "plans.nothing_changed",
                  args.language, action=args.action_id, company=args.company))
    return 0


def run_action_delete(args: argparse.Namespace) -> int:
    import core.plans  # noqa: F401
    from core.plans.edits import delete_action
    from core.project import Project
    with Project.open(args.project) as project:
        apply(project, delete_action(project.conn, args.company, args.action_id, date.today()))
    print(message("plans.action_changed", args.language, action=args.action_id, company=args.company))
    return 0

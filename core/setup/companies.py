"""Company records as edits: the fields a consultant enters, validated, and one company's record
with its size class (and the rule that gave it), chain and latest index."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any, Callable

from core.edits import Edit, read_row
from core.edits.build import delete_where, insert, update
from core.errors import UserInputError
from core.project.entities import read_programme
from core.project.sizeclass import classify
from core.project.timeutil import current_user, now
from core.setup.lookup import company_row, member_chains
from core.setup.values import (parse_amount, parse_count, parse_fraction, parse_text, parse_year,
                               parse_yes_no)


@dataclass(frozen=True)
class CompanyField:
    """A field of the company record: user name, stored column, parser, catalogue label."""
    name: str
    column: str
    parse: Callable[[str, Any], Any]

    @property
    def label_code(self) -> str:
        return f"setup.field_{self.name}"


FIELDS: dict[str, CompanyField] = {f.name: f for f in (
    CompanyField("name", "name", parse_text),
    CompanyField("legal_name", "legal_name", parse_text),
    CompanyField("trade_name", "trade_name", parse_text),
    CompanyField("tax_id", "tax_id", parse_text),
    CompanyField("sector", "sector", parse_text),
    CompanyField("region", "region", parse_text),
    CompanyField("municipality", "municipality", parse_text),
    CompanyField("contact", "contact", parse_text),
    CompanyField("employees", "employees", parse_count),
    CompanyField("sales", "annual_sales", parse_amount),
    CompanyField("founded", "founded", parse_year),
    CompanyField("women_led", "women_led", parse_yes_no),
    CompanyField("jobs_women", "jobs_women", parse_count),
    CompanyField("jobs_men", "jobs_men", parse_count),
    CompanyField("largest_client_share", "largest_client_share", parse_fraction),
    CompanyField("consultant", "consultant", parse_text),
)}


def company_values(values: dict[str, Any]) -> dict[str, Any]:
    """Stored columns from user fields (``None`` = not given, ``""`` = clear); unknown refused."""
    out = {}
    for name, raw in values.items():
        if raw is None:
            continue
        spec = FIELDS.get(name)
        if spec is None:
            raise UserInputError("setup.unknown_field", field=name, fields=", ".join(FIELDS))
        out[spec.column] = spec.parse(name, raw)
    return out


def add_company(conn: sqlite3.Connection, company_id: str, name: str | None = None,
                role: str = "supplier", **values) -> Edit:
    """Create a company record (refused when the id exists)."""
    company_id = (company_id or "").strip()
    if not company_id:
        raise UserInputError("setup.company_id_required")
    if read_row(conn, "companies", {"id": company_id}) is not None:
        raise UserInputError("setup.company_exists", company=company_id)
    stamp = now()
    row = {"name": parse_text("name", name), "role": role, "created_at": stamp, "updated_at": stamp,
           "origin": f"entered by {current_user() or '?'}", **company_values(values)}
    return Edit("edit.company_add", (insert("companies", {"id": company_id}, row),),
                "company", company_id, {"company": company_id})


def set_company(conn: sqlite3.Connection, company_id: str, values: dict[str, Any]) -> Edit:
    """Change fields of a company record (only the given ones)."""
    company_row(conn, company_id)
    columns = company_values(values)
    changes = update(conn, "companies", {"id": company_id}, columns)
    if changes:
        changes = update(conn, "companies", {"id": company_id}, columns | {"updated_at": now()})
    given = [k for k, v in values.items() if v is not None]
    code = f"edit.company_set.{given[0]}" if len(given) == 1 else "edit.company_set"
    return Edit(code, tuple(changes), "company", company_id, {"company": company_id})


def set_supplied_items(conn: sqlite3.Connection, company_id: str,
                       items: list[tuple[str, int | None]]) -> Edit:
    """Replace the items a company supplies (with criticality 1-5) and its highest criticality."""
    company_row(conn, company_id)
    for item, crit in items:
        if crit is not None and crit not in range(1, 6):
            raise UserInputError("setup.bad_criticality", item=item, value=crit)
    changes = delete_where(conn, "supplied_items", {"company_id": company_id}, ("company_id", "item"))
    changes += [insert("supplied_items", {"company_id": company_id, "item": item},
                       {"criticality": crit}) for item, crit in dict(items).items()]
    rated = [c for _, c in items if c is not None]
    changes += update(conn, "companies", {"id": company_id},
                      {"supplied_criticality": max(rated) if rated else None})
    return Edit("edit.company_items", tuple(changes), "company", company_id, {"company": company_id})


def parse_supplied_items(text: str) -> list[tuple[str, int | None]]:
    """``"leche: 5; queso: 3; empaque"`` -> items with their criticality (1-5, or none)."""
    items = []
    for part in (text or "").replace("\n", ";").split(";"):
        name, sep, crit = part.partition(":")
        name = name.strip()
        if not name:
            continue
        value = None
        if sep and crit.strip():
            try:
                value = int(crit.strip())
            except ValueError:
                raise UserInputError("setup.bad_criticality", item=name, value=crit.strip()) from None
        items.append((name, value))
    return items


def items_text(items: list[dict]) -> str:
    """The supplied items as the text :func:`parse_supplied_items` reads."""
    return "; ".join(f"{i['item']}: {i['criticality']}" if i.get("criticality") is not None
                     else i["item"] for i in items)


def company_record(conn: sqlite3.Connection, company_id: str) -> dict[str, Any]:
    """Everything shown about one company: its fields, size class with the rule, chains, index."""
    row = company_row(conn, company_id)
    p = read_programme(conn)
    size = classify([row.get("employees")], [row.get("annual_sales")], p.size_scheme,
                    p.size_basis, p.usd_rate, p.gni_per_capita)[0]
    items = [{"item": i, "criticality": c} for i, c in conn.execute(
        "SELECT item, criticality FROM supplied_items WHERE company_id = ? ORDER BY item",
        (company_id,))]
    chains = [{"chain": name, "role": role} for _, name, role in member_chains(conn, company_id)]
    return _record(row, size, p, items, chains)

def company_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every company's record (as :func:`company_record`), by id, in a few bulk reads."""
    cur = conn.execute("SELECT * FROM companies ORDER BY id")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    if not rows:
        return []
    p = read_programme(conn)
    sizes = classify([r.get("employees") for r in rows], [r.get("annual_sales") for r in rows],
                     p.size_scheme, p.size_basis, p.usd_rate, p.gni_per_capita)
    items: dict[str, list] = {}
    for company, item, crit in conn.execute("SELECT company_id, item, criticality FROM "
                                            "supplied_items ORDER BY company_id, item"):
        items.setdefault(company, []).append({"item": item, "criticality": crit})
    chains: dict[str, list] = {}
    for company, name, role in conn.execute("SELECT m.company_id, v.name, m.role FROM chain_members m "
                                            "JOIN value_chains v ON v.id = m.chain_id ORDER BY v.name"):
        chains.setdefault(company, []).append({"chain": name, "role": role})
    return [_record(r, size, p, items.get(r["id"], []), chains.get(r["id"], []))
            for r, size in zip(rows, sizes)]


def _record(row: dict, size, p, items: list, chains: list) -> dict[str, Any]:
    return {
        "id": row["id"], "role": row.get("role"),
        **{f.name: row.get(f.column) for f in FIELDS.values()},
        "women_led": None if row.get("women_led") is None else bool(row["women_led"]),
        "supplied_items": items,
        "size_class": size.size_class, "size_by_employees": size.by_employees,
        "size_by_sales": size.by_sales, "size_rule": size.rule,
        "size_scheme": p.size_scheme, "size_basis": p.size_basis,
        "sales_usd_millions": None if row.get("annual_sales") is None
        else row["annual_sales"] / float(p.usd_rate or 1.0) / 1e6,
        "chains": chains, "latest_index": row.get("latest_index"),
        "latest_band": row.get("latest_band"), "latest_date": row.get("latest_date"),
    }


def rule_text(record: dict[str, Any], language: str) -> str:
    """The size rule in words: scheme, basis and each input with the class it gives."""
    from core import catalogue
    from core.numbers import format_number
    size = lambda c: catalogue.label(f"setup.size_{c}", language, "-") if c else "-"  # noqa: E731
    scheme = record.get("size_scheme") or ""
    parts = [catalogue.text("setup.rule_scheme", language,
                            scheme=catalogue.label(f"setup.scheme_{scheme}", language, scheme),
                            basis=catalogue.text(f"setup.rule_basis_{record.get('size_basis')}",
                                                 language))]
    if record.get("employees") is not None and scheme != "gni":
        parts.append(catalogue.text("setup.rule_workers", language, count=record["employees"],
                                    size=size(record.get("size_by_employees"))))
    if record.get("sales_usd_millions") is not None:
        parts.append(catalogue.text("setup.rule_sales", language,
                                    amount=format_number(record["sales_usd_millions"], language, 3),
                                    size=size(record.get("size_by_sales"))))
    return "; ".join(parts)

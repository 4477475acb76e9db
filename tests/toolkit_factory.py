"""Build toolkit workbooks in tests: a small valid toolkit, and any invalid variant of it.

Usage::

    from toolkit_factory import write_toolkit, toolkit_sheets, write_workbook  # tests/ is on sys.path

    path = write_toolkit(tmp_path / "tk.xlsx")                      # the valid default toolkit
    write_toolkit(p, item={"ops_01": {"score::weight": 0}})         # patch one survey row by name
    write_toolkit(p, item={"fin_02": None})                         # delete a survey row
    write_toolkit(p, choice={("level5", "3"): {"score": None}})     # patch a choice (list, name)
    write_toolkit(p, area={"fin": {"weight": -1}}, band={"good": {"colour": "green"}})
    write_toolkit(p, add_items=[{"type": "text", "name": "x"}])     # append survey rows
    write_toolkit(p, settings={"score::top_n": 3})                  # merge into the settings row
    write_toolkit(p, settings=None)                                 # drop the settings sheet
    write_toolkit(p, bands=[...])                                   # replace a whole sheet's rows
    write_toolkit(p, areas=None)                                    # drop a sheet
    write_toolkit(p, sheet_names={"survey": "SURVEY"})              # rename sheets
    write_toolkit(p, columns={"list_name": "list name"})            # rename headers in all sheets
    write_toolkit(p, edit=lambda sheets: ...)                       # anything else, in place

A sheet is a list of row dicts (header -> value); the header row is the union of keys in first-seen
order, so row 1 is the header and the n-th row dict is Excel row n + 1. ``None`` is a blank cell.

The default toolkit (id ``test-diagnostic``, version ``2026.1``, default language ``en``, labels
in ``en`` and ``es``, ``score::min_coverage`` 0.5, ``score::top_n`` 5):

=========  ======  ===============  ====  ======  ====================================  =========
item       area    type             w     target  notes                                 scale
=========  ======  ===============  ====  ======  ====================================  =========
mgmt_01    mgmt    select_one       1     4       in group grp_mgmt; level5 = 1..5      [1, 5]
mgmt_02    mgmt    select_multiple  2     -       practices: 5s=1 kanban=1 smed=2 none=0 [0, 4]
ops_01     ops     range 1..5       1     -       critical; in group grp_ops            [1, 5]
ops_02     ops     integer          1     5       reversed (defect %); grp_ops          [0, 30]
fin_01     fin     decimal          1.5   -       % of sales invoiced electronically    [0, 100]
fin_02     fin     select_one       1     -       yesno_na: yes=1 no=0 na=blank (N/A)   [0, 1]
=========  ======  ===============  ====  ======  ====================================  =========

Unscored rows: ``start`` (metadata), ``company_id`` and ``company_name`` (text), a ``note`` and a
``calculate``. Areas: mgmt (weight 2), ops (1), fin (blank = 1). Bands: low 0, developing 40,
good 70, excellent 85 (sorted on load; written out of order on purpose).
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable

from openpyxl import Workbook

Sheets = dict[str, list[dict[str, Any]]]
_KEEP: Any = object()
EN, ES = "label::English (en)", "label::Español (es)"

ITEM_SCALES = {"mgmt_01": (1.0, 5.0), "mgmt_02": (0.0, 4.0), "ops_01": (1.0, 5.0),
               "ops_02": (0.0, 30.0), "fin_01": (0.0, 100.0), "fin_02": (0.0, 1.0)}
SCORED_ITEMS = tuple(ITEM_SCALES)
ALL_ITEMS = ("company_id", "company_name") + SCORED_ITEMS


def _q(type_: str, name: str, en: str, es: str, **score: Any) -> dict[str, Any]:
    row = {"type": type_, "name": name, EN: en, ES: es}
    row.update({f"score::{k}": v for k, v in score.items()})
    return row


def toolkit_sheets() -> Sheets:
    """A fresh copy of the default toolkit's sheets (safe to mutate)."""
    survey = [
        {"type": "start", "name": "started"},
        _q("text", "company_id", "Company id", "Id de la empresa"),
        _q("text", "company_name", "Company name", "Nombre de la empresa"),
        _q("begin_group", "grp_mgmt", "Management", "Gestión"),
        _q("select_one level5", "mgmt_01", "Strategic plan", "Plan estratégico",
           area="mgmt", target=4),
        _q("select_multiple practices", "mgmt_02", "Practices in use", "Prácticas en uso",
           area="mgmt", weight=2),
        {"type": "end_group"},
        _q("begin group", "grp_ops", "Operations", "Operaciones"),
        {**_q("range", "ops_01", "Order and cleanliness", "Orden y limpieza", area="ops",
              critical="yes"), "parameters": "start=1 end=5 step=1"},
        _q("integer", "ops_02", "Defect rate (%)", "Tasa de defectos (%)", area="ops",
           min=0, max=30, reverse="yes", target=5),
        _q("note", "ops_note", "Thank you", "Gracias"),
        {"type": "end group"},
        _q("decimal", "fin_01", "Sales invoiced electronically (%)",
           "Ventas con factura electrónica (%)", area="fin", weight=1.5, min=0, max=100),
        _q("select_one yesno_na", "fin_02", "Separate business accounts",
           "Cuentas separadas de la empresa", area="fin"),
        {"type": "calculate", "name": "calc_total", "calculation": "1"},
    ]
    levels = ["None", "Basic", "Partial", "Good", "Excellent"]
    niveles = ["Ninguno", "Básico", "Parcial", "Bueno", "Excelente"]
    choices = [{"list_name": "level5", "name": str(i), EN: levels[i - 1], ES: niveles[i - 1],
                "score": i} for i in range(1, 6)]
    choices += [
        {"list_name": "practices", "name": "5s", EN: "5S", ES: "5S", "score": 1},
        {"list_name": "practices", "name": "kanban", EN: "Kanban", ES: "Kanban", "score": 1},
        {"list_name": "practices", "name": "smed", EN: "SMED", ES: "SMED", "score": 2},
        {"list_name": "practices", "name": "none", EN: "None", ES: "Ninguna", "score": 0},
        {"list_name": "yesno_na", "name": "yes", EN: "Yes", ES: "Sí", "score": 1},
        {"list_name": "yesno_na", "name": "no", EN: "No", ES: "No", "score": 0},
        {"list_name": "yesno_na", "name": "na", EN: "Not applicable", ES: "No aplica",
         "score": None},
    ]
    areas = [{"name": "mgmt", EN: "Management", ES: "Gestión", "weight": 2},
             {"name": "ops", EN: "Operations", ES: "Operaciones", "weight": 1},
             {"name": "fin", EN: "Finance", ES: "Finanzas", "weight": None}]
    bands = [{"name": "low", EN: "Low", ES: "Bajo", "min": 0, "colour": "#d73027"},
             {"name": "good", EN: "Good", ES: "Bueno", "min": 70, "colour": "#91cf60"},
             {"name": "developing", EN: "Developing", ES: "En desarrollo", "min": 40,
              "colour": "#fc8d59"},
             {"name": "excellent", EN: "Excellent", ES: "Excelente", "min": 85,
              "colour": "#1a9850"}]
    settings = [{"form_title": "Test diagnostic", "form_id": "test-diagnostic",
                 "version": "2026.1", "default_language": "English (en)",
                 "score::min_coverage": 0.5, "score::top_n": 5}]
    return {"survey": survey, "choices": choices, "settings": settings, "areas": areas,
            "bands": bands}


def write_workbook(path: str | Path, sheets: Sheets) -> Path:
    """Write ``{sheet: [row dicts]}`` as an xlsx; the header is the union of the rows' keys."""
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        header: list[str] = []
        for row in rows:
            header.extend(k for k in row if k not in header)
        ws.append(header)
        for row in rows:
            ws.append([row.get(k) for k in header])
    wb.save(path)
    return path


def _patch(rows: list[dict], key: Callable[[dict], Any], patches: dict) -> None:
    for wanted, patch in patches.items():
        index = next((i for i, r in enumerate(rows) if key(r) == wanted), None)
        if index is None:
            raise KeyError(f"no row {wanted!r} to patch")
        if patch is None:
            del rows[index]
        else:
            rows[index].update(patch)


def write_toolkit(path: str | Path, *, edit: Callable[[Sheets], None] | None = None,
                  item: dict | None = None, choice: dict | None = None,
                  area: dict | None = None, band: dict | None = None,
                  add_items: list[dict] | None = None, settings: dict | list | None = _KEEP,
                  sheet_names: dict[str, str] | None = None,
                  columns: dict[str, str] | None = None, **sheets: Any) -> Path:
    """Write the default toolkit to ``path`` with the given changes (see the module docstring)."""
    data = toolkit_sheets()
    for name, rows in sheets.items():
        if name not in data:
            raise TypeError(f"unknown sheet or option {name!r}")
        if rows is None:
            del data[name]
        else:
            data[name] = copy.deepcopy(rows)
    if settings is None:
        del data["settings"]
    elif isinstance(settings, list):
        data["settings"] = copy.deepcopy(settings)
    elif settings is not _KEEP:
        data["settings"][0].update(settings)
    _patch(data.get("survey", []), lambda r: r.get("name"), item or {})
    _patch(data.get("choices", []), lambda r: (r.get("list_name"), r.get("name")), choice or {})
    _patch(data.get("areas", []), lambda r: r.get("name"), area or {})
    _patch(data.get("bands", []), lambda r: r.get("name"), band or {})
    if add_items:
        data["survey"].extend(copy.deepcopy(add_items))
    if edit is not None:
        edit(data)
    if columns:
        data = {s: [{columns.get(k, k): v for k, v in r.items()} for r in rows]
                for s, rows in data.items()}
    if sheet_names:
        data = {sheet_names.get(s, s): rows for s, rows in data.items()}
    return write_workbook(path, data)

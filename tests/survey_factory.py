"""Survey fixtures built in code: a small toolkit and survey sheets in the shapes consultants send
(plain, KoboToolbox export, ODK export, Spanish labels under a title block, CSV)."""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

from core.toolkit.model import Area, Band, Choice, ChoiceList, Group, Item, Toolkit

ADMIN = Group("admin", {"en": "Administration", "es": "Administración"})
FIN = Group("fin", {"en": "Finance", "es": "Finanzas"})


def _choices(name: str, spec: list[tuple[str, float | None, str, str]]) -> ChoiceList:
    return ChoiceList(name, tuple(Choice(n, {"en": en, "es": es}, score, row)
                                  for row, (n, score, en, es) in enumerate(spec, start=2)))


def survey_toolkit() -> Toolkit:
    """Two areas, every scored type, a not-applicable choice, groups and two languages."""
    lists = {
        "yesno3": _choices("yesno3", [("no", 0, "No", "No"), ("partly", 1, "Partly", "En parte"),
                                      ("yes", 2, "Yes", "Sí"), ("na", None, "Not applicable",
                                                                 "No corresponde")]),
        "certs": _choices("certs", [("iso9001", 1, "ISO 9001", "ISO 9001"),
                                    ("iso14001", 1, "ISO 14001", "ISO 14001"),
                                    ("haccp", 2, "HACCP", "HACCP"), ("other", None, "Other", "Otra")]),
        "sectors": _choices("sectors", [("agro", None, "Agriculture", "Agricultura"),
                                        ("manuf", None, "Manufacturing", "Manufactura")]),
        "markets": _choices("markets", [("local", None, "Local", "Local"),
                                        ("export", None, "Export", "Exportación")]),
    }
    spec = [
        ("company_id", "text", None, (), None, "Company ID", "Código de la empresa", None),
        ("company_name", "text", None, (), None, "Company name", "Nombre de la empresa", None),
        ("sector", "select_one", "sectors", (), None, "Sector", "Sector", None),
        ("adm_01", "select_one", "yesno3", (ADMIN,), "gestion", "Does the company have a written plan?",
         "¿La empresa tiene un plan escrito?", (0, 2)),
        ("adm_02", "select_one", "yesno3", (ADMIN,), "gestion", "Are costs recorded?",
         "¿Se registran los costos?", (0, 2)),
        ("adm_03", "range", None, (ADMIN,), "gestion", "Level of planning", "Nivel de planificación",
         (1, 5)),
        ("fin_01", "integer", None, (FIN,), "finanzas", "Employees trained",
         "Número de empleados capacitados", (0, 2000)),
        ("fin_02", "decimal", None, (FIN,), "finanzas", "Monthly sales (thousands)",
         "Ventas mensuales (miles)", (0, 5000)),
        ("fin_03", "select_multiple", "certs", (FIN,), "finanzas", "Certifications held",
         "Certificaciones que tiene", (0, 4)),
        ("markets", "select_multiple", "markets", (), None, "Markets served", "Mercados", None),
        ("visit_date", "date", None, (), None, "Visit date", "Fecha de visita", None),
    ]
    items = [Item(name=name, type=kind, labels={"en": en, "es": es}, row=row, order=row - 2,
                  list_name=lst, groups=groups, area=area,
                  scale_min=scale[0] if scale else None, scale_max=scale[1] if scale else None)
             for row, (name, kind, lst, groups, area, en, es, scale) in enumerate(spec, start=2)]
    return Toolkit(id="sdp-test", version="1", title={"en": "Test diagnostic"}, default_language="en",
                   languages=["en", "es"], items=items, lists=lists,
                   areas=[Area("gestion", {"en": "Management", "es": "Gestión"}),
                          Area("finanzas", {"en": "Finance", "es": "Finanzas"})],
                   bands=[Band("low", {"en": "Low"}, 0), Band("high", {"en": "High"}, 70)])


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "Sheet1",
               before: dict[str, list[list[object]]] | None = None) -> Path:
    """A workbook whose sheet ``sheet`` holds ``rows`` (None = empty cell); ``before`` sheets first."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, extra in (before or {}).items():
        ws = wb.create_sheet(name)
        for row in extra:
            ws.append(row)
    ws = wb.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], delimiter: str = ",") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(
            [["" if v is None else v for v in row] for row in rows])
    return path


PLAIN_HEADER = ["company_id", "company_name", "sector", "adm_01", "adm_02", "adm_03", "fin_01",
                "fin_02", "fin_03"]


def plain_rows() -> list[list[object]]:
    """Item names as headers, XLSForm-style values."""
    return [PLAIN_HEADER,
            ["S-001", "Lácteos del Valle", "agro", "yes", "partly", 4, 12, 35.5, "iso9001 haccp"],
            ["S-002", "Metalmecánica Sur", "manuf", "no", "na", 2, 0, 0, "other"],
            ["S-003", "Panadería Central", None, None, "yes", None, 7, None, None]]


def kobo_rows() -> list[list[object]]:
    """KoboToolbox default export: group paths, single + split select_multiple, metadata."""
    header = ["start", "end", "company_id", "company_name", "admin/adm_01", "admin/adm_02",
              "admin/adm_03", "fin/fin_01", "fin/fin_02", "fin/fin_03", "fin/fin_03/iso9001",
              "fin/fin_03/iso14001", "fin/fin_03/haccp", "fin/fin_03/other", "_id", "_uuid",
              "_submission_time", "_validation_status", "_index"]
    meta = ["2026-03-01T10:00:00", "2026-03-01T10:30:00"]
    return [header,
            meta + ["S-010", "Café Altura", "yes", "yes", 5, 20, 80, "iso9001 iso14001", 1, 1, 0, 0,
                    101, "uuid-a", "2026-03-01T10:31:00", None, 1],
            meta + ["S-011", "Textiles Norte", "partly", "no", 3, 3, 10.5, "haccp", 0, 0, 1, 0,
                    102, "uuid-b", "2026-03-02T09:00:00", None, 2],
            meta + ["S-012", "Sin certificaciones", "no", "no", 1, 0, 0, None, None, None, None, None,
                    103, "uuid-c", "2026-03-02T11:00:00", None, 3]]


def odk_rows() -> list[list[object]]:
    """ODK Briefcase / Central style: ``grp-item`` paths, split ``grp-item-choice``, KEY."""
    header = ["SubmissionDate", "company_id", "admin-adm_01", "admin-adm_02", "admin-adm_03",
              "fin-fin_01", "fin-fin_02", "fin-fin_03-iso9001", "fin-fin_03-iso14001",
              "fin-fin_03-haccp", "fin-fin_03-other", "meta-instanceID", "KEY"]
    return [header,
            ["2026-04-01", "S-020", "yes", "partly", 4, 5, 12, "TRUE", "FALSE", "TRUE", "FALSE",
             "uuid:1", "uuid:1"],
            ["2026-04-02", "S-021", "no", "no", 2, 1, 0, "FALSE", "FALSE", "FALSE", "FALSE",
             "uuid:2", "uuid:2"]]


def spanish_rows() -> list[list[object]]:
    """A consultant's sheet: title block, then Spanish labels with case/accent/colon differences."""
    return [["Diagnóstico empresarial 2026"],
            ["Programa de desarrollo de proveedores", None, "Consultor: Ana Pérez"],
            [],
            ["Código de la empresa", "NOMBRE DE LA EMPRESA", "¿la empresa tiene un plan escrito?:",
             "Administracion/¿Se registran los  costos?", "nivel de planificacion",
             "Numero de empleados capacitados", "Ventas mensuales (miles)",
             "Certificaciones que tiene/ISO 9001", "Certificaciones que tiene/HACCP", "Observaciones"],
            ["P-1", "Aceitera Sol", "Sí", "En parte", "4", "1.200", "12,5", 1, 0, "visitar de nuevo"],
            ["P-2", "Frutas Andinas", "SI", "n/a", "No aplica", "3", "1.234,5", 0, 0, None]]

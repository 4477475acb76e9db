"""Column roles: which column of a survey or company list is the company id, its name, the
visit date, the consultant or a field of the company record.

Headers are compared after the usual folding (case, accents, white space) with ``_``, ``-`` and
spaces equivalent and ``.``, ``:``, ``º``, ``?`` ignored, so ``Cédula jurídica``, ``cedula_juridica``
and ``CEDULA-JURIDICA`` are one header. The user's choice (``--column FIELD=HEADER`` or the
wizard) always wins over recognition.
"""
from __future__ import annotations

import re

from core.errors import UserInputError
from core.text import normalise

ID, NAME, DATE, CONSULTANT = "company_id", "company_name", "assessed_on", "consultant"
# The fields of the company record a column can fill (core.setup.companies.FIELDS has the same
# names with their parsers; a test keeps the two in step). Only names here: the survey layer
# knows nothing of the project file.
RECORD_FIELDS = ("name", "legal_name", "trade_name", "tax_id", "sector", "region", "municipality",
                 "contact", "employees", "sales", "founded", "women_led", "jobs_women", "jobs_men",
                 "largest_client_share", "consultant")
_SEPARATORS = re.compile(r"[\s_\-/]+")
_IGNORED = re.compile(r"[.:º°?¿()#]+")

# National ids and names of the region first, then generic words.
RECOGNISED: dict[str, tuple[str, ...]] = {
    ID: ("cedula juridica", "cedula", "nit", "rut", "ruc", "rfc", "cuit", "cnpj", "cpf", "nif",
         "dui", "company id", "supplier id", "id proveedor", "id empresa", "codigo empresa",
         "codigo proveedor", "codigo", "tax id"),
    NAME: ("razon social", "nombre comercial", "razao social", "empresa", "proveedor",
           "nombre empresa", "nombre de la empresa", "nome da empresa", "company name",
           "supplier name", "company", "supplier", "nombre", "nome", "name"),
    # only explicit visit dates: a bare "fecha" / "date" may be anything (birth, invoice...)
    DATE: ("fecha de visita", "fecha visita", "fecha de la visita", "fecha de diagnostico",
           "fecha del diagnostico", "fecha de evaluacion", "data da visita", "data do diagnostico",
           "visit date", "assessment date"),
    CONSULTANT: ("consultor", "consultora", "consultant", "asesor"),
    "legal_name": ("nombre legal", "legal name"),
    "trade_name": ("nome fantasia", "trade name"),
    "employees": ("empleados", "numero de empleados", "trabajadores", "colaboradores",
                  "funcionarios", "employees", "workers"),
    "sales": ("ventas anuales", "ventas", "facturacion anual", "facturacion", "faturamento",
              "annual sales", "sales"),
    "sector": ("sector", "actividad economica", "ciiu", "setor", "isic"),
    "region": ("region", "provincia", "departamento", "estado", "regiao"),
    "municipality": ("municipio", "canton", "comuna", "ciudad", "municipality", "city"),
    "founded": ("ano de fundacion", "fundacion", "fundada", "ano de fundacao", "founded"),
    "women_led": ("liderada por mujer", "liderada por mujeres", "empresa de mujer",
                  "liderada por mulher", "women led"),
    "jobs_women": ("empleos mujeres", "empleadas", "mujeres empleadas", "empregos mulheres",
                   "jobs women", "women employed"),
    "jobs_men": ("empleos hombres", "hombres empleados", "empregos homens", "jobs men",
                 "men employed"),
    "largest_client_share": ("participacion cliente principal", "largest client share"),
    "contact": ("contacto", "contato", "contact", "telefono", "email", "correo"),
    "tax_id": ("tax id number",),
}
ROLE_ALIASES = {"id": ID, "name": NAME, "date": DATE, "company_id": ID, "company_name": NAME,
                "visit_date": DATE, "assessed_on": DATE, "consultant": CONSULTANT,
                "annual_sales": "sales", "tax": "tax_id", "nit": ID, "women": "women_led"}


def fold(text: object) -> str:
    """A header folded for comparison (see the module docstring)."""
    return _SEPARATORS.sub(" ", _IGNORED.sub(" ", normalise(text))).strip()


def role_name(name: str, fields: tuple[str, ...]) -> str:
    """The role a user named (``id``, ``name``, ``date``, ``consultant`` or a company field)."""
    key = fold(name).replace(" ", "_")
    key = ROLE_ALIASES.get(key, key)
    if key in (ID, NAME, DATE, CONSULTANT) or key in fields:
        return key
    raise UserInputError("setup.unknown_role", role=name,
                         roles=", ".join(["id", "name", "date", "consultant", *fields]))


def parse_column_options(options: list[str], fields: tuple[str, ...] | None = None) -> dict[str, str]:
    """``FIELD=HEADER`` options -> role -> header (refuses a malformed one, naming it)."""
    if fields is None:
        fields = RECORD_FIELDS
    out = {}
    for option in options:
        name, sep, header = option.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise UserInputError("setup.bad_column_option", option=option)
        out[role_name(name, fields)] = header.strip()
    return out


def user_column(header: str, headers: list[object]) -> int:
    """The column a user named by header (folded) or Excel letter; refused with the headers."""
    from core.survey.matching import letter_index
    key = fold(header)
    for j, text in enumerate(headers):
        if fold(text) == key and key:
            return j
    index = letter_index(header)
    if index is not None and index < len(headers):
        return index
    raise UserInputError("setup.column_not_found", column=header,
                         headers=", ".join(str(h) for h in headers if h not in (None, ""))[:300])


def recognise(headers: list[object], roles: tuple[str, ...], taken: set[int] = frozenset(),
              given: dict[str, str] | None = None) -> dict[str, int]:
    """role -> column index: the user's choices first, then the recognised headers (first match
    in RECOGNISED order; a column serves one role)."""
    found: dict[str, int] = {}
    used = set(taken)
    for role, header in (given or {}).items():
        j = user_column(header, headers)
        found[role] = j
        used.add(j)
    folded = [fold(h) for h in headers]
    for role in roles:
        if role in found:
            continue
        for name in RECOGNISED.get(role, ()):
            j = next((j for j, f in enumerate(folded) if f == name and j not in used), None)
            if j is not None:
                found[role] = j
                used.add(j)
                break
    return found

"""Finding the header row of a survey sheet and deciding what each column is (spec section 2)."""
from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import UserInputError
from core.messages import register
from core.survey.matching import (
    COMPANY_ID_FALLBACKS,
    COMPANY_ID_ITEM,
    COMPANY_NAME_FALLBACKS,
    COMPANY_NAME_ITEM,
    HeaderMatcher,
    excel_letter,
    is_metadata,
    letter_index,
)
from core.survey.model import ColumnMatch, ImportOptions, MappingReport
from core.survey.values import raw_text
from core.text import normalise

HEADER_SEARCH_ROWS = 20
MIN_HEADER_ITEMS = 2


@dataclass
class ColumnPlan:
    """Which column (0-based index) feeds what; the machine side of a :class:`MappingReport`."""

    single: dict[str, int] = field(default_factory=dict)             # item -> column
    split: dict[str, dict[str, int]] = field(default_factory=dict)   # item -> choice -> column
    metadata: list[int] = field(default_factory=list)
    # select_multiple present both as one column and split: the single column, which decides
    # whether the question was answered (spec section 2, "Values")
    split_single: dict[str, int] = field(default_factory=dict)
    id_column: int | None = None
    name_column: int | None = None
    roles: dict[str, int] = field(default_factory=dict)   # date, consultant, company fields


def find_header(rows: list[list[object]], matcher: HeaderMatcher) -> int | None:
    """Index of the first row (within the first 20) naming at least two toolkit items."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        items = set()
        for cell in row:
            if isinstance(cell, str):
                found = matcher.match(cell)
                if found:
                    items.update(found.items)
        if len(items) >= MIN_HEADER_ITEMS:
            return index
    return None


def map_columns(sheet: str, header_index: int, headers: list[object], matcher: HeaderMatcher,
                options: ImportOptions, has_data: list[bool]) -> tuple[MappingReport, ColumnPlan]:
    """Decide what every column is: an item, a split choice, the company, provenance or nothing."""
    toolkit = matcher.toolkit
    report = MappingReport(sheet=sheet, header_row=header_index + 1)
    plan = ColumnPlan()
    texts = [raw_text(h) for h in headers]
    overrides = _overrides(options, toolkit, len(texts))
    # Company columns the user chose (by option or mapping edit) win over any automatic match.
    chosen = {j: item for j, item in overrides.items()
              if item in (COMPANY_ID_ITEM, COMPANY_NAME_ITEM) and not _scored(toolkit, item)}
    if options.id_column:
        chosen[_user_column(options.id_column, texts)] = COMPANY_ID_ITEM
    for role, named in options.column_roles.items():
        if role in (COMPANY_ID_ITEM, COMPANY_NAME_ITEM):
            chosen[_user_column(named, texts)] = role
    for j, item in chosen.items():
        setattr(plan, "id_column" if item == COMPANY_ID_ITEM else "name_column", j)
    hits = {j: matcher.match(text) for j, text in enumerate(texts)
             if j not in chosen and j not in overrides}
    shared = _shared_headers(hits, texts)
    for j, text in enumerate(texts):
        letter = excel_letter(j)
        if j in chosen:
            report.matched.append(ColumnMatch(letter, text, chosen[j], chosen[j]))
            continue
        if j in overrides:
            found, how, choice = overrides[j], "override", None
        elif j in shared:
            if shared[j] is None:
                report.ambiguous.append((letter, text, list(hits[j].items)))
                continue
            hit = hits[j]
            (found, choice), how = shared[j], hits[j].how
        else:
            hit = hits[j]
            found, how = (hit.item, hit.how) if hit else (None, "")
            choice = hit.choice if hit else None
        if not found:
            if j not in overrides and is_metadata(text):
                plan.metadata.append(j)
                report.metadata.append((letter, text))
            elif text or has_data[j]:
                report.unmatched.append((letter, text))
            continue
        if found in (COMPANY_ID_ITEM, COMPANY_NAME_ITEM) and not _scored(toolkit, found):
            attr = "id_column" if found == COMPANY_ID_ITEM else "name_column"
            if getattr(plan, attr) is None:
                setattr(plan, attr, j)
                report.matched.append(ColumnMatch(letter, text, found, found))
                continue
        if how == "split_choice":
            taken = plan.split.setdefault(found, {})
            how = "duplicate" if choice in taken else how
            taken.setdefault(choice, j)
            report.matched.append(ColumnMatch(letter, text, found, how, choice))
            continue
        how = "duplicate" if found in plan.single else how
        plan.single.setdefault(found, j)
        report.matched.append(ColumnMatch(letter, text, found, how))
    _fallback_company_columns(report, plan, texts)
    _role_columns(report, plan, texts, options)
    _prefer_split_columns(report, plan)
    report.missing_items = [it.name for it in toolkit.scored_items
                            if it.name not in plan.single and it.name not in plan.split]
    report.id_column = None if plan.id_column is None else excel_letter(plan.id_column)
    report.name_column = None if plan.name_column is None else excel_letter(plan.name_column)
    return report, plan


def _shared_headers(hits: dict, texts: list[str]) -> dict[int, tuple[str, str | None] | None]:
    """Columns whose header may name several items (a label shared by items of different groups).

    The k-th column with the same header takes the k-th of those items (survey order, the order
    KoboToolbox writes them), leaving out items another column names unambiguously. ``None``: fewer
    such columns than candidate items, so the header is ambiguous (reported, never dropped).
    """
    taken = {(hit.item, hit.choice) for hit in hits.values() if hit and not hit.shared}
    by_header: dict[str, list[int]] = {}
    for j, hit in hits.items():
        if hit and hit.shared:
            by_header.setdefault(normalise(texts[j]), []).append(j)
    result: dict[int, tuple[str, str | None] | None] = {}
    for columns in by_header.values():
        hit = hits[columns[0]]
        free = [p for p in zip(hit.items, hit.choices) if p not in taken]
        if len(free) > 1 and len(columns) < len(free):
            result.update(dict.fromkeys(columns))
            continue
        free = free or [(hit.item, hit.choice)]
        for k, j in enumerate(columns):       # extra columns repeat the last: listed as duplicates
            result[j] = free[min(k, len(free) - 1)]
    return result


def _scored(toolkit, name: str) -> bool:
    return toolkit.has_item(name) and toolkit.item(name).scored


def _user_column(named: str, texts: list[str]) -> int:
    """The column the user named, by header text first, else by Excel letter."""
    key = normalise(named)
    for j, text in enumerate(texts):
        if normalise(text) == key:
            return j
    index = letter_index(named)
    if index is not None and index < len(texts):
        return index
    raise UserInputError("id_column_not_found", column=named,
                         headers=", ".join(t for t in texts if t)[:300])


def _overrides(options: ImportOptions, toolkit, width: int) -> dict[int, str | None]:
    """GUI mapping edits: letter -> item name (``company_id`` / ``company_name`` allowed, "" = ignore)."""
    result: dict[int, str | None] = {}
    for letter, item in options.column_overrides.items():
        index = letter_index(letter)
        if index is None or index >= width:
            raise UserInputError("override_column_not_found", column=letter)
        if item and not toolkit.has_item(item) and item not in (COMPANY_ID_ITEM, COMPANY_NAME_ITEM):
            raise UserInputError("override_unknown_item", column=letter, item=item)
        result[index] = item or None
    return result


def _fallback_company_columns(report: MappingReport, plan: ColumnPlan, texts: list[str]) -> None:
    keys = [normalise(t) for t in texts]
    used = set(plan.single.values()) | {j for m in plan.split.values() for j in m.values()}
    used |= {j for j in (plan.id_column, plan.name_column) if j is not None}
    for attr, names, item in (("id_column", COMPANY_ID_FALLBACKS, COMPANY_ID_ITEM),
                              ("name_column", COMPANY_NAME_FALLBACKS, COMPANY_NAME_ITEM)):
        if getattr(plan, attr) is not None:
            continue
        for name in names:
            j = next((j for j, k in enumerate(keys) if k == name and j not in used), None)
            if j is None:
                continue
            setattr(plan, attr, j)
            letter = excel_letter(j)      # each column is listed once: matched, metadata or unmatched
            report.unmatched = [u for u in report.unmatched if u[0] != letter]
            report.metadata = [u for u in report.metadata if u[0] != letter]
            report.matched.append(ColumnMatch(letter, texts[j], item, item))
            used.add(j)
            break


def _role_columns(report: MappingReport, plan: ColumnPlan, texts: list[str],
                  options: ImportOptions) -> None:
    """Columns with a role beyond the toolkit: the company id and name when still unfound (the
    region's national ids and names, see core.survey.roles), the visit date, the consultant and
    company-record fields; a column named by the user takes its role even if it matched an item."""
    from core.survey.roles import CONSULTANT, DATE, ID, NAME, RECORD_FIELDS, recognise
    used = set(plan.single.values()) | {j for m in plan.split.values() for j in m.values()}
    used |= {j for j in (plan.id_column, plan.name_column) if j is not None}
    given = {r: h for r, h in options.column_roles.items() if r not in (ID, NAME)}
    wanted = tuple(r for r in (ID, NAME) if getattr(plan, "id_column" if r == ID else "name_column")
                   is None) + (DATE, CONSULTANT, *[f for f in RECORD_FIELDS if f != "name"])
    found = recognise(texts, wanted, used - set(_user_indexes(given, texts)), given)
    for role, j in found.items():
        letter = excel_letter(j)
        for item, k in list(plan.single.items()):
            if k == j:
                del plan.single[item]
        report.matched = [m for m in report.matched if m.column != letter]
        report.unmatched = [u for u in report.unmatched if u[0] != letter]
        report.metadata = [u for u in report.metadata if u[0] != letter]
        if j in plan.metadata:
            plan.metadata.remove(j)
        if role in (ID, NAME):
            setattr(plan, "id_column" if role == ID else "name_column", j)
        else:
            plan.roles[role] = j
        report.matched.append(ColumnMatch(letter, texts[j], role, "role"))


def _user_indexes(given: dict[str, str], texts: list[str]) -> list[int]:
    from core.survey.roles import user_column
    return [user_column(h, texts) for h in given.values()]


def _prefer_split_columns(report: MappingReport, plan: ColumnPlan) -> None:
    """Both forms of a select_multiple (KoboToolbox's default export, ODK Central's split one):
    the split columns give the selection; the single column is kept as provenance and decides
    whether the question was answered."""
    for item in list(plan.single):
        if item in plan.split:
            j = plan.single.pop(item)
            plan.split_single[item] = j
            letter = excel_letter(j)
            plan.metadata.append(j)       # its cells are kept in SurveyData.metadata
            report.matched = [ColumnMatch(m.column, m.header, m.item, "provenance")
                              if m.column == letter else m for m in report.matched]


register({
    "no_header": {
        "en": "No header row found in {sheets}: looked in the first {rows} rows for a row naming at "
              "least two questions of toolkit '{toolkit}' by name, label or Kobo/ODK path "
              "(for example: {examples}).",
        "es": "No se encontró la fila de encabezados en {sheets}: se buscó en las primeras {rows} filas "
              "una fila que nombre al menos dos preguntas de la herramienta '{toolkit}' por nombre, "
              "etiqueta o ruta de Kobo/ODK (por ejemplo: {examples}).",
        "pt": "Nenhuma linha de cabeçalho encontrada em {sheets}: procurou-se nas primeiras {rows} linhas "
              "uma linha que cite pelo menos duas perguntas da ferramenta '{toolkit}' por nome, rótulo "
              "ou caminho Kobo/ODK (por exemplo: {examples})."},
    "id_column_not_found": {
        "en": "There is no column '{column}' (by header or letter) to identify the companies. "
              "Headers found: {headers}.",
        "es": "No hay una columna '{column}' (por encabezado o letra) para identificar a las empresas. "
              "Encabezados encontrados: {headers}.",
        "pt": "Não há uma coluna '{column}' (por cabeçalho ou letra) para identificar as empresas. "
              "Cabeçalhos encontrados: {headers}."},
    "override_column_not_found": {
        "en": "The mapping names column {column}, which the sheet does not have.",
        "es": "La asignación nombra la columna {column}, que la hoja no tiene.",
        "pt": "O mapeamento cita a coluna {column}, que a planilha não tem."},
    "override_unknown_item": {
        "en": "The mapping assigns column {column} to '{item}', which is not a question of the toolkit.",
        "es": "La asignación asocia la columna {column} a '{item}', que no es una pregunta de la herramienta.",
        "pt": "O mapeamento associa a coluna {column} a '{item}', que não é uma pergunta da ferramenta."},
})

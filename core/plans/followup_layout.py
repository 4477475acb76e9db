"""The follow-up workbook's layout, shared by export and import: sheets, columns, labels.

Sheet names and headers are written in the export's language and recognised in any of
en / es / pt on import (compared without case and accents), so a Spanish workbook filled in
by one consultant imports on an English laptop.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

LANGS = ("en", "es", "pt")


@dataclass(frozen=True)
class Column:
    key: str
    labels: dict[str, str]
    locked: bool = False          # ids and names: protected
    kind: str = "text"            # text, date, number, percent, share, status, direction, id
    width: int = 14

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]


def _c(key, en, es, pt, **kw) -> Column:
    return Column(key, {"en": en, "es": es, "pt": pt}, **kw)


SHEETS = {
    "actions": {"en": "Actions", "es": "Acciones", "pt": "Ações"},
    "kpis": {"en": "KPIs", "es": "Indicadores", "pt": "Indicadores"},
    "measurements": {"en": "Measurements", "es": "Mediciones", "pt": "Medições"},
    "instructions": {"en": "Instructions", "es": "Instrucciones", "pt": "Instruções"},
    "lists": {"en": "Lists", "es": "Listas", "pt": "Listas"},
}

COMPANY = _c("company_id", "Company id", "Id empresa", "Id empresa", locked=True, kind="id", width=12)
COMPANY_NAME = _c("company_name", "Company", "Empresa", "Empresa", locked=True, width=24)

ACTION_COLUMNS = [
    COMPANY, COMPANY_NAME,
    _c("action_id", "Action id", "Id acción", "Id ação", locked=True, kind="id", width=10),
    _c("title", "Title", "Título", "Título", width=40),
    _c("area", "Area", "Área", "Área"),
    _c("items", "Items", "Ítems", "Itens"),
    _c("owner", "Owner", "Responsable", "Responsável", width=18),
    _c("start", "Start", "Inicio", "Início", kind="date", width=12),
    _c("due", "Due", "Vencimiento", "Prazo", kind="date", width=12),
    _c("status", "Status", "Estado", "Status", kind="status", width=14),
    _c("percent", "% complete", "% avance", "% concluído", kind="percent", width=11),
    _c("budget", "Budget", "Presupuesto", "Orçamento", kind="number", width=12),
    _c("programme_share", "Programme %", "% programa", "% programa", kind="share", width=11),
    _c("buyer_share", "Buyer %", "% empresa ancla", "% empresa âncora", kind="share", width=11),
    _c("supplier_share", "Supplier %", "% proveedor", "% fornecedor", kind="share", width=11),
    _c("kpi_id", "KPI id", "Id indicador", "Id indicador", kind="kpi_ref", width=10),
    _c("notes", "Notes", "Notas", "Notas", width=40),
    _c("as_of", "Progress as of", "Avance al", "Avanço em", kind="date", width=14),
]

KPI_COLUMNS = [
    COMPANY, COMPANY_NAME,
    _c("kpi_id", "KPI id", "Id indicador", "Id indicador", locked=True, kind="id", width=10),
    _c("name", "Name", "Nombre", "Nome", width=30),
    _c("unit", "Unit", "Unidad", "Unidade"),
    _c("direction", "Better when", "Mejor cuando", "Melhor quando", kind="direction", width=16),
    _c("baseline_value", "Baseline", "Línea base", "Linha de base", kind="number"),
    _c("baseline_date", "Baseline date", "Fecha línea base", "Data linha de base", kind="date"),
    _c("target_value", "Target", "Meta", "Meta", kind="number"),
    _c("target_date", "Target date", "Fecha meta", "Data da meta", kind="date"),
    _c("notes", "Notes", "Notas", "Notas", width=40),
]

MEASUREMENT_COLUMNS = [
    _c("company_id", "Company id", "Id empresa", "Id empresa", kind="company_ref", width=12),
    _c("kpi_id", "KPI id", "Id indicador", "Id indicador", kind="kpi_ref", width=10),
    _c("date", "Date", "Fecha", "Data", kind="date", width=12),
    _c("value", "Value", "Valor", "Valor", kind="number"),
    _c("source", "Source", "Fuente", "Fonte", width=20),
    _c("note", "Note", "Nota", "Nota", width=40),
]

COLUMNS = {"actions": ACTION_COLUMNS, "kpis": KPI_COLUMNS, "measurements": MEASUREMENT_COLUMNS}

DIRECTION_LABELS = {
    "higher": {"en": "higher", "es": "mayor", "pt": "maior"},
    "lower": {"en": "lower", "es": "menor", "pt": "menor"},
}

INSTRUCTIONS = {
    "en": ["Follow-up workbook of the value chain {chain} ({programme}), exported on {exported}.",
           "Fill it in offline, then open the programme in Encadena and choose File > Import follow-up workbook… (or right-click the value chain).",
           "Actions: update status, % complete, dates, owner, budget and notes. Grey id columns are protected.",
           "Progress as of: the day the status and % complete are true on (blank: the date chosen when importing), so the charts show the work when it happened.",
           "A new action agreed on site: fill an empty row at the bottom (company id, title, dates...) and leave its action id empty.",
           "KPIs: baseline and target values and dates. Better when: 'higher' or 'lower'. A new KPI: fill an empty row at the bottom with the company id, name, unit and better when, and leave its KPI id empty.",
           "Measurements: one row per KPI and date; add new rows at the bottom (company id, KPI id, date, value). For a new KPI write its name in the KPI id column.",
           "Dates as dates (or YYYY-MM-DD). Co-financing shares in % of the budget; they must add up to 100.",
           "Nothing is imported if any cell is wrong: Encadena lists every bad cell with its sheet, row and column."],
    "es": ["Libro de seguimiento de la cadena de valor {chain} ({programme}), exportado el {exported}.",
           "Complételo sin conexión; luego abra el programa en Encadena y elija Archivo > Importar libro de seguimiento… (o clic derecho sobre la cadena de valor).",
           "Acciones: actualice estado, % de avance, fechas, responsable, presupuesto y notas. Las columnas grises de identificadores están protegidas.",
           "Avance al: el día en que el estado y el % de avance son ciertos (vacío: la fecha elegida al importar), para que los gráficos muestren el trabajo cuando ocurrió.",
           "Una acción nueva acordada en la visita: complete una fila vacía al final (id empresa, título, fechas...) y deje vacío el id de acción.",
           "Indicadores: valores y fechas de línea base y meta. Mejor cuando: 'mayor' o 'menor'. Un indicador nuevo: complete una fila vacía al final con el id empresa, nombre, unidad y mejor cuando, y deje vacío el id de indicador.",
           "Mediciones: una fila por indicador y fecha; agregue filas nuevas al final (id empresa, id indicador, fecha, valor). Para un indicador nuevo escriba su nombre en la columna id indicador.",
           "Fechas como fechas (o AAAA-MM-DD). Los aportes de cofinanciamiento en % del presupuesto; deben sumar 100.",
           "No se importa nada si alguna celda es incorrecta: Encadena lista cada celda con su hoja, fila y columna."],
    "pt": ["Pasta de acompanhamento da cadeia de valor {chain} ({programme}), exportada em {exported}.",
           "Preencha-a offline; depois abra o programa no Encadena e escolha Arquivo > Importar pasta de acompanhamento… (ou clique com o botão direito na cadeia de valor).",
           "Ações: atualize status, % concluído, datas, responsável, orçamento e notas. As colunas cinza de identificadores são protegidas.",
           "Avanço em: o dia em que o status e o % concluído são verdadeiros (vazio: a data escolhida ao importar), para que os gráficos mostrem o trabalho quando aconteceu.",
           "Uma nova ação combinada na visita: preencha uma linha vazia no final (id empresa, título, datas...) e deixe o id da ação vazio.",
           "Indicadores: valores e datas de linha de base e meta. Melhor quando: 'maior' ou 'menor'. Um indicador novo: preencha uma linha vazia no final com o id empresa, nome, unidade e melhor quando, e deixe o id do indicador vazio.",
           "Medições: uma linha por indicador e data; adicione novas linhas no final (id empresa, id indicador, data, valor). Para um indicador novo escreva o nome na coluna id indicador.",
           "Datas como datas (ou AAAA-MM-DD). As cotas de cofinanciamento em % do orçamento; devem somar 100.",
           "Nada é importado se alguma célula estiver errada: o Encadena lista cada célula com sua planilha, linha e coluna."],
}


def fold(text: object) -> str:
    """Compare headers and labels without case, accents or surrounding spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text).strip().casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def sheet_key(name: str) -> str | None:
    """Which follow-up sheet ``name`` is, in any language."""
    folded = fold(name)
    for key, names in SHEETS.items():
        if folded in {fold(n) for n in names.values()} or folded == key:
            return key
    return None


def header_keys(columns: list[Column]) -> dict[str, str]:
    """Folded header text (every language, and the key itself) -> column key."""
    out = {}
    for col in columns:
        out[fold(col.key)] = col.key
        for text in col.labels.values():
            out[fold(text)] = col.key
    return out

"""Sentences (en/es/pt) for the risk codes, and labels of categories, statuses and decisions."""
from __future__ import annotations

from core.messages import register

register({
    "risk_matrix_invalid": {
        "en": "The risk matrix {source} is not valid:",
        "es": "La matriz de riesgo {source} no es válida:",
        "pt": "A matriz de risco {source} não é válida:"},
    "risk_matrix_not_an_object": {
        "en": "the file must hold one JSON object",
        "es": "el archivo debe contener un objeto JSON",
        "pt": "o arquivo deve conter um objeto JSON"},
    "risk_matrix_bad_size": {
        "en": "the {axis} scale has {count} steps; it needs 3 to 6",
        "es": "la escala de {axis} tiene {count} niveles; necesita de 3 a 6",
        "pt": "a escala de {axis} tem {count} níveis; precisa de 3 a 6"},
    "risk_matrix_duplicate_name": {
        "en": "the name '{name}' is empty or used twice",
        "es": "el nombre '{name}' está vacío o repetido",
        "pt": "o nome '{name}' está vazio ou repetido"},
    "risk_matrix_no_levels": {
        "en": "no levels are defined (e.g. low, medium, high, extreme)",
        "es": "no hay niveles definidos (p. ej. bajo, medio, alto, extremo)",
        "pt": "não há níveis definidos (p. ex. baixo, médio, alto, extremo)"},
    "risk_matrix_bad_review_days": {
        "en": "level '{level}': review_days must be a positive whole number, not {value}",
        "es": "nivel '{level}': review_days debe ser un número entero positivo, no {value}",
        "pt": "nível '{level}': review_days deve ser um número inteiro positivo, não {value}"},
    "risk_matrix_extra_row": {
        "en": "row '{row}' is outside the scale of {count} steps",
        "es": "la fila '{row}' está fuera de la escala de {count} niveles",
        "pt": "a linha '{row}' está fora da escala de {count} níveis"},
    "risk_matrix_missing_cell": {
        "en": "the cell likelihood {likelihood}, severity {severity} has no level",
        "es": "la celda probabilidad {likelihood}, severidad {severity} no tiene nivel",
        "pt": "a célula probabilidade {likelihood}, severidade {severity} não tem nível"},
    "risk_matrix_unknown_level": {
        "en": "the cell likelihood {likelihood}, severity {severity} names an unknown level "
              "'{level}' (levels: {levels})",
        "es": "la celda probabilidad {likelihood}, severidad {severity} usa un nivel desconocido "
              "'{level}' (niveles: {levels})",
        "pt": "a célula probabilidade {likelihood}, severidade {severity} usa um nível desconhecido "
              "'{level}' (níveis: {levels})"},
    "risk_matrix_bad_scores": {
        "en": "the scores of likelihood {likelihood} must be a list of {count} numbers (or null)",
        "es": "los puntajes de la probabilidad {likelihood} deben ser una lista de {count} números (o null)",
        "pt": "as pontuações da probabilidade {likelihood} devem ser uma lista de {count} números (ou null)"},
    "risk_matrix_scores_not_monotone": {
        "en": "the score of likelihood {likelihood}, severity {severity} is lower than that of "
              "likelihood {other_likelihood}, severity {other_severity}; scores must not decrease",
        "es": "el puntaje de probabilidad {likelihood}, severidad {severity} es menor que el de "
              "probabilidad {other_likelihood}, severidad {other_severity}; los puntajes no pueden disminuir",
        "pt": "a pontuação de probabilidade {likelihood}, severidade {severity} é menor que a de "
              "probabilidade {other_likelihood}, severidade {other_severity}; as pontuações não podem diminuir"},
    "risk_matrix_levels_not_monotone": {
        "en": "the level of likelihood {likelihood}, severity {severity} is lower than that of "
              "likelihood {other_likelihood}, severity {other_severity}; levels must not decrease",
        "es": "el nivel de probabilidad {likelihood}, severidad {severity} es menor que el de "
              "probabilidad {other_likelihood}, severidad {other_severity}; los niveles no pueden disminuir",
        "pt": "o nível de probabilidade {likelihood}, severidade {severity} é menor que o de "
              "probabilidade {other_likelihood}, severidade {other_severity}; os níveis não podem diminuir"},
    "risk_matrix_missing_sheet": {
        "en": "the workbook has no sheet '{sheet}'",
        "es": "el libro no tiene una hoja '{sheet}'",
        "pt": "a pasta de trabalho não tem uma planilha '{sheet}'"},
    "risk_matrix_bad_grid_header": {
        "en": "row 1 must hold the severity values 1, 2, 3, ... from column B",
        "es": "la fila 1 debe contener los valores de severidad 1, 2, 3, ... desde la columna B",
        "pt": "a linha 1 deve conter os valores de severidade 1, 2, 3, ... a partir da coluna B"},
    "risk_matrix_too_small": {
        "en": "The register already uses likelihood {likelihood} and severity {severity}; a "
              "{size} matrix cannot hold them. Re-rate those risks first.",
        "es": "El registro ya usa probabilidad {likelihood} y severidad {severity}; una matriz de "
              "{size} no puede contenerlos. Vuelva a calificar esos riesgos primero.",
        "pt": "O registro já usa probabilidade {likelihood} e severidade {severity}; uma matriz de "
              "{size} não pode contê-los. Reavalie esses riscos primeiro."},
    "risk_bad_json": {
        "en": "{path} is not valid JSON ({detail}).",
        "es": "{path} no es un JSON válido ({detail}).",
        "pt": "{path} não é um JSON válido ({detail})."},
    "risk_unknown_matrix": {
        "en": "There is no risk matrix '{matrix}'. Built-in matrices: {known}; or give a JSON file.",
        "es": "No existe la matriz de riesgo '{matrix}'. Matrices incluidas: {known}; o indique un archivo JSON.",
        "pt": "Não existe a matriz de risco '{matrix}'. Matrizes incluídas: {known}; ou indique um arquivo JSON."},
    "risk_invalid": {
        "en": "Risk {risk} of company {company} cannot be saved:",
        "es": "El riesgo {risk} de la empresa {company} no se puede guardar:",
        "pt": "O risco {risk} da empresa {company} não pode ser salvo:"},
    "risk_unknown_category": {
        "en": "unknown category '{value}' (categories: {known})",
        "es": "categoría desconocida '{value}' (categorías: {known})",
        "pt": "categoria desconhecida '{value}' (categorias: {known})"},
    "risk_unknown_status": {
        "en": "unknown status '{value}' (statuses: {known})",
        "es": "estado desconocido '{value}' (estados: {known})",
        "pt": "status desconhecido '{value}' (status: {known})"},
    "risk_value_off_scale": {
        "en": "{value} is not a step of the scale 1 to {max}",
        "es": "{value} no es un nivel de la escala de 1 a {max}",
        "pt": "{value} não é um nível da escala de 1 a {max}"},
    "risk_residual_above_inherent": {
        "en": "the residual likelihood and severity cannot exceed the inherent ones",
        "es": "la probabilidad y la severidad residuales no pueden superar las inherentes",
        "pt": "a probabilidade e a severidade residuais não podem superar as inerentes"},
    "risk_rules_invalid": {
        "en": "The risk rules {source} are not valid:",
        "es": "Las reglas de riesgo {source} no son válidas:",
        "pt": "As regras de risco {source} não são válidas:"},
    "risk_rules_no_list": {
        "en": "the file must be a JSON object with a list 'rules'",
        "es": "el archivo debe ser un objeto JSON con una lista 'rules'",
        "pt": "o arquivo deve ser um objeto JSON com uma lista 'rules'"},
    "risk_rule_duplicate": {
        "en": "the rule id '{rule}' is used twice",
        "es": "el identificador de regla '{rule}' está repetido",
        "pt": "o identificador de regra '{rule}' está repetido"},
    "risk_rule_unknown_kind": {
        "en": "rule '{rule}': unknown kind '{value}' (kinds: {known})",
        "es": "regla '{rule}': tipo desconocido '{value}' (tipos: {known})",
        "pt": "regra '{rule}': tipo desconhecido '{value}' (tipos: {known})"},
    "risk_rule_missing": {
        "en": "rule '{rule}': '{key}' is missing or not valid",
        "es": "regla '{rule}': falta '{key}' o no es válido",
        "pt": "regra '{rule}': '{key}' está ausente ou não é válido"},
    "risk_rule_unknown_step": {
        "en": "rule '{rule}': the {axis} '{value}' is not on the matrix scale ({known})",
        "es": "regla '{rule}': '{value}' no está en la escala de {axis} de la matriz ({known})",
        "pt": "regra '{rule}': '{value}' não está na escala de {axis} da matriz ({known})"},
    "risk_schema_missing": {
        "en": "This project file has no risk tables yet; open it once with this version of Encadena.",
        "es": "Este archivo de proyecto aún no tiene tablas de riesgo; ábralo una vez con esta versión de Encadena.",
        "pt": "Este arquivo de projeto ainda não tem tabelas de risco; abra-o uma vez com esta versão do Encadena."},
    "risk_unknown_decision": {
        "en": "Unknown decision '{value}' (decisions: {known}).",
        "es": "Decisión desconocida '{value}' (decisiones: {known}).",
        "pt": "Decisão desconhecida '{value}' (decisões: {known})."},
    "risk_bad_changes": {
        "en": "These fields cannot be changed this way: {keys}. Only an edit changes fields.",
        "es": "Estos campos no se pueden cambiar así: {keys}. Solo una edición cambia campos.",
        "pt": "Estes campos não podem ser alterados assim: {keys}. Só uma edição altera campos."},
    "risk_not_derived": {
        "en": "Company {company} has no derived risk '{risk}'.",
        "es": "La empresa {company} no tiene un riesgo derivado '{risk}'.",
        "pt": "A empresa {company} não tem um risco derivado '{risk}'."},
    "risk_unknown_chain": {
        "en": "There is no value chain '{chain}'. Value chains: {known}.",
        "es": "No existe la cadena de valor '{chain}'. Cadenas de valor: {known}.",
        "pt": "Não existe a cadeia de valor '{chain}'. Cadeias de valor: {known}."},
    "risk_unknown_company": {
        "en": "There is no supplier '{company}' in this selection.",
        "es": "No hay un proveedor '{company}' en esta selección.",
        "pt": "Não há um fornecedor '{company}' nesta seleção."},
    "risk_bad_date": {
        "en": "'{value}' is not a date (use YYYY-MM-DD).",
        "es": "'{value}' no es una fecha (use AAAA-MM-DD).",
        "pt": "'{value}' não é uma data (use AAAA-MM-DD)."},
    "risk_matrix_usage": {
        "en": "Use: encadena risk matrix list | show ID | check PATH | export ID PATH",
        "es": "Uso: encadena risk matrix list | show ID | check RUTA | export ID RUTA",
        "pt": "Uso: encadena risk matrix list | show ID | check CAMINHO | export ID CAMINHO"},
    "risk_deriving": {"en": "Deriving risks…", "es": "Derivando riesgos…", "pt": "Derivando riscos…"},
    "risk_classifying": {"en": "Classifying suppliers…", "es": "Clasificando proveedores…",
                         "pt": "Classificando fornecedores…"},
    "risk_writing": {"en": "Saving the classification…", "es": "Guardando la clasificación…",
                     "pt": "Salvando a classificação…"},
    "risk_recorded": {"en": "Classification saved.", "es": "Clasificación guardada.",
                      "pt": "Classificação salva."},
    "risk_matrix_written": {
        "en": "Wrote {path}", "es": "Se escribió {path}", "pt": "Gravado {path}"},
    "risk_rules_ok": {
        "en": "{path}: {count} valid rules; their likelihood and severity names fit the {matrix} matrix.",
        "es": "{path}: {count} reglas válidas; sus nombres de probabilidad y severidad encajan en la matriz {matrix}.",
        "pt": "{path}: {count} regras válidas; seus nomes de probabilidade e severidade cabem na matriz {matrix}."},
    "risk_extra_arguments": {
        "en": "Unexpected arguments after the project: {args}. See: encadena risk --help",
        "es": "Argumentos inesperados después del proyecto: {args}. Vea: encadena risk --help",
        "pt": "Argumentos inesperados após o projeto: {args}. Veja: encadena risk --help"},
    "risk_rules_usage": {
        "en": "Use: encadena risk rules show | check PATH [--matrix ID]",
        "es": "Uso: encadena risk rules show | check RUTA [--matrix ID]",
        "pt": "Uso: encadena risk rules show | check CAMINHO [--matrix ID]"},
    "risk_matrix_ok": {
        "en": "{path}: a valid {likelihood} x {severity} matrix with levels {levels}.",
        "es": "{path}: una matriz válida de {likelihood} x {severity} con niveles {levels}.",
        "pt": "{path}: uma matriz válida de {likelihood} x {severity} com níveis {levels}."},
})

LABEL_KINDS = ("category", "status", "decision", "review", "text")


def label(kind: str, name: str, language: str | None = None, **params: object) -> str:
    """The label of a category / status / decision / review state / text in ``language``."""
    from core import catalogue
    code = f"risk_{kind}_{name}"
    return catalogue.text(code, language, **params) if catalogue.has(code) else name

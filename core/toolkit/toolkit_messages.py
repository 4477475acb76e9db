"""Sentences (en / es / pt) for every code the toolkit loader, registry and CLI report."""
from __future__ import annotations

from core.errors import Problem
from core.messages import message, register

register({
    "invalid_toolkit": {
        "en": "The toolkit {source} is not valid ({count} problems):",
        "es": "La herramienta {source} no es válida ({count} problemas):",
        "pt": "A ferramenta {source} não é válida ({count} problemas):"},
    "unknown_toolkit": {
        "en": "There is no toolkit '{id}'. Known toolkits: {known}. You can also give the path of a workbook.",
        "es": "No existe la herramienta '{id}'. Herramientas conocidas: {known}. También puede indicar la ruta de un libro de Excel.",
        "pt": "Não existe a ferramenta '{id}'. Ferramentas conhecidas: {known}. Também pode indicar o caminho de uma pasta de trabalho."},
    "toolkit_not_a_workbook": {
        "en": "{path} is a text file, not a workbook; a toolkit is an Excel workbook with the "
              "sheets survey, choices, settings, areas and bands",
        "es": "{path} es un archivo de texto, no un libro de Excel; una herramienta es un libro con "
              "las hojas survey, choices, settings, areas y bands",
        "pt": "{path} é um arquivo de texto, não uma pasta de trabalho; uma ferramenta é uma pasta "
              "de trabalho do Excel com as planilhas survey, choices, settings, areas e bands"},
    "toolkit_missing_sheet": {
        "en": "the workbook has no '{sheet}' sheet",
        "es": "el libro no tiene la hoja '{sheet}'",
        "pt": "a pasta de trabalho não tem a planilha '{sheet}'"},
    "toolkit_missing_column": {
        "en": "the column '{column}' is missing from the header row",
        "es": "falta la columna '{column}' en la fila de encabezados",
        "pt": "falta a coluna '{column}' na linha de cabeçalho"},
    "toolkit_duplicate_column": {
        "en": "the column '{column}' appears twice",
        "es": "la columna '{column}' aparece dos veces",
        "pt": "a coluna '{column}' aparece duas vezes"},
    "unknown_score_column": {
        "en": "unknown scoring column '{column}' (is it misspelt?)",
        "es": "columna de puntuación desconocida '{column}' (¿está mal escrita?)",
        "pt": "coluna de pontuação desconhecida '{column}' (está escrita errada?)"},
    "toolkit_missing_value": {
        "en": "'{column}' is empty",
        "es": "'{column}' está vacío",
        "pt": "'{column}' está vazio"},
    "toolkit_not_a_number": {
        "en": "'{column}' must be a number, not '{value}'",
        "es": "'{column}' debe ser un número, no '{value}'",
        "pt": "'{column}' deve ser um número, não '{value}'"},
    "toolkit_not_a_flag": {
        "en": "'{column}' must be yes or no, not '{value}'",
        "es": "'{column}' debe ser yes (sí) o no, no '{value}'",
        "pt": "'{column}' deve ser yes (sim) ou no (não), não '{value}'"},
    "unscorable_type": {
        "en": "item '{item}' has a score::area but its type '{type}' cannot be scored "
              "(use select_one, select_multiple, range, integer or decimal)",
        "es": "la pregunta '{item}' tiene score::area pero su tipo '{type}' no se puede puntuar "
              "(use select_one, select_multiple, range, integer o decimal)",
        "pt": "a pergunta '{item}' tem score::area mas o seu tipo '{type}' não pode ser pontuado "
              "(use select_one, select_multiple, range, integer ou decimal)"},
    "unknown_area": {
        "en": "item '{item}' names the area '{area}', which is not in the areas sheet (areas: {known})",
        "es": "la pregunta '{item}' indica el área '{area}', que no está en la hoja areas (áreas: {known})",
        "pt": "a pergunta '{item}' indica a área '{area}', que não está na planilha areas (áreas: {known})"},
    "non_positive_weight": {
        "en": "the weight must be a positive number, not '{value}'",
        "es": "el peso debe ser un número positivo, no '{value}'",
        "pt": "o peso deve ser um número positivo, não '{value}'"},
    "target_outside_scale": {
        "en": "the target {target} of item '{item}' is outside its scale [{min}, {max}]",
        "es": "la meta {target} de la pregunta '{item}' está fuera de su escala [{min}, {max}]",
        "pt": "a meta {target} da pergunta '{item}' está fora da sua escala [{min}, {max}]"},
    "too_few_values": {
        "en": "item '{item}' is scored but its list '{list}' has fewer than two different scores",
        "es": "la pregunta '{item}' se puntúa pero su lista '{list}' tiene menos de dos puntajes distintos",
        "pt": "a pergunta '{item}' é pontuada mas a sua lista '{list}' tem menos de duas pontuações diferentes"},
    "unknown_list": {
        "en": "item '{item}' uses the list '{list}', which is not in the choices sheet",
        "es": "la pregunta '{item}' usa la lista '{list}', que no está en la hoja choices",
        "pt": "a pergunta '{item}' usa a lista '{list}', que não está na planilha choices"},
    "missing_list": {
        "en": "item '{item}' is a select question without a list name",
        "es": "la pregunta '{item}' es de selección pero no indica el nombre de la lista",
        "pt": "a pergunta '{item}' é de seleção mas não indica o nome da lista"},
    "duplicate_item": {
        "en": "the name '{name}' is already used in row {first_row}",
        "es": "el nombre '{name}' ya se usa en la fila {first_row}",
        "pt": "o nome '{name}' já é usado na linha {first_row}"},
    "duplicate_choice": {
        "en": "the choice '{name}' appears twice in the list '{list}' (first in row {first_row})",
        "es": "la opción '{name}' aparece dos veces en la lista '{list}' (primero en la fila {first_row})",
        "pt": "a opção '{name}' aparece duas vezes na lista '{list}' (primeiro na linha {first_row})"},
    "duplicate_area": {
        "en": "the area '{name}' is already defined in row {first_row}",
        "es": "el área '{name}' ya está definida en la fila {first_row}",
        "pt": "a área '{name}' já está definida na linha {first_row}"},
    "duplicate_band": {
        "en": "the band '{name}' is already defined in row {first_row}",
        "es": "la banda '{name}' ya está definida en la fila {first_row}",
        "pt": "a faixa '{name}' já está definida na linha {first_row}"},
    "missing_scale": {
        "en": "scored {type} item '{item}' needs both score::min and score::max",
        "es": "la pregunta puntuada '{item}' de tipo {type} necesita score::min y score::max",
        "pt": "a pergunta pontuada '{item}' do tipo {type} precisa de score::min e score::max"},
    "empty_scale": {
        "en": "item '{item}' has an empty scale [{min}, {max}]: the minimum must be below the maximum",
        "es": "la pregunta '{item}' tiene una escala vacía [{min}, {max}]: el mínimo debe ser menor que el máximo",
        "pt": "a pergunta '{item}' tem uma escala vazia [{min}, {max}]: o mínimo deve ser menor que o máximo"},
    "descending_range": {
        "en": "range item '{item}' goes from {start} down to {end}; write it from low to high and "
              "set score::reverse to yes if a lower value is better",
        "es": "la pregunta de rango '{item}' va de {start} a {end} (descendente); escríbala de menor a "
              "mayor y ponga score::reverse en yes si un valor menor es mejor",
        "pt": "a pergunta de intervalo '{item}' vai de {start} a {end} (decrescente); escreva-a do menor "
              "para o maior e ponha score::reverse em yes se um valor menor é melhor"},
    "bad_parameter": {
        "en": "the parameters '{value}' of item '{item}' are not numbers (write start=1 end=5 step=1)",
        "es": "los parámetros '{value}' de la pregunta '{item}' no son números (escriba start=1 end=5 step=1)",
        "pt": "os parâmetros '{value}' da pergunta '{item}' não são números (escreva start=1 end=5 step=1)"},
    "no_zero_band": {
        "en": "the lowest band must have min 0",
        "es": "la banda más baja debe tener min 0",
        "pt": "a faixa mais baixa deve ter min 0"},
    "duplicate_band_min": {
        "en": "another band (row {first_row}) already starts at {min}",
        "es": "otra banda (fila {first_row}) ya empieza en {min}",
        "pt": "outra faixa (linha {first_row}) já começa em {min}"},
    "band_min_out_of_range": {
        "en": "a band's min must be between 0 and 100, not '{value}'",
        "es": "el min de una banda debe estar entre 0 y 100, no '{value}'",
        "pt": "o min de uma faixa deve estar entre 0 e 100, não '{value}'"},
    "bad_colour": {
        "en": "'{value}' is not a colour; write a hex colour such as #1a9850",
        "es": "'{value}' no es un color; escriba un color hexadecimal como #1a9850",
        "pt": "'{value}' não é uma cor; escreva uma cor hexadecimal como #1a9850"},
    "missing_setting": {
        "en": "the setting '{setting}' is required",
        "es": "el ajuste '{setting}' es obligatorio",
        "pt": "a configuração '{setting}' é obrigatória"},
    "bad_setting": {
        "en": "'{value}' is not valid for {setting} (score::min_coverage: a number from 0 to 1; "
              "score::top_n: a whole number of at least 1)",
        "es": "'{value}' no es válido para {setting} (score::min_coverage: un número de 0 a 1; "
              "score::top_n: un número entero de al menos 1)",
        "pt": "'{value}' não é válido para {setting} (score::min_coverage: um número de 0 a 1; "
              "score::top_n: um número inteiro de pelo menos 1)"},
    "unbalanced_group": {
        "en": "'{type}' closes a group that was never opened",
        "es": "'{type}' cierra un grupo que nunca se abrió",
        "pt": "'{type}' fecha um grupo que nunca foi aberto"},
    "unclosed_group": {
        "en": "the group '{name}' is never closed (add an end_group row)",
        "es": "el grupo '{name}' nunca se cierra (agregue una fila end_group)",
        "pt": "o grupo '{name}' nunca é fechado (adicione uma linha end_group)"},
    "score_without_area": {
        "en": "item '{item}' fills {column} but has no score::area, so it would not be scored",
        "es": "la pregunta '{item}' llena {column} pero no tiene score::area, así que no se puntuaría",
        "pt": "a pergunta '{item}' preenche {column} mas não tem score::area, então não seria pontuada"},
    "scored_in_repeat": {
        "en": "item '{item}' is inside the repeat '{repeat}'; repeated questions cannot be scored",
        "es": "la pregunta '{item}' está dentro de la repetición '{repeat}'; las preguntas repetidas no se pueden puntuar",
        "pt": "a pergunta '{item}' está dentro da repetição '{repeat}'; perguntas repetidas não podem ser pontuadas"},
    "empty_area": {
        "en": "no scored item belongs to the area '{area}'",
        "es": "ninguna pregunta puntuada pertenece al área '{area}'",
        "pt": "nenhuma pergunta pontuada pertence à área '{area}'"},
    "nothing_scored": {
        "en": "no item has a score::area, so nothing would be scored",
        "es": "ninguna pregunta tiene score::area, así que no se puntuaría nada",
        "pt": "nenhuma pergunta tem score::area, então nada seria pontuado"},
})


register({
    "toolkit_where": {"en": "sheet '{sheet}'|row {row}|column {column}",
                      "es": "hoja '{sheet}'|fila {row}|columna {column}",
                      "pt": "planilha '{sheet}'|linha {row}|coluna {column}"},
    "toolkit_id_taken": {
        "en": "A built-in toolkit is already called '{id}'; change form_id in the settings sheet.",
        "es": "Ya hay una herramienta incluida llamada '{id}'; cambie form_id en la hoja settings.",
        "pt": "Já existe uma ferramenta incluída chamada '{id}'; altere form_id na planilha settings."},
})


def problem_text(problem: Problem, language: str | None = None) -> str:
    """``sheet 'survey', row 6, column F: <what is wrong>`` in ``language`` (English when None)."""
    parts = message("toolkit_where", language, sheet=problem.sheet, row=problem.row,
                    column=problem.column).split("|")
    known = (problem.sheet is not None, problem.row is not None, problem.column is not None)
    where = ", ".join(part for part, k in zip(parts, known) if k)
    what = message(problem.code, language, **problem.params)
    return f"{where}: {what}" if where else what

"""Sentences (en/es/pt) for the plan, KPI, certification and follow-up codes, and labels."""
from __future__ import annotations

from core.messages import register

register({
    "plan_unknown_action": {"en": "Company {company} has no action '{action}' in its plan.",
                            "es": "La empresa {company} no tiene la acción '{action}' en su plan.",
                            "pt": "A empresa {company} não tem a ação '{action}' no seu plano."},
    "plan_unknown_kpi": {"en": "Company {company} has no KPI '{kpi}' in its plan.",
                         "es": "La empresa {company} no tiene el indicador '{kpi}' en su plan.",
                         "pt": "A empresa {company} não tem o indicador '{kpi}' no seu plano."},
    "plan_duplicate_id": {"en": "The plan of {company} uses the id '{id}' twice.",
                          "es": "El plan de {company} usa el identificador '{id}' dos veces.",
                          "pt": "O plano de {company} usa o identificador '{id}' duas vezes."},
    "plan_bad_status": {"en": "Action {action}: '{value}' is not a status (use one of: {allowed}).",
                        "es": "Acción {action}: '{value}' no es un estado (use uno de: {allowed}).",
                        "pt": "Ação {action}: '{value}' não é um status (use um de: {allowed})."},
    "plan_bad_percent": {"en": "Action {action}: percent complete must be between 0 and 100, not {value}.",
                         "es": "Acción {action}: el porcentaje de avance debe estar entre 0 y 100, no {value}.",
                         "pt": "Ação {action}: o percentual concluído deve estar entre 0 e 100, não {value}."},
    "plan_title_required": {"en": "Action {action} needs a title.",
                            "es": "La acción {action} necesita un título.",
                            "pt": "A ação {action} precisa de um título."},
    "plan_due_before_start": {"en": "Action {action} is due ({due}) before it starts ({start}).",
                              "es": "La acción {action} vence ({due}) antes de empezar ({start}).",
                              "pt": "A ação {action} vence ({due}) antes de começar ({start})."},
    "plan_negative_budget": {"en": "Action {action}: the budget cannot be negative ({value}).",
                             "es": "Acción {action}: el presupuesto no puede ser negativo ({value}).",
                             "pt": "Ação {action}: o orçamento não pode ser negativo ({value})."},
    "plan_bad_share": {"en": "Action {action}: each co-financing share must be between 0% and 100%.",
                       "es": "Acción {action}: cada aporte de cofinanciamiento debe estar entre 0 % y 100 %.",
                       "pt": "Ação {action}: cada cota de cofinanciamento deve estar entre 0% e 100%."},
    "plan_shares_not_100": {"en": "Action {action}: the co-financing shares add up to {total}%, not 100%.",
                            "es": "Acción {action}: los aportes de cofinanciamiento suman {total} %, no 100 %.",
                            "pt": "Ação {action}: as cotas de cofinanciamento somam {total}%, não 100%."},
    "plan_kpi_name_required": {"en": "KPI {kpi} needs a name.",
                               "es": "El indicador {kpi} necesita un nombre.",
                               "pt": "O indicador {kpi} precisa de um nome."},
    "plan_bad_direction": {"en": "KPI {kpi}: direction must be 'higher' or 'lower', not '{value}'.",
                           "es": "Indicador {kpi}: la dirección debe ser 'higher' o 'lower', no '{value}'.",
                           "pt": "Indicador {kpi}: a direção deve ser 'higher' ou 'lower', não '{value}'."},
    "plan_target_before_baseline": {"en": "KPI {kpi}: the target date is before the baseline date.",
                                    "es": "Indicador {kpi}: la fecha meta es anterior a la fecha de línea base.",
                                    "pt": "Indicador {kpi}: a data da meta é anterior à data da linha de base."},
    "plan_not_found": {"en": "Company {company} has no improvement plan yet.",
                       "es": "La empresa {company} todavía no tiene plan de mejora.",
                       "pt": "A empresa {company} ainda não tem plano de melhoria."},
    "plan_unknown_chain": {"en": "There is no value chain named '{chain}'. Known chains: {known}.",
                           "es": "No hay una cadena de valor llamada '{chain}'. Cadenas existentes: {known}.",
                           "pt": "Não há uma cadeia de valor chamada '{chain}'. Cadeias existentes: {known}."},
    "plan_bad_date": {"en": "'{value}' is not a date (use YYYY-MM-DD).",
                      "es": "'{value}' no es una fecha (use AAAA-MM-DD).",
                      "pt": "'{value}' não é uma data (use AAAA-MM-DD)."},
    "plan_draft_title": {"en": "Improve: {label}", "es": "Mejorar: {label}", "pt": "Melhorar: {label}"},
    "plan_draft_level_title": {"en": "Reach level {level}: {descriptor}",
                               "es": "Alcanzar el nivel {level}: {descriptor}",
                               "pt": "Alcançar o nível {level}: {descriptor}"},
    "plan_draft_opportunity": {"en": "Proposed from a top improvement opportunity of the diagnosis.",
                               "es": "Propuesta a partir de una de las principales oportunidades de mejora del diagnóstico.",
                               "pt": "Proposta a partir de uma das principais oportunidades de melhoria do diagnóstico."},
    "plan_draft_critical_gap": {"en": "Proposed to close a critical gap of the diagnosis.",
                                "es": "Propuesta para cerrar una brecha crítica del diagnóstico.",
                                "pt": "Proposta para fechar uma lacuna crítica do diagnóstico."},
    "plan_no_assessment": {"en": "Company {company} has no scored assessment to draft a plan from.",
                           "es": "La empresa {company} no tiene un diagnóstico puntuado del cual proponer un plan.",
                           "pt": "A empresa {company} não tem um diagnóstico pontuado para propor um plano."},
})

register({
    "cert_rule_invalid": {"en": "The certification rule is not valid:",
                          "es": "La regla de certificación no es válida:",
                          "pt": "A regra de certificação não é válida:"},
    "cert_rule_unknown_key": {"en": "unknown setting '{key}'", "es": "ajuste desconocido '{key}'",
                              "pt": "configuração desconhecida '{key}'"},
    "cert_rule_bad_value": {"en": "'{key}' cannot be {value}", "es": "'{key}' no puede ser {value}",
                            "pt": "'{key}' não pode ser {value}"},
    "cert_top_band": {"en": "latest band {band} (top band: {top_band})",
                      "es": "nivel más reciente {band} (nivel superior: {top_band})",
                      "pt": "faixa mais recente {band} (faixa superior: {top_band})"},
    "cert_critical_gaps": {"en": "{count} critical gaps (allowed: {allowed})",
                           "es": "{count} brechas críticas (permitidas: {allowed})",
                           "pt": "{count} lacunas críticas (permitidas: {allowed})"},
    "cert_index_gain": {"en": "index gain over the baseline {gain} points (required: {required})",
                        "es": "mejora del índice sobre la línea base: {gain} puntos (requerido: {required})",
                        "pt": "ganho do índice sobre a linha de base: {gain} pontos (exigido: {required})"},
    "cert_plan_done": {"en": "plan {percent}% done (required: {required}%)",
                       "es": "plan realizado en {percent} % (requerido: {required} %)",
                       "pt": "plano {percent}% concluído (exigido: {required}%)"},
    "cert_no_blocking_risk": {"en": "worst open residual risk: {level} (blocking: {blocking})",
                              "es": "peor riesgo residual abierto: {level} (bloquean: {blocking})",
                              "pt": "pior risco residual aberto: {level} (bloqueiam: {blocking})"},
})

register({
    "followup_invalid": {"en": "The follow-up workbook {path} has {count} problems; nothing was imported:",
                         "es": "El libro de seguimiento {path} tiene {count} problemas; no se importó nada:",
                         "pt": "A pasta de acompanhamento {path} tem {count} problemas; nada foi importado:"},
    "followup_missing_sheet": {"en": "the sheet is missing", "es": "falta la hoja", "pt": "a planilha está faltando"},
    "followup_missing_column": {"en": "the column '{column}' is missing",
                                "es": "falta la columna '{column}'", "pt": "a coluna '{column}' está faltando"},
    "followup_unknown_id": {"en": "'{value}' is not an id of this project",
                            "es": "'{value}' no es un identificador de este proyecto",
                            "pt": "'{value}' não é um identificador deste projeto"},
    "followup_not_a_number": {"en": "'{value}' is not a number", "es": "'{value}' no es un número",
                              "pt": "'{value}' não é um número"},
    "followup_not_a_date": {"en": "'{value}' is not a date", "es": "'{value}' no es una fecha",
                            "pt": "'{value}' não é uma data"},
    "followup_bad_status": {"en": "'{value}' is not a status", "es": "'{value}' no es un estado",
                            "pt": "'{value}' não é um status"},
    "followup_bad_direction": {"en": "'{value}' is neither 'higher' nor 'lower'",
                               "es": "'{value}' no es 'mayor' ni 'menor'",
                               "pt": "'{value}' não é 'maior' nem 'menor'"},
    "followup_out_of_range": {"en": "{value} is outside {low}-{high}", "es": "{value} está fuera de {low}-{high}",
                              "pt": "{value} está fora de {low}-{high}"},
    "followup_required": {"en": "a value is required here", "es": "aquí se requiere un valor",
                          "pt": "um valor é obrigatório aqui"},
    "followup_duplicate_row": {"en": "this id appears more than once", "es": "este identificador aparece más de una vez",
                               "pt": "este identificador aparece mais de uma vez"},
    "followup_inconsistent": {"en": "{detail}", "es": "{detail}", "pt": "{detail}"},
})

ACTION_AND_KPI_STATUSES = ("not_started", "in_progress", "done", "blocked", "cancelled", "on_track",
                           "at_risk", "off_track", "no_data")


def status_labels(code: str) -> dict[str, str]:
    """Every language's label of an action or KPI status (catalogue ``status.<code>``)."""
    from core import catalogue
    return dict(catalogue.entries()[f"status.{code}"])


def status_label(code: str, language: str) -> str:
    """The translated label of an action or KPI status code (the code itself when unknown)."""
    from core import catalogue
    return catalogue.label(f"status.{code}", language, code)

register({   # lines of `encadena progress` and `encadena followup import`
    "progress_as_of": {"en": "As of {date}", "es": "Al {date}", "pt": "Em {date}"},
    "progress_chain": {"en": "Value chain {chain}: {months} months{flag}; {phases}",
                       "es": "Cadena de valor {chain}: {months} meses{flag}; {phases}",
                       "pt": "Cadeia de valor {chain}: {months} meses{flag}; {phases}"},
    "progress_no_phases": {"en": "no phase dates", "es": "sin fechas de fases", "pt": "sem datas de fases"},
    "progress_no_plan": {"en": "{company}: no improvement plan", "es": "{company}: sin plan de mejora",
                         "pt": "{company}: sem plano de melhoria"},
    "progress_plan": {"en": "{company}: plan {percent} done (planned {planned}), {done}/{actions} actions done{overdue}; next due: {next}",
                      "es": "{company}: plan {percent} realizado (previsto {planned}), {done}/{actions} acciones terminadas{overdue}; próximos vencimientos: {next}",
                      "pt": "{company}: plano {percent} concluído (previsto {planned}), {done}/{actions} ações concluídas{overdue}; próximos prazos: {next}"},
    "progress_overdue": {"en": ", overdue: {actions}", "es": ", vencidas: {actions}", "pt": ", atrasadas: {actions}"},
    "progress_certified": {"en": "certified", "es": "certificado", "pt": "certificado"},
    "progress_not_certified": {"en": "not certified: {reasons}", "es": "no certificado: {reasons}",
                               "pt": "não certificado: {reasons}"},
    "progress_rounds": {"en": "Diagnosis rounds: {improved} of {compared} improved, {regressed} regressed, mean index change {delta}",
                        "es": "Rondas de diagnóstico: {improved} de {compared} mejoraron, {regressed} empeoraron, cambio medio del índice {delta}",
                        "pt": "Rodadas de diagnóstico: {improved} de {compared} melhoraram, {regressed} pioraram, variação média do índice {delta}"},
    "progress_result": {"en": "{kpi}: {improving} of {measured} suppliers improved, median {median}, best {best}; {chains_improving} of {chains} value chains",
                        "es": "{kpi}: {improving} de {measured} proveedores mejoraron, mediana {median}, mejor {best}; {chains_improving} de {chains} cadenas de valor",
                        "pt": "{kpi}: {improving} de {measured} fornecedores melhoraram, mediana {median}, melhor {best}; {chains_improving} de {chains} cadeias de valor"},
    "progress_total": {"en": "; total {total}", "es": "; total {total}", "pt": "; total {total}"},
    "progress_budget": {"en": "Budget {total}: programme {programme}, buyer {buyer}, supplier {supplier}",
                        "es": "Presupuesto {total}: programa {programme}, empresa ancla {buyer}, proveedor {supplier}",
                        "pt": "Orçamento {total}: programa {programme}, empresa âncora {buyer}, fornecedor {supplier}"},
    "followup_imported": {"en": "Plans changed: {plans} ({companies}); actions added: {added}, changed: {actions}; KPIs changed: {kpis}; measurements added: {measurements_added}, changed: {measurements_changed}",
                          "es": "Planes modificados: {plans} ({companies}); acciones agregadas: {added}, modificadas: {actions}; indicadores modificados: {kpis}; mediciones agregadas: {measurements_added}, modificadas: {measurements_changed}",
                          "pt": "Planos alterados: {plans} ({companies}); ações adicionadas: {added}, alteradas: {actions}; indicadores alterados: {kpis}; medições adicionadas: {measurements_added}, alteradas: {measurements_changed}"},
    "followup_exported": {"en": "Follow-up workbook written: {path}", "es": "Libro de seguimiento escrito: {path}",
                          "pt": "Pasta de acompanhamento gravada: {path}"},
})

register({
    "progress_duration_long": {"en": "longer than 12 months", "es": "más de 12 meses", "pt": "mais de 12 meses"},
    "progress_duration_short": {"en": "shorter than 9 months", "es": "menos de 9 meses", "pt": "menos de 9 meses"},
})


def phase_label(phase: str, language: str) -> str:
    """The translated name of a value chain phase id (the id itself when unknown)."""
    from core import catalogue
    return catalogue.label(f"phase.{phase}", language, phase)


def phase_status_label(status: str, language: str) -> str:
    """The translated label of a phase status code (the code itself when unknown)."""
    from core import catalogue
    return catalogue.label(f"phase_status.{status}", language, status)

"""``lean-production``: a lean assessment of 36 practices rated on levels 1-5.

Level 3 is the level a supplier is expected to reach (``score::target`` = 3) and 5 is the best,
so a supplier at level 3 everywhere shows no gaps; levels 4 and 5 add to the index.
"""
from __future__ import annotations

from content_common import NOT_APPLICABLE, Area, Group, L, Question, ToolkitContent, levels, profile_group

LEAN_LEVEL = levels(
    "lean_level",
    ("Not started: the practice is unknown or not applied",
     "No iniciado: la práctica no se conoce o no se aplica",
     "Não iniciado: a prática não é conhecida ou não é aplicada"),
    ("Starting: tried in a pilot area, not yet sustained",
     "Inicial: se probó en un área piloto, aún no se sostiene",
     "Inicial: testada em uma área piloto, ainda não sustentada"),
    ("Expected level: a written standard is followed in the main areas",
     "Nivel esperado: un estándar escrito se cumple en las áreas principales",
     "Nível esperado: um padrão escrito é seguido nas áreas principais"),
    ("Advanced: applied plant-wide, audited and improved by the teams",
     "Avanzado: se aplica en toda la planta, se audita y los equipos lo mejoran",
     "Avançado: aplicada em toda a fábrica, auditada e melhorada pelas equipes"),
    ("Best practice: sustained for over a year, results measured, a reference for others",
     "Mejor práctica: sostenida por más de un año, con resultados medidos, referente para otros",
     "Melhor prática: sustentada por mais de um ano, com resultados medidos, referência para outros"),
    na=NOT_APPLICABLE,
)

AUDIT_LEVEL = levels(
    "five_s_audit",
    ("No 5S audits", "Sin auditorías 5S", "Sem auditorias 5S"),
    ("Occasional audits, usually by the consultant",
     "Auditorías ocasionales, en general hechas por el consultor",
     "Auditorias ocasionais, geralmente feitas pelo consultor"),
    ("Monthly audits with a checklist; scores posted in the area",
     "Auditorías mensuales con lista de verificación; puntajes publicados en el área",
     "Auditorias mensais com checklist; notas afixadas na área"),
    ("Audits run by the teams themselves; actions closed on time",
     "Auditorías a cargo de los propios equipos; acciones cerradas a tiempo",
     "Auditorias conduzidas pelas próprias equipes; ações concluídas no prazo"),
    ("Audits sustained for over a year with scores of 80% or more in every area",
     "Auditorías sostenidas por más de un año con puntajes de 80% o más en todas las áreas",
     "Auditorias sustentadas por mais de um ano com notas de 80% ou mais em todas as áreas"),
)

CHANGEOVER_HINT = L(
    "1 = no reduction; 2 = less than 15% shorter; 3 = about 30% shorter; "
    "4 = about 50% shorter; 5 = more than 60% shorter or under ten minutes",
    "1 = sin reducción; 2 = menos de 15% más corto; 3 = cerca de 30% más corto; "
    "4 = cerca de 50% más corto; 5 = más de 60% más corto o menos de diez minutos",
    "1 = sem redução; 2 = menos de 15% mais curto; 3 = cerca de 30% mais curto; "
    "4 = cerca de 50% mais curto; 5 = mais de 60% mais curto ou menos de dez minutos",
)
OEE_HINT = L(
    "1 = not measured; 2 = estimated now and then; 3 = measured weekly on the bottleneck; "
    "4 = measured daily on key equipment and losses analysed; 5 = 85% or more sustained",
    "1 = no se mide; 2 = se estima de vez en cuando; 3 = se mide semanalmente en el cuello de "
    "botella; 4 = se mide a diario en los equipos clave y se analizan las pérdidas; "
    "5 = 85% o más de forma sostenida",
    "1 = não é medido; 2 = estimado de vez em quando; 3 = medido semanalmente no gargalo; "
    "4 = medido diariamente nos equipamentos-chave e perdas analisadas; 5 = 85% ou mais sustentado",
)

AREAS = [
    Area("five_s", L("5S and workplace organisation", "5S y orden del puesto de trabajo",
                     "5S e organização do posto de trabalho")),
    Area("standard_work", L("Standard work", "Trabajo estandarizado", "Trabalho padronizado")),
    Area("flow", L("Flow and pull", "Flujo y producción jalada", "Fluxo e produção puxada")),
    Area("smed", L("Quick changeover (SMED)", "Cambio rápido (SMED)", "Troca rápida (SMED)")),
    Area("tpm", L("Total productive maintenance (TPM)", "Mantenimiento productivo total (TPM)",
                  "Manutenção produtiva total (TPM)")),
    Area("quality_at_source", L("Quality at source", "Calidad en la fuente", "Qualidade na fonte")),
    Area("visual_management", L("Visual management", "Gestión visual", "Gestão visual")),
    Area("continuous_improvement", L("Continuous improvement", "Mejora continua",
                                     "Melhoria contínua")),
]


def group(area: Area, *rows: tuple) -> Group:
    """A group of lean items on the lean scale; a row is (name, label) or (name, label, kwargs)."""
    questions = []
    for name, label, *extra in rows:
        kw = {"type": "select_one lean_level", "target": 3, **(extra[0] if extra else {})}
        questions.append(Question(kw.pop("type"), name, label, area=area.name, **kw))
    return Group(area.name, area.label, tuple(questions))


RANGE = "start=1 end=5 step=1"

GROUPS = [
    group(AREAS[0],
          ("fiv_01", L("Sort: only what is needed is kept at each workstation",
                       "Clasificar: en cada puesto solo está lo necesario",
                       "Utilização: em cada posto só está o necessário")),
          ("fiv_02", L("Set in order: a marked place for every tool and material",
                       "Ordenar: un lugar señalizado para cada herramienta y material",
                       "Organização: um lugar sinalizado para cada ferramenta e material")),
          ("fiv_03", L("Shine: cleaning routines that also inspect equipment",
                       "Limpiar: rutinas de limpieza que también inspeccionan los equipos",
                       "Limpeza: rotinas de limpeza que também inspecionam os equipamentos")),
          ("fiv_04", L("Standardise: 5S standards with photos posted in each area",
                       "Estandarizar: estándares 5S con fotos publicados en cada área",
                       "Padronização: padrões 5S com fotos afixados em cada área")),
          ("fiv_05", L("Sustain: regular 5S audits", "Disciplina: auditorías 5S periódicas",
                       "Disciplina: auditorias 5S periódicas"),
           {"type": "select_one five_s_audit"})),
    group(AREAS[1],
          ("std_01", L("Standard work sheets at the key operations (sequence, time, stock in process)",
                       "Hojas de trabajo estándar en las operaciones clave (secuencia, tiempo, inventario en proceso)",
                       "Folhas de trabalho padrão nas operações-chave (sequência, tempo, estoque em processo)")),
          ("std_02", L("Takt time known and used to balance the line",
                       "Tiempo takt conocido y usado para balancear la línea",
                       "Takt time conhecido e usado para balancear a linha")),
          ("std_03", L("Operators trained on the standards (skills matrix)",
                       "Operarios entrenados en los estándares (matriz de habilidades)",
                       "Operadores treinados nos padrões (matriz de habilidades)")),
          ("std_04", L("Standards updated after every improvement",
                       "Estándares actualizados después de cada mejora",
                       "Padrões atualizados após cada melhoria"))),
    group(AREAS[2],
          ("flw_01", L("Value stream map of the main product family",
                       "Mapa de flujo de valor de la familia de productos principal",
                       "Mapa do fluxo de valor da família de produtos principal")),
          ("flw_02", L("Layout in flow or cells, with short distances",
                       "Distribución en flujo o en celdas, con distancias cortas",
                       "Layout em fluxo ou em células, com distâncias curtas")),
          ("flw_03", L("Work in process limited (FIFO lanes, kanban)",
                       "Inventario en proceso limitado (carriles FIFO, kanban)",
                       "Estoque em processo limitado (pistas FIFO, kanban)")),
          ("flw_04", L("Production pulled by customer demand",
                       "Producción jalada por la demanda del cliente",
                       "Produção puxada pela demanda do cliente")),
          ("flw_05", L("Batch sizes reduced", "Tamaños de lote reducidos",
                       "Tamanhos de lote reduzidos"))),
    group(AREAS[3],
          ("smd_01", L("Changeover times measured and recorded",
                       "Tiempos de cambio medidos y registrados",
                       "Tempos de troca medidos e registrados")),
          ("smd_02", L("Internal and external changeover tasks separated",
                       "Tareas internas y externas del cambio separadas",
                       "Tarefas internas e externas da troca separadas")),
          ("smd_03", L("Changeover standard with tools and parts prepared in advance",
                       "Estándar de cambio con herramientas y piezas preparadas de antemano",
                       "Padrão de troca com ferramentas e peças preparadas com antecedência")),
          ("smd_04", L("Reduction of changeover time achieved on the key equipment",
                       "Reducción lograda del tiempo de cambio en los equipos clave",
                       "Redução obtida do tempo de troca nos equipamentos-chave"),
           {"type": "range", "parameters": RANGE, "hint": CHANGEOVER_HINT})),
    group(AREAS[4],
          ("tpm_01", L("Autonomous maintenance by operators (clean, inspect, lubricate)",
                       "Mantenimiento autónomo por los operarios (limpiar, inspeccionar, lubricar)",
                       "Manutenção autônoma pelos operadores (limpar, inspecionar, lubrificar)")),
          ("tpm_02", L("Preventive maintenance plan carried out as scheduled",
                       "Plan de mantenimiento preventivo cumplido según lo programado",
                       "Plano de manutenção preventiva cumprido conforme programado")),
          ("tpm_03", L("Breakdowns recorded and their causes analysed",
                       "Averías registradas y sus causas analizadas",
                       "Quebras registradas e suas causas analisadas")),
          ("tpm_04", L("Overall equipment effectiveness (OEE) measured",
                       "Eficiencia general de los equipos (OEE) medida",
                       "Eficiência global dos equipamentos (OEE) medida"),
           {"type": "range", "parameters": RANGE, "hint": OEE_HINT})),
    group(AREAS[5],
          ("qas_01", L("Defective product stopped before it reaches the customer",
                       "El producto defectuoso se detiene antes de llegar al cliente",
                       "O produto defeituoso é retido antes de chegar ao cliente"),
           {"weight": 2, "critical": True}),
          ("qas_02", L("Operators check their own work (self-inspection, first-piece approval)",
                       "Los operarios verifican su propio trabajo (autoinspección, aprobación de primera pieza)",
                       "Os operadores verificam o próprio trabalho (autoinspeção, aprovação da primeira peça)")),
          ("qas_03", L("Error-proofing devices (poka-yoke)", "Dispositivos a prueba de errores (poka-yoke)",
                       "Dispositivos à prova de erros (poka-yoke)")),
          ("qas_04", L("Stop and call for help when a problem appears (andon)",
                       "Detener y pedir ayuda cuando aparece un problema (andon)",
                       "Parar e pedir ajuda quando surge um problema (andon)")),
          ("qas_05", L("Root causes of defects analysed (5 whys, cause-and-effect diagram)",
                       "Causas raíz de los defectos analizadas (5 porqués, diagrama de causa y efecto)",
                       "Causas raiz dos defeitos analisadas (5 porquês, diagrama de causa e efeito)"))),
    group(AREAS[6],
          ("vis_01", L("Production boards with hourly targets and actual output",
                       "Tableros de producción con metas por hora y producción real",
                       "Quadros de produção com metas por hora e produção real")),
          ("vis_02", L("Floor markings and identified areas, materials and products",
                       "Demarcación del piso e identificación de áreas, materiales y productos",
                       "Demarcação do piso e identificação de áreas, materiais e produtos")),
          ("vis_03", L("Indicator boards kept up to date in each area",
                       "Tableros de indicadores actualizados en cada área",
                       "Quadros de indicadores atualizados em cada área")),
          ("vis_04", L("Visual minimum and maximum stock levels",
                       "Niveles mínimos y máximos de inventario visibles",
                       "Níveis mínimo e máximo de estoque visíveis"))),
    group(AREAS[7],
          ("kai_01", L("Short team meetings that review the indicators",
                       "Reuniones breves de equipo que revisan los indicadores",
                       "Reuniões rápidas de equipe que revisam os indicadores")),
          ("kai_02", L("Improvement projects or kaizen events completed",
                       "Proyectos de mejora o eventos kaizen completados",
                       "Projetos de melhoria ou eventos kaizen concluídos")),
          ("kai_03", L("Suggestion system with ideas put into practice",
                       "Sistema de sugerencias con ideas puestas en práctica",
                       "Sistema de sugestões com ideias postas em prática")),
          ("kai_04", L("Problems solved with PDCA or A3 reports",
                       "Problemas resueltos con PHVA o reportes A3",
                       "Problemas resolvidos com PDCA ou relatórios A3")),
          ("kai_05", L("Managers visit the shop floor and support the teams (gemba)",
                       "La dirección recorre la planta y apoya a los equipos (gemba)",
                       "A direção percorre a fábrica e apoia as equipes (gemba)"))),
]

TOOLKIT = ToolkitContent(
    id="lean-production",
    title="Evaluación de producción esbelta (lean)",
    areas=AREAS,
    groups=[profile_group(), *GROUPS],
    lists=[LEAN_LEVEL, AUDIT_LEVEL],
    min_coverage=0.6,
)

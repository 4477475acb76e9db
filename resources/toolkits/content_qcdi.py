"""``qcdi``: quality, cost, delivery and innovation, as automotive and industrial buyers assess.

Mixes maturity scales, yes/no practices (``na`` has no score, so it counts as missing) and
numeric indicators scored between ``score::min`` and ``score::max``; indicators where less is
better (defects, scrap, inventory days, lead time, premium freight) are reversed.
"""
from __future__ import annotations

from content_common import (
    Area,
    Choice,
    ChoiceList,
    Group,
    L,
    Question,
    ToolkitContent,
    levels,
    maturity_list,
    profile_group,
)

YES_NO = ChoiceList("yes_no", (
    Choice("yes", 1, L("Yes — the practice is in place and evidence can be shown",
                       "Sí — la práctica existe y se puede mostrar evidencia",
                       "Sim — a prática existe e há evidências")),
    Choice("no", 0, L("No — the practice is not in place",
                      "No — la práctica no existe",
                      "Não — a prática não existe")),
    Choice("na", None, L("Not applicable — the practice does not apply to this company",
                         "No aplica — la práctica no corresponde a esta empresa",
                         "Não se aplica — a prática não corresponde a esta empresa")),
))

QMS_LEVEL = levels(
    "qms_level",
    ("No system: quality depends on each operator", "Sin sistema: la calidad depende de cada operario",
     "Sem sistema: a qualidade depende de cada operador"),
    ("Final inspection only, with few records", "Solo inspección final, con pocos registros",
     "Somente inspeção final, com poucos registros"),
    ("Documented system: procedures, inspection plans and records",
     "Sistema documentado: procedimientos, planes de inspección y registros",
     "Sistema documentado: procedimentos, planos de inspeção e registros"),
    ("ISO 9001 certified or equivalent, with internal audits",
     "Certificado ISO 9001 o equivalente, con auditorías internas",
     "Certificado ISO 9001 ou equivalente, com auditorias internas"),
    ("Sector standard (IATF 16949 or similar) with statistical process control",
     "Norma sectorial (IATF 16949 o similar) con control estadístico de procesos",
     "Norma setorial (IATF 16949 ou similar) com controle estatístico de processo"),
)


def yn(name: str, area: str, label: dict[str, str], **kw) -> Question:
    """A yes/no practice."""
    return Question("select_one yes_no", name, label, area=area, **kw)


def mat(name: str, area: str, label: dict[str, str], **kw) -> Question:
    """An item on the general maturity scale, target 4."""
    return Question("select_one maturity", name, label, area=area, **{"target": 4, **kw})


def indicator(type_: str, name: str, area: str, label: dict[str, str], hint: dict[str, str],
              low: float, high: float, **kw) -> Question:
    """A numeric indicator with its scale, also enforced as an XLSForm constraint."""
    message = L(f"Enter a number from {low} to {high}", f"Ingrese un número entre {low} y {high}",
                f"Digite um número entre {low} e {high}")
    return Question(type_, name, label, area=area, min=low, max=high, hint=hint,
                    constraint=f". >= {low} and . <= {high}", constraint_message=message, **kw)


AREAS = [
    Area("quality", L("Quality", "Calidad", "Qualidade"), 1.5),
    Area("cost", L("Cost", "Costo", "Custo"), 1),
    Area("delivery", L("Delivery", "Entrega", "Entrega"), 1.5),
    Area("innovation", L("Innovation", "Innovación", "Inovação"), 1),
]

QUALITY = Group("quality", AREAS[0].label, (
    Question("select_one qms_level", "qua_01",
             L("Quality management system", "Sistema de gestión de la calidad",
               "Sistema de gestão da qualidade"), area="quality", weight=2, target=4),
    indicator("integer", "qua_02", "quality",
              L("Defective parts per million (ppm) received by customers in the last six months",
                "Partes defectuosas por millón (ppm) recibidas por los clientes en los últimos seis meses",
                "Peças defeituosas por milhão (ppm) recebidas pelos clientes nos últimos seis meses"),
              L("Enter 10000 if the figure is higher", "Si la cifra es mayor, ingrese 10000",
                "Se o valor for maior, digite 10000"),
              0, 10000, reverse=True, target=500, weight=2, critical=True),
    indicator("decimal", "qua_03", "quality",
              L("Internal scrap and rework (% of production)",
                "Desperdicio y reproceso internos (% de la producción)",
                "Refugo e retrabalho internos (% da produção)"),
              L("Last six months; enter 20 if higher", "Últimos seis meses; si es mayor, ingrese 20",
                "Últimos seis meses; se for maior, digite 20"),
              0, 20, reverse=True, target=2),
    yn("qua_04", "quality",
       L("Incoming materials inspected, with records", "Materiales recibidos inspeccionados, con registros",
         "Materiais recebidos inspecionados, com registros")),
    yn("qua_05", "quality",
       L("Every customer complaint answered with a problem-solving report (8D or similar)",
         "Cada reclamo del cliente respondido con un informe de solución de problemas (8D o similar)",
         "Cada reclamação do cliente respondida com um relatório de solução de problemas (8D ou similar)")),
    yn("qua_06", "quality",
       L("Measuring instruments calibrated on schedule",
         "Instrumentos de medición calibrados según el programa",
         "Instrumentos de medição calibrados conforme o programa")),
    mat("qua_07", "quality",
        L("Ability to get samples and first parts approved by the customer (PPAP or similar)",
          "Capacidad de aprobar muestras y primeras piezas con el cliente (PPAP o similar)",
          "Capacidade de aprovar amostras e primeiras peças com o cliente (PPAP ou similar)")),
))

COST = Group("cost", AREAS[1].label, (
    mat("cst_01", "cost",
        L("Cost of each part known (materials, labour, overheads)",
          "Costo de cada pieza conocido (materiales, mano de obra, gastos generales)",
          "Custo de cada peça conhecido (materiais, mão de obra, custos indiretos)"), weight=1.5),
    yn("cst_02", "cost",
       L("Cost of scrap and rework tracked every month",
         "Costo de desperdicio y reproceso seguido cada mes",
         "Custo de refugo e retrabalho acompanhado todo mês")),
    yn("cst_03", "cost",
       L("Cost-reduction targets agreed with the customer",
         "Metas de reducción de costos acordadas con el cliente",
         "Metas de redução de custos acordadas com o cliente")),
    indicator("integer", "cst_04", "cost",
              L("Days of inventory (materials, work in process and finished goods)",
                "Días de inventario (materiales, producto en proceso y terminado)",
                "Dias de estoque (materiais, produto em processo e acabado)"),
              L("Enter 120 if higher", "Si es mayor, ingrese 120", "Se for maior, digite 120"),
              0, 120, reverse=True, target=30),
    mat("cst_05", "cost",
        L("Labour productivity measured and improved", "Productividad de la mano de obra medida y mejorada",
          "Produtividade da mão de obra medida e melhorada")),
    yn("cst_06", "cost",
       L("Energy cost per unit produced monitored", "Costo de energía por unidad producida monitoreado",
         "Custo de energia por unidade produzida monitorado")),
))

DELIVERY = Group("delivery", AREAS[2].label, (
    indicator("decimal", "del_01", "delivery",
              L("On-time delivery (% of orders complete and on the agreed date)",
                "Entregas a tiempo (% de pedidos completos y en la fecha acordada)",
                "Entregas no prazo (% de pedidos completos e na data combinada)"),
              L("Last six months, from 0 to 100", "Últimos seis meses, de 0 a 100",
                "Últimos seis meses, de 0 a 100"),
              0, 100, target=95, weight=2, critical=True),
    indicator("integer", "del_02", "delivery",
              L("Order lead time in days, from order to delivery",
                "Tiempo de entrega en días, desde el pedido hasta la entrega",
                "Prazo de entrega em dias, do pedido até a entrega"),
              L("Typical order; enter 60 if longer", "Pedido típico; si es mayor, ingrese 60",
                "Pedido típico; se for maior, digite 60"),
              0, 60, reverse=True, target=10),
    mat("del_03", "delivery",
        L("Production planned from the customer's schedules and forecasts",
          "Producción planificada según los programas y pronósticos del cliente",
          "Produção planejada conforme os programas e previsões do cliente")),
    yn("del_04", "delivery",
       L("Contingency plan for supply interruptions (safety stock, second sources)",
         "Plan de contingencia ante interrupciones de suministro (inventario de seguridad, segundas fuentes)",
         "Plano de contingência para interrupções de fornecimento (estoque de segurança, segundas fontes)")),
    yn("del_05", "delivery",
       L("Orders and dispatch notices exchanged electronically with the customer",
         "Pedidos y avisos de despacho intercambiados electrónicamente con el cliente",
         "Pedidos e avisos de expedição trocados eletronicamente com o cliente")),
    yn("del_06", "delivery",
       L("Packaging and labelling meet the customer's specification",
         "Empaque y etiquetado cumplen la especificación del cliente",
         "Embalagem e etiquetagem atendem à especificação do cliente")),
    indicator("integer", "del_07", "delivery",
              L("Premium (urgent) freight shipments in the last six months",
                "Fletes urgentes (especiales) en los últimos seis meses",
                "Fretes urgentes (especiais) nos últimos seis meses"),
              L("Enter 20 if more", "Si son más, ingrese 20", "Se forem mais, digite 20"),
              0, 20, reverse=True),
))

INNOVATION = Group("innovation", AREAS[3].label, (
    mat("inn_01", "innovation",
        L("Process to develop new parts, from the customer's drawing to an approved sample",
          "Proceso de desarrollo de piezas nuevas, desde el plano del cliente hasta la muestra aprobada",
          "Processo de desenvolvimento de peças novas, do desenho do cliente até a amostra aprovada")),
    yn("inn_02", "innovation",
       L("Suggestion system for staff", "Sistema de sugerencias para el personal",
         "Sistema de sugestões para a equipe")),
    yn("inn_03", "innovation",
       L("Cost-saving or value-analysis proposals made to the customer in the last year",
         "Propuestas de ahorro o análisis de valor presentadas al cliente en el último año",
         "Propostas de economia ou análise de valor apresentadas ao cliente no último ano")),
    indicator("decimal", "inn_04", "innovation",
              L("Share of sales from products launched in the last three years (%)",
                "Proporción de ventas de productos lanzados en los últimos tres años (%)",
                "Participação nas vendas de produtos lançados nos últimos três anos (%)"),
              L("From 0 to 100", "De 0 a 100", "De 0 a 100"),
              0, 100, target=20),
    mat("inn_05", "innovation",
        L("Investment in new technology and automation", "Inversión en nueva tecnología y automatización",
          "Investimento em nova tecnologia e automação"), target=3),
    yn("inn_06", "innovation",
       L("Collaboration with universities or technology centres",
         "Colaboración con universidades o centros tecnológicos",
         "Colaboração com universidades ou centros tecnológicos")),
))

TOOLKIT = ToolkitContent(
    id="qcdi",
    title="Evaluación QCDI: calidad, costo, entrega e innovación",
    areas=AREAS,
    groups=[profile_group(), QUALITY, COST, DELIVERY, INNOVATION],
    lists=[QMS_LEVEL, YES_NO, maturity_list()],
)

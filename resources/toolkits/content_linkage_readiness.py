"""``linkage-readiness``: is the supplier ready to link with a large buyer? Eight capability areas.

Maturity items aim at the best level (blank target). Practices held are ``select_multiple``
lists whose choices carry points; their targets ask for a sensible subset, not for every
certificate in the list. Plant condition is a 1-5 ``range`` with the levels in its hint.
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
    concentration_list,
    levels,
    maturity_list,
    profile_group,
)


def m(name: str, area: str, label: dict[str, str], **kw) -> Question:
    """An item on the general maturity scale."""
    return Question("select_one maturity", name, label, area=area, **kw)


NONE = L("None of these", "Ninguna de estas", "Nenhuma destas")

ENV_CERTIFICATIONS = ChoiceList("env_certifications", (
    Choice("iso14001", 3, L("ISO 14001 environmental management certificate",
                            "Certificado ISO 14001 de gestión ambiental",
                            "Certificado ISO 14001 de gestão ambiental")),
    Choice("fsc", 2, L("FSC or other chain-of-custody certificate",
                       "Certificado FSC u otra cadena de custodia",
                       "Certificado FSC ou outra cadeia de custódia")),
    Choice("clean_production", 2, L("Cleaner production agreement or recognition",
                                    "Acuerdo o reconocimiento de producción limpia",
                                    "Acordo ou reconhecimento de produção mais limpa")),
    Choice("carbon_footprint", 2, L("Carbon footprint measured and verified",
                                    "Huella de carbono medida y verificada",
                                    "Pegada de carbono medida e verificada")),
    Choice("none", 0, NONE),
))

QUALITY_CERTIFICATIONS = ChoiceList("quality_certifications", (
    Choice("iso9001", 3, L("ISO 9001 quality management certificate",
                           "Certificado ISO 9001 de gestión de la calidad",
                           "Certificado ISO 9001 de gestão da qualidade")),
    Choice("food_safety", 3, L("Food safety certificate (HACCP, FSSC 22000, BRC)",
                               "Certificado de inocuidad alimentaria (HACCP, FSSC 22000, BRC)",
                               "Certificado de segurança de alimentos (APPCC, FSSC 22000, BRC)")),
    Choice("iso45001", 2, L("ISO 45001 occupational health and safety certificate",
                            "Certificado ISO 45001 de seguridad y salud en el trabajo",
                            "Certificado ISO 45001 de saúde e segurança ocupacional")),
    Choice("gmp", 2, L("Good manufacturing practices (GMP) approved by the authority",
                       "Buenas prácticas de manufactura (BPM) aprobadas por la autoridad",
                       "Boas práticas de fabricação (BPF) aprovadas pela autoridade")),
    Choice("product_cert", 2, L("Product certification or technical standard mark",
                                "Certificación de producto o sello de norma técnica",
                                "Certificação de produto ou selo de norma técnica")),
    Choice("none", 0, NONE),
))

DIGITAL_TOOLS = ChoiceList("digital_tools", (
    Choice("accounting_sw", 1, L("Accounting software", "Software contable", "Software contábil")),
    Choice("erp", 2, L("ERP or integrated management system", "ERP o sistema de gestión integrado",
                       "ERP ou sistema de gestão integrado")),
    Choice("e_invoicing", 1, L("Electronic invoicing", "Facturación electrónica",
                               "Nota fiscal eletrônica")),
    Choice("crm", 1, L("Customer management (CRM)", "Gestión de clientes (CRM)",
                       "Gestão de clientes (CRM)")),
    Choice("ecommerce", 1, L("Online shop or buyer portal", "Tienda en línea o portal de compradores",
                             "Loja on-line ou portal de compradores")),
    Choice("cloud_backup", 1, L("Automatic backup in the cloud", "Respaldo automático en la nube",
                                "Backup automático na nuvem")),
    Choice("none", 0, NONE),
))

SALES_CHANNELS = ChoiceList("sales_channels", (
    Choice("direct_b2b", 1, L("Direct sales to companies", "Venta directa a empresas",
                              "Venda direta a empresas")),
    Choice("distributors", 1, L("Distributors or wholesalers", "Distribuidores o mayoristas",
                                "Distribuidores ou atacadistas")),
    Choice("retail", 1, L("Own shops or retail chains", "Tiendas propias o cadenas minoristas",
                          "Lojas próprias ou redes varejistas")),
    Choice("online", 1, L("Online sales", "Venta en línea", "Venda on-line")),
    Choice("public", 1, L("Public procurement", "Compras públicas", "Compras públicas")),
    Choice("export", 2, L("Exports", "Exportaciones", "Exportações")),
))

NEW_PRODUCTS = levels(
    "new_products",
    ("No new or improved products in the last two years",
     "Ningún producto nuevo o mejorado en los últimos dos años",
     "Nenhum produto novo ou melhorado nos últimos dois anos"),
    ("Minor changes to existing products (packaging, presentation)",
     "Cambios menores a productos existentes (empaque, presentación)",
     "Mudanças menores em produtos existentes (embalagem, apresentação)"),
    ("One new or substantially improved product launched",
     "Un producto nuevo o sustancialmente mejorado lanzado",
     "Um produto novo ou substancialmente melhorado lançado"),
    ("Several new products launched, some developed with customers",
     "Varios productos nuevos lanzados, algunos desarrollados con clientes",
     "Vários produtos novos lançados, alguns desenvolvidos com clientes"),
    ("A development process with regular launches and sales from new products measured",
     "Un proceso de desarrollo con lanzamientos regulares y ventas de productos nuevos medidas",
     "Um processo de desenvolvimento com lançamentos regulares e vendas de novos produtos medidas"),
)

PLANT_HINT = L(
    "1 = very poor (unsafe, leaks, improvised); 2 = poor; 3 = acceptable for current customers; "
    "4 = good, clean and well maintained; 5 = excellent, meets the most demanding buyer audits",
    "1 = muy malo (inseguro, filtraciones, improvisado); 2 = malo; 3 = aceptable para los clientes "
    "actuales; 4 = bueno, limpio y bien mantenido; 5 = excelente, supera las auditorías más exigentes",
    "1 = muito ruim (inseguro, vazamentos, improvisado); 2 = ruim; 3 = aceitável para os clientes "
    "atuais; 4 = bom, limpo e bem conservado; 5 = excelente, passa nas auditorias mais exigentes",
)
SELECT_ALL = L("Select all that apply", "Seleccione todas las que correspondan",
               "Selecione todas as que se aplicam")
NONE_ALONE = {"constraint": "not(selected(., 'none') and count-selected(.) > 1)",
              "constraint_message": L("'None of these' cannot be combined with other answers",
                                      "«Ninguna de estas» no se puede combinar con otras respuestas",
                                      "«Nenhuma destas» não pode ser combinada com outras respostas")}

AREAS = [
    Area("environmental_management", L("Environmental management", "Gestión ambiental",
                                       "Gestão ambiental"), 1),
    Area("information_systems", L("Information systems", "Sistemas de información",
                                  "Sistemas de informação"), 1),
    Area("infrastructure", L("Infrastructure", "Infraestructura", "Infraestrutura"), 1),
    Area("innovation", L("Innovation", "Innovación", "Inovação"), 1),
    Area("intellectual_capital", L("Intellectual and managerial capital",
                                   "Capital intelectual y gerencial",
                                   "Capital intelectual e gerencial"), 1),
    Area("investment", L("Investment", "Inversión", "Investimento"), 1),
    Area("marketing", L("Marketing", "Mercadeo", "Marketing"), 1),
    Area("production_capacity", L("Production capacity", "Capacidad productiva",
                                  "Capacidade produtiva"), 1.5),
]
A = {a.name: a for a in AREAS}

ENVIRONMENTAL = Group("environmental_management", A["environmental_management"].label, (
    m("env_01", "environmental_management",
      L("Environmental permits and legal requirements met", "Permisos y requisitos legales ambientales cumplidos",
        "Licenças e requisitos legais ambientais cumpridos"), weight=2, critical=True, target=4),
    m("env_02", "environmental_management",
      L("Waste reduced, separated and disposed of properly",
        "Residuos reducidos, separados y dispuestos adecuadamente",
        "Resíduos reduzidos, separados e destinados adequadamente")),
    m("env_03", "environmental_management",
      L("Efficient use of energy and water", "Uso eficiente de energía y agua",
        "Uso eficiente de energia e água")),
    m("env_04", "environmental_management",
      L("Emissions, noise and wastewater controlled", "Emisiones, ruido y aguas residuales controlados",
        "Emissões, ruído e efluentes controlados")),
    Question("select_multiple env_certifications", "env_05",
             L("Environmental certificates or recognitions held",
               "Certificados o reconocimientos ambientales obtenidos",
               "Certificados ou reconhecimentos ambientais obtidos"),
             area="environmental_management", target=4, hint=SELECT_ALL, **NONE_ALONE),
    m("env_06", "environmental_management",
      L("Staff trained in environmental practices", "Personal capacitado en prácticas ambientales",
        "Equipe treinada em práticas ambientais")),
))

INFORMATION = Group("information_systems", A["information_systems"].label, (
    Question("select_multiple digital_tools", "ist_01",
             L("Digital tools in use", "Herramientas digitales en uso", "Ferramentas digitais em uso"),
             area="information_systems", target=5, hint=SELECT_ALL, **NONE_ALONE),
    m("ist_02", "information_systems",
      L("Production and inventory data recorded digitally",
        "Datos de producción e inventario registrados digitalmente",
        "Dados de produção e estoque registrados digitalmente")),
    m("ist_03", "information_systems",
      L("Orders and documents exchanged electronically with customers",
        "Pedidos y documentos intercambiados electrónicamente con los clientes",
        "Pedidos e documentos trocados eletronicamente com os clientes")),
    m("ist_04", "information_systems",
      L("Information security and regular backups", "Seguridad de la información y respaldos periódicos",
        "Segurança da informação e backups periódicos")),
    m("ist_05", "information_systems",
      L("Adequate computers and internet connection", "Computadores y conexión a internet adecuados",
        "Computadores e conexão à internet adequados")),
))

INFRASTRUCTURE = Group("infrastructure", A["infrastructure"].label, (
    m("inf_01", "infrastructure",
      L("Plant layout and space suited to the process", "Distribución de planta y espacio adecuados al proceso",
        "Layout e espaço adequados ao processo")),
    Question("range", "inf_02",
             L("Overall condition of buildings and installations",
               "Estado general de edificios e instalaciones",
               "Estado geral de edifícios e instalações"),
             area="infrastructure", parameters="start=1 end=5 step=1", target=4, hint=PLANT_HINT),
    m("inf_03", "infrastructure",
      L("Machinery and equipment in good condition, with preventive maintenance",
        "Maquinaria y equipos en buen estado, con mantenimiento preventivo",
        "Máquinas e equipamentos em bom estado, com manutenção preventiva")),
    m("inf_04", "infrastructure",
      L("Reliable utilities (electricity, water, gas)", "Servicios confiables (electricidad, agua, gas)",
        "Serviços confiáveis (eletricidade, água, gás)")),
    m("inf_05", "infrastructure",
      L("Storage conditions for materials and finished goods",
        "Condiciones de almacenamiento de materiales y producto terminado",
        "Condições de armazenagem de materiais e produto acabado")),
    m("inf_06", "infrastructure",
      L("Access and transport for deliveries to the buyer",
        "Acceso y transporte para las entregas al comprador",
        "Acesso e transporte para as entregas ao comprador")),
))

INNOVATION = Group("innovation", A["innovation"].label, (
    Question("select_one new_products", "inn_01",
             L("New or improved products in the last two years",
               "Productos nuevos o mejorados en los últimos dos años",
               "Produtos novos ou melhorados nos últimos dois anos"), area="innovation", target=4),
    m("inn_02", "innovation",
      L("Process improvements introduced and measured", "Mejoras de procesos introducidas y medidas",
        "Melhorias de processo introduzidas e medidas")),
    m("inn_03", "innovation",
      L("Work with universities, technology centres or consultants",
        "Trabajo con universidades, centros tecnológicos o consultores",
        "Trabalho com universidades, centros tecnológicos ou consultores")),
    m("inn_04", "innovation",
      L("Time and budget set aside for development", "Tiempo y presupuesto destinados al desarrollo",
        "Tempo e orçamento destinados ao desenvolvimento")),
    m("inn_05", "innovation",
      L("Ideas from staff and customers collected and used",
        "Ideas del personal y de los clientes recogidas y aprovechadas",
        "Ideias da equipe e dos clientes coletadas e aproveitadas")),
))

INTELLECTUAL = Group("intellectual_capital", A["intellectual_capital"].label, (
    m("icm_01", "intellectual_capital",
      L("Management skills and training of the owners or managers",
        "Competencias y formación gerencial de dueños o gerentes",
        "Competências e formação gerencial dos donos ou gerentes")),
    m("icm_02", "intellectual_capital",
      L("Strategic plan with goals followed up", "Plan estratégico con metas en seguimiento",
        "Plano estratégico com metas acompanhadas")),
    m("icm_03", "intellectual_capital",
      L("Qualified staff and a training plan", "Personal calificado y plan de capacitación",
        "Equipe qualificada e plano de treinamento")),
    m("icm_04", "intellectual_capital",
      L("Know-how written down in procedures and manuals",
        "Conocimiento documentado en procedimientos y manuales",
        "Conhecimento documentado em procedimentos e manuais")),
    m("icm_05", "intellectual_capital",
      L("Trademarks, designs or patents registered", "Marcas, diseños o patentes registrados",
        "Marcas, desenhos ou patentes registrados")),
    m("icm_06", "intellectual_capital",
      L("Networks: associations, chambers and business partners",
        "Redes: gremios, cámaras y socios de negocio",
        "Redes: associações, câmaras e parceiros de negócio")),
))

INVESTMENT = Group("investment", A["investment"].label, (
    m("inv_01", "investment",
      L("Investment plan linked to the buyer's requirements",
        "Plan de inversiones vinculado a los requisitos del comprador",
        "Plano de investimentos ligado aos requisitos do comprador")),
    m("inv_02", "investment",
      L("Access to financing (banks, development funds, leasing)",
        "Acceso a financiamiento (bancos, fondos de fomento, leasing)",
        "Acesso a financiamento (bancos, fundos de fomento, leasing)")),
    m("inv_03", "investment",
      L("Own funds available to co-finance improvements",
        "Recursos propios disponibles para cofinanciar mejoras",
        "Recursos próprios disponíveis para cofinanciar melhorias")),
    m("inv_04", "investment",
      L("Investments evaluated (payback, return) before deciding",
        "Inversiones evaluadas (recuperación, rentabilidad) antes de decidir",
        "Investimentos avaliados (retorno, rentabilidade) antes de decidir")),
    m("inv_05", "investment",
      L("Recent investment in equipment or technology",
        "Inversión reciente en equipos o tecnología",
        "Investimento recente em equipamentos ou tecnologia")),
))

MARKETING = Group("marketing", A["marketing"].label, (
    m("mkt_01", "marketing",
      L("Knowledge of the market, competitors and prices",
        "Conocimiento del mercado, la competencia y los precios",
        "Conhecimento do mercado, da concorrência e dos preços")),
    m("mkt_02", "marketing",
      L("Brand, image and promotion material", "Marca, imagen y material de promoción",
        "Marca, imagem e material de divulgação")),
    Question("select_multiple sales_channels", "mkt_03",
             L("Sales channels in use", "Canales de venta utilizados", "Canais de venda utilizados"),
             area="marketing", target=3, hint=SELECT_ALL),
    m("mkt_04", "marketing",
      L("Customer service and after-sales support", "Servicio al cliente y posventa",
        "Atendimento ao cliente e pós-venda")),
    Question("select_one buyer_concentration", "mkt_05",
             L("Share of sales that goes to the largest buyer",
               "Proporción de las ventas que va al mayor comprador",
               "Participação do maior comprador nas vendas"), area="marketing", target=3),
))

PRODUCTION = Group("production_capacity", A["production_capacity"].label, (
    m("pro_01", "production_capacity",
      L("Capacity to deliver the volumes the buyer needs",
        "Capacidad para entregar los volúmenes que necesita el comprador",
        "Capacidade de entregar os volumes de que o comprador precisa"),
      weight=2, critical=True, target=4),
    m("pro_02", "production_capacity",
      L("Production planning and scheduling", "Planificación y programación de la producción",
        "Planejamento e programação da produção")),
    m("pro_03", "production_capacity",
      L("Quality control during and after production",
        "Control de calidad durante y después de la producción",
        "Controle de qualidade durante e após a produção"), weight=1.5),
    m("pro_04", "production_capacity",
      L("Traceability of lots from materials to customer",
        "Trazabilidad de los lotes desde los materiales hasta el cliente",
        "Rastreabilidade dos lotes dos materiais até o cliente")),
    m("pro_05", "production_capacity",
      L("Capacity use and productivity measured", "Uso de la capacidad y productividad medidos",
        "Uso da capacidade e produtividade medidos")),
    Question("select_multiple quality_certifications", "pro_06",
             L("Quality and safety certificates held",
               "Certificados de calidad e inocuidad obtenidos",
               "Certificados de qualidade e segurança obtidos"),
             area="production_capacity", target=5, hint=SELECT_ALL, **NONE_ALONE),
))

TOOLKIT = ToolkitContent(
    id="linkage-readiness",
    title="Preparación para el encadenamiento productivo",
    areas=AREAS,
    groups=[profile_group(), ENVIRONMENTAL, INFORMATION, INFRASTRUCTURE, INNOVATION,
            INTELLECTUAL, INVESTMENT, MARKETING, PRODUCTION],
    lists=[maturity_list(), ENV_CERTIFICATIONS, DIGITAL_TOOLS, NEW_PRODUCTS, SALES_CHANNELS,
           concentration_list(), QUALITY_CERTIFICATIONS],
)

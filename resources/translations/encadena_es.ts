<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="49"/>
        <source>About Encadena</source>
        <translation>Acerca de Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="51"/>
        <source>Encadena {version}
Supplier development programmes, offline.
Licensed under the Apache License, Version 2.0. It redistributes these components under their own licences (Qt and PySide6 under the LGPL-3.0: you may replace those libraries, see the notices below).</source>
        <translation>Encadena {version}
Programas de desarrollo de proveedores, sin conexión.
Publicado bajo la Licencia Apache, versión 2.0. Redistribuye estos componentes bajo sus propias licencias (Qt y PySide6 bajo la LGPL-3.0: puede reemplazar esas bibliotecas, vea los avisos más abajo).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="55"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="55"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="56"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="57"/>
        <source>Notices:</source>
        <translation>Avisos:</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/export.py" line="12"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../gui/views/companies.py" line="14"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="15"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="16"/>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="17"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="18"/>
        <source>Band</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="19"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="20"/>
        <source>Plan progress</source>
        <translation>Avance del plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="21"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="22"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="23"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <location filename="../../gui/views/companies.py" line="103"/>
        <source>Search by id, name or value chain…</source>
        <translation>Buscar por id, nombre o cadena de valor…</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="104"/>
        <source>Export table…</source>
        <translation>Exportar tabla…</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="105"/>
        <source>Save the rows shown, as shown, to a CSV file.</source>
        <translation>Guarda las filas visibles, tal como se ven, en un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="162"/>
        <source>All bands</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="171"/>
        <source>%1 of %2 companies</source>
        <translation>%1 de %2 empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="181"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="186"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <location filename="../../gui/programme_data.py" line="100"/>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="114"/>
        <location filename="../../gui/views/company.py" line="115"/>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="117"/>
        <source>area score</source>
        <translation>puntaje del área</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="118"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="145"/>
        <source>Improvement opportunities</source>
        <translation>Oportunidades de mejora</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="145"/>
        <source>Critical gaps</source>
        <translation>Brechas críticas</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="120"/>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="121"/>
        <source>Improvement plan</source>
        <translation>Plan de mejora</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="122"/>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <location filename="../../gui/views/company.py" line="218"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="128"/>
        <source>Index points</source>
        <translation>Puntos de índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="129"/>
        <source>Choose a company in the navigator or the companies table.</source>
        <translation>Elija una empresa en el navegador o en la tabla de empresas.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="193"/>
        <source>Index %1</source>
        <translation>Índice %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="221"/>
        <source>Previous round</source>
        <translation>Ronda anterior</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="224"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="235"/>
        <source>No critical gaps.</source>
        <translation>Sin brechas críticas.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="18"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="19"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="20"/>
        <source>Current (file)</source>
        <translation>Actual (archivo)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="21"/>
        <source>Current index</source>
        <translation>Índice actual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="23"/>
        <source>Incoming (file)</source>
        <translation>Entrante (archivo)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="24"/>
        <source>Incoming index</source>
        <translation>Índice entrante</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="26"/>
        <source>Questions that differ</source>
        <translation>Preguntas que difieren</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="30"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="31"/>
        <source>Current answer</source>
        <translation>Respuesta actual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="32"/>
        <source>Incoming answer</source>
        <translation>Respuesta entrante</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="98"/>
        <source>These diagnoses were imported for a company and date that already had different answers. Nothing was overwritten: compare both versions below and keep the current version or the incoming one, for this diagnosis or for every conflict from the same file.</source>
        <translation>Estos diagnósticos se importaron para una empresa y fecha que ya tenían respuestas distintas. No se sobrescribió nada: compare ambas versiones abajo y conserve la versión actual o la entrante, para este diagnóstico o para todos los conflictos del mismo archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="153"/>
        <source>Diagnosis of %1 on %2. Current: %3 (imported %4). Incoming: %5 (imported %6).</source>
        <translation>Diagnóstico de %1 del %2. Actual: %3 (importado el %4). Entrante: %5 (importado el %6).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="96"/>
        <source>Conflicting answers</source>
        <translation>Respuestas en conflicto</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="101"/>
        <source>Keep current</source>
        <translation>Conservar la actual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="102"/>
        <source>Keep incoming</source>
        <translation>Conservar la entrante</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="103"/>
        <source>Keep current for the whole file</source>
        <translation>Conservar la actual en todo el archivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="104"/>
        <source>Keep incoming for the whole file</source>
        <translation>Conservar la entrante en todo el archivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="118"/>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../gui/views/dashboard.py" line="227"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="260"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="261"/>
        <source>Suppliers improving</source>
        <translation>Proveedores que mejoran</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="262"/>
        <source>Median change %</source>
        <translation>Cambio mediano %</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="263"/>
        <source>Best change %</source>
        <translation>Mejor cambio %</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="264"/>
        <source>Total increase</source>
        <translation>Aumento total</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="265"/>
        <source>Value chains improving</source>
        <translation>Cadenas de valor que mejoran</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="298"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="299"/>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="300"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="302"/>
        <source>What is still missing</source>
        <translation>Lo que aún falta</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../gui/views/dashboard.py" line="119"/>
        <source>Band distribution per diagnosis round</source>
        <translation>Distribución por nivel en cada ronda de diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="120"/>
        <source>Value chains side by side</source>
        <translation>Cadenas de valor lado a lado</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="121"/>
        <source>Phase timeline per value chain (planned bar, actual line below)</source>
        <translation>Cronograma de fases por cadena de valor (barra planificada, línea real debajo)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="122"/>
        <source>KPI results</source>
        <translation>Resultados de los indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="122"/>
        <source>Certification status</source>
        <translation>Estado de la certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="127"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="145"/>
        <source>Programme dashboard — %1</source>
        <translation>Tablero del programa — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="147"/>
        <source>Open a programme to see its dashboard.</source>
        <translation>Abra un programa para ver su tablero.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="151"/>
        <source>Computing the programme&apos;s figures…</source>
        <translation>Calculando las cifras del programa…</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="171"/>
        <source>As of %1: %2 value chains, %3 suppliers. Between rounds %4 of %5 companies improved their index (mean change %6 points). %7 of %8 suppliers are certified.</source>
        <translation>Al %1: %2 cadenas de valor, %3 proveedores. Entre rondas, %4 de %5 empresas mejoraron su índice (cambio medio de %6 puntos). %7 de %8 proveedores están certificados.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="192"/>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="192"/>
        <source>Unnumbered</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="198"/>
        <source>No diagnosis yet.</source>
        <translation>Todavía no hay diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="213"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="214"/>
        <source>Mean index, first round</source>
        <translation>Índice medio, primera ronda</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="215"/>
        <source>Mean index, latest round</source>
        <translation>Índice medio, última ronda</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="216"/>
        <source>Mean index change</source>
        <translation>Cambio del índice medio</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="217"/>
        <source>Companies improved</source>
        <translation>Empresas que mejoraron</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="217"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="219"/>
        <source>Improvement plans</source>
        <translation>Planes de mejora</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="220"/>
        <source>Plans done (actions)</source>
        <translation>Planes cumplidos (acciones)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="221"/>
        <source>Months planned</source>
        <translation>Meses planificados</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="248"/>
        <source>No phase dates planned yet.</source>
        <translation>Todavía no hay fechas de fases planificadas.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="297"/>
        <source>Certified</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="297"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <location filename="../../gui/widgets/heatmap.py" line="105"/>
        <source>%1 × %2: level %3
%4 suppliers placed here (worst open risk), %5 open risks</source>
        <translation>%1 × %2: nivel %3
%4 proveedores ubicados aquí (peor riesgo abierto), %5 riesgos abiertos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="25"/>
        <source>item name</source>
        <translation>nombre de la pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="26"/>
        <source>question text</source>
        <translation>texto de la pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="27"/>
        <source>KoboToolbox path</source>
        <translation>ruta de KoboToolbox</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="28"/>
        <source>ODK path</source>
        <translation>ruta de ODK</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="29"/>
        <source>one option of a multiple choice</source>
        <translation>una opción de selección múltiple</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="30"/>
        <source>company id</source>
        <translation>id de la empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="31"/>
        <source>company name</source>
        <translation>nombre de la empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="32"/>
        <source>form metadata (kept, not scored)</source>
        <translation>metadatos del formulario (se guardan, no se puntúan)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="33"/>
        <source>chosen by you</source>
        <translation>elegida por usted</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="34"/>
        <source>not matched</source>
        <translation>sin coincidencia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="370"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="371"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="372"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="373"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="374"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="375"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="68"/>
        <source>Import a survey</source>
        <translation>Importar una encuesta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="140"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 conflicts, %5 errors.</source>
        <translation>Importado: %1 nuevas, %2 actualizadas, %3 sin cambios, %4 conflictos, %5 errores.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="146"/>
        <source>Resolve the conflicts with File &gt; Resolve conflicting answers.</source>
        <translation>Resuelva los conflictos con Archivo &gt; Resolver respuestas en conflicto.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="150"/>
        <location filename="../../gui/dialogs/import_wizard.py" line="165"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="156"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="16"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="22"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="20"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="21"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="18"/>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="19"/>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="17"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="57"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="83"/>
        <source>%1 KPIs</source>
        <translation>%1 indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="84"/>
        <source>No KPIs yet.</source>
        <translation>Todavía no hay indicadores.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <location filename="../../gui/main_window.py" line="373"/>
        <source>Encadena</source>
        <translation>Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Open programme…</source>
        <translation>&amp;Abrir programa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>Open the &amp;demo programme</source>
        <translation>Abrir el programa de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Import survey…</source>
        <translation>&amp;Importar encuesta…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Import a survey workbook (Ctrl+I)</source>
        <translation>Importar un libro de encuestas (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Close programme</source>
        <translation>&amp;Cerrar programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="180"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>A consistent single-file copy, e.g. to e-mail to the chamber</source>
        <translation>Una copia íntegra en un solo archivo, por ejemplo para enviarla a la cámara por correo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182"/>
        <source>&amp;Merge other consultants&apos; files…</source>
        <translation>&amp;Fusionar archivos de otros consultores…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>Resolve &amp;conflicting answers…</source>
        <translation>Resolver respuestas en &amp;conflicto…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;About Encadena</source>
        <translation>&amp;Acerca de Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Start page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Reading companies, risks and plans…</source>
        <translation>Leyendo empresas, riesgos y planes…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>Open programme</source>
        <translation>Abrir programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <location filename="../../gui/main_window.py" line="311"/>
        <location filename="../../gui/main_window.py" line="324"/>
        <source>Encadena programmes (*.encadena)</source>
        <translation>Programas de Encadena (*.encadena)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289"/>
        <source>Demo programme</source>
        <translation>Programa de demostración</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>This installation has no demo programme.</source>
        <translation>Esta instalación no incluye el programa de demostración.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="310"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>Saved a copy to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="323"/>
        <source>Merge other consultants&apos; files</source>
        <translation>Fusionar archivos de otros consultores</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>%1: %2 assessments added, %3 unchanged, %4 conflicts, %5 companies added.</source>
        <translation>%1: %2 diagnósticos agregados, %3 sin cambios, %4 conflictos, %5 empresas agregadas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="339"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="383"/>
        <source>No recent files yet.</source>
        <translation>Todavía no hay archivos recientes.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="212"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="213"/>
        <source>How each column matched a question. Pick a question for any column that did not match, or correct a match.</source>
        <translation>Cómo coincidió cada columna con una pregunta. Elija una pregunta para las columnas sin coincidencia o corrija una coincidencia.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="215"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="215"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="215"/>
        <source>Matched by</source>
        <translation>Coincide por</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="216"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="257"/>
        <source>Header on row %1: %2 columns matched, %3 not matched, %4 scored questions without a column.</source>
        <translation>Encabezado en la fila %1: %2 columnas reconocidas, %3 sin coincidencia, %4 preguntas puntuables sin columna.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../gui/navigator.py" line="39"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="61"/>
        <source>… and %1 more (see the companies table)</source>
        <translation>… y %1 más (vea la tabla de empresas)</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="11"/>
        <source>World Bank / IFC</source>
        <translation>Banco Mundial / IFC</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="12"/>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="13"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="14"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="15"/>
        <source>10 to 1,000 × GNI per capita</source>
        <translation>10 a 1.000 × INB per cápita</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="30"/>
        <location filename="../../gui/dialogs/new_programme.py" line="67"/>
        <source>New programme</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="38"/>
        <location filename="../../gui/dialogs/new_programme.py" line="42"/>
        <source>From the country</source>
        <translation>Según el país</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="46"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="58"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="59"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="60"/>
        <source>Company size classes</source>
        <translation>Clases de tamaño de empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="61"/>
        <source>Numbers in surveys</source>
        <translation>Números en las encuestas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="62"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="68"/>
        <source>Encadena programmes (*.encadena)</source>
        <translation>Programas de Encadena (*.encadena)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="309"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="310"/>
        <source>How numbers are written, and where the assessments belong.</source>
        <translation>Cómo se escriben los números y a qué pertenecen los diagnósticos.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="311"/>
        <source>Numbers written with a decimal comma (1.234,5)</source>
        <translation>Números con coma decimal (1.234,5)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="312"/>
        <source>Use this date when a row has none</source>
        <translation>Usar esta fecha cuando una fila no tenga</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="313"/>
        <source>Refuse the whole file if any cell is invalid</source>
        <translation>Rechazar todo el archivo si alguna celda no es válida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="314"/>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="314"/>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="314"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../gui/views/dashboard.py" line="21"/>
        <source>Formalisation</source>
        <translation>Formalización</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="22"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="23"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="24"/>
        <source>Improvement plan</source>
        <translation>Plan de mejora</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="25"/>
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="26"/>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="29"/>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="30"/>
        <source>done %1 days late</source>
        <translation>terminada con %1 días de atraso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="31"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="32"/>
        <source>%1 days late</source>
        <translation>%1 días de atraso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="33"/>
        <source>start %1 days late</source>
        <translation>inicio con %1 días de atraso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="34"/>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="35"/>
        <source>no dates</source>
        <translation>sin fechas</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="26"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="27"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="28"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="29"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="30"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="32"/>
        <source>Done</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="187"/>
        <source>Update progress…</source>
        <translation>Actualizar avance…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="211"/>
        <source>No improvement plan yet.</source>
        <translation>Todavía no hay plan de mejora.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="212"/>
        <source>%1 actions</source>
        <translation>%1 acciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="218"/>
        <source>Update progress</source>
        <translation>Actualizar avance</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="43"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="44"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="45"/>
        <source>Survey numbers use a decimal comma (1.234,5) by default</source>
        <translation>Los números de las encuestas usan coma decimal (1.234,5) por omisión</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../gui/views/progress.py" line="23"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="20"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="21"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="22"/>
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="91"/>
        <source>Plan burn-up</source>
        <translation>Avance acumulado del plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="91"/>
        <source>Actions timeline</source>
        <translation>Cronograma de acciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="91"/>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="92"/>
        <source>KPIs before / after</source>
        <translation>Indicadores antes / después</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="92"/>
        <source>Rounds compared</source>
        <translation>Rondas comparadas</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="94"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="137"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="138"/>
        <source>Open a programme to see its progress.</source>
        <translation>Abra un programa para ver su avance.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="144"/>
        <source>Progress — %1</source>
        <translation>Avance — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="147"/>
        <source>Computing the programme&apos;s progress…</source>
        <translation>Calculando el avance del programa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="151"/>
        <source>As of %1: %n improvement plan(s), %2 KPIs.</source>
        <translation>
            <numerusform>Al %1: %n plan de mejora, %2 indicadores.</numerusform>
            <numerusform>Al %1: %n planes de mejora, %2 indicadores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="165"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="165"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="166"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="167"/>
        <location filename="../../gui/views/progress.py" line="196"/>
        <source>No dated actions in these plans yet.</source>
        <translation>Todavía no hay acciones con fechas en estos planes.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="182"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="227"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="227"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="228"/>
        <source>Expected path</source>
        <translation>Trayectoria esperada</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="230"/>
        <source>Select a KPI with measurements.</source>
        <translation>Seleccione un indicador con mediciones.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="241"/>
        <source>%1 %
%2 of %3 improved</source>
        <translation>%1 %
%2 de %3 mejoraron</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="245"/>
        <source>Baseline = 100</source>
        <translation>Línea base = 100</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="246"/>
        <source>Latest (median change)</source>
        <translation>Último (cambio mediano)</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="247"/>
        <source>No KPI has a baseline and a measurement yet.</source>
        <translation>Ningún indicador tiene todavía línea base y medición.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262"/>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262"/>
        <source>Unnumbered</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="266"/>
        <source>No diagnosis rounds to compare.</source>
        <translation>No hay rondas de diagnóstico para comparar.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../gui/charts.py" line="54"/>
        <source>A radar needs at least three areas with scores.</source>
        <translation>Un radar necesita al menos tres áreas con puntaje.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../gui/reports/menu.py" line="46"/>
        <location filename="../../gui/reports/menu.py" line="51"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="69"/>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="70"/>
        <source>Value chain:</source>
        <translation>Cadena de valor:</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="78"/>
        <source>Supplier report</source>
        <translation>Informe del proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="78"/>
        <location filename="../../gui/reports/menu.py" line="108"/>
        <location filename="../../gui/reports/menu.py" line="124"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="94"/>
        <source>Folder for the supplier reports</source>
        <translation>Carpeta para los informes de proveedores</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="108"/>
        <source>Value chain report</source>
        <translation>Informe de la cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="123"/>
        <location filename="../../gui/smoke.py" line="167"/>
        <source>Programme report</source>
        <translation>Informe del programa</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="139"/>
        <source>Results workbook</source>
        <translation>Libro de resultados</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="140"/>
        <location filename="../../gui/reports/menu.py" line="173"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="153"/>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="168"/>
        <location filename="../../gui/reports/menu.py" line="172"/>
        <source>Survey template</source>
        <translation>Plantilla de encuesta</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="169"/>
        <source>Toolkit:</source>
        <translation>Herramienta:</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../gui/reports/menu.py" line="225"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="226"/>
        <source>&amp;Supplier diagnostic report (PDF)…</source>
        <translation>Informe de &amp;diagnóstico del proveedor (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="227"/>
        <source>Supplier reports of a &amp;value chain (PDF)…</source>
        <translation>Informes de proveedores de una &amp;cadena de valor (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="228"/>
        <source>Value &amp;chain report (PDF)…</source>
        <translation>Informe de la &amp;cadena de valor (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="229"/>
        <source>&amp;Programme report for funders (PDF)…</source>
        <translation>Informe del &amp;programa para financiadores (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="230"/>
        <source>Results &amp;workbook (Excel)…</source>
        <translation>Libro de &amp;resultados (Excel)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="231"/>
        <source>Results as CS&amp;V files…</source>
        <translation>Resultados como archivos CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="232"/>
        <source>Survey &amp;template (Excel)…</source>
        <translation>&amp;Plantilla de encuesta (Excel)…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="359"/>
        <source>Check and import</source>
        <translation>Revisar e importar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="360"/>
        <source>Cells that cannot be used are listed below; the rest of each row is still scored unless you chose to refuse the file.</source>
        <translation>Abajo se listan las celdas que no se pueden usar; el resto de cada fila se puntúa igual, salvo que haya elegido rechazar el archivo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="362"/>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="363"/>
        <location filename="../../gui/dialogs/import_pages.py" line="383"/>
        <source>Import into the programme</source>
        <translation>Importar al programa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="379"/>
        <source>%1 responses read from sheet &apos;%2&apos;; %3 cells cannot be used.</source>
        <translation>%1 respuestas leídas de la hoja «%2»; %3 celdas no se pueden usar.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="385"/>
        <source>Create a programme and import…</source>
        <translation>Crear un programa e importar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="389"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="16"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="17"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="18"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="19"/>
        <source>Inherent L×S</source>
        <translation>P×S inherente</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="20"/>
        <source>Residual level</source>
        <translation>Nivel residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="21"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="22"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="23"/>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="112"/>
        <source>Accept derived risk</source>
        <translation>Aceptar riesgo derivado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="113"/>
        <source>Dismiss derived risk</source>
        <translation>Descartar riesgo derivado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="132"/>
        <source>%1 risks</source>
        <translation>%1 riesgos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="139"/>
        <source>Only derived risks take a decision.</source>
        <translation>Solo los riesgos derivados admiten una decisión.</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <location filename="../../gui/views/risk.py" line="22"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="23"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="24"/>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="25"/>
        <source>Worst level</source>
        <translation>Peor nivel</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="26"/>
        <source>Open risks</source>
        <translation>Riesgos abiertos</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="120"/>
        <source>Risk values:</source>
        <translation>Valores de riesgo:</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="121"/>
        <source>Inherent (before controls)</source>
        <translation>Inherente (antes de los controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="122"/>
        <source>Residual (after controls)</source>
        <translation>Residual (después de los controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="123"/>
        <source>Export heat map as PNG…</source>
        <translation>Exportar mapa de calor como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="124"/>
        <source>Severity →</source>
        <translation>Severidad →</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="125"/>
        <source>Likelihood
↑</source>
        <translation>Probabilidad
↑</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="221"/>
        <source>Click a cell of the heat map to list its suppliers.</source>
        <translation>Haga clic en una celda del mapa de calor para ver sus proveedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/risk.py" line="224"/>
        <source>%1 × %2 (%3): %n supplier(s)</source>
        <translation>
            <numerusform>%1 × %2 (%3): %n proveedor</numerusform>
            <numerusform>%1 × %2 (%3): %n proveedores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="236"/>
        <source>Risk — %1</source>
        <translation>Riesgo — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="236"/>
        <source>no programme open</source>
        <translation>ningún programa abierto</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="237"/>
        <source>residual</source>
        <translation>residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="237"/>
        <source>inherent</source>
        <translation>inherente</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="238"/>
        <source>Suppliers by their worst open risk (%1), %2</source>
        <translation>Proveedores según su peor riesgo abierto (%1), %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="241"/>
        <source>This programme has no risk register yet.</source>
        <translation>Este programa todavía no tiene registro de riesgos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="250"/>
        <source>Levels (suppliers):</source>
        <translation>Niveles (proveedores):</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="253"/>
        <source>%1 companies in scope, %2 without open risks; %3 open risks in all.</source>
        <translation>%1 empresas en el alcance, %2 sin riesgos abiertos; %3 riesgos abiertos en total.</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <location filename="../../gui/labels.py" line="13"/>
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="14"/>
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="15"/>
        <source>Medium</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <source>SME</source>
        <translation>Pyme</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="84"/>
        <source>Choose a workbook, or drop one on the main window.</source>
        <translation>Elija un libro, o suéltelo sobre la ventana principal.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="85"/>
        <location filename="../../gui/dialogs/import_pages.py" line="106"/>
        <source>Survey file</source>
        <translation>Archivo de encuesta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="86"/>
        <source>Choose the workbook, the toolkit it answers and the sheet.</source>
        <translation>Elija el libro, la herramienta que responde y la hoja.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="87"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="88"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="88"/>
        <source>Toolkit</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="88"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="107"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="126"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="157"/>
        <source>The first %1 rows of the sheet.</source>
        <translation>Las primeras %1 filas de la hoja.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/start_page.py" line="73"/>
        <source>Welcome to Encadena</source>
        <translation>Bienvenido a Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="75"/>
        <source>Diagnose suppliers, follow their improvement plans and report results to the programme, offline. Start with the demo programme, or open or create your own.</source>
        <translation>Diagnostique proveedores, dé seguimiento a sus planes de mejora e informe los resultados al programa, sin conexión. Empiece con el programa de demostración, o abra o cree el suyo.</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="77"/>
        <source>Open the demo programme</source>
        <translation>Abrir el programa de demostración</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="79"/>
        <source>A copy of the demo is opened from your data folder; the original is never changed.</source>
        <translation>Se abre una copia de la demostración desde su carpeta de datos; el original nunca se modifica.</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="80"/>
        <source>New programme…</source>
        <translation>Nuevo programa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="81"/>
        <source>Open programme…</source>
        <translation>Abrir programa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="82"/>
        <source>Import a survey workbook…</source>
        <translation>Importar un libro de encuestas…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="83"/>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="96"/>
        <source>No recent files yet.</source>
        <translation>Todavía no hay archivos recientes.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../gui/status.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/companies.py" line="210"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="271"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="289"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="265"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="347"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
</context>
</TS>

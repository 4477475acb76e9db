<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Capabilities</name>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="17" />
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="18" />
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="19" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="20" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="21" />
        <source>Expires (YYYY-MM-DD)</source>
        <translation>Vence (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>CapabilitiesTab</name>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="144" />
        <source>Products and services
(one per line)</source>
        <translation>Productos y servicios
(uno por línea)</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="145" />
        <source>Classification codes</source>
        <translation>Códigos de clasificación</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="146" />
        <source>Processes
(one per line)</source>
        <translation>Procesos
(uno por línea)</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="147" />
        <source>Monthly capacity</source>
        <translation>Capacidad mensual</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="147" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="148" />
        <source>Municipality</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="148" />
        <source>Exports</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="149" />
        <source>Export markets</source>
        <translation>Mercados de exportación</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="149" />
        <source>Profile verified on</source>
        <translation>Perfil verificado el</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="152" />
        <source>e.g. 22, 2511 (separated by commas)</source>
        <translation>p. ej. 22, 2511 (separados por comas)</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="153" />
        <source>Has export experience</source>
        <translation>Tiene experiencia exportadora</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="154" />
        <source>Verified today</source>
        <translation>Verificado hoy</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="155" />
        <source>Machinery inventory</source>
        <translation>Inventario de maquinaria</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="156" />
        <source>Certifications held</source>
        <translation>Certificaciones vigentes</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="158" />
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="159" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="160" />
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="161" />
        <source>Revert</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="215" />
        <source>index %1</source>
        <translation>índice %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/company_tabs/capabilities.py" line="218" />
        <source>%n critical gap(s)</source>
        <translation><numerusform>%n brecha crítica</numerusform><numerusform>%n brechas críticas</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="219" />
        <source>risk: %1</source>
        <translation>riesgo: %1</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="220" />
        <source>no open risk</source>
        <translation>sin riesgos abiertos</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="221" />
        <source>From the diagnosis:</source>
        <translation>Según el diagnóstico:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/company_tabs/capabilities.py" line="230" />
        <source>This profile was not verified in the last %n month(s): check it with the supplier.</source>
        <translation><numerusform>Este perfil no se verificó en el último mes: revíselo con el proveedor.</numerusform><numerusform>Este perfil no se verificó en los últimos %n meses: revíselo con el proveedor.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="233" />
        <source>No capability profile yet: fill it in with the supplier so that buyers can find it in the directory.</source>
        <translation>Aún no hay perfil de capacidades: complételo con el proveedor para que los compradores lo encuentren en el directorio.</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="281" />
        <source>Capability profile</source>
        <translation>Perfil de capacidades</translation>
    </message>
</context>
<context>
    <name>CompanyTabs</name>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="287" />
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="22" />
        <source>New demand</source>
        <translation>Nueva demanda</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="37" />
        <location filename="../../gui/dialogs/demand_dialog.py" line="40" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="47" />
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="47" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="48" />
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="49" />
        <source>Classification codes</source>
        <translation>Códigos de clasificación</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="50" />
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="51" />
        <source>Required certifications</source>
        <translation>Certificaciones requeridas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="52" />
        <source>Preferred certifications</source>
        <translation>Certificaciones deseables</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="53" />
        <source>Minimum band</source>
        <translation>Banda mínima</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="54" />
        <source>Maximum risk</source>
        <translation>Riesgo máximo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="55" />
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="56" />
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="57" />
        <source>Preferred region</source>
        <translation>Región preferida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="58" />
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="61" />
        <source>separated by commas</source>
        <translation>separadas por comas</translation>
    </message>
</context>
<context>
    <name>Demands</name>
    <message>
        <location filename="../../gui/views/demands.py" line="16" />
        <source>Id</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="17" />
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="18" />
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="19" />
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="20" />
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="21" />
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="22" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="23" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="25" />
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="26" />
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="27" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
</context>
<context>
    <name>DemandsView</name>
    <message>
        <location filename="../../gui/views/demands.py" line="106" />
        <source>Buyers' demands</source>
        <translation>Demandas de los compradores</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="107" />
        <source>New demand…</source>
        <translation>Nueva demanda…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="108" />
        <source>Match settings…</source>
        <translation>Criterios de búsqueda…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="109" />
        <source>Import demands…</source>
        <translation>Importar demandas…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="110" />
        <source>Pipeline stage…</source>
        <translation>Etapa del proceso…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="111" />
        <source>Plan an action for what it lacks</source>
        <translation>Planificar una acción para lo que le falta</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="112" />
        <source>Shortlist workbook…</source>
        <translation>Lista corta en Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="113" />
        <source>Shortlist PDF…</source>
        <translation>Lista corta en PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="174" />
        <source>Register a demand to see the suppliers that match it.</source>
        <translation>Registre una demanda para ver los proveedores que la atienden.</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="201" />
        <source>%1: %2 — %3 qualify, %4 nearly qualify.</source>
        <translation>%1: %2 — %3 califican, %4 casi califican.</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="235" />
        <source>New demand</source>
        <translation>Nueva demanda</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="242" />
        <location filename="../../gui/views/demands.py" line="259" />
        <source>Import demands</source>
        <translation>Importar demandas</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="243" />
        <source>Workbooks (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Libros (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="294" />
        <source>Pipeline</source>
        <translation>Proceso de encadenamiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="318" />
        <location filename="../../gui/views/demands.py" line="334" />
        <source>shortlist</source>
        <translation>lista corta</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="319" />
        <source>Shortlist workbook</source>
        <translation>Lista corta en Excel</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="320" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="335" />
        <source>Shortlist PDF</source>
        <translation>Lista corta en PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="336" />
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="347" />
        <source>Shortlist</source>
        <translation>Lista corta</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../gui/views/directory.py" line="16" />
        <source>Id</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="17" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="18" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="19" />
        <source>Products and services</source>
        <translation>Productos y servicios</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="20" />
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="21" />
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="22" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="23" />
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="24" />
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="25" />
        <source>Profile verified</source>
        <translation>Perfil verificado</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <location filename="../../gui/views/directory.py" line="110" />
        <source>Supplier directory</source>
        <translation>Directorio de proveedores</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="111" />
        <source>Products, processes, machinery, names… (accents and case do not matter)</source>
        <translation>Productos, procesos, maquinaria, nombres… (no importan tildes ni mayúsculas)</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="113" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="113" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="114" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="114" />
        <source>Band at least</source>
        <translation>Banda mínima</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="115" />
        <source>Risk at most</source>
        <translation>Riesgo máximo</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="115" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="116" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="119" />
        <source>e.g. 22 or 2511</source>
        <translation>p. ej. 22 o 2511</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="120" />
        <source>e.g. ISO 9001</source>
        <translation>p. ej. ISO 9001</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="121" />
        <source>Export workbook…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="122" />
        <source>Print catalogue (PDF)…</source>
        <translation>Imprimir catálogo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="123" />
        <source>Import profiles…</source>
        <translation>Importar perfiles…</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="147" />
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="162" />
        <source>Fresh only</source>
        <translation>Solo vigentes</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="163" />
        <source>Stale only</source>
        <translation>Solo desactualizados</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="222" />
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/directory.py" line="233" />
        <source>%n supplier(s)</source>
        <translation><numerusform>%n proveedor</numerusform><numerusform>%n proveedores</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/directory.py" line="235" />
        <source>%n stale profile(s)</source>
        <translation><numerusform>%n perfil desactualizado</numerusform><numerusform>%n perfiles desactualizados</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="246" />
        <location filename="../../gui/views/directory.py" line="258" />
        <source>Export the directory</source>
        <translation>Exportar el directorio</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="247" />
        <source>directory</source>
        <translation>directorio</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="248" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="261" />
        <location filename="../../gui/views/directory.py" line="272" />
        <source>Print the catalogue</source>
        <translation>Imprimir el catálogo</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="262" />
        <source>supplier catalogue</source>
        <translation>catálogo de proveedores</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="263" />
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="275" />
        <location filename="../../gui/views/directory.py" line="288" />
        <source>Import capability profiles</source>
        <translation>Importar perfiles de capacidades</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="276" />
        <source>Workbooks (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Libros (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>MatchSettings</name>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="9" />
        <source>Preferred certifications held</source>
        <translation>Certificaciones deseables vigentes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="10" />
        <source>Processes offered</source>
        <translation>Procesos ofrecidos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="11" />
        <source>Diagnosis index</source>
        <translation>Índice del diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="12" />
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="13" />
        <source>Same region</source>
        <translation>Misma región</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="14" />
        <source>Profile verified recently</source>
        <translation>Perfil verificado recientemente</translation>
    </message>
</context>
<context>
    <name>MatchSettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="20" />
        <source>Match settings</source>
        <translation>Criterios de búsqueda</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="33" />
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="37" />
        <source>A profile is stale after</source>
        <translation>Un perfil se desactualiza tras</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="38" />
        <source>'Nearly qualifies': requirements missing at most</source>
        <translation>«Casi califica»: requisitos faltantes como máximo</translation>
    </message>
</context>
<context>
    <name>MatchStageDialog</name>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="15" />
        <source>Pipeline: %1</source>
        <translation>Proceso: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="30" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="31" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="32" />
        <source>Value of the first transaction</source>
        <translation>Valor de la primera transacción</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="33" />
        <source>Reason (when closed)</source>
        <translation>Motivo (si se cierra)</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/directory.py" line="297" />
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="356" />
        <source>Demands</source>
        <translation>Demandas</translation>
    </message>
</context>
</TS>
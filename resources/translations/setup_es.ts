<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Audit</name>
    <message>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>ChainActions</name>
    <message>
        <source>Company id (e.g. its tax id):</source>
        <translation>Código de la empresa (p. ej. su cédula jurídica):</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Delete the value chain '%1'? Its %2 member companies and all their assessments stay in the programme (in no value chain); its phase dates are deleted. You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la cadena de valor '%1'? Sus %2 empresas miembro y todas sus evaluaciones se mantienen en el programa (sin cadena de valor); se eliminan las fechas de sus fases. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete value chain</source>
        <translation>Eliminar cadena de valor</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import a company list…</source>
        <translation>Importar una lista de empresas…</translation>
    </message>
    <message>
        <source>Make it the anchor buyer of %1</source>
        <translation>Hacerla empresa ancla de %1</translation>
    </message>
    <message>
        <source>Name of the value chain:</source>
        <translation>Nombre de la cadena de valor:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>New value chain</source>
        <translation>Nueva cadena de valor</translation>
    </message>
    <message>
        <source>New value chain…</source>
        <translation>Nueva cadena de valor…</translation>
    </message>
    <message>
        <source>Open the chain page (anchor, phases, suppliers)</source>
        <translation>Abrir la página de la cadena (ancla, fases, proveedores)</translation>
    </message>
    <message>
        <source>Remove it from %1</source>
        <translation>Retirarla de %1</translation>
    </message>
    <message>
        <source>Rename value chain</source>
        <translation>Renombrar cadena de valor</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
</context>
<context>
    <name>ChainPage</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Add supplier</source>
        <translation>Agregar proveedor</translation>
    </message>
    <message>
        <source>Anchor buyer</source>
        <translation>Empresa ancla</translation>
    </message>
    <message>
        <source>Changes (audit log)</source>
        <translation>Cambios (registro de auditoría)</translation>
    </message>
    <message>
        <source>Choose a value chain in the navigator, or create one.</source>
        <translation>Elija una cadena de valor en el navegador, o cree una.</translation>
    </message>
    <message>
        <source>Consultant(s)</source>
        <translation>Consultor(es)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <source>New value chain…</source>
        <translation>Nueva cadena de valor…</translation>
    </message>
    <message>
        <source>Phases: planned and actual dates (double-click to edit)</source>
        <translation>Fases: fechas planificadas y reales (doble clic para editar)</translation>
    </message>
    <message>
        <source>Plan phases from the start</source>
        <translation>Planificar fases desde el inicio</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirar seleccionadas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Suppliers (one value chain each)</source>
        <translation>Proveedores (una cadena de valor cada uno)</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <source>Value chain: %1</source>
        <translation>Cadena de valor: %1</translation>
    </message>
</context>
<context>
    <name>CompanyListDialog</name>
    <message>
        <source>%1 companies read; %2 cells could not be used.</source>
        <translation>%1 empresas leídas; %2 celdas no se pudieron usar.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Company list</source>
        <translation>Lista de empresas</translation>
    </message>
    <message>
        <source>Give each column its role: the company id is required; the other columns fill the company records.</source>
        <translation>Dé a cada columna su rol: el código de empresa es obligatorio; las demás columnas completan las fichas de empresa.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a company list</source>
        <translation>Importar una lista de empresas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>company id</source>
        <translation>código de empresa</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nombre de la empresa</translation>
    </message>
</context>
<context>
    <name>CompanyTabs</name>
    <message>
        <source>Company record</source>
        <translation>Ficha de la empresa</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Results by group (suppliers)</source>
        <translation>Resultados por grupo (proveedores)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Changes (audit log)</source>
        <translation>Cambios (registro de auditoría)</translation>
    </message>
    <message>
        <source>Company record</source>
        <translation>Ficha de la empresa</translation>
    </message>
    <message>
        <source>Membership history:</source>
        <translation>Historial de membresía:</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Tamaño de empresa</translation>
    </message>
    <message>
        <source>Size class: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>Supplied items (item: criticality 1-5; …)</source>
        <translation>Productos suministrados (producto: criticidad 1-5; …)</translation>
    </message>
    <message>
        <source>Value chains: %1</source>
        <translation>Cadenas de valor: %1</translation>
    </message>
</context>
<context>
    <name>GroupResults</name>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>consultant</source>
        <translation>consultor</translation>
    </message>
    <message>
        <source>visit / assessment date</source>
        <translation>fecha de visita / evaluación</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <source>Added</source>
        <translation>Agregadas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>Every survey imported into this programme. Removing an import takes out the assessments it added, and the companies and value chains it created when nothing else uses them (Ctrl+Z brings them back).</source>
        <translation>Cada encuesta importada en este programa. Eliminar una importación retira las evaluaciones que agregó, y las empresas y cadenas de valor que creó cuando nada más las usa (Ctrl+Z las recupera).</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Eliminar importación</translation>
    </message>
    <message>
        <source>Remove import %1 (%2) and everything it added? You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar la importación %1 (%2) y todo lo que agregó? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove the selected import…</source>
        <translation>Eliminar la importación seleccionada…</translation>
    </message>
</context>
<context>
    <name>PhasesTable</name>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin planificado</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio planificado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your name (recorded with every change)</source>
        <translation>Su nombre (se registra con cada cambio)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="93" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="93" />
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="93" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="94" />
        <source>Start → due</source>
        <translation>Inicio → vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="94" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="95" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="95" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="96" />
        <source>Programme / buyer / supplier</source>
        <translation>Programa / empresa ancla / proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="97" />
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="97" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="100" />
        <source>as of</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="101" />
        <source>Save action</source>
        <translation>Guardar acción</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="102" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="103" />
        <source>New action</source>
        <translation>Acción nueva</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="104" />
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../gui/views/company_plan.py" line="257" />
        <source>Agree plan</source>
        <translation>Acordar el plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="261" />
        <source>Agreement date</source>
        <translation>Fecha del acuerdo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="262" />
        <source>Signed for the buyer</source>
        <translation>Firma por la empresa ancla</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="263" />
        <source>Signed for the supplier</source>
        <translation>Firma por el proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="264" />
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
</context>
<context>
    <name>CertificationView</name>
    <message>
        <location filename="../../gui/views/certification.py" line="33" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="34" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="35" />
        <source>By the rule</source>
        <translation>Según la regla</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="36" />
        <source>Checks passed</source>
        <translation>Condiciones cumplidas</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="37" />
        <location filename="../../gui/views/certification.py" line="119" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="38" />
        <location filename="../../gui/views/certification.py" line="120" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="39" />
        <location filename="../../gui/views/certification.py" line="121" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="114" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="115" />
        <source>Checks of the certification rule</source>
        <translation>Condiciones de la regla de certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="116" />
        <source>The consultant's decision</source>
        <translation>La decisión del consultor</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="117" />
        <source>Certify</source>
        <translation>Certificar</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="118" />
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="122" />
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="147" />
        <source>Evaluating the certification rule…</source>
        <translation>Evaluando la regla de certificación…</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="173" />
        <source>meets the rule</source>
        <translation>cumple la regla</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="173" />
        <source>does not meet it yet</source>
        <translation>todavía no la cumple</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="183" />
        <source>Value chain %1</source>
        <translation>Cadena de valor %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="183" />
        <source>Whole programme</source>
        <translation>Todo el programa</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="184" />
        <source>%1 of %2 suppliers meet the rule; %3 certified.</source>
        <translation>%1 de %2 proveedores cumplen la regla; %3 certificados.</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../gui/views/followup.py" line="114" />
        <source>Monthly follow-up</source>
        <translation>Seguimiento mensual</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="115" />
        <source>1. Export the follow-up workbook</source>
        <translation>1. Exportar el libro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="116" />
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="117" />
        <source>Language of the workbook</source>
        <translation>Idioma del libro</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="118" />
        <location filename="../../gui/views/followup.py" line="342" />
        <location filename="../../gui/views/followup.py" line="366" />
        <source>Export follow-up workbook…</source>
        <translation>Exportar libro de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="119" />
        <location filename="../../gui/views/followup.py" line="364" />
        <source>Draft plans for every supplier</source>
        <translation>Proponer planes para cada proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="120" />
        <source>2. Import the filled-in workbook</source>
        <translation>2. Importar el libro completado</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="121" />
        <source>Choose workbook…</source>
        <translation>Elegir libro…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="122" />
        <source>Progress true on (rows without their own date):</source>
        <translation>Avance válido al (filas sin fecha propia):</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="123" />
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="124" />
        <source>Import into the programme</source>
        <translation>Importar al programa</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="126" />
        <source>No workbook chosen.</source>
        <translation>No se eligió ningún libro.</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="175" />
        <source>Export follow-up workbook</source>
        <translation>Exportar libro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="186" />
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="190" />
        <source>Follow-up workbook written: %1</source>
        <translation>Libro de seguimiento escrito: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="195" />
        <source>Import follow-up workbook</source>
        <translation>Importar libro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="247" />
        <location filename="../../gui/views/followup.py" line="256" />
        <source>Not imported yet.</source>
        <translation>Todavía no se importó.</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="255" />
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="262" />
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="343" />
        <location filename="../../gui/views/followup.py" line="368" />
        <source>Import follow-up workbook…</source>
        <translation>Importar libro de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="370" />
        <source>Certification page</source>
        <translation>Página de certificación</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/views/followup.py" line="31" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="32" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="33" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="34" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="35" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="70" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="70" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="70" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="71" />
        <source>Better when</source>
        <translation>Mejor cuando</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="71" />
        <source>Baseline (value, date)</source>
        <translation>Línea base (valor, fecha)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="72" />
        <source>Target (value, date)</source>
        <translation>Meta (valor, fecha)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="72" />
        <source>Roll-up over suppliers</source>
        <translation>Agregación entre proveedores</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="73" />
        <source>Actions it measures</source>
        <translation>Acciones que mide</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="76" />
        <source>Save KPI</source>
        <translation>Guardar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="77" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="78" />
        <source>New KPI</source>
        <translation>Indicador nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="78" />
        <source>KPI %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="84" />
        <source>Custom KPI</source>
        <translation>Indicador propio</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="87" />
        <source>higher (up)</source>
        <translation>mayor (sube)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="87" />
        <source>lower (down)</source>
        <translation>menor (baja)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="89" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="89" />
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="90" />
        <source>mean</source>
        <translation>promedio</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="21" />
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="22" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="23" />
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="24" />
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="25" />
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="26" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="27" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="83" />
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="84" />
        <source>Add KPI</source>
        <translation>Agregar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="85" />
        <source>Edit KPI…</source>
        <translation>Editar indicador…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="86" />
        <source>Delete KPI</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="199" />
        <source>%1 KPIs</source>
        <translation>%1 indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="200" />
        <source>No KPIs yet.</source>
        <translation>Todavía no hay indicadores.</translation>
    </message>
</context>
<context>
    <name>MatrixChooser</name>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="13" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="14" />
        <source>Level now</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="15" />
        <source>Level with this matrix</source>
        <translation>Nivel con esta matriz</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="61" />
        <source>Risk matrix of the programme</source>
        <translation>Matriz de riesgo del programa</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="62" />
        <source>Use this matrix</source>
        <translation>Usar esta matriz</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="63" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="107" />
        <source>%1 of %2 suppliers change level with this matrix.</source>
        <translation>%1 de %2 proveedores cambian de nivel con esta matriz.</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="168" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="168" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="168" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="169" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="169" />
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="172" />
        <source>Add a measurement</source>
        <translation>Agregar una medición</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="173" />
        <source>Save measurement</source>
        <translation>Guardar medición</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="174" />
        <source>Delete selected</source>
        <translation>Eliminar la seleccionada</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../gui/views/company_plan.py" line="26" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="27" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="28" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="29" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="30" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="31" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="32" />
        <source>Done</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="33" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="80" />
        <source>Draft from diagnosis</source>
        <translation>Proponer desde el diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="81" />
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="82" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="83" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="84" />
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="85" />
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="86" />
        <source>Agree plan…</source>
        <translation>Acordar el plan…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="120" />
        <source>No improvement plan yet.</source>
        <translation>Todavía no hay plan de mejora.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="121" />
        <source>%1 actions</source>
        <translation>%1 acciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="133" />
        <source>No plan: draft one from the diagnosis or add actions.</source>
        <translation>Sin plan: propóngalo desde el diagnóstico o agregue acciones.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="135" />
        <source>Draft plan (to be agreed with the buyer and the supplier).</source>
        <translation>Borrador del plan (por acordar con la empresa ancla y el proveedor).</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="138" />
        <source>Agreed on %1 by %2; revision %3.</source>
        <translation>Acordado el %1 por %2; revisión %3.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="156" />
        <source>revision %1</source>
        <translation>revisión %1</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../gui/views/progress.py" line="20" />
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="21" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="22" />
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="23" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="99" />
        <source>Plan burn-up</source>
        <translation>Avance acumulado del plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="99" />
        <source>Actions timeline</source>
        <translation>Cronograma de acciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="99" />
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="100" />
        <source>KPIs before / after</source>
        <translation>Indicadores antes / después</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="100" />
        <source>Rounds compared</source>
        <translation>Rondas comparadas</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="102" />
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="145" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="146" />
        <source>Open a programme to see its progress.</source>
        <translation>Abra un programa para ver su avance.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="152" />
        <source>Progress — %1</source>
        <translation>Avance — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="155" />
        <source>Computing the programme's progress…</source>
        <translation>Calculando el avance del programa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="159" />
        <source>As of %1: %n improvement plan(s), %2 KPIs.</source>
        <translation>
            <numerusform>Al %1: %n plan de mejora, %2 indicadores.</numerusform><numerusform>Al %1: %n planes de mejora, %2 indicadores.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="173" />
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="173" />
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="174" />
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="175" />
        <location filename="../../gui/views/progress.py" line="204" />
        <source>No dated actions in these plans yet.</source>
        <translation>Todavía no hay acciones con fechas en estos planes.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="190" />
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="201" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform><numerusform>%n vencidas</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="236" />
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="236" />
        <source>mean</source>
        <translation>promedio</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="236" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="240" />
        <source>Roll-up over the suppliers:</source>
        <translation>Agregado sobre los proveedores:</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="242" />
        <source>%1 (%2): %3 %4, baseline %5, target %6; %7 of %8 measured</source>
        <translation>%1 (%2): %3 %4, línea base %5, meta %6; %7 de %8 con medición</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262" />
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="263" />
        <source>Expected path</source>
        <translation>Trayectoria esperada</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="265" />
        <source>Select a KPI with measurements.</source>
        <translation>Seleccione un indicador con mediciones.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="276" />
        <source>%1 %
%2 of %3 improved</source>
        <translation>%1 %
%2 de %3 mejoraron</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="280" />
        <source>Baseline = 100</source>
        <translation>Línea base = 100</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="281" />
        <source>Latest (median change)</source>
        <translation>Último (cambio mediano)</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="282" />
        <source>No KPI has a baseline and a measurement yet.</source>
        <translation>Ningún indicador tiene todavía línea base y medición.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="296" />
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="296" />
        <source>Unnumbered</source>
        <translation>Sin número</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="300" />
        <source>No diagnosis rounds to compare.</source>
        <translation>No hay rondas de diagnóstico para comparar.</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="98" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="98" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="99" />
        <source>Inherent L × S</source>
        <translation>P × S inherente</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="99" />
        <source>Controls (one per line)</source>
        <translation>Controles (uno por línea)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="100" />
        <source>Residual L × S</source>
        <translation>P × S residual</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="100" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="101" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="101" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="102" />
        <source>Reason (accept / dismiss)</source>
        <translation>Motivo (aceptar / descartar)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="105" />
        <source>Save risk</source>
        <translation>Guardar riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="106" />
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="107" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="108" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="110" />
        <source>New risk</source>
        <translation>Riesgo nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="112" />
        <source>Risk %1</source>
        <translation>Riesgo %1</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="170" />
        <source>empty: %1 (%2 days, level %3)</source>
        <translation>vacío: %1 (%2 días, nivel %3)</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../gui/views/company_risks.py" line="17" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="18" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="19" />
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="20" />
        <source>Inherent L×S</source>
        <translation>P×S inherente</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="21" />
        <source>Residual level</source>
        <translation>Nivel residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="22" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="23" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="24" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="25" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="60" />
        <source>Add risk</source>
        <translation>Agregar riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="61" />
        <source>Review / edit…</source>
        <translation>Revisar / editar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="62" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="92" />
        <source>%1 risks</source>
        <translation>%1 riesgos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="156" />
        <source>Only hand-entered risks can be deleted; dismiss a derived one.</source>
        <translation>Solo se pueden eliminar los riesgos ingresados a mano; descarte uno derivado.</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <location filename="../../gui/views/risk.py" line="32" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="33" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="34" />
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="35" />
        <source>Worst level</source>
        <translation>Peor nivel</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="36" />
        <source>Open risks</source>
        <translation>Riesgos abiertos</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="141" />
        <source>Risk values:</source>
        <translation>Valores de riesgo:</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="142" />
        <source>Inherent (before controls)</source>
        <translation>Inherente (antes de los controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="143" />
        <source>Residual (after controls)</source>
        <translation>Residual (después de los controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="144" />
        <source>Export heat map as PNG…</source>
        <translation>Exportar mapa de calor como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="145" />
        <source>Choose matrix…</source>
        <translation>Elegir matriz…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="147" />
        <source>Severity →</source>
        <translation>Severidad →</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="148" />
        <source>Likelihood
↑</source>
        <translation>Probabilidad
↑</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="277" />
        <source>Click a cell of the heat map to list its suppliers.</source>
        <translation>Haga clic en una celda del mapa de calor para ver sus proveedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/risk.py" line="280" />
        <source>%1 × %2 (%3): %n supplier(s)</source>
        <translation>
            <numerusform>%1 × %2 (%3): %n proveedor</numerusform><numerusform>%1 × %2 (%3): %n proveedores</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="292" />
        <source>Risk — %1</source>
        <translation>Riesgo — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="292" />
        <source>no programme open</source>
        <translation>ningún programa abierto</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="293" />
        <source>residual</source>
        <translation>residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="293" />
        <source>inherent</source>
        <translation>inherente</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="294" />
        <source>Suppliers by their worst open risk (%1), %2</source>
        <translation>Proveedores según su peor riesgo abierto (%1), %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="297" />
        <source>This programme has no risk register yet.</source>
        <translation>Este programa todavía no tiene registro de riesgos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="306" />
        <source>Levels (suppliers):</source>
        <translation>Niveles (proveedores):</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="309" />
        <source>%1 companies in scope, %2 without open risks; %3 open risks in all.</source>
        <translation>%1 empresas en el alcance, %2 sin riesgos abiertos; %3 riesgos abiertos en total.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/risk.py" line="321" />
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="373" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="246" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="323" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
</context>
</TS>
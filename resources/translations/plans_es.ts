<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="83" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="83" />
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="83" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="84" />
        <source>Start → due</source>
        <translation>Inicio → vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="84" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="85" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="85" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="86" />
        <source>Programme / buyer / supplier</source>
        <translation>Programa / empresa ancla / proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="87" />
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="87" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="90" />
        <source>as of</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="91" />
        <source>Save action</source>
        <translation>Guardar acción</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="92" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="93" />
        <source>New action</source>
        <translation>Acción nueva</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="94" />
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../gui/views/company_plan.py" line="226" />
        <source>Agree plan</source>
        <translation>Acordar el plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="230" />
        <source>Agreement date</source>
        <translation>Fecha del acuerdo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="231" />
        <source>Signed for the buyer</source>
        <translation>Firma por la empresa ancla</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="232" />
        <source>Signed for the supplier</source>
        <translation>Firma por el proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="233" />
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
</context>
<context>
    <name>CertificationView</name>
    <message>
        <location filename="../../gui/views/certification.py" line="21" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="22" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="23" />
        <source>By the rule</source>
        <translation>Según la regla</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="24" />
        <source>Checks passed</source>
        <translation>Condiciones cumplidas</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="25" />
        <location filename="../../gui/views/certification.py" line="107" />
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="26" />
        <location filename="../../gui/views/certification.py" line="108" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="27" />
        <location filename="../../gui/views/certification.py" line="109" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="102" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="103" />
        <source>Checks of the certification rule</source>
        <translation>Condiciones de la regla de certificación</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="104" />
        <source>The consultant's decision</source>
        <translation>La decisión del consultor</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="105" />
        <source>Certify</source>
        <translation>Certificar</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="106" />
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="110" />
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="135" />
        <source>Evaluating the certification rule…</source>
        <translation>Evaluando la regla de certificación…</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="161" />
        <source>meets the rule</source>
        <translation>cumple la regla</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="161" />
        <source>does not meet it yet</source>
        <translation>todavía no la cumple</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="171" />
        <source>Value chain %1</source>
        <translation>Cadena de valor %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="171" />
        <source>Whole programme</source>
        <translation>Todo el programa</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="172" />
        <source>%1 of %2 suppliers meet the rule; %3 certified.</source>
        <translation>%1 de %2 proveedores cumplen la regla; %3 certificados.</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../gui/views/followup.py" line="99" />
        <source>Monthly follow-up</source>
        <translation>Seguimiento mensual</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="100" />
        <source>1. Export the follow-up workbook</source>
        <translation>1. Exportar el libro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="101" />
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="102" />
        <source>Language of the workbook</source>
        <translation>Idioma del libro</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="103" />
        <location filename="../../gui/views/followup.py" line="297" />
        <source>Export follow-up workbook…</source>
        <translation>Exportar libro de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="104" />
        <source>2. Import the filled-in workbook</source>
        <translation>2. Importar el libro completado</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="105" />
        <source>Choose workbook…</source>
        <translation>Elegir libro…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="106" />
        <source>Progress true on (rows without their own date):</source>
        <translation>Avance válido al (filas sin fecha propia):</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="107" />
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="108" />
        <source>Import into the programme</source>
        <translation>Importar al programa</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="110" />
        <source>No workbook chosen.</source>
        <translation>No se eligió ningún libro.</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="132" />
        <source>Export follow-up workbook</source>
        <translation>Exportar libro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="143" />
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="147" />
        <source>Follow-up workbook written: %1</source>
        <translation>Libro de seguimiento escrito: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="152" />
        <source>Import follow-up workbook</source>
        <translation>Importar libro de seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="204" />
        <location filename="../../gui/views/followup.py" line="213" />
        <source>Not imported yet.</source>
        <translation>Todavía no se importó.</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="212" />
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="219" />
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="298" />
        <source>Import follow-up workbook…</source>
        <translation>Importar libro de seguimiento…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/views/followup.py" line="22" />
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="23" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="24" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="25" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="26" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="61" />
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="61" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="61" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="62" />
        <source>Better when</source>
        <translation>Mejor cuando</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="62" />
        <source>Baseline (value, date)</source>
        <translation>Línea base (valor, fecha)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="63" />
        <source>Target (value, date)</source>
        <translation>Meta (valor, fecha)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="63" />
        <source>Roll-up over suppliers</source>
        <translation>Agregación entre proveedores</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="64" />
        <source>Actions it measures</source>
        <translation>Acciones que mide</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="67" />
        <source>Save KPI</source>
        <translation>Guardar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="68" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="69" />
        <source>New KPI</source>
        <translation>Indicador nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="69" />
        <source>KPI %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="75" />
        <source>Custom KPI</source>
        <translation>Indicador propio</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="78" />
        <source>higher (up)</source>
        <translation>mayor (sube)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="78" />
        <source>lower (down)</source>
        <translation>menor (baja)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="80" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="80" />
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="81" />
        <source>mean</source>
        <translation>promedio</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="22" />
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="23" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="24" />
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="25" />
        <source>Change %</source>
        <translation>Cambio %</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="26" />
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="27" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="28" />
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="81" />
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="82" />
        <source>Add KPI</source>
        <translation>Agregar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="83" />
        <source>Edit KPI…</source>
        <translation>Editar indicador…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="84" />
        <source>Delete KPI</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="197" />
        <source>%1 KPIs</source>
        <translation>%1 indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="198" />
        <source>No KPIs yet.</source>
        <translation>Todavía no hay indicadores.</translation>
    </message>
</context>
<context>
    <name>MatrixChooser</name>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="14" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="15" />
        <source>Level now</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="16" />
        <source>Level with this matrix</source>
        <translation>Nivel con esta matriz</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="62" />
        <source>Risk matrix of the programme</source>
        <translation>Matriz de riesgo del programa</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="63" />
        <source>Use this matrix</source>
        <translation>Usar esta matriz</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="64" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="108" />
        <source>%1 of %2 suppliers change level with this matrix.</source>
        <translation>%1 de %2 proveedores cambian de nivel con esta matriz.</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="157" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="157" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="157" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="158" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="158" />
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="161" />
        <source>Add a measurement</source>
        <translation>Agregar una medición</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="162" />
        <source>Save measurement</source>
        <translation>Guardar medición</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="163" />
        <source>Delete selected</source>
        <translation>Eliminar la seleccionada</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../gui/views/company_plan.py" line="19" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="20" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="21" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="22" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="23" />
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="24" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="25" />
        <source>Done</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="26" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="73" />
        <source>Draft from diagnosis</source>
        <translation>Proponer desde el diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="74" />
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="75" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="76" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="77" />
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="78" />
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="79" />
        <source>Agree plan…</source>
        <translation>Acordar el plan…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="112" />
        <source>No improvement plan yet.</source>
        <translation>Todavía no hay plan de mejora.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="113" />
        <source>%1 actions</source>
        <translation>%1 acciones</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="121" />
        <source>No plan: draft one from the diagnosis or add actions.</source>
        <translation>Sin plan: propóngalo desde el diagnóstico o agregue acciones.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="123" />
        <source>Draft plan (to be agreed with the buyer and the supplier).</source>
        <translation>Borrador del plan (por acordar con la empresa ancla y el proveedor).</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="126" />
        <source>Agreed on %1 by %2; revision %3.</source>
        <translation>Acordado el %1 por %2; revisión %3.</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="87" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="87" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="88" />
        <source>Inherent L × S</source>
        <translation>P × S inherente</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="88" />
        <source>Controls (one per line)</source>
        <translation>Controles (uno por línea)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="89" />
        <source>Residual L × S</source>
        <translation>P × S residual</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="89" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="90" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="90" />
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="91" />
        <source>Reason (accept / dismiss)</source>
        <translation>Motivo (aceptar / descartar)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="94" />
        <source>Save risk</source>
        <translation>Guardar riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="95" />
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="96" />
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="97" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="99" />
        <source>New risk</source>
        <translation>Riesgo nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="101" />
        <source>Risk %1</source>
        <translation>Riesgo %1</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="158" />
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
        <location filename="../../gui/views/company_risks.py" line="83" />
        <source>%1 risks</source>
        <translation>%1 riesgos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="147" />
        <source>Only hand-entered risks can be deleted; dismiss a derived one.</source>
        <translation>Solo se pueden eliminar los riesgos ingresados a mano; descarte uno derivado.</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <location filename="../../gui/views/risk.py" line="22" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="23" />
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="24" />
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="25" />
        <source>Worst level</source>
        <translation>Peor nivel</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="26" />
        <source>Open risks</source>
        <translation>Riesgos abiertos</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="131" />
        <source>Risk values:</source>
        <translation>Valores de riesgo:</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="132" />
        <source>Inherent (before controls)</source>
        <translation>Inherente (antes de los controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="133" />
        <source>Residual (after controls)</source>
        <translation>Residual (después de los controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="134" />
        <source>Export heat map as PNG…</source>
        <translation>Exportar mapa de calor como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="135" />
        <source>Choose matrix…</source>
        <translation>Elegir matriz…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="137" />
        <source>Severity →</source>
        <translation>Severidad →</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="138" />
        <source>Likelihood
↑</source>
        <translation>Probabilidad
↑</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="263" />
        <source>Click a cell of the heat map to list its suppliers.</source>
        <translation>Haga clic en una celda del mapa de calor para ver sus proveedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/risk.py" line="266" />
        <source>%1 × %2 (%3): %n supplier(s)</source>
        <translation>
            <numerusform>%1 × %2 (%3): %n proveedor</numerusform><numerusform>%1 × %2 (%3): %n proveedores</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="278" />
        <source>Risk — %1</source>
        <translation>Riesgo — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="278" />
        <source>no programme open</source>
        <translation>ningún programa abierto</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="279" />
        <source>residual</source>
        <translation>residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="279" />
        <source>inherent</source>
        <translation>inherente</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="280" />
        <source>Suppliers by their worst open risk (%1), %2</source>
        <translation>Proveedores según su peor riesgo abierto (%1), %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="283" />
        <source>This programme has no risk register yet.</source>
        <translation>Este programa todavía no tiene registro de riesgos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="292" />
        <source>Levels (suppliers):</source>
        <translation>Niveles (proveedores):</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="295" />
        <source>%1 companies in scope, %2 without open risks; %3 open risks in all.</source>
        <translation>%1 empresas en el alcance, %2 sin riesgos abiertos; %3 riesgos abiertos en total.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/risk.py" line="307" />
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="306" />
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="234" />
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
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
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="93" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="94" />
        <source>Start → due</source>
        <translation>Início → prazo</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="94" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="95" />
        <source>Progress</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="95" />
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="96" />
        <source>Programme / buyer / supplier</source>
        <translation>Programa / empresa âncora / fornecedor</translation>
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
        <translation>em</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="101" />
        <source>Save action</source>
        <translation>Salvar ação</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="102" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="103" />
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <location filename="../../gui/editors/action_editor.py" line="104" />
        <source>Action %1</source>
        <translation>Ação %1</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../gui/views/company_plan.py" line="257" />
        <source>Agree plan</source>
        <translation>Acordar o plano</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="261" />
        <source>Agreement date</source>
        <translation>Data do acordo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="262" />
        <source>Signed for the buyer</source>
        <translation>Assinatura pela empresa âncora</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="263" />
        <source>Signed for the supplier</source>
        <translation>Assinatura pelo fornecedor</translation>
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
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="34" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="35" />
        <source>By the rule</source>
        <translation>Pela regra</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="36" />
        <source>Checks passed</source>
        <translation>Condições cumpridas</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="37" />
        <location filename="../../gui/views/certification.py" line="119" />
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="38" />
        <location filename="../../gui/views/certification.py" line="120" />
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Certificação</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="115" />
        <source>Checks of the certification rule</source>
        <translation>Condições da regra de certificação</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="116" />
        <source>The consultant's decision</source>
        <translation>A decisão do consultor</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="117" />
        <source>Certify</source>
        <translation>Certificar</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="118" />
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="122" />
        <source>Record decision</source>
        <translation>Registrar a decisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="147" />
        <source>Evaluating the certification rule…</source>
        <translation>Avaliando a regra de certificação…</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="173" />
        <source>meets the rule</source>
        <translation>cumpre a regra</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="173" />
        <source>does not meet it yet</source>
        <translation>ainda não a cumpre</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="183" />
        <source>Value chain %1</source>
        <translation>Cadeia de valor %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="183" />
        <source>Whole programme</source>
        <translation>Todo o programa</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="184" />
        <source>%1 of %2 suppliers meet the rule; %3 certified.</source>
        <translation>%1 de %2 fornecedores cumprem a regra; %3 certificados.</translation>
    </message>
</context>
<context>
    <name>FollowupView</name>
    <message>
        <location filename="../../gui/views/followup.py" line="114" />
        <source>Monthly follow-up</source>
        <translation>Acompanhamento mensal</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="115" />
        <source>1. Export the follow-up workbook</source>
        <translation>1. Exportar a pasta de acompanhamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="116" />
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="117" />
        <source>Language of the workbook</source>
        <translation>Idioma da pasta</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="118" />
        <location filename="../../gui/views/followup.py" line="342" />
        <location filename="../../gui/views/followup.py" line="366" />
        <source>Export follow-up workbook…</source>
        <translation>Exportar pasta de acompanhamento…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="119" />
        <location filename="../../gui/views/followup.py" line="364" />
        <source>Draft plans for every supplier</source>
        <translation>Propor planos para cada fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="120" />
        <source>2. Import the filled-in workbook</source>
        <translation>2. Importar a pasta preenchida</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="121" />
        <source>Choose workbook…</source>
        <translation>Escolher pasta…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="122" />
        <source>Progress true on (rows without their own date):</source>
        <translation>Avanço válido em (linhas sem data própria):</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="123" />
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="124" />
        <source>Import into the programme</source>
        <translation>Importar para o programa</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="126" />
        <source>No workbook chosen.</source>
        <translation>Nenhuma pasta escolhida.</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="175" />
        <source>Export follow-up workbook</source>
        <translation>Exportar pasta de acompanhamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="186" />
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="190" />
        <source>Follow-up workbook written: %1</source>
        <translation>Pasta de acompanhamento gravada: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="195" />
        <source>Import follow-up workbook</source>
        <translation>Importar pasta de acompanhamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="247" />
        <location filename="../../gui/views/followup.py" line="256" />
        <source>Not imported yet.</source>
        <translation>Ainda não importado.</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="255" />
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="262" />
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="343" />
        <location filename="../../gui/views/followup.py" line="368" />
        <source>Import follow-up workbook…</source>
        <translation>Importar pasta de acompanhamento…</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="370" />
        <source>Certification page</source>
        <translation>Página de certificação</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/views/followup.py" line="31" />
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="32" />
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="33" />
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="70" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="71" />
        <source>Better when</source>
        <translation>Melhor quando</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="71" />
        <source>Baseline (value, date)</source>
        <translation>Linha de base (valor, data)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="72" />
        <source>Target (value, date)</source>
        <translation>Meta (valor, data)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="72" />
        <source>Roll-up over suppliers</source>
        <translation>Agregação entre fornecedores</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="73" />
        <source>Actions it measures</source>
        <translation>Ações que mede</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="76" />
        <source>Save KPI</source>
        <translation>Salvar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="77" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="78" />
        <source>New KPI</source>
        <translation>Novo indicador</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="78" />
        <source>KPI %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="84" />
        <source>Custom KPI</source>
        <translation>Indicador próprio</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="87" />
        <source>higher (up)</source>
        <translation>maior (sobe)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="87" />
        <source>lower (down)</source>
        <translation>menor (desce)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="89" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="89" />
        <source>sum</source>
        <translation>soma</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="90" />
        <source>mean</source>
        <translation>média</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="23" />
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="24" />
        <source>Change %</source>
        <translation>Variação %</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="25" />
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="26" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="27" />
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="83" />
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="84" />
        <source>Add KPI</source>
        <translation>Adicionar indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="85" />
        <source>Edit KPI…</source>
        <translation>Editar indicador…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="86" />
        <source>Delete KPI</source>
        <translation>Excluir indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="199" />
        <source>%1 KPIs</source>
        <translation>%1 indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="200" />
        <source>No KPIs yet.</source>
        <translation>Ainda não há indicadores.</translation>
    </message>
</context>
<context>
    <name>MatrixChooser</name>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="13" />
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="14" />
        <source>Level now</source>
        <translation>Nível atual</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="15" />
        <source>Level with this matrix</source>
        <translation>Nível com esta matriz</translation>
    </message>
    <message>
        <location filename="../../gui/editors/matrix_chooser.py" line="61" />
        <source>Risk matrix of the programme</source>
        <translation>Matriz de risco do programa</translation>
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
        <translation>%1 de %2 fornecedores mudam de nível com esta matriz.</translation>
    </message>
</context>
<context>
    <name>MeasurementEditor</name>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="168" />
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="169" />
        <source>Measurements</source>
        <translation>Medições</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="172" />
        <source>Add a measurement</source>
        <translation>Adicionar uma medição</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="173" />
        <source>Save measurement</source>
        <translation>Salvar medição</translation>
    </message>
    <message>
        <location filename="../../gui/editors/kpi_editor.py" line="174" />
        <source>Delete selected</source>
        <translation>Excluir a selecionada</translation>
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
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="28" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="29" />
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="30" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="31" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="32" />
        <source>Done</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="33" />
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="80" />
        <source>Draft from diagnosis</source>
        <translation>Propor a partir do diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="81" />
        <source>Add action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="82" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="83" />
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="84" />
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="85" />
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="86" />
        <source>Agree plan…</source>
        <translation>Acordar o plano…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="120" />
        <source>No improvement plan yet.</source>
        <translation>Ainda não há plano de melhoria.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="121" />
        <source>%1 actions</source>
        <translation>%1 ações</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="133" />
        <source>No plan: draft one from the diagnosis or add actions.</source>
        <translation>Sem plano: proponha-o a partir do diagnóstico ou adicione ações.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="135" />
        <source>Draft plan (to be agreed with the buyer and the supplier).</source>
        <translation>Rascunho do plano (a acordar com a empresa âncora e o fornecedor).</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="138" />
        <source>Agreed on %1 by %2; revision %3.</source>
        <translation>Acordado em %1 por %2; revisão %3.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_plan.py" line="156" />
        <source>revision %1</source>
        <translation>revisão %1</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="22" />
        <source>Change %</source>
        <translation>Variação %</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="23" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="99" />
        <source>Plan burn-up</source>
        <translation>Avanço acumulado do plano</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="99" />
        <source>Actions timeline</source>
        <translation>Cronograma de ações</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="99" />
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="100" />
        <source>KPIs before / after</source>
        <translation>Indicadores antes / depois</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="100" />
        <source>Rounds compared</source>
        <translation>Rodadas comparadas</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="102" />
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="145" />
        <source>Progress</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="146" />
        <source>Open a programme to see its progress.</source>
        <translation>Abra um programa para ver seu avanço.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="152" />
        <source>Progress — %1</source>
        <translation>Avanço — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="155" />
        <source>Computing the programme's progress…</source>
        <translation>Calculando o avanço do programa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="159" />
        <source>As of %1: %n improvement plan(s), %2 KPIs.</source>
        <translation>
            <numerusform>Em %1: %n plano de melhoria, %2 indicadores.</numerusform><numerusform>Em %1: %n planos de melhoria, %2 indicadores.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="173" />
        <source>Planned</source>
        <translation>Planejado</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="173" />
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="174" />
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="175" />
        <location filename="../../gui/views/progress.py" line="204" />
        <source>No dated actions in these plans yet.</source>
        <translation>Ainda não há ações com datas nestes planos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="190" />
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="201" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasada</numerusform><numerusform>%n atrasadas</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="236" />
        <source>sum</source>
        <translation>soma</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="236" />
        <source>mean</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="236" />
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="240" />
        <source>Roll-up over the suppliers:</source>
        <translation>Agregado sobre os fornecedores:</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="242" />
        <source>%1 (%2): %3 %4, baseline %5, target %6; %7 of %8 measured</source>
        <translation>%1 (%2): %3 %4, linha de base %5, meta %6; %7 de %8 com medição</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262" />
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="263" />
        <source>Expected path</source>
        <translation>Trajetória esperada</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="265" />
        <source>Select a KPI with measurements.</source>
        <translation>Selecione um indicador com medições.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="276" />
        <source>%1 %
%2 of %3 improved</source>
        <translation>%1 %
%2 de %3 melhoraram</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="280" />
        <source>Baseline = 100</source>
        <translation>Linha de base = 100</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="281" />
        <source>Latest (median change)</source>
        <translation>Último (variação mediana)</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="282" />
        <source>No KPI has a baseline and a measurement yet.</source>
        <translation>Nenhum indicador tem ainda linha de base e medição.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="296" />
        <source>Round %1</source>
        <translation>Rodada %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="296" />
        <source>Unnumbered</source>
        <translation>Sem número</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="300" />
        <source>No diagnosis rounds to compare.</source>
        <translation>Não há rodadas de diagnóstico para comparar.</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="98" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="98" />
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="99" />
        <source>Inherent L × S</source>
        <translation>P × S inerente</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="99" />
        <source>Controls (one per line)</source>
        <translation>Controles (um por linha)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="100" />
        <source>Residual L × S</source>
        <translation>P × S residual</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="100" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="101" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="101" />
        <source>Next review</source>
        <translation>Próxima revisão</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="102" />
        <source>Reason (accept / dismiss)</source>
        <translation>Motivo (aceitar / descartar)</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="105" />
        <source>Save risk</source>
        <translation>Salvar risco</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="106" />
        <source>Accept</source>
        <translation>Aceitar</translation>
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
        <translation>Novo risco</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="112" />
        <source>Risk %1</source>
        <translation>Risco %1</translation>
    </message>
    <message>
        <location filename="../../gui/editors/risk_editor.py" line="170" />
        <source>empty: %1 (%2 days, level %3)</source>
        <translation>vazio: %1 (%2 dias, nível %3)</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="19" />
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="20" />
        <source>Inherent L×S</source>
        <translation>P×S inerente</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="21" />
        <source>Residual level</source>
        <translation>Nível residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="22" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="23" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="24" />
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="25" />
        <source>Next review</source>
        <translation>Próxima revisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="60" />
        <source>Add risk</source>
        <translation>Adicionar risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="61" />
        <source>Review / edit…</source>
        <translation>Revisar / editar…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="62" />
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="92" />
        <source>%1 risks</source>
        <translation>%1 riscos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_risks.py" line="156" />
        <source>Only hand-entered risks can be deleted; dismiss a derived one.</source>
        <translation>Só é possível excluir riscos inseridos à mão; descarte um derivado.</translation>
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
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="34" />
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="35" />
        <source>Worst level</source>
        <translation>Pior nível</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="36" />
        <source>Open risks</source>
        <translation>Riscos abertos</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="141" />
        <source>Risk values:</source>
        <translation>Valores de risco:</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="142" />
        <source>Inherent (before controls)</source>
        <translation>Inerente (antes dos controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="143" />
        <source>Residual (after controls)</source>
        <translation>Residual (depois dos controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="144" />
        <source>Export heat map as PNG…</source>
        <translation>Exportar mapa de calor como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="145" />
        <source>Choose matrix…</source>
        <translation>Escolher matriz…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="147" />
        <source>Severity →</source>
        <translation>Severidade →</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="148" />
        <source>Likelihood
↑</source>
        <translation>Probabilidade
↑</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="277" />
        <source>Click a cell of the heat map to list its suppliers.</source>
        <translation>Clique em uma célula do mapa de calor para ver seus fornecedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/risk.py" line="280" />
        <source>%1 × %2 (%3): %n supplier(s)</source>
        <translation>
            <numerusform>%1 × %2 (%3): %n fornecedor</numerusform><numerusform>%1 × %2 (%3): %n fornecedores</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="292" />
        <source>Risk — %1</source>
        <translation>Risco — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="292" />
        <source>no programme open</source>
        <translation>nenhum programa aberto</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="293" />
        <source>residual</source>
        <translation>residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="293" />
        <source>inherent</source>
        <translation>inerente</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="294" />
        <source>Suppliers by their worst open risk (%1), %2</source>
        <translation>Fornecedores pelo pior risco aberto (%1), %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="297" />
        <source>This programme has no risk register yet.</source>
        <translation>Este programa ainda não tem registro de riscos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="306" />
        <source>Levels (suppliers):</source>
        <translation>Níveis (fornecedores):</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="309" />
        <source>%1 companies in scope, %2 without open risks; %3 open risks in all.</source>
        <translation>%1 empresas no escopo, %2 sem riscos abertos; %3 riscos abertos no total.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/risk.py" line="321" />
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/followup.py" line="373" />
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/certification.py" line="246" />
        <source>Certification</source>
        <translation>Certificação</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="323" />
        <source>Progress</source>
        <translation>Avanço</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
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
        <translation>Capacidade</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="19" />
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="20" />
        <source>Certification</source>
        <translation>Certificação</translation>
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
        <translation>Produtos e serviços
(um por linha)</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="145" />
        <source>Classification codes</source>
        <translation>Códigos de classificação</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="146" />
        <source>Processes
(one per line)</source>
        <translation>Processos
(um por linha)</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="147" />
        <source>Monthly capacity</source>
        <translation>Capacidade mensal</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="147" />
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="148" />
        <source>Municipality</source>
        <translation>Município</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="148" />
        <source>Exports</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="149" />
        <source>Export markets</source>
        <translation>Mercados de exportação</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="149" />
        <source>Profile verified on</source>
        <translation>Perfil verificado em</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="152" />
        <source>e.g. 22, 2511 (separated by commas)</source>
        <translation>p. ex. 22, 2511 (separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="153" />
        <source>Has export experience</source>
        <translation>Tem experiência exportadora</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="154" />
        <source>Verified today</source>
        <translation>Verificado hoje</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="155" />
        <source>Machinery inventory</source>
        <translation>Inventário de máquinas</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="156" />
        <source>Certifications held</source>
        <translation>Certificações vigentes</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="158" />
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="159" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="160" />
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="161" />
        <source>Revert</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="215" />
        <source>index %1</source>
        <translation>índice %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/company_tabs/capabilities.py" line="218" />
        <source>%n critical gap(s)</source>
        <translation><numerusform>%n lacuna crítica</numerusform><numerusform>%n lacunas críticas</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="219" />
        <source>risk: %1</source>
        <translation>risco: %1</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="220" />
        <source>no open risk</source>
        <translation>sem riscos abertos</translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="221" />
        <source>From the diagnosis:</source>
        <translation>Segundo o diagnóstico:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/company_tabs/capabilities.py" line="230" />
        <source>This profile was not verified in the last %n month(s): check it with the supplier.</source>
        <translation><numerusform>Este perfil não foi verificado no último mês: confira-o com o fornecedor.</numerusform><numerusform>Este perfil não foi verificado nos últimos %n meses: confira-o com o fornecedor.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/company_tabs/capabilities.py" line="233" />
        <source>No capability profile yet: fill it in with the supplier so that buyers can find it in the directory.</source>
        <translation>Ainda não há perfil de capacidades: preencha-o com o fornecedor para que os compradores o encontrem no diretório.</translation>
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
        <translation>Nova demanda</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="37" />
        <location filename="../../gui/dialogs/demand_dialog.py" line="40" />
        <source>Any</source>
        <translation>Qualquer</translation>
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
        <translation>Especificação</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="49" />
        <source>Classification codes</source>
        <translation>Códigos de classificação</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="50" />
        <source>Processes</source>
        <translation>Processos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="51" />
        <source>Required certifications</source>
        <translation>Certificações exigidas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="52" />
        <source>Preferred certifications</source>
        <translation>Certificações desejáveis</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="53" />
        <source>Minimum band</source>
        <translation>Faixa mínima</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="54" />
        <source>Maximum risk</source>
        <translation>Risco máximo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="55" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="56" />
        <source>Frequency</source>
        <translation>Frequência</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="57" />
        <source>Preferred region</source>
        <translation>Região preferida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="58" />
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/demand_dialog.py" line="61" />
        <source>separated by commas</source>
        <translation>separadas por vírgulas</translation>
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
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="21" />
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="22" />
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="23" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="25" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="26" />
        <source>Why</source>
        <translation>Por quê</translation>
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
        <translation>Demandas dos compradores</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="107" />
        <source>New demand…</source>
        <translation>Nova demanda…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="108" />
        <source>Match settings…</source>
        <translation>Critérios de busca…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="109" />
        <source>Import demands…</source>
        <translation>Importar demandas…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="110" />
        <source>Pipeline stage…</source>
        <translation>Etapa do processo…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="111" />
        <source>Plan an action for what it lacks</source>
        <translation>Planejar uma ação para o que falta</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="112" />
        <source>Shortlist workbook…</source>
        <translation>Lista curta em Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="113" />
        <source>Shortlist PDF…</source>
        <translation>Lista curta em PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="174" />
        <source>Register a demand to see the suppliers that match it.</source>
        <translation>Registre uma demanda para ver os fornecedores que a atendem.</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="201" />
        <source>%1: %2 — %3 qualify, %4 nearly qualify.</source>
        <translation>%1: %2 — %3 qualificados, %4 quase qualificados.</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="235" />
        <source>New demand</source>
        <translation>Nova demanda</translation>
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
        <translation>Pastas de trabalho (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="294" />
        <source>Pipeline</source>
        <translation>Processo de encadeamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="318" />
        <location filename="../../gui/views/demands.py" line="334" />
        <source>shortlist</source>
        <translation>lista curta</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="319" />
        <source>Shortlist workbook</source>
        <translation>Lista curta em Excel</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="320" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="335" />
        <source>Shortlist PDF</source>
        <translation>Lista curta em PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="336" />
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="347" />
        <source>Shortlist</source>
        <translation>Lista curta</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="19" />
        <source>Products and services</source>
        <translation>Produtos e serviços</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="20" />
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="21" />
        <source>Certifications</source>
        <translation>Certificações</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="22" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="23" />
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="24" />
        <source>Risk</source>
        <translation>Risco</translation>
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
        <translation>Diretório de fornecedores</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="111" />
        <source>Products, processes, machinery, names… (accents and case do not matter)</source>
        <translation>Produtos, processos, máquinas, nomes… (acentos e maiúsculas não importam)</translation>
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
        <translation>Certificação</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="114" />
        <source>Band at least</source>
        <translation>Faixa mínima</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="115" />
        <source>Risk at most</source>
        <translation>Risco máximo</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="115" />
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="116" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="119" />
        <source>e.g. 22 or 2511</source>
        <translation>p. ex. 22 ou 2511</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="120" />
        <source>e.g. ISO 9001</source>
        <translation>p. ex. ISO 9001</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="121" />
        <source>Export workbook…</source>
        <translation>Exportar para Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="122" />
        <source>Print catalogue (PDF)…</source>
        <translation>Imprimir catálogo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="123" />
        <source>Import profiles…</source>
        <translation>Importar perfis…</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="147" />
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="162" />
        <source>Fresh only</source>
        <translation>Somente atualizados</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="163" />
        <source>Stale only</source>
        <translation>Somente desatualizados</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="222" />
        <source>stale</source>
        <translation>desatualizado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/directory.py" line="233" />
        <source>%n supplier(s)</source>
        <translation><numerusform>%n fornecedor</numerusform><numerusform>%n fornecedores</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/directory.py" line="235" />
        <source>%n stale profile(s)</source>
        <translation><numerusform>%n perfil desatualizado</numerusform><numerusform>%n perfis desatualizados</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="246" />
        <location filename="../../gui/views/directory.py" line="258" />
        <source>Export the directory</source>
        <translation>Exportar o diretório</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="247" />
        <source>directory</source>
        <translation>diretorio</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="248" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="261" />
        <location filename="../../gui/views/directory.py" line="272" />
        <source>Print the catalogue</source>
        <translation>Imprimir o catálogo</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="262" />
        <source>supplier catalogue</source>
        <translation>catálogo de fornecedores</translation>
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
        <translation>Importar perfis de capacidades</translation>
    </message>
    <message>
        <location filename="../../gui/views/directory.py" line="276" />
        <source>Workbooks (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Pastas de trabalho (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>MatchSettings</name>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="9" />
        <source>Preferred certifications held</source>
        <translation>Certificações desejáveis vigentes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="10" />
        <source>Processes offered</source>
        <translation>Processos oferecidos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="11" />
        <source>Diagnosis index</source>
        <translation>Índice do diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="12" />
        <source>Low risk</source>
        <translation>Risco baixo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="13" />
        <source>Same region</source>
        <translation>Mesma região</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="14" />
        <source>Profile verified recently</source>
        <translation>Perfil verificado recentemente</translation>
    </message>
</context>
<context>
    <name>MatchSettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="20" />
        <source>Match settings</source>
        <translation>Critérios de busca</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="33" />
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="37" />
        <source>A profile is stale after</source>
        <translation>Um perfil fica desatualizado após</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_settings.py" line="38" />
        <source>'Nearly qualifies': requirements missing at most</source>
        <translation>«Quase qualificado»: requisitos faltantes no máximo</translation>
    </message>
</context>
<context>
    <name>MatchStageDialog</name>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="15" />
        <source>Pipeline: %1</source>
        <translation>Processo: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="30" />
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="31" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="32" />
        <source>Value of the first transaction</source>
        <translation>Valor da primeira transação</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/match_stage.py" line="33" />
        <source>Reason (when closed)</source>
        <translation>Motivo (se encerrado)</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/directory.py" line="297" />
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <location filename="../../gui/views/demands.py" line="356" />
        <source>Demands</source>
        <translation>Demandas</translation>
    </message>
</context>
</TS>
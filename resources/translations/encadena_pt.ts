<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="49"/>
        <source>About Encadena</source>
        <translation>Sobre o Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="51"/>
        <source>Encadena {version}
Supplier development programmes, offline.
Licensed under the Apache License, Version 2.0. It redistributes these components under their own licences (Qt and PySide6 under the LGPL-3.0: you may replace those libraries, see the notices below).</source>
        <translation>Encadena {version}
Programas de desenvolvimento de fornecedores, offline.
Publicado sob a Licença Apache, versão 2.0. Redistribui estes componentes sob as suas próprias licenças (Qt e PySide6 sob a LGPL-3.0: você pode substituir essas bibliotecas, veja os avisos abaixo).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="55"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="55"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/about.py" line="56"/>
        <source>Licence</source>
        <translation>Licença</translation>
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
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="17"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="18"/>
        <source>Band</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="19"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="20"/>
        <source>Plan progress</source>
        <translation>Avanço do plano</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="21"/>
        <source>Size</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="22"/>
        <source>Round</source>
        <translation>Rodada</translation>
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
        <translation>Buscar por id, nome ou cadeia de valor…</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="104"/>
        <source>Export table…</source>
        <translation>Exportar tabela…</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="105"/>
        <source>Save the rows shown, as shown, to a CSV file.</source>
        <translation>Salva as linhas visíveis, como aparecem, em um arquivo CSV.</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="162"/>
        <source>All bands</source>
        <translation>Todos os níveis</translation>
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
        <translation>Exportar tabela</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <location filename="../../gui/programme_data.py" line="100"/>
        <source>Round %1</source>
        <translation>Rodada %1</translation>
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
        <translation>pontuação da área</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="118"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="145"/>
        <source>Improvement opportunities</source>
        <translation>Oportunidades de melhoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="145"/>
        <source>Critical gaps</source>
        <translation>Lacunas críticas</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="120"/>
        <source>Risk register</source>
        <translation>Registro de riscos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="121"/>
        <source>Improvement plan</source>
        <translation>Plano de melhoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="122"/>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <source>Item</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="127"/>
        <source>Score</source>
        <translation>Pontuação</translation>
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
        <translation>Pontos de índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="129"/>
        <source>Choose a company in the navigator or the companies table.</source>
        <translation>Escolha uma empresa no navegador ou na tabela de empresas.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="193"/>
        <source>Index %1</source>
        <translation>Índice %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="221"/>
        <source>Previous round</source>
        <translation>Rodada anterior</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="224"/>
        <source>Current</source>
        <translation>Atual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="235"/>
        <source>No critical gaps.</source>
        <translation>Sem lacunas críticas.</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="20"/>
        <source>Current (file)</source>
        <translation>Atual (arquivo)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="21"/>
        <source>Current index</source>
        <translation>Índice atual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="23"/>
        <source>Incoming (file)</source>
        <translation>Entrante (arquivo)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="24"/>
        <source>Incoming index</source>
        <translation>Índice entrante</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="26"/>
        <source>Questions that differ</source>
        <translation>Perguntas que diferem</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="30"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="31"/>
        <source>Current answer</source>
        <translation>Resposta atual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="32"/>
        <source>Incoming answer</source>
        <translation>Resposta recebida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="98"/>
        <source>These diagnoses were imported for a company and date that already had different answers. Nothing was overwritten: compare both versions below and keep the current version or the incoming one, for this diagnosis or for every conflict from the same file.</source>
        <translation>Estes diagnósticos foram importados para uma empresa e data que já tinham respostas diferentes. Nada foi sobrescrito: compare as duas versões abaixo e mantenha a versão atual ou a recebida, para este diagnóstico ou para todos os conflitos do mesmo arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="153"/>
        <source>Diagnosis of %1 on %2. Current: %3 (imported %4). Incoming: %5 (imported %6).</source>
        <translation>Diagnóstico de %1 em %2. Atual: %3 (importado em %4). Recebido: %5 (importado em %6).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="96"/>
        <source>Conflicting answers</source>
        <translation>Respostas em conflito</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="101"/>
        <source>Keep current</source>
        <translation>Manter a atual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="102"/>
        <source>Keep incoming</source>
        <translation>Manter a entrante</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="103"/>
        <source>Keep current for the whole file</source>
        <translation>Manter a atual em todo o arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="104"/>
        <source>Keep incoming for the whole file</source>
        <translation>Manter a recebida em todo o arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/conflicts.py" line="118"/>
        <source>%1 conflicts</source>
        <translation>%1 conflitos</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../gui/views/dashboard.py" line="227"/>
        <source>Figure</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="260"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="261"/>
        <source>Suppliers improving</source>
        <translation>Fornecedores que melhoram</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="262"/>
        <source>Median change %</source>
        <translation>Variação mediana %</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="263"/>
        <source>Best change %</source>
        <translation>Melhor variação %</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="264"/>
        <source>Total increase</source>
        <translation>Aumento total</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="265"/>
        <source>Value chains improving</source>
        <translation>Cadeias de valor que melhoram</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="298"/>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="299"/>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="300"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="302"/>
        <source>What is still missing</source>
        <translation>O que ainda falta</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../gui/views/dashboard.py" line="119"/>
        <source>Band distribution per diagnosis round</source>
        <translation>Distribuição por nível em cada rodada de diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="120"/>
        <source>Value chains side by side</source>
        <translation>Cadeias de valor lado a lado</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="121"/>
        <source>Phase timeline per value chain (planned bar, actual line below)</source>
        <translation>Cronograma de fases por cadeia de valor (barra planejada, linha real abaixo)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="122"/>
        <source>KPI results</source>
        <translation>Resultados dos indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="122"/>
        <source>Certification status</source>
        <translation>Situação da certificação</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="127"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="145"/>
        <source>Programme dashboard — %1</source>
        <translation>Painel do programa — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="147"/>
        <source>Open a programme to see its dashboard.</source>
        <translation>Abra um programa para ver seu painel.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="151"/>
        <source>Computing the programme&apos;s figures…</source>
        <translation>Calculando os números do programa…</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="171"/>
        <source>As of %1: %2 value chains, %3 suppliers. Between rounds %4 of %5 companies improved their index (mean change %6 points). %7 of %8 suppliers are certified.</source>
        <translation>Em %1: %2 cadeias de valor, %3 fornecedores. Entre rodadas, %4 de %5 empresas melhoraram seu índice (variação média de %6 pontos). %7 de %8 fornecedores estão certificados.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="192"/>
        <source>Round %1</source>
        <translation>Rodada %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="192"/>
        <source>Unnumbered</source>
        <translation>Sem número</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="198"/>
        <source>No diagnosis yet.</source>
        <translation>Ainda não há diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="213"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="214"/>
        <source>Mean index, first round</source>
        <translation>Índice médio, primeira rodada</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="215"/>
        <source>Mean index, latest round</source>
        <translation>Índice médio, última rodada</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="216"/>
        <source>Mean index change</source>
        <translation>Variação do índice médio</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="217"/>
        <source>Companies improved</source>
        <translation>Empresas que melhoraram</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="217"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="219"/>
        <source>Improvement plans</source>
        <translation>Planos de melhoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="220"/>
        <source>Plans done (actions)</source>
        <translation>Planos concluídos (ações)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="221"/>
        <source>Months planned</source>
        <translation>Meses planejados</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="248"/>
        <source>No phase dates planned yet.</source>
        <translation>Ainda não há datas de fases planejadas.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="297"/>
        <source>Certified</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="297"/>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <location filename="../../gui/widgets/heatmap.py" line="105"/>
        <source>%1 × %2: level %3
%4 suppliers placed here (worst open risk), %5 open risks</source>
        <translation>%1 × %2: nível %3
%4 fornecedores aqui (pior risco aberto), %5 riscos abertos</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="25"/>
        <source>item name</source>
        <translation>nome da pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="26"/>
        <source>question text</source>
        <translation>texto da pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="27"/>
        <source>KoboToolbox path</source>
        <translation>caminho do KoboToolbox</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="28"/>
        <source>ODK path</source>
        <translation>caminho do ODK</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="29"/>
        <source>one option of a multiple choice</source>
        <translation>uma opção de múltipla escolha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="30"/>
        <source>company id</source>
        <translation>id da empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="31"/>
        <source>company name</source>
        <translation>nome da empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="32"/>
        <source>form metadata (kept, not scored)</source>
        <translation>metadados do formulário (mantidos, sem pontuação)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="33"/>
        <source>chosen by you</source>
        <translation>escolhida por você</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="34"/>
        <source>not matched</source>
        <translation>sem correspondência</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="370"/>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="371"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="372"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="373"/>
        <source>Question</source>
        <translation>Pergunta</translation>
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
        <translation>Importar uma pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="140"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 conflicts, %5 errors.</source>
        <translation>Importado: %1 novas, %2 atualizadas, %3 sem alterações, %4 conflitos, %5 erros.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="146"/>
        <source>Resolve the conflicts with File &gt; Resolve conflicting answers.</source>
        <translation>Resolva os conflitos em Arquivo &gt; Resolver respostas em conflito.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="150"/>
        <location filename="../../gui/dialogs/import_wizard.py" line="165"/>
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="156"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
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
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="20"/>
        <source>Baseline</source>
        <translation>Linha de base</translation>
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
        <translation>Variação %</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_kpis.py" line="17"/>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Ainda não há indicadores.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>&amp;New programme…</source>
        <translation>&amp;Novo programa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Open programme…</source>
        <translation>&amp;Abrir programa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>Open the &amp;demo programme</source>
        <translation>Abrir o programa de &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Import survey…</source>
        <translation>&amp;Importar pesquisa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Import a survey workbook (Ctrl+I)</source>
        <translation>Importar uma pasta de pesquisa (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="179"/>
        <source>&amp;Close programme</source>
        <translation>&amp;Fechar programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="180"/>
        <source>Save a &amp;copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>A consistent single-file copy, e.g. to e-mail to the chamber</source>
        <translation>Uma cópia íntegra em um só arquivo, por exemplo para enviar à câmara por e-mail</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182"/>
        <source>&amp;Merge other consultants&apos; files…</source>
        <translation>&amp;Mesclar arquivos de outros consultores…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>Resolve &amp;conflicting answers…</source>
        <translation>Resolver respostas em &amp;conflito…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;About Encadena</source>
        <translation>&amp;Sobre o Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187"/>
        <source>&amp;Start page</source>
        <translation>Página &amp;inicial</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Reading companies, risks and plans…</source>
        <translation>Lendo empresas, riscos e planos…</translation>
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
        <translation>Programas do Encadena (*.encadena)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289"/>
        <source>Demo programme</source>
        <translation>Programa de demonstração</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>This installation has no demo programme.</source>
        <translation>Esta instalação não inclui o programa de demonstração.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="310"/>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>Saved a copy to %1</source>
        <translation>Cópia salva em %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="323"/>
        <source>Merge other consultants&apos; files</source>
        <translation>Mesclar arquivos de outros consultores</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335"/>
        <source>%1: %2 assessments added, %3 unchanged, %4 conflicts, %5 companies added.</source>
        <translation>%1: %2 diagnósticos adicionados, %3 sem alterações, %4 conflitos, %5 empresas adicionadas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="339"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="383"/>
        <source>No recent files yet.</source>
        <translation>Ainda não há arquivos recentes.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="212"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="213"/>
        <source>How each column matched a question. Pick a question for any column that did not match, or correct a match.</source>
        <translation>Como cada coluna correspondeu a uma pergunta. Escolha uma pergunta para as colunas sem correspondência ou corrija uma correspondência.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="215"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="215"/>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="215"/>
        <source>Matched by</source>
        <translation>Corresponde por</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="216"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="257"/>
        <source>Header on row %1: %2 columns matched, %3 not matched, %4 scored questions without a column.</source>
        <translation>Cabeçalho na linha %1: %2 colunas reconhecidas, %3 sem correspondência, %4 perguntas pontuáveis sem coluna.</translation>
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
        <translation>… e mais %1 (veja a tabela de empresas)</translation>
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
        <translation>Bolívia</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="15"/>
        <source>10 to 1,000 × GNI per capita</source>
        <translation>10 a 1.000 × RNB per capita</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="30"/>
        <location filename="../../gui/dialogs/new_programme.py" line="67"/>
        <source>New programme</source>
        <translation>Novo programa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="38"/>
        <location filename="../../gui/dialogs/new_programme.py" line="42"/>
        <source>From the country</source>
        <translation>Conforme o país</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="46"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="58"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="59"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="60"/>
        <source>Company size classes</source>
        <translation>Classes de porte de empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="61"/>
        <source>Numbers in surveys</source>
        <translation>Números nas pesquisas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="62"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="68"/>
        <source>Encadena programmes (*.encadena)</source>
        <translation>Programas do Encadena (*.encadena)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="309"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="310"/>
        <source>How numbers are written, and where the assessments belong.</source>
        <translation>Como os números são escritos e a que pertencem os diagnósticos.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="311"/>
        <source>Numbers written with a decimal comma (1.234,5)</source>
        <translation>Números com vírgula decimal (1.234,5)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="312"/>
        <source>Use this date when a row has none</source>
        <translation>Usar esta data quando uma linha não tiver</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="313"/>
        <source>Refuse the whole file if any cell is invalid</source>
        <translation>Recusar o arquivo inteiro se alguma célula for inválida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="314"/>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="314"/>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="314"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../gui/views/dashboard.py" line="21"/>
        <source>Formalisation</source>
        <translation>Formalização</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="22"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="23"/>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="24"/>
        <source>Improvement plan</source>
        <translation>Plano de melhoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="25"/>
        <source>Implementation</source>
        <translation>Implementação</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="26"/>
        <source>Documentation</source>
        <translation>Documentação</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="29"/>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="30"/>
        <source>done %1 days late</source>
        <translation>concluída com %1 dias de atraso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="31"/>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="32"/>
        <source>%1 days late</source>
        <translation>%1 dias de atraso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="33"/>
        <source>start %1 days late</source>
        <translation>início com %1 dias de atraso</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="34"/>
        <source>not started</source>
        <translation>não iniciada</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="35"/>
        <source>no dates</source>
        <translation>sem datas</translation>
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
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="28"/>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="29"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="30"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="31"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="32"/>
        <source>Done</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="187"/>
        <source>Update progress…</source>
        <translation>Atualizar avanço…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="211"/>
        <source>No improvement plan yet.</source>
        <translation>Ainda não há plano de melhoria.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="212"/>
        <source>%1 actions</source>
        <translation>%1 ações</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="218"/>
        <source>Update progress</source>
        <translation>Atualizar avanço</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="43"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="44"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="45"/>
        <source>Survey numbers use a decimal comma (1.234,5) by default</source>
        <translation>Os números das pesquisas usam vírgula decimal (1.234,5) por padrão</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="22"/>
        <source>Change %</source>
        <translation>Variação %</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="91"/>
        <source>Plan burn-up</source>
        <translation>Avanço acumulado do plano</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="91"/>
        <source>Actions timeline</source>
        <translation>Cronograma de ações</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="91"/>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="92"/>
        <source>KPIs before / after</source>
        <translation>Indicadores antes / depois</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="92"/>
        <source>Rounds compared</source>
        <translation>Rodadas comparadas</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="94"/>
        <source>Export chart as PNG…</source>
        <translation>Exportar gráfico como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="137"/>
        <source>Progress</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="138"/>
        <source>Open a programme to see its progress.</source>
        <translation>Abra um programa para ver seu avanço.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="144"/>
        <source>Progress — %1</source>
        <translation>Avanço — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="147"/>
        <source>Computing the programme&apos;s progress…</source>
        <translation>Calculando o avanço do programa…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="151"/>
        <source>As of %1: %n improvement plan(s), %2 KPIs.</source>
        <translation>
            <numerusform>Em %1: %n plano de melhoria, %2 indicadores.</numerusform>
            <numerusform>Em %1: %n planos de melhoria, %2 indicadores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="165"/>
        <source>Planned</source>
        <translation>Planejado</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="165"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="166"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="167"/>
        <location filename="../../gui/views/progress.py" line="196"/>
        <source>No dated actions in these plans yet.</source>
        <translation>Ainda não há ações com datas nestes planos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="182"/>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/progress.py" line="193"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasada</numerusform>
            <numerusform>%n atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="227"/>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="227"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="228"/>
        <source>Expected path</source>
        <translation>Trajetória esperada</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="230"/>
        <source>Select a KPI with measurements.</source>
        <translation>Selecione um indicador com medições.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="241"/>
        <source>%1 %
%2 of %3 improved</source>
        <translation>%1 %
%2 de %3 melhoraram</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="245"/>
        <source>Baseline = 100</source>
        <translation>Linha de base = 100</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="246"/>
        <source>Latest (median change)</source>
        <translation>Último (variação mediana)</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="247"/>
        <source>No KPI has a baseline and a measurement yet.</source>
        <translation>Nenhum indicador tem ainda linha de base e medição.</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262"/>
        <source>Round %1</source>
        <translation>Rodada %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="262"/>
        <source>Unnumbered</source>
        <translation>Sem número</translation>
    </message>
    <message>
        <location filename="../../gui/views/progress.py" line="266"/>
        <source>No diagnosis rounds to compare.</source>
        <translation>Não há rodadas de diagnóstico para comparar.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../gui/charts.py" line="54"/>
        <source>A radar needs at least three areas with scores.</source>
        <translation>Um radar precisa de pelo menos três áreas com pontuação.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../gui/reports/menu.py" line="46"/>
        <location filename="../../gui/reports/menu.py" line="51"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="69"/>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="70"/>
        <source>Value chain:</source>
        <translation>Cadeia de valor:</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="78"/>
        <source>Supplier report</source>
        <translation>Relatório do fornecedor</translation>
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
        <translation>Pasta para os relatórios de fornecedores</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="108"/>
        <source>Value chain report</source>
        <translation>Relatório da cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="123"/>
        <location filename="../../gui/smoke.py" line="167"/>
        <source>Programme report</source>
        <translation>Relatório do programa</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="139"/>
        <source>Results workbook</source>
        <translation>Pasta de resultados</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="140"/>
        <location filename="../../gui/reports/menu.py" line="173"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="153"/>
        <source>Folder for the CSV files</source>
        <translation>Pasta para os arquivos CSV</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="168"/>
        <location filename="../../gui/reports/menu.py" line="172"/>
        <source>Survey template</source>
        <translation>Modelo de pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="169"/>
        <source>Toolkit:</source>
        <translation>Ferramenta:</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../gui/reports/menu.py" line="225"/>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="226"/>
        <source>&amp;Supplier diagnostic report (PDF)…</source>
        <translation>Relatório de &amp;diagnóstico do fornecedor (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="227"/>
        <source>Supplier reports of a &amp;value chain (PDF)…</source>
        <translation>Relatórios de fornecedores de uma &amp;cadeia de valor (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="228"/>
        <source>Value &amp;chain report (PDF)…</source>
        <translation>Relatório da &amp;cadeia de valor (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="229"/>
        <source>&amp;Programme report for funders (PDF)…</source>
        <translation>Relatório do &amp;programa para financiadores (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="230"/>
        <source>Results &amp;workbook (Excel)…</source>
        <translation>Pasta de &amp;resultados (Excel)…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="231"/>
        <source>Results as CS&amp;V files…</source>
        <translation>Resultados como arquivos CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../gui/reports/menu.py" line="232"/>
        <source>Survey &amp;template (Excel)…</source>
        <translation>&amp;Modelo de pesquisa (Excel)…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="359"/>
        <source>Check and import</source>
        <translation>Verificar e importar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="360"/>
        <source>Cells that cannot be used are listed below; the rest of each row is still scored unless you chose to refuse the file.</source>
        <translation>Abaixo estão as células que não podem ser usadas; o restante de cada linha é pontuado, a menos que você tenha escolhido recusar o arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="362"/>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="363"/>
        <location filename="../../gui/dialogs/import_pages.py" line="383"/>
        <source>Import into the programme</source>
        <translation>Importar para o programa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="379"/>
        <source>%1 responses read from sheet &apos;%2&apos;; %3 cells cannot be used.</source>
        <translation>%1 respostas lidas da planilha “%2”; %3 células não podem ser usadas.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="385"/>
        <source>Create a programme and import…</source>
        <translation>Criar um programa e importar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="389"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="18"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="19"/>
        <source>Inherent L×S</source>
        <translation>P×S inerente</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="20"/>
        <source>Residual level</source>
        <translation>Nível residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="21"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="22"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="23"/>
        <source>Next review</source>
        <translation>Próxima revisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="112"/>
        <source>Accept derived risk</source>
        <translation>Aceitar risco derivado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="113"/>
        <source>Dismiss derived risk</source>
        <translation>Descartar risco derivado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="132"/>
        <source>%1 risks</source>
        <translation>%1 riscos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="139"/>
        <source>Only derived risks take a decision.</source>
        <translation>Apenas riscos derivados admitem uma decisão.</translation>
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
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="24"/>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="25"/>
        <source>Worst level</source>
        <translation>Pior nível</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="26"/>
        <source>Open risks</source>
        <translation>Riscos abertos</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="120"/>
        <source>Risk values:</source>
        <translation>Valores de risco:</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="121"/>
        <source>Inherent (before controls)</source>
        <translation>Inerente (antes dos controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="122"/>
        <source>Residual (after controls)</source>
        <translation>Residual (depois dos controles)</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="123"/>
        <source>Export heat map as PNG…</source>
        <translation>Exportar mapa de calor como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="124"/>
        <source>Severity →</source>
        <translation>Severidade →</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="125"/>
        <source>Likelihood
↑</source>
        <translation>Probabilidade
↑</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="221"/>
        <source>Click a cell of the heat map to list its suppliers.</source>
        <translation>Clique em uma célula do mapa de calor para ver seus fornecedores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/risk.py" line="224"/>
        <source>%1 × %2 (%3): %n supplier(s)</source>
        <translation>
            <numerusform>%1 × %2 (%3): %n fornecedor</numerusform>
            <numerusform>%1 × %2 (%3): %n fornecedores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="236"/>
        <source>Risk — %1</source>
        <translation>Risco — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="236"/>
        <source>no programme open</source>
        <translation>nenhum programa aberto</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="237"/>
        <source>residual</source>
        <translation>residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="237"/>
        <source>inherent</source>
        <translation>inerente</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="238"/>
        <source>Suppliers by their worst open risk (%1), %2</source>
        <translation>Fornecedores pelo pior risco aberto (%1), %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="241"/>
        <source>This programme has no risk register yet.</source>
        <translation>Este programa ainda não tem registro de riscos.</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="250"/>
        <source>Levels (suppliers):</source>
        <translation>Níveis (fornecedores):</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="253"/>
        <source>%1 companies in scope, %2 without open risks; %3 open risks in all.</source>
        <translation>%1 empresas no escopo, %2 sem riscos abertos; %3 riscos abertos no total.</translation>
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
        <translation>Pequena</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="15"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <source>SME</source>
        <translation>PME</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="84"/>
        <source>Choose a workbook, or drop one on the main window.</source>
        <translation>Escolha uma pasta de trabalho, ou solte-a na janela principal.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="85"/>
        <location filename="../../gui/dialogs/import_pages.py" line="106"/>
        <source>Survey file</source>
        <translation>Arquivo de pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="86"/>
        <source>Choose the workbook, the toolkit it answers and the sheet.</source>
        <translation>Escolha a pasta de trabalho, a ferramenta que ela responde e a planilha.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="87"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="88"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="88"/>
        <source>Toolkit</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="88"/>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="107"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Planilhas (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="126"/>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_pages.py" line="157"/>
        <source>The first %1 rows of the sheet.</source>
        <translation>As primeiras %1 linhas da planilha.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/start_page.py" line="73"/>
        <source>Welcome to Encadena</source>
        <translation>Bem-vindo ao Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="75"/>
        <source>Diagnose suppliers, follow their improvement plans and report results to the programme, offline. Start with the demo programme, or open or create your own.</source>
        <translation>Diagnostique fornecedores, acompanhe seus planos de melhoria e informe os resultados ao programa, off-line. Comece pelo programa de demonstração, ou abra ou crie o seu.</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="77"/>
        <source>Open the demo programme</source>
        <translation>Abrir o programa de demonstração</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="79"/>
        <source>A copy of the demo is opened from your data folder; the original is never changed.</source>
        <translation>Uma cópia da demonstração é aberta da sua pasta de dados; o original nunca é alterado.</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="80"/>
        <source>New programme…</source>
        <translation>Novo programa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="81"/>
        <source>Open programme…</source>
        <translation>Abrir programa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="82"/>
        <source>Import a survey workbook…</source>
        <translation>Importar uma pasta de pesquisa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="83"/>
        <source>Recent files</source>
        <translation>Arquivos recentes</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="96"/>
        <source>No recent files yet.</source>
        <translation>Ainda não há arquivos recentes.</translation>
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
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/views/risk.py" line="265"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/dashboard.py" line="347"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
</context>
</TS>

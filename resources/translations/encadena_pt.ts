<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/export.py" line="11" />
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../gui/views/companies.py" line="14" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="15" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="16" />
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="17" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="18" />
        <source>Band</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="19" />
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="20" />
        <source>Plan progress</source>
        <translation>Avanço do plano</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="21" />
        <source>Size</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="22" />
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="23" />
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <location filename="../../gui/views/companies.py" line="97" />
        <source>Search by id, name or value chain…</source>
        <translation>Buscar por id, nome ou cadeia de valor…</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="154" />
        <source>All bands</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="163" />
        <source>%1 of %2 companies</source>
        <translation>%1 de %2 empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/companies.py" line="173" />
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
</context>
<context>
    <name>CompanyView</name>
    <message>
        <location filename="../../gui/programme_data.py" line="95" />
        <source>Round %1</source>
        <translation>Rodada %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="107" />
        <location filename="../../gui/views/company.py" line="108" />
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="110" />
        <source>area score</source>
        <translation>pontuação da área</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="111" />
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="112" />
        <source>Improvement opportunities</source>
        <translation>Oportunidades de melhoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="113" />
        <source>Critical gaps</source>
        <translation>Lacunas críticas</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="114" />
        <source>Risk register</source>
        <translation>Registro de riscos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="115" />
        <source>Improvement plan</source>
        <translation>Plano de melhoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="117" />
        <source>Item</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="117" />
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="117" />
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="117" />
        <location filename="../../gui/views/company.py" line="193" />
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="118" />
        <source>Index points</source>
        <translation>Pontos de índice</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="119" />
        <source>Choose a company in the navigator or the companies table.</source>
        <translation>Escolha uma empresa no navegador ou na tabela de empresas.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="168" />
        <source>Index %1</source>
        <translation>Índice %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="196" />
        <source>Previous round</source>
        <translation>Rodada anterior</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="199" />
        <source>Current</source>
        <translation>Atual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="210" />
        <source>No critical gaps.</source>
        <translation>Sem lacunas críticas.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="23" />
        <source>item name</source>
        <translation>nome da pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="24" />
        <source>question text</source>
        <translation>texto da pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="25" />
        <source>KoboToolbox path</source>
        <translation>caminho do KoboToolbox</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="26" />
        <source>ODK path</source>
        <translation>caminho do ODK</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="27" />
        <source>one option of a multiple choice</source>
        <translation>uma opção de múltipla escolha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="28" />
        <source>company id</source>
        <translation>id da empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="29" />
        <source>company name</source>
        <translation>nome da empresa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="30" />
        <source>form metadata (kept, not scored)</source>
        <translation>metadados do formulário (mantidos, sem pontuação)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="31" />
        <source>chosen by you</source>
        <translation>escolhida por você</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="32" />
        <source>not matched</source>
        <translation>sem correspondência</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="336" />
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="337" />
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="338" />
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="339" />
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="340" />
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="341" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="407" />
        <source>Import a survey</source>
        <translation>Importar uma pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="408" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="479" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 conflicts, %5 errors.</source>
        <translation>Importado: %1 novas, %2 atualizadas, %3 sem alterações, %4 conflitos, %5 erros.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="486" />
        <location filename="../../gui/dialogs/import_wizard.py" line="501" />
        <source>Working…</source>
        <translation>Trabalhando…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="492" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="135" />
        <location filename="../../gui/main_window.py" line="291" />
        <source>Encadena</source>
        <translation>Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140" />
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141" />
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142" />
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143" />
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147" />
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148" />
        <source>&amp;New programme…</source>
        <translation>&amp;Novo programa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149" />
        <source>&amp;Open programme…</source>
        <translation>&amp;Abrir programa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="150" />
        <source>Open the &amp;demo programme</source>
        <translation>Abrir o programa de &amp;demonstração</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151" />
        <source>&amp;Import survey…</source>
        <translation>&amp;Importar pesquisa…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152" />
        <source>Import a survey workbook (Ctrl+I)</source>
        <translation>Importar uma pasta de pesquisa (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153" />
        <source>&amp;Close programme</source>
        <translation>&amp;Fechar programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154" />
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156" />
        <source>&amp;About Encadena</source>
        <translation>&amp;Sobre o Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157" />
        <source>&amp;Start page</source>
        <translation>Página &amp;inicial</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244" />
        <source>Open programme</source>
        <translation>Abrir programa</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244" />
        <source>Encadena programmes (*.encadena)</source>
        <translation>Programas do Encadena (*.encadena)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251" />
        <source>Demo programme</source>
        <translation>Programa de demonstração</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="252" />
        <source>This installation has no demo programme.</source>
        <translation>Esta instalação não inclui o programa de demonstração.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="286" />
        <source>About Encadena</source>
        <translation>Sobre o Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287" />
        <source>Encadena {version}
Supplier development programmes, offline.</source>
        <translation>Encadena {version}
Programas de desenvolvimento de fornecedores, off-line.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="301" />
        <source>No recent files yet.</source>
        <translation>Ainda não há arquivos recentes.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="178" />
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="179" />
        <source>How each column matched a question. Pick a question for any column that did not match, or correct a match.</source>
        <translation>Como cada coluna correspondeu a uma pergunta. Escolha uma pergunta para as colunas sem correspondência ou corrija uma correspondência.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="181" />
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="181" />
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="181" />
        <source>Matched by</source>
        <translation>Corresponde por</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="182" />
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="223" />
        <source>Header on row %1: %2 columns matched, %3 not matched, %4 scored questions without a column.</source>
        <translation>Cabeçalho na linha %1: %2 colunas reconhecidas, %3 sem correspondência, %4 perguntas pontuáveis sem coluna.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../gui/navigator.py" line="38" />
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
</context>
<context>
    <name>NewProgrammeDialog</name>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="16" />
        <location filename="../../gui/dialogs/new_programme.py" line="40" />
        <source>New programme</source>
        <translation>Novo programa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="21" />
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="33" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="34" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="35" />
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/new_programme.py" line="41" />
        <source>Encadena programmes (*.encadena)</source>
        <translation>Programas do Encadena (*.encadena)</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="275" />
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="276" />
        <source>How numbers are written, and where the assessments belong.</source>
        <translation>Como os números são escritos e a que pertencem os diagnósticos.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="277" />
        <source>Numbers written with a decimal comma (1.234,5)</source>
        <translation>Números com vírgula decimal (1.234,5)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="278" />
        <source>Use this date when a row has none</source>
        <translation>Usar esta data quando uma linha não tiver</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="279" />
        <source>Refuse the whole file if any cell is invalid</source>
        <translation>Recusar o arquivo inteiro se alguma célula for inválida</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="280" />
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="280" />
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="280" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="26" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="27" />
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="28" />
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="29" />
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="30" />
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="31" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="32" />
        <source>Done</source>
        <translation>Avanço</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="185" />
        <source>Update progress…</source>
        <translation>Atualizar avanço…</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="209" />
        <source>No improvement plan yet.</source>
        <translation>Ainda não há plano de melhoria.</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="210" />
        <source>%1 actions</source>
        <translation>%1 ações</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="216" />
        <source>Update progress</source>
        <translation>Atualizar avanço</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="43" />
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="44" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="45" />
        <source>Survey numbers use a decimal comma (1.234,5) by default</source>
        <translation>Os números das pesquisas usam vírgula decimal (1.234,5) por padrão</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../gui/charts.py" line="53" />
        <source>A radar needs at least three areas with scores.</source>
        <translation>Um radar precisa de pelo menos três áreas com pontuação.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="325" />
        <source>Check and import</source>
        <translation>Verificar e importar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="326" />
        <source>Cells that cannot be used are listed below; the rest of each row is still scored unless you chose to refuse the file.</source>
        <translation>Abaixo estão as células que não podem ser usadas; o restante de cada linha é pontuado, a menos que você tenha escolhido recusar o arquivo.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="328" />
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="329" />
        <location filename="../../gui/dialogs/import_wizard.py" line="349" />
        <source>Import into the programme</source>
        <translation>Importar para o programa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="345" />
        <source>%1 responses read from sheet '%2'; %3 cells cannot be used.</source>
        <translation>%1 respostas lidas da planilha “%2”; %3 células não podem ser usadas.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="351" />
        <source>Create a programme and import…</source>
        <translation>Criar um programa e importar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="354" />
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
</context>
<context>
    <name>RiskTab</name>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="16" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="17" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="18" />
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="19" />
        <source>Inherent L×S</source>
        <translation>P×S inerente</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="20" />
        <source>Residual level</source>
        <translation>Nível residual</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="21" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="22" />
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="23" />
        <source>Next review</source>
        <translation>Próxima revisão</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="112" />
        <source>Accept derived risk</source>
        <translation>Aceitar risco derivado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="113" />
        <source>Dismiss derived risk</source>
        <translation>Descartar risco derivado</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="131" />
        <source>%1 risks</source>
        <translation>%1 riscos</translation>
    </message>
    <message>
        <location filename="../../gui/views/company_tabs.py" line="138" />
        <source>Only derived risks take a decision.</source>
        <translation>Apenas riscos derivados admitem uma decisão.</translation>
    </message>
</context>
<context>
    <name>SizeClass</name>
    <message>
        <location filename="../../gui/labels.py" line="13" />
        <source>Micro</source>
        <translation>Micro</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="14" />
        <source>Small</source>
        <translation>Pequena</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="15" />
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16" />
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17" />
        <source>SME</source>
        <translation>PME</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="80" />
        <location filename="../../gui/dialogs/import_wizard.py" line="97" />
        <source>Survey file</source>
        <translation>Arquivo de pesquisa</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="81" />
        <source>Choose the workbook, the toolkit it answers and the sheet.</source>
        <translation>Escolha a pasta de trabalho, a ferramenta que ela responde e a planilha.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="82" />
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="83" />
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="83" />
        <source>Toolkit</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="83" />
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="98" />
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Planilhas (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="117" />
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard.py" line="148" />
        <source>The first %1 rows of the sheet.</source>
        <translation>As primeiras %1 linhas da planilha.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/start_page.py" line="73" />
        <source>Welcome to Encadena</source>
        <translation>Bem-vindo ao Encadena</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="75" />
        <source>Diagnose suppliers, follow their improvement plans and report results to the programme, offline. Start with the demo programme, or open or create your own.</source>
        <translation>Diagnostique fornecedores, acompanhe seus planos de melhoria e informe os resultados ao programa, off-line. Comece pelo programa de demonstração, ou abra ou crie o seu.</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="77" />
        <source>Open the demo programme</source>
        <translation>Abrir o programa de demonstração</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="79" />
        <source>A copy of the demo is opened from your data folder; the original is never changed.</source>
        <translation>Uma cópia da demonstração é aberta da sua pasta de dados; o original nunca é alterado.</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="80" />
        <source>New programme…</source>
        <translation>Novo programa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="81" />
        <source>Open programme…</source>
        <translation>Abrir programa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="82" />
        <source>Import a survey workbook…</source>
        <translation>Importar uma pasta de pesquisa…</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="83" />
        <source>Recent files</source>
        <translation>Arquivos recentes</translation>
    </message>
    <message>
        <location filename="../../gui/start_page.py" line="96" />
        <source>No recent files yet.</source>
        <translation>Ainda não há arquivos recentes.</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../../gui/status.py" line="55" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/companies.py" line="183" />
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location filename="../../gui/views/company.py" line="246" />
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
</context>
</TS>
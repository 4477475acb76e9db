<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Audit</name>
    <message>
        <source>Field</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor novo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
</context>
<context>
    <name>ChainActions</name>
    <message>
        <source>Company id (e.g. its tax id):</source>
        <translation>Código da empresa (p. ex. seu CNPJ):</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nome da empresa:</translation>
    </message>
    <message>
        <source>Delete the value chain '%1'? Its %2 member companies and all their assessments stay in the programme (in no value chain); its phase dates are deleted. You can undo this with Ctrl+Z.</source>
        <translation>Remover a cadeia de valor '%1'? Suas %2 empresas membro e todas as suas avaliações continuam no programa (sem cadeia de valor); as datas das fases são removidas. Você pode desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete value chain</source>
        <translation>Remover cadeia de valor</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Import a company list…</source>
        <translation>Importar uma lista de empresas…</translation>
    </message>
    <message>
        <source>Make it the anchor buyer of %1</source>
        <translation>Torná-la empresa âncora de %1</translation>
    </message>
    <message>
        <source>Name of the value chain:</source>
        <translation>Nome da cadeia de valor:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nova empresa</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Nova empresa…</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>New value chain</source>
        <translation>Nova cadeia de valor</translation>
    </message>
    <message>
        <source>New value chain…</source>
        <translation>Nova cadeia de valor…</translation>
    </message>
    <message>
        <source>Open the chain page (anchor, phases, suppliers)</source>
        <translation>Abrir a página da cadeia (âncora, fases, fornecedores)</translation>
    </message>
    <message>
        <source>Remove it from %1</source>
        <translation>Retirá-la de %1</translation>
    </message>
    <message>
        <source>Rename value chain</source>
        <translation>Renomear cadeia de valor</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
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
        <translation>Porte</translation>
    </message>
</context>
<context>
    <name>ChainView</name>
    <message>
        <source>Add supplier</source>
        <translation>Adicionar fornecedor</translation>
    </message>
    <message>
        <source>Anchor buyer</source>
        <translation>Empresa âncora</translation>
    </message>
    <message>
        <source>Changes (audit log)</source>
        <translation>Alterações (registro de auditoria)</translation>
    </message>
    <message>
        <source>Choose a value chain in the navigator, or create one.</source>
        <translation>Escolha uma cadeia de valor no navegador, ou crie uma.</translation>
    </message>
    <message>
        <source>Consultant(s)</source>
        <translation>Consultor(es)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Nova empresa…</translation>
    </message>
    <message>
        <source>New value chain…</source>
        <translation>Nova cadeia de valor…</translation>
    </message>
    <message>
        <source>Phases: planned and actual dates (double-click to edit)</source>
        <translation>Fases: datas planejadas e reais (clique duplo para editar)</translation>
    </message>
    <message>
        <source>Plan phases from the start</source>
        <translation>Planejar fases a partir do início</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirar selecionadas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Suppliers (one value chain each)</source>
        <translation>Fornecedores (uma cadeia de valor cada)</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <source>Value chain: %1</source>
        <translation>Cadeia de valor: %1</translation>
    </message>
</context>
<context>
    <name>CompanyListDialog</name>
    <message>
        <source>%1 companies read; %2 cells could not be used.</source>
        <translation>%1 empresas lidas; %2 células não puderam ser usadas.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Escolher arquivo…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Company list</source>
        <translation>Lista de empresas</translation>
    </message>
    <message>
        <source>Give each column its role: the company id is required; the other columns fill the company records.</source>
        <translation>Dê a cada coluna seu papel: o código da empresa é obrigatório; as demais colunas preenchem os cadastros das empresas.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a company list</source>
        <translation>Importar uma lista de empresas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Planilhas (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>company id</source>
        <translation>código da empresa</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nome da empresa</translation>
    </message>
</context>
<context>
    <name>CompanyTabs</name>
    <message>
        <source>Company record</source>
        <translation>Cadastro da empresa</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Results by group (suppliers)</source>
        <translation>Resultados por grupo (fornecedores)</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Changes (audit log)</source>
        <translation>Alterações (registro de auditoria)</translation>
    </message>
    <message>
        <source>Company record</source>
        <translation>Cadastro da empresa</translation>
    </message>
    <message>
        <source>Membership history:</source>
        <translation>Histórico de vínculos:</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regra: %1</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>Porte da empresa</translation>
    </message>
    <message>
        <source>Size class: %1</source>
        <translation>Porte: %1</translation>
    </message>
    <message>
        <source>Supplied items (item: criticality 1-5; …)</source>
        <translation>Itens fornecidos (item: criticidade 1-5; …)</translation>
    </message>
    <message>
        <source>Value chains: %1</source>
        <translation>Cadeias de valor: %1</translation>
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
        <translation>data da visita / avaliação</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <source>Added</source>
        <translation>Adicionadas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizadas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>Every survey imported into this programme. Removing an import takes out the assessments it added, and the companies and value chains it created when nothing else uses them (Ctrl+Z brings them back).</source>
        <translation>Cada pesquisa importada neste programa. Remover uma importação retira as avaliações que ela adicionou, e as empresas e cadeias de valor que criou quando nada mais as usa (Ctrl+Z as traz de volta).</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Remover importação</translation>
    </message>
    <message>
        <source>Remove import %1 (%2) and everything it added? You can undo this with Ctrl+Z.</source>
        <translation>Remover a importação %1 (%2) e tudo o que ela adicionou? Você pode desfazer com Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove the selected import…</source>
        <translation>Remover a importação selecionada…</translation>
    </message>
</context>
<context>
    <name>PhasesTable</name>
    <message>
        <source>Actual end</source>
        <translation>Fim real</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Início real</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fim planejado</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Início planejado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Your name (recorded with every change)</source>
        <translation>Seu nome (registrado com cada alteração)</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Imports</source>
        <translation>Importações</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
</context>
</TS>

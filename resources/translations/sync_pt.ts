<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicting answers (%1)</source>
        <translation>Respostas em conflito (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Sync conflicts (%1)</source>
        <translation>Conflitos de sincronização (%1)</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>Open server programme</source>
        <translation>Abrir programa do servidor</translation>
    </message>
    <message>
        <source>A programme shared by a team lives on the chamber's PostgreSQL server. Give the details your programme manager sent you.</source>
        <translation>Um programa compartilhado por uma equipe fica no servidor PostgreSQL da câmara. Informe os dados que a gerência do programa enviou.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Value chains</source>
        <translation>Cadeias de valor</translation>
    </message>
    <message>
        <source>e.g. programas.camara.org or 10.0.0.5:5432</source>
        <translation>ex.: programas.camara.org ou 10.0.0.5:5432</translation>
    </message>
    <message>
        <source>Empty: every value chain you may see</source>
        <translation>Vazio: todas as cadeias de valor que você pode ver</translation>
    </message>
    <message>
        <source>Names separated by commas, to take only some value chains</source>
        <translation>Nomes separados por vírgulas, para trazer só algumas cadeias de valor</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Lembrar a senha neste computador</translation>
    </message>
    <message>
        <source>Kept in PostgreSQL's password file for your user account, never in the programme file.</source>
        <translation>Guardada no arquivo de senhas do PostgreSQL da sua conta de usuário, nunca no arquivo do programa.</translation>
    </message>
    <message>
        <source>A copy is kept on this computer (%1) so you can work without a connection; it is synced with the server when you open it, after your changes and every few minutes.</source>
        <translation>Uma cópia fica neste computador (%1) para trabalhar sem conexão; ela é sincronizada com o servidor ao abri-la, depois das suas alterações e a cada poucos minutos.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Open &amp;server programme…</source>
        <translation>Abrir programa do &amp;servidor…</translation>
    </message>
    <message>
        <source>Work on a programme shared by a team on a PostgreSQL server</source>
        <translation>Trabalhar num programa compartilhado por uma equipe num servidor PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;gora</translation>
    </message>
    <message>
        <source>Send your changes to the server and receive the others' (%1)</source>
        <translation>Enviar as suas alterações ao servidor e receber as dos outros (%1)</translation>
    </message>
    <message>
        <source>A sync is running; another follows it.</source>
        <translation>Há uma sincronização em andamento; outra virá em seguida.</translation>
    </message>
    <message>
        <source>Copying the programme from %1…</source>
        <translation>Copiando o programa de %1…</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Senha de %2 em %3:</translation>
    </message>
    <message>
        <source>Open server programme</source>
        <translation>Abrir programa do servidor</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPage</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campos que diferem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>At the last sync</source>
        <translation>Na última sincronização</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Meu (este computador)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Do servidor</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadeia de valor</translation>
    </message>
    <message>
        <source>Chain membership</source>
        <translation>Participação na cadeia</translation>
    </message>
    <message>
        <source>Chain phase</source>
        <translation>Fase da cadeia</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Plano de melhoria</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Ação do plano</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>KPI measurement</source>
        <translation>Medição do indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Risk decision</source>
        <translation>Decisão de risco</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>Decisão de certificação</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Programme settings</source>
        <translation>Configurações do programa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 bytes)</translation>
    </message>
    <message>
        <source>These records were changed both on this computer and on the server since the last sync. Nothing was overwritten: compare the values below and keep your version (sent to the server at the next sync) or the server's.</source>
        <translation>Estes registros foram alterados neste computador e também no servidor desde a última sincronização. Nada foi sobrescrito: compare os valores abaixo e mantenha a sua versão (enviada ao servidor na próxima sincronização) ou a do servidor.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Manter a do servidor</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Manter a minha em todos</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Manter a do servidor em todos</translation>
    </message>
    <message>
        <source>1 sync conflict</source>
        <translation>1 conflito de sincronização</translation>
    </message>
    <message>
        <source>%1 sync conflicts</source>
        <translation>%1 conflitos de sincronização</translation>
    </message>
    <message>
        <source>Deleted on this computer, changed on the server</source>
        <translation>Excluído neste computador, alterado no servidor</translation>
    </message>
    <message>
        <source>Deleted on the server, changed on this computer</source>
        <translation>Excluído no servidor, alterado neste computador</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(excluído)</translation>
    </message>
</context>
<context>
    <name>SyncFailures</name>
    <message>
        <source>No connection to the server. Your changes are kept on this computer and will be sent at the next sync.</source>
        <translation>Sem conexão com o servidor. As suas alterações ficam neste computador e serão enviadas na próxima sincronização.</translation>
    </message>
    <message>
        <source>The server refused the connection: check the database, user and password, or ask the programme's manager. (%1)</source>
        <translation>O servidor recusou a conexão: verifique o banco de dados, o usuário e a senha, ou consulte a gerência do programa. (%1)</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>manager</source>
        <translation>gestor do programa</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultor</translation>
    </message>
    <message>
        <source>funder</source>
        <translation>financiador</translation>
    </message>
    <message>
        <source>Manager's view</source>
        <translation>Visão de gestão</translation>
    </message>
    <message>
        <source>Server programme</source>
        <translation>Programa do servidor</translation>
    </message>
    <message>
        <source>all value chains</source>
        <translation>todas as cadeias de valor</translation>
    </message>
    <message>
        <source>Synced when opened, a few seconds after each change and every few minutes, so the dashboard is current.</source>
        <translation>Sincronizado ao abrir, alguns segundos depois de cada alteração e a cada poucos minutos, para que o painel esteja em dia.</translation>
    </message>
    <message>
        <source>Sync with File ▸ Sync now (Ctrl+Shift+S).</source>
        <translation>Sincronize com Arquivo ▸ Sincronizar agora (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Server %1 as %2 (%3): %4</source>
        <translation>Servidor %1 como %2 (%3): %4</translation>
    </message>
    <message>
        <source>1 conflict to settle</source>
        <translation>1 conflito a resolver</translation>
    </message>
    <message>
        <source>%1 conflicts to settle</source>
        <translation>%1 conflitos a resolver</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>No connection, changes kept</source>
        <translation>Sem conexão, alterações mantidas</translation>
    </message>
    <message>
        <source>last sync failed (see the tooltip)</source>
        <translation>a última sincronização falhou (veja o detalhe)</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizado %1</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>Cópia do servidor</translation>
    </message>
    <message>
        <source>synced automatically %1</source>
        <translation>sincronizado automaticamente %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada pendente</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 alteração pendente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 alterações pendentes</translation>
    </message>
</context>
</TS>

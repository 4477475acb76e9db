<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicting answers (%1)</source>
        <translation>Respuestas en conflicto (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Sync conflicts (%1)</source>
        <translation>Conflictos de sincronización (%1)</translation>
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <source>Open server programme</source>
        <translation>Abrir programa del servidor</translation>
    </message>
    <message>
        <source>A programme shared by a team lives on the chamber's PostgreSQL server. Give the details your programme manager sent you.</source>
        <translation>Un programa compartido por un equipo vive en el servidor PostgreSQL de la cámara. Indique los datos que le envió la gerencia del programa.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Value chains</source>
        <translation>Cadenas de valor</translation>
    </message>
    <message>
        <source>e.g. programas.camara.org or 10.0.0.5:5432</source>
        <translation>p. ej. programas.camara.org o 10.0.0.5:5432</translation>
    </message>
    <message>
        <source>Empty: every value chain you may see</source>
        <translation>Vacío: todas las cadenas de valor que puede ver</translation>
    </message>
    <message>
        <source>Names separated by commas, to take only some value chains</source>
        <translation>Nombres separados por comas, para traer solo algunas cadenas de valor</translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation>Recordar la contraseña en esta computadora</translation>
    </message>
    <message>
        <source>Kept in PostgreSQL's password file for your user account, never in the programme file.</source>
        <translation>Se guarda en el archivo de contraseñas de PostgreSQL de su cuenta de usuario, nunca en el archivo del programa.</translation>
    </message>
    <message>
        <source>A copy is kept on this computer (%1) so you can work without a connection; it is synced with the server when you open it, after your changes and every few minutes.</source>
        <translation>Se guarda una copia en esta computadora (%1) para trabajar sin conexión; se sincroniza con el servidor al abrirla, después de sus cambios y cada pocos minutos.</translation>
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
        <translation>Abrir programa del &amp;servidor…</translation>
    </message>
    <message>
        <source>Work on a programme shared by a team on a PostgreSQL server</source>
        <translation>Trabajar en un programa compartido por un equipo en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Send your changes to the server and receive the others' (%1)</source>
        <translation>Enviar sus cambios al servidor y recibir los de los demás (%1)</translation>
    </message>
    <message>
        <source>A sync is running; another follows it.</source>
        <translation>Hay una sincronización en curso; le seguirá otra.</translation>
    </message>
    <message>
        <source>Copying the programme from %1…</source>
        <translation>Copiando el programa desde %1…</translation>
    </message>
    <message>
        <source>%1

Password of %2 on %3:</source>
        <translation>%1

Contraseña de %2 en %3:</translation>
    </message>
    <message>
        <source>Open server programme</source>
        <translation>Abrir programa del servidor</translation>
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
        <translation>Campos que difieren</translation>
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
        <translation>En la última sincronización</translation>
    </message>
    <message>
        <source>Mine (this computer)</source>
        <translation>Mío (esta computadora)</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Del servidor</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Cadena de valor</translation>
    </message>
    <message>
        <source>Chain membership</source>
        <translation>Pertenencia a la cadena</translation>
    </message>
    <message>
        <source>Chain phase</source>
        <translation>Fase de la cadena</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Plan de mejora</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Acción del plan</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>KPI measurement</source>
        <translation>Medición del indicador</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk decision</source>
        <translation>Decisión de riesgo</translation>
    </message>
    <message>
        <source>Certification decision</source>
        <translation>Decisión de certificación</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Programme settings</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(%1 bytes)</source>
        <translation>(%1 bytes)</translation>
    </message>
    <message>
        <source>These records were changed both on this computer and on the server since the last sync. Nothing was overwritten: compare the values below and keep your version (sent to the server at the next sync) or the server's.</source>
        <translation>Estos registros se cambiaron en esta computadora y también en el servidor desde la última sincronización. No se sobrescribió nada: compare los valores de abajo y conserve su versión (se envía al servidor en la próxima sincronización) o la del servidor.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la del servidor</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Conservar la mía en todos</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Conservar la del servidor en todos</translation>
    </message>
    <message>
        <source>1 sync conflict</source>
        <translation>1 conflicto de sincronización</translation>
    </message>
    <message>
        <source>%1 sync conflicts</source>
        <translation>%1 conflictos de sincronización</translation>
    </message>
    <message>
        <source>Deleted on this computer, changed on the server</source>
        <translation>Borrado en esta computadora, cambiado en el servidor</translation>
    </message>
    <message>
        <source>Deleted on the server, changed on this computer</source>
        <translation>Borrado en el servidor, cambiado en esta computadora</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borrado)</translation>
    </message>
</context>
<context>
    <name>SyncFailures</name>
    <message>
        <source>No connection to the server. Your changes are kept on this computer and will be sent at the next sync.</source>
        <translation>Sin conexión con el servidor. Sus cambios se conservan en esta computadora y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The server refused the connection: check the database, user and password, or ask the programme's manager. (%1)</source>
        <translation>El servidor rechazó la conexión: revise la base de datos, el usuario y la contraseña, o consulte a la gerencia del programa. (%1)</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>manager</source>
        <translation>responsable del programa</translation>
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
        <translation>Vista de gestión</translation>
    </message>
    <message>
        <source>Server programme</source>
        <translation>Programa del servidor</translation>
    </message>
    <message>
        <source>all value chains</source>
        <translation>todas las cadenas de valor</translation>
    </message>
    <message>
        <source>Synced when opened, a few seconds after each change and every few minutes, so the dashboard is current.</source>
        <translation>Se sincroniza al abrir, unos segundos después de cada cambio y cada pocos minutos, para que el tablero esté al día.</translation>
    </message>
    <message>
        <source>Sync with File ▸ Sync now (Ctrl+Shift+S).</source>
        <translation>Sincronice con Archivo ▸ Sincronizar ahora (Ctrl+Mayús+S).</translation>
    </message>
    <message>
        <source>Server %1 as %2 (%3): %4</source>
        <translation>Servidor %1 como %2 (%3): %4</translation>
    </message>
    <message>
        <source>1 conflict to settle</source>
        <translation>1 conflicto por resolver</translation>
    </message>
    <message>
        <source>%1 conflicts to settle</source>
        <translation>%1 conflictos por resolver</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>No connection, changes kept</source>
        <translation>Sin conexión, cambios conservados</translation>
    </message>
    <message>
        <source>last sync failed (see the tooltip)</source>
        <translation>la última sincronización falló (vea el detalle)</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>sincronizado %1</translation>
    </message>
    <message>
        <source>Server copy</source>
        <translation>Copia del servidor</translation>
    </message>
    <message>
        <source>synced automatically %1</source>
        <translation>sincronizado automáticamente %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada pendiente</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 cambios pendientes</translation>
    </message>
</context>
</TS>

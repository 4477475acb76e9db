<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %1 is open for reading only (the file, its folder or its drive cannot be written), so changes cannot be saved. Copy it to a writable folder to work on it.</source>
        <translation>Solo lectura: %1 está abierto solo para consulta (no se puede escribir en el archivo, su carpeta o su unidad), así que los cambios no se pueden guardar. Cópielo a una carpeta con permiso de escritura para trabajar en él.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: %1 is open for reading only (the file, its folder or its drive cannot be written), so changes cannot be saved. Copy it to a writable folder to work on it.</source>
        <translation>Somente leitura: %1 está aberto apenas para consulta (o arquivo, sua pasta ou sua unidade não podem ser gravados), então as alterações não podem ser salvas. Copie-o para uma pasta gravável para trabalhar nele.</translation>
    </message>
</context>
</TS>

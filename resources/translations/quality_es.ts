<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>Columns</name>
    <message>
      <source>Quality flags</source>
      <translation>Alertas de calidad</translation>
    </message>
  </context>
  <context>
    <name>CompaniesView</name>
    <message>
      <source>Only flagged</source>
      <translation>Solo con alertas</translation>
    </message>
    <message>
      <source>Companies whose latest assessment has data-quality flags</source>
      <translation>Empresas cuyo último diagnóstico tiene alertas de calidad de datos</translation>
    </message>
  </context>
  <context>
    <name>CompanyTabs</name>
    <message>
      <source>Data quality</source>
      <translation>Calidad de datos</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>names several questions: pick one</source>
      <translation>nombra varias preguntas: elija una</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Empresa</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Umbral</translation>
    </message>
    <message>
      <source>What was found</source>
      <translation>Qué se encontró</translation>
    </message>
  </context>
  <context>
    <name>QualitySettings</name>
    <message>
      <source>Data-quality thresholds…</source>
      <translation>Umbrales de calidad de datos…</translation>
    </message>
  </context>
  <context>
    <name>QualitySettingsDialog</name>
    <message>
      <source>Data-quality thresholds</source>
      <translation>Umbrales de calidad de datos</translation>
    </message>
    <message>
      <source>Imports flag the responses that cross these thresholds. Flags never block an import; the coverage rule uses each toolkit's own minimum.</source>
      <translation>Las importaciones marcan con alertas las respuestas que cruzan estos umbrales. Las alertas nunca bloquean una importación; la regla de cobertura usa el mínimo de cada herramienta.</translation>
    </message>
  </context>
  <context>
    <name>QualityTab</name>
    <message>
      <source>Assessment</source>
      <translation>Diagnóstico</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regla</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Umbral</translation>
    </message>
    <message>
      <source>What was found</source>
      <translation>Qué se encontró</translation>
    </message>
    <message>
      <source>No data-quality flags: nothing to look at again.</source>
      <translation>Sin alertas de calidad de datos: nada que revisar.</translation>
    </message>
    <message>
      <source>%1 flags. They never block anything: check the answers with the consultant.</source>
      <translation>%1 alertas. Nunca bloquean nada: revise las respuestas con el consultor.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>%1 headers name several questions and were not used: pick the question on the Columns page.</source>
      <translation>%1 encabezados nombran varias preguntas y no se usaron: elija la pregunta en la página Columnas.</translation>
    </message>
    <message>
      <source>Other sheets kept as provenance, not scored: %1.</source>
      <translation>Otras hojas conservadas como procedencia, sin puntuar: %1.</translation>
    </message>
    <message>
      <source>Looking for data-quality problems…</source>
      <translation>Buscando problemas de calidad de datos…</translation>
    </message>
    <message>
      <source>Data-quality flags: none.</source>
      <translation>Alertas de calidad de datos: ninguna.</translation>
    </message>
    <message>
      <source>Data-quality flags: %1 responses to look at again (%2 flags). They never block the import.</source>
      <translation>Alertas de calidad de datos: %1 respuestas para revisar (%2 alertas). Nunca bloquean la importación.</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
  <context>
    <name>Columns</name>
    <message>
      <source>Quality flags</source>
      <translation>Alertas de qualidade</translation>
    </message>
  </context>
  <context>
    <name>CompaniesView</name>
    <message>
      <source>Only flagged</source>
      <translation>Só com alertas</translation>
    </message>
    <message>
      <source>Companies whose latest assessment has data-quality flags</source>
      <translation>Empresas cujo último diagnóstico tem alertas de qualidade dos dados</translation>
    </message>
  </context>
  <context>
    <name>CompanyTabs</name>
    <message>
      <source>Data quality</source>
      <translation>Qualidade dos dados</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>names several questions: pick one</source>
      <translation>cita várias perguntas: escolha uma</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Empresa</translation>
    </message>
    <message>
      <source>Rule</source>
      <translation>Regra</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Limite</translation>
    </message>
    <message>
      <source>What was found</source>
      <translation>O que foi encontrado</translation>
    </message>
  </context>
  <context>
    <name>QualitySettings</name>
    <message>
      <source>Data-quality thresholds…</source>
      <translation>Limites de qualidade dos dados…</translation>
    </message>
  </context>
  <context>
    <name>QualitySettingsDialog</name>
    <message>
      <source>Data-quality thresholds</source>
      <translation>Limites de qualidade dos dados</translation>
    </message>
    <message>
      <source>Imports flag the responses that cross these thresholds. Flags never block an import; the coverage rule uses each toolkit's own minimum.</source>
      <translation>As importações marcam com alertas as respostas que cruzam estes limites. Os alertas nunca bloqueiam uma importação; a regra de cobertura usa o mínimo de cada ferramenta.</translation>
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
      <translation>Regra</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valor</translation>
    </message>
    <message>
      <source>Threshold</source>
      <translation>Limite</translation>
    </message>
    <message>
      <source>What was found</source>
      <translation>O que foi encontrado</translation>
    </message>
    <message>
      <source>No data-quality flags: nothing to look at again.</source>
      <translation>Sem alertas de qualidade dos dados: nada a revisar.</translation>
    </message>
    <message>
      <source>%1 flags. They never block anything: check the answers with the consultant.</source>
      <translation>%1 alertas. Nunca bloqueiam nada: revise as respostas com o consultor.</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>%1 headers name several questions and were not used: pick the question on the Columns page.</source>
      <translation>%1 cabeçalhos citam várias perguntas e não foram usados: escolha a pergunta na página Colunas.</translation>
    </message>
    <message>
      <source>Other sheets kept as provenance, not scored: %1.</source>
      <translation>Outras planilhas mantidas como procedência, sem pontuar: %1.</translation>
    </message>
    <message>
      <source>Looking for data-quality problems…</source>
      <translation>Procurando problemas de qualidade dos dados…</translation>
    </message>
    <message>
      <source>Data-quality flags: none.</source>
      <translation>Alertas de qualidade dos dados: nenhum.</translation>
    </message>
    <message>
      <source>Data-quality flags: %1 responses to look at again (%2 flags). They never block the import.</source>
      <translation>Alertas de qualidade dos dados: %1 respostas para revisar (%2 alertas). Nunca bloqueiam a importação.</translation>
    </message>
  </context>
</TS>

"""en / es / pt sentences for the codes the project file reports."""
from __future__ import annotations

from core.messages import register

register({
    "newer_schema": {
        "en": "{path} was saved by a newer Encadena (file version {file_version}; this one knows up to {app_version}). Update Encadena to open it; the file was not changed.",
        "es": "{path} fue guardado por una versión más nueva de Encadena (versión del archivo {file_version}; esta conoce hasta la {app_version}). Actualice Encadena para abrirlo; el archivo no se modificó.",
        "pt": "{path} foi salvo por uma versão mais nova do Encadena (versão do arquivo {file_version}; esta conhece até a {app_version}). Atualize o Encadena para abri-lo; o arquivo não foi alterado."},
    "project_exists": {
        "en": "{path} already exists; choose another name or open it.",
        "es": "{path} ya existe; elija otro nombre o ábralo.",
        "pt": "{path} já existe; escolha outro nome ou abra-o."},
    "not_a_project": {
        "en": "{path} is not an Encadena project file.",
        "es": "{path} no es un archivo de proyecto de Encadena.",
        "pt": "{path} não é um arquivo de projeto do Encadena."},
    "corrupt_database": {
        "en": "The project file {path} is damaged ({detail}). Open one of its automatic backups instead.",
        "es": "El archivo de proyecto {path} está dañado ({detail}). Abra en su lugar una de sus copias de seguridad automáticas.",
        "pt": "O arquivo de projeto {path} está danificado ({detail}). Abra em seu lugar um de seus backups automáticos."},
    "project_on_network": {
        "en": "This project is on a network drive. Encadena works, but a dropped connection can damage the file: copy it to this computer to work on it.",
        "es": "Este proyecto está en una unidad de red. Encadena funciona, pero un corte de conexión puede dañar el archivo: cópielo a este equipo para trabajar en él.",
        "pt": "Este projeto está em uma unidade de rede. O Encadena funciona, mas uma queda de conexão pode danificar o arquivo: copie-o para este computador para trabalhar nele."},
    "project_in_cloud_folder": {
        "en": "This project is in a cloud-synchronised folder. Close Encadena before the folder syncs, or the service may copy a half-saved file or create conflicted copies.",
        "es": "Este proyecto está en una carpeta sincronizada con la nube. Cierre Encadena antes de que la carpeta se sincronice, o el servicio puede copiar un archivo a medio guardar o crear copias en conflicto.",
        "pt": "Este projeto está em uma pasta sincronizada com a nuvem. Feche o Encadena antes que a pasta sincronize, ou o serviço pode copiar um arquivo salvo pela metade ou criar cópias em conflito."},
    "programme_name_required": {
        "en": "The programme needs a name.", "es": "El programa necesita un nombre.",
        "pt": "O programa precisa de um nome."},
    "unknown_size_scheme": {
        "en": "Unknown size-class scheme '{scheme}'; use one of: {schemes}.",
        "es": "Esquema de tamaño de empresa desconocido '{scheme}'; use uno de: {schemes}.",
        "pt": "Esquema de porte de empresa desconhecido '{scheme}'; use um de: {schemes}."},
    "unknown_size_basis": {
        "en": "Unknown size-class basis '{basis}'; use one of: {bases}.",
        "es": "Base de clasificación de tamaño desconocida '{basis}'; use una de: {bases}.",
        "pt": "Base de classificação de porte desconhecida '{basis}'; use uma de: {bases}."},
    "company_id_required": {
        "en": "A company needs an id (its code in the programme).",
        "es": "Una empresa necesita un identificador (su código en el programa).",
        "pt": "Uma empresa precisa de um identificador (seu código no programa)."},
    "unknown_role": {
        "en": "Unknown role '{role}': a company is a buyer or a supplier.",
        "es": "Rol desconocido '{role}': una empresa es compradora o proveedora.",
        "pt": "Papel desconhecido '{role}': uma empresa é compradora ou fornecedora."},
    "unknown_company": {
        "en": "No company with id {company} in this project.",
        "es": "No hay ninguna empresa con el identificador {company} en este proyecto.",
        "pt": "Não há nenhuma empresa com o identificador {company} neste projeto."},
    "chain_name_required": {
        "en": "A value chain needs a name.", "es": "Una cadena de valor necesita un nombre.",
        "pt": "Uma cadeia de valor precisa de um nome."},
    "unknown_chain": {
        "en": "No value chain named '{chain}' in this project.",
        "es": "No hay ninguna cadena de valor llamada '{chain}' en este proyecto.",
        "pt": "Não há nenhuma cadeia de valor chamada '{chain}' neste projeto."},
    "unknown_phase": {
        "en": "Unknown phase '{phase}'; the phases are: {phases}.",
        "es": "Fase desconocida '{phase}'; las fases son: {phases}.",
        "pt": "Fase desconhecida '{phase}'; as fases são: {phases}."},
    "no_such_conflict": {
        "en": "There is no open conflict number {conflict}.",
        "es": "No hay ningún conflicto abierto con el número {conflict}.",
        "pt": "Não há nenhum conflito aberto com o número {conflict}."},
    "unknown_toolkit_hash": {
        "en": "The project holds no toolkit with hash {sha256}.",
        "es": "El proyecto no contiene ninguna herramienta con el hash {sha256}.",
        "pt": "O projeto não contém nenhuma ferramenta com o hash {sha256}."},
    "bad_date": {
        "en": "'{value}' is not a date; write it as 2026-03-31 or 31/03/2026.",
        "es": "'{value}' no es una fecha; escríbala como 2026-03-31 o 31/03/2026.",
        "pt": "'{value}' não é uma data; escreva-a como 2026-03-31 ou 31/03/2026."},
    "broken_reference": {
        "en": "A row of {table} (row {row}) points to a missing record in {parent}.",
        "es": "Una fila de {table} (fila {row}) apunta a un registro inexistente en {parent}.",
        "pt": "Uma linha de {table} (linha {row}) aponta para um registro inexistente em {parent}."},
    "no_programme": {
        "en": "The file has no programme record.", "es": "El archivo no tiene registro de programa.",
        "pt": "O arquivo não tem registro de programa."},
    "orphan_conflicts": {
        "en": "{count} conflicting assessments have no current assessment beside them.",
        "es": "{count} evaluaciones en conflicto no tienen una evaluación vigente a su lado.",
        "pt": "{count} avaliações em conflito não têm uma avaliação vigente ao lado."},
    "assessments_without_scores": {
        "en": "{count} assessments have no area scores.",
        "es": "{count} evaluaciones no tienen puntajes por área.",
        "pt": "{count} avaliações não têm pontuações por área."},
    "import_count_mismatch": {
        "en": "Import {import} recorded {expected} new assessments but the file holds {found}.",
        "es": "La importación {import} registró {expected} evaluaciones nuevas pero el archivo contiene {found}.",
        "pt": "A importação {import} registrou {expected} avaliações novas mas o arquivo contém {found}."},
    "stale_latest": {
        "en": "The latest scores shown for {count} companies do not match their assessments ({companies}).",
        "es": "Los últimos puntajes mostrados para {count} empresas no coinciden con sus evaluaciones ({companies}).",
        "pt": "As últimas pontuações mostradas para {count} empresas não correspondem às suas avaliações ({companies})."},
    "project_check_failed": {
        "en": "{path} has problems:", "es": "{path} tiene problemas:", "pt": "{path} tem problemas:"},
    "merge_same_file": {
        "en": "{path} is the target project itself; nothing to merge.",
        "es": "{path} es el mismo proyecto de destino; no hay nada que combinar.",
        "pt": "{path} é o próprio projeto de destino; não há nada para mesclar."},
})

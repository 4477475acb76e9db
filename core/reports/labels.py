"""Words of templates, workbooks and reports: a thin reader of the one word catalogue.

The words live in ``core/catalogue/words/labels_reports.json`` (codes ``label.<key>``), size
classes, phases and statuses in ``labels.json`` (``size.<code>``, ``phase.<id>``,
``phase_status.<code>``, ``status.<code>``). Error codes raised by this package are registered
here too.
"""
from __future__ import annotations

from core import catalogue
from core.messages import register

register({
    "report_unknown_company": {
        "en": "The project has no company with ID '{company}'.",
        "es": "El proyecto no tiene ninguna empresa con el código «{company}».",
        "pt": "O projeto não tem nenhuma empresa com o código «{company}»."},
    "report_unknown_chain": {
        "en": "The project has no value chain named '{chain}'. Its value chains are: {known}.",
        "es": "El proyecto no tiene ninguna cadena de valor llamada «{chain}». Sus cadenas son: {known}.",
        "pt": "O projeto não tem nenhuma cadeia de valor chamada «{chain}». Suas cadeias são: {known}."},
    "report_no_assessment": {
        "en": "Company '{company}' has no diagnosis yet: import its survey first.",
        "es": "La empresa «{company}» aún no tiene diagnóstico: importe primero su encuesta.",
        "pt": "A empresa «{company}» ainda não tem diagnóstico: importe primeiro o seu questionário."},
    "report_target_required": {
        "en": "Say what to report on: --company ID, --chain NAME or --programme.",
        "es": "Indique el alcance del informe: --company ID, --chain NOMBRE o --programme.",
        "pt": "Indique o escopo do relatório: --company ID, --chain NOME ou --programme."},
    "report_cannot_write": {
        "en": "Cannot write {path}: {detail}",
        "es": "No se puede escribir {path}: {detail}",
        "pt": "Não é possível gravar {path}: {detail}"},
    "export_target_required": {
        "en": "Say where to write: -o FILE.xlsx and/or --csv FOLDER.",
        "es": "Indique dónde escribir: -o ARCHIVO.xlsx y/o --csv CARPETA.",
        "pt": "Indique onde gravar: -o ARQUIVO.xlsx e/ou --csv PASTA."},
    "report_bad_date": {
        "en": "'{value}' is not a date; write it as YYYY-MM-DD.",
        "es": "«{value}» no es una fecha; escríbala como AAAA-MM-DD.",
        "pt": "«{value}» não é uma data; escreva-a como AAAA-MM-DD."},
    "report_written": {
        "en": "Written: {path}", "es": "Escrito: {path}", "pt": "Gravado: {path}"},
    "report_batch_written": {
        "en": "{count} supplier reports written to {path}",
        "es": "{count} informes de proveedores escritos en {path}",
        "pt": "{count} relatórios de fornecedores gravados em {path}"},
    "report_qt_missing": {
        "en": "PDF reports need the desktop components (Qt), which are not available: {detail}",
        "es": "Los informes PDF necesitan los componentes de escritorio (Qt), que no están disponibles: {detail}",
        "pt": "Os relatórios PDF precisam dos componentes de desktop (Qt), que não estão disponíveis: {detail}"},
})


# Keys that are read from another domain of the catalogue than ``label.``.
_PREFIXES = (("size_", "size."), ("phase_status_", "phase_status."), ("phase_", "phase."),
             ("phase_", "phase_status."))


def code_of(key: str) -> str:
    """The catalogue code of a report word ``key`` (``size_sme`` -> ``size.sme``)."""
    if catalogue.has(f"label.{key}"):
        return f"label.{key}"
    for prefix, domain in _PREFIXES:
        if key.startswith(prefix) and catalogue.has(domain + key[len(prefix):]):
            return domain + key[len(prefix):]
    return f"label.{key}"


def has_word(key: str) -> bool:
    """Whether ``key`` names a word of the catalogue (column headers: else shown as given)."""
    return catalogue.has(code_of(key))


def label(key: str, language: str, **params) -> str:
    """The word or sentence ``key`` in ``language`` (en, es or pt); raises KeyError if unknown."""
    return catalogue.text(code_of(key), language, **params)

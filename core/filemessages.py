"""Sentences (en, es, pt) for the codes the file layer raises (:mod:`core.filesafety`,
:mod:`core.sheetextent`, :mod:`core.csvread`, :mod:`core.workbook`)."""
from __future__ import annotations

from core.messages import register

_SAVE_AS = {
    "en": "Open it in Excel or LibreOffice and save it as .xlsx or .csv.",
    "es": "Ábralo en Excel o LibreOffice y guárdelo como .xlsx o .csv.",
    "pt": "Abra-o no Excel ou no LibreOffice e salve-o como .xlsx ou .csv.",
}

register({
    "csv_field_too_large": {
        "en": "{path} has a cell longer than {limit} characters, which no survey answer is "
              "(a spreadsheet cell holds at most 32,767). Check that this is the survey export.",
        "es": "{path} tiene una celda de más de {limit} caracteres, algo que ninguna respuesta de "
              "encuesta tiene (una celda de hoja de cálculo admite 32.767 como máximo). "
              "Compruebe que es la exportación de la encuesta.",
        "pt": "{path} tem uma célula com mais de {limit} caracteres, o que nenhuma resposta de "
              "questionário tem (uma célula de planilha aceita no máximo 32.767). "
              "Verifique se é a exportação do questionário.",
    },
    "empty_file": {
        "en": "{path} is empty (0 bytes).",
        "es": "{path} está vacío (0 bytes).",
        "pt": "{path} está vazio (0 bytes)."},
    "corrupt_file": {
        "en": "{path} is damaged or incomplete and cannot be opened ({detail}). "
              "Copy it again from its source.",
        "es": "{path} está dañado o incompleto y no se puede abrir ({detail}). "
              "Cópielo de nuevo desde su origen.",
        "pt": "{path} está danificado ou incompleto e não pode ser aberto ({detail}). "
              "Copie-o novamente da origem."},
    "not_a_spreadsheet": {
        "en": "{path} is not a spreadsheet: its content is {kind}. " + _SAVE_AS["en"],
        "es": "{path} no es una hoja de cálculo: su contenido es {kind}. " + _SAVE_AS["es"],
        "pt": "{path} não é uma planilha: seu conteúdo é {kind}. " + _SAVE_AS["pt"]},
    "html_not_spreadsheet": {
        "en": "{path} is not a real workbook but {kind} saved with a spreadsheet name "
              "(web systems often export this way). " + _SAVE_AS["en"],
        "es": "{path} no es un libro real sino {kind} guardado con nombre de hoja de cálculo "
              "(muchos sistemas web exportan así). " + _SAVE_AS["es"],
        "pt": "{path} não é uma pasta de trabalho real, mas {kind} salvo com nome de planilha "
              "(muitos sistemas web exportam assim). " + _SAVE_AS["pt"]},
    "password_protected": {
        "en": "{path} is protected with a password. Open it in Excel, remove the password "
              "(File > Info > Protect Workbook) and save it again.",
        "es": "{path} está protegido con contraseña. Ábralo en Excel, quite la contraseña "
              "(Archivo > Información > Proteger libro) y guárdelo de nuevo.",
        "pt": "{path} está protegido por senha. Abra-o no Excel, remova a senha "
              "(Arquivo > Informações > Proteger pasta de trabalho) e salve-o novamente."},
    "zip_bomb": {
        "en": "{path} was refused: once unpacked it would take an unsafe amount of memory, as "
              "compression bombs do ({detail}).",
        "es": "Se rechazó {path}: al descomprimirlo ocuparía una cantidad peligrosa de memoria, "
              "como las bombas de compresión ({detail}).",
        "pt": "{path} foi recusado: ao ser descompactado ocuparia uma quantidade perigosa de "
              "memória, como as bombas de compressão ({detail})."},
    "too_many_rows": {
        "en": "{path} has {rows:,} rows in sheet '{sheet}'; the limit is {limit:,}.",
        "es": "{path} tiene {rows:,} filas en la hoja '{sheet}'; el límite es {limit:,}.",
        "pt": "{path} tem {rows:,} linhas na planilha '{sheet}'; o limite é {limit:,}."},
    "too_many_columns": {
        "en": "{path} has {columns:,} columns in sheet '{sheet}'; the limit is {limit:,}.",
        "es": "{path} tiene {columns:,} columnas en la hoja '{sheet}'; el límite es {limit:,}.",
        "pt": "{path} tem {columns:,} colunas na planilha '{sheet}'; o limite é {limit:,}."},
    "too_many_cells": {
        "en": "{path} spans {rows:,} rows x {columns:,} columns in sheet '{sheet}' ({cells:,} cells); "
              "the limit is {limit:,} cells. Delete the stray cells far from the data and save again.",
        "es": "{path} abarca {rows:,} filas x {columns:,} columnas en la hoja '{sheet}' ({cells:,} celdas); "
              "el límite es {limit:,} celdas. Borre las celdas sueltas lejos de los datos y guárdelo de nuevo.",
        "pt": "{path} abrange {rows:,} linhas x {columns:,} colunas na planilha '{sheet}' ({cells:,} células); "
              "o limite é {limit:,} células. Apague as células soltas longe dos dados e salve novamente."},
    "unreadable_workbook": {
        "en": "{path} cannot be read as a spreadsheet ({detail}).",
        "es": "{path} no se puede leer como hoja de cálculo ({detail}).",
        "pt": "{path} não pode ser lido como planilha ({detail})."},
    "sheet_not_found": {
        "en": "The workbook {path} has no sheet named '{sheet}'. Its sheets are: {sheets}.",
        "es": "El libro {path} no tiene una hoja llamada '{sheet}'. Sus hojas son: {sheets}.",
        "pt": "A pasta de trabalho {path} não tem uma planilha chamada '{sheet}'. "
              "Suas planilhas são: {sheets}."},
    "no_sheets": {
        "en": "The workbook {path} has no sheets with data.",
        "es": "El libro {path} no tiene hojas con datos.",
        "pt": "A pasta de trabalho {path} não tem planilhas com dados."},
})

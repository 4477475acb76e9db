"""A readable summary of a scored survey (what ``encadena score`` prints without ``--json``).

The figures come from :func:`summarise` (data); :func:`render_summary` turns them into lines in
the user's language through :mod:`core.messages`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.messages import current_language, message, register
from core.numbers import format_number, format_percent
from core.scoring.result import ScoreResult
from core.survey.model import CellError, SurveyData
from core.toolkit.model import Toolkit

MAX_ERRORS_SHOWN = 10


@dataclass
class ScoreSummary:
    responses: int
    band_counts: dict[str | None, int]     # every band (ascending) and None (no index)
    mean_index: float | None
    mean_coverage: float | None
    mean_area_scores: dict[str, float | None] = field(default_factory=dict)


def _mean(array: np.ndarray) -> float | None:
    array = array[~np.isnan(array)]
    return float(array.mean()) if len(array) else None


def summarise(result: ScoreResult) -> ScoreSummary:
    """Counts per band and mean index, coverage and area scores (null scores left out)."""
    areas = result.area_scores.to_numpy()
    return ScoreSummary(
        responses=len(result), band_counts=result.band_counts(),
        mean_index=_mean(result.index.to_numpy()), mean_coverage=_mean(result.coverage.to_numpy()),
        mean_area_scores={a: _mean(areas[:, k]) for k, a in enumerate(result.area_names)})


def _fmt(value: float | None, percent: bool = False, language: str | None = None) -> str:
    """A number in the user's language (es/pt: 52,9; en: 52.9)."""
    if value is None:
        return "—"
    language = language or current_language()
    return format_percent(value, language, 1) if percent else format_number(value, language, 1)


def _cell_value(value: object) -> str:
    text = "" if value is None else str(value)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def error_reason(error: CellError, language: str | None) -> str:
    """The translated reason of a cell error, else its English message, else its code."""
    # error.params first: codes such as out_of_range need more than the cell's own fields (min, max)
    text = message(error.code, language, **{**error.params, "item": error.item, "value": error.value,
                                            "column": error.column, "row": error.row, "sheet": error.sheet})
    if text.split(" (")[0] == error.code or "{" in text:
        return error.message or error.code
    return text


def render_summary(toolkit: Toolkit, survey: SurveyData, result: ScoreResult,
                   language: str | None = None, flags=None) -> str:
    """The summary as text lines: source, toolkit, bands, means, errors, unmatched and missing,
    ambiguous headers, other sheets, and the data-quality ``flags`` (a QualityFlags) if given."""
    s = summarise(result)
    m = survey.mapping
    say = lambda code, **p: message(code, language, **p)  # noqa: E731
    lines = [say("score_summary_file", file=Path(survey.file).name, sheet=survey.sheet,
                 header_row=m.header_row),
             say("score_summary_toolkit", title=toolkit.title_in(language), id=toolkit.id,
                 version=toolkit.version),
             say("score_summary_responses", count=s.responses),
             say("score_summary_bands")]
    labels = {b.name: b.label(language) for b in toolkit.bands}
    rows = [(labels[name], count) for name, count in reversed(list(s.band_counts.items()))
            if name is not None]
    rows.append((say("score_summary_no_band"), s.band_counts.get(None, 0)))
    width = max(len(label) for label, _ in rows)
    for label, count in rows:
        share = f"{_fmt(count / s.responses, True, language):>7}" if s.responses else ""
        lines.append(f"  {label:<{width}}  {count:>8}  {share}")
    lines.append(say("score_summary_mean_index", value=_fmt(s.mean_index, language=language)))
    lines.append(say("score_summary_mean_coverage", value=_fmt(s.mean_coverage, True, language)))
    lines.append(say("score_summary_area_means"))
    area_labels = {a.name: a.label(language) for a in toolkit.areas}
    width = max((len(v) for v in area_labels.values()), default=0)
    for name, mean in s.mean_area_scores.items():
        lines.append(f"  {area_labels[name]:<{width}}  {_fmt(mean, language=language):>6}")
    lines.extend(_error_lines(survey.errors, language))
    if m.unmatched:
        lines.append(say("score_summary_unmatched", count=len(m.unmatched),
                         columns=", ".join(f"{letter} '{header}'" for letter, header in m.unmatched)))
    if m.missing_items:
        lines.append(say("score_summary_missing", count=len(m.missing_items),
                         items=", ".join(m.missing_items)))
    lines.extend(_provenance_lines(m, language or current_language()))
    if flags is not None:
        lines.extend(_flag_lines(survey, flags, language or current_language()))
    return "\n".join(lines)


def _provenance_lines(m, language: str) -> list[str]:
    from core import catalogue
    lines = []
    if m.ambiguous:
        lines.append(catalogue.text("quality.ambiguous", language, count=len(m.ambiguous), columns=", ".join(
            f"{letter} '{header}' ({' / '.join(items)})" for letter, header, items in m.ambiguous)))
    if m.other_sheets:
        lines.append(catalogue.text("quality.other_sheets", language, sheets=", ".join(
            catalogue.text("quality.sheet_rows", language, sheet=name, rows=rows)
            for name, rows in m.other_sheets)))
    return lines


def _flag_lines(survey: SurveyData, flags, language: str) -> list[str]:
    from core.quality.text import MAX_LINES, flag_lines
    rows = []
    for position in flags.flagged()[:MAX_LINES].tolist():
        rows.extend({"row": survey.rows[position], "company_id": survey.company_ids[position],
                     **f.as_dict()} for f in flags.of(position))
    return flag_lines(flags.counts(), rows, len(flags.flagged()), language)


def _error_lines(errors: list[CellError], language: str | None) -> list[str]:
    if not errors:
        return [message("score_summary_no_errors", language)]
    shown = errors[:MAX_ERRORS_SHOWN]
    lines = [message("score_summary_errors", language, count=len(errors), shown=len(shown))]
    for e in shown:
        lines.append(message("score_summary_error_line", language, sheet=e.sheet, row=e.row,
                             column=e.column, item=e.item or "—", value=_cell_value(e.value),
                             reason=error_reason(e, language)))
    return lines


register({
    "score_summary_file": {"en": "File: {file} (sheet '{sheet}', header in row {header_row})",
                           "es": "Archivo: {file} (hoja '{sheet}', encabezado en la fila {header_row})",
                           "pt": "Arquivo: {file} (planilha '{sheet}', cabeçalho na linha {header_row})"},
    "score_summary_toolkit": {"en": "Toolkit: {title} ({id}, version {version})",
                              "es": "Herramienta: {title} ({id}, versión {version})",
                              "pt": "Ferramenta: {title} ({id}, versão {version})"},
    "score_summary_responses": {"en": "Responses: {count}", "es": "Respuestas: {count}",
                                "pt": "Respostas: {count}"},
    "score_summary_bands": {"en": "Responses per band:", "es": "Respuestas por nivel:",
                            "pt": "Respostas por nível:"},
    "score_summary_no_band": {"en": "No index (not enough answers)",
                              "es": "Sin índice (respuestas insuficientes)",
                              "pt": "Sem índice (respostas insuficientes)"},
    "score_summary_mean_index": {"en": "Mean index: {value}", "es": "Índice medio: {value}",
                                 "pt": "Índice médio: {value}"},
    "score_summary_mean_coverage": {"en": "Mean coverage: {value}",
                                    "es": "Cobertura media: {value}",
                                    "pt": "Cobertura média: {value}"},
    "score_summary_area_means": {"en": "Mean score per area:", "es": "Puntaje medio por área:",
                                 "pt": "Pontuação média por área:"},
    "score_summary_no_errors": {"en": "Cells with errors: none", "es": "Celdas con errores: ninguna",
                                "pt": "Células com erros: nenhuma"},
    "score_summary_errors": {"en": "Cells with errors: {count} (first {shown} below; "
                                   "those answers count as missing)",
                             "es": "Celdas con errores: {count} (las primeras {shown} abajo; "
                                   "esas respuestas cuentan como faltantes)",
                             "pt": "Células com erros: {count} (as primeiras {shown} abaixo; "
                                   "essas respostas contam como ausentes)"},
    "score_summary_error_line": {"en": "  sheet '{sheet}', row {row}, column {column}, item {item}, "
                                       "value {value}: {reason}",
                                 "es": "  hoja '{sheet}', fila {row}, columna {column}, ítem {item}, "
                                       "valor {value}: {reason}",
                                 "pt": "  planilha '{sheet}', linha {row}, coluna {column}, item {item}, "
                                       "valor {value}: {reason}"},
    "score_summary_unmatched": {"en": "Columns not matched to any item ({count}): {columns}",
                                "es": "Columnas sin ítem correspondiente ({count}): {columns}",
                                "pt": "Colunas sem item correspondente ({count}): {columns}"},
    "score_summary_missing": {"en": "Scored items with no column ({count}, counted as missing): {items}",
                              "es": "Ítems puntuados sin columna ({count}, cuentan como faltantes): {items}",
                              "pt": "Itens pontuados sem coluna ({count}, contam como ausentes): {items}"},
})

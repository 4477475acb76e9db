"""Turning survey cells into raw item values (spec section 2, "Values").

Every function here works on the *distinct* values of a column (``pd.factorize``): select items
have a handful of distinct answers, and numeric text is parsed with vectorised pandas string
operations, so a 100,000-row column costs one factorize plus work on its uniques.
Each resolver returns a :class:`Resolved`: per distinct value its raw number (NaN = missing),
its canonical answer text and an error code (None when the value is usable).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import repeat

import numpy as np
import pandas as pd

from core.messages import register
from core.survey.matching import loose
from core.text import normalise, normalise_label
from core.toolkit.model import ChoiceList, Item

NOT_APPLICABLE = frozenset(normalise(t) for t in (
    "n/a", "na", "n.a.", "n/d", "nd", "no aplica", "no sabe", "ns/nc", "-", "—", "."))
FLAG_TRUE = frozenset(("1", "true"))
FLAG_FALSE = frozenset(("0", "false"))
_DIGIT = r"(?=[^\d]*\d)"   # at least one digit somewhere
NUMBER_PATTERN = {
    False: _DIGIT + r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?",    # 1,234.5
    True: _DIGIT + r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)?(?:,\d+)?",     # 1.234,5
}


@dataclass
class Resolved:
    """What each distinct value of a column means."""

    values: np.ndarray        # float64, NaN = missing or invalid
    answers: np.ndarray       # object: canonical text, or None when empty
    codes: np.ndarray         # object: error code, or None


def _empty(count: int) -> Resolved:
    return Resolved(np.full(count, np.nan), np.full(count, None, dtype=object),
                    np.full(count, None, dtype=object))


def number_text(value: float) -> str:
    """3.0 -> ``3``; 2.5 -> ``2.5`` (the canonical text of a number)."""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def raw_text(value: object) -> str:
    """A cell as the user sees it: numbers without a spurious ``.0``, dates in ISO form."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and np.isfinite(value):
        return number_text(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value).strip()


def texts_of(uniques: np.ndarray) -> np.ndarray:
    """:func:`raw_text` of many distinct values (empty text becomes None); strings take a fast path."""
    out = np.full(len(uniques), None, dtype=object)
    is_str = np.fromiter(map(isinstance, uniques, repeat(str)), bool, len(uniques))
    out[is_str] = [s.strip() or None for s in uniques[is_str]]
    rest = ~is_str
    out[rest] = [raw_text(v) or None for v in uniques[rest]]
    return out


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_))


def parse_numbers(uniques: np.ndarray, decimal_comma: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectorised: (numbers, blank, not_applicable) for distinct cell values.

    Numbers stay numbers; text is parsed in the chosen format (thousands separators only in
    proper groups, so ``1,5`` with a decimal point is *not* 15); anything else is NaN.
    """
    n = len(uniques)
    numbers = np.full(n, np.nan)
    blank = np.zeros(n, dtype=bool)
    na = np.zeros(n, dtype=bool)
    if n == 0:
        return numbers, blank, na
    kind = pd.api.types.infer_dtype(uniques, skipna=True)
    if kind in ("floating", "integer", "mixed-integer-float"):
        return uniques.astype(float), blank, na
    is_num = np.fromiter(map(_is_number, uniques), bool, n)
    is_str = np.fromiter(map(isinstance, uniques, repeat(str)), bool, n)
    numbers[is_num] = uniques[is_num].astype(float)
    if is_str.any():
        text = pd.Series(uniques[is_str], dtype=object).str.strip()
        key = text.str.replace(r"\s+", " ", regex=True).str.casefold()
        blank[is_str] = (text == "").to_numpy()
        na[is_str] = key.isin(NOT_APPLICABLE).to_numpy()
        good = text.str.fullmatch(NUMBER_PATTERN[decimal_comma]).fillna(False).to_numpy(bool)
        thousands, decimal = (".", ",") if decimal_comma else (",", ".")
        clean = text[good].str.replace(thousands, "", regex=False).str.replace(decimal, ".", regex=False)
        parsed = np.full(len(text), np.nan)
        parsed[good] = pd.to_numeric(clean, errors="coerce").to_numpy(float)
        numbers[is_str] = parsed
    return numbers, blank, na


def resolve_numeric(uniques: np.ndarray, item: Item, decimal_comma: bool) -> Resolved:
    """range / integer / decimal: a number inside the item's scale (integers whole)."""
    numbers, blank, na = parse_numbers(uniques, decimal_comma)
    out = _empty(len(uniques))
    lo, hi = sorted((float(item.scale_min), float(item.scale_max)))
    finite = np.isfinite(numbers)
    tol = 1e-9 * max(1.0, abs(lo), abs(hi))
    whole = np.isclose(numbers, np.round(numbers), rtol=0, atol=1e-9) | ~finite
    inside = (numbers >= lo - tol) & (numbers <= hi + tol)
    codes = np.full(len(uniques), None, dtype=object)
    codes[finite & ~inside] = "out_of_range"
    if item.type == "integer":
        codes[finite & ~whole] = "not_whole"
    codes[~finite & ~blank & ~na] = "not_a_number"
    ok = codes == None  # noqa: E711 - elementwise comparison on an object array
    good = ok & finite
    out.values[good] = numbers[good]
    out.codes = codes
    kept = numbers[good]
    integral = (kept == np.round(kept)) & (np.abs(kept) < 1e15)   # shown without ".0"
    out.answers[good] = np.where(integral, np.where(integral, kept, 0).astype(np.int64).astype(str),
                                 kept.astype(str))
    # An invalid number is not kept as an answer (its text, sheet, row and column stay in the
    # import's error list): a stored answer must never be mistaken for a canonical number when
    # the assessment is re-scored. Not-applicable tokens are kept as given.
    kept_as_given = ~good & ~blank & na
    out.answers[kept_as_given] = texts_of(uniques[kept_as_given])
    return out


class ChoiceIndex:
    """One choice list, looked up by name, by label in any language, or by score."""

    def __init__(self, choices: ChoiceList):
        self.list = choices
        self.by_name: dict[str, object] = {}
        self.by_label: dict[str, object] = {}
        self.by_score: dict[float, object] = {}
        for c in choices.choices:
            self.by_name.setdefault(normalise(c.name), c)
        for c in choices.choices:
            for text in c.labels.values():
                if text:
                    self.by_label.setdefault(normalise_label(text), c)
            if c.score is not None:
                self.by_score.setdefault(float(c.score), c)
        self.by_loose = {loose(k): c for k, c in reversed(list(self.by_label.items()))}
        self.by_loose.pop("", None)
        self.order = {c.name: i for i, c in enumerate(choices.choices)}
        self.longest = max([len(k.split(" ")) for k in (*self.by_name, *self.by_label)] + [1])

    def claim(self, key: str):
        """The choice whose name or label is ``key`` (normalised; punctuation aside), else None."""
        label = normalise_label(key)
        return self.by_name.get(key) or self.by_label.get(label) or self.by_loose.get(loose(label))

    def segment(self, key: str) -> list | None:
        """The choices a space-separated cell names, as names or labels (``ISO 9001 HACCP``).

        Reads left to right, at each word the longest name or label first (KoboToolbox joins
        choice labels with spaces), falling back to shorter ones when the rest cannot be read;
        None when no reading covers the whole cell.
        """
        words = key.split(" ") if key else []
        if not words:
            return None
        n = len(words)
        step: list[tuple[int, object] | None] = [None] * (n + 1)   # from word i: (next i, choice)
        readable = [False] * n + [True]
        for start in range(n - 1, -1, -1):       # from the end, so the rest is known when choosing
            for end in range(min(n, start + self.longest), start, -1):
                if readable[end]:
                    choice = self.claim(" ".join(words[start:end]))
                    if choice is not None:
                        step[start], readable[start] = (end, choice), True
                        break
        if not readable[0]:
            return None
        chosen, at = [], 0
        while at < n:
            at, choice = step[at]
            chosen.append(choice)
        return chosen

    def find(self, value: object, decimal_comma: bool):
        """(choice, None) or (None, error code) or (None, None) for a missing value."""
        text = raw_text(value)
        key = normalise(text)
        if not key:
            return None, None
        choice = self.claim(key)
        if choice is not None:      # the toolkit's own choices come before the n/a tokens
            return choice, None
        if key in NOT_APPLICABLE:
            return None, None
        if isinstance(value, (datetime, date, time, bool)):
            return None, "not_a_choice"
        number = value if _is_number(value) else parse_numbers(
            np.array([text], dtype=object), decimal_comma)[0][0]
        if number == number and number is not None:
            choice = self.by_score.get(float(number))
            return (choice, None) if choice is not None else (None, "not_a_choice_value")
        return None, "not_a_choice"


def resolve_select_one(uniques: np.ndarray, index: ChoiceIndex, decimal_comma: bool) -> Resolved:
    """select_one: choice name, then label in any language, then a number equal to a score."""
    out = _empty(len(uniques))
    for k, value in enumerate(uniques):
        choice, code = index.find(value, decimal_comma)
        if choice is not None:
            out.answers[k] = choice.name
            if choice.score is not None:       # a blank score means "not applicable"
                out.values[k] = choice.score
        else:
            out.codes[k] = code
            text = raw_text(value)
            out.answers[k] = text or None
    return out


def resolve_select_multiple(uniques: np.ndarray, index: ChoiceIndex) -> Resolved:
    """select_multiple in one cell: choice names (or labels) separated by spaces."""
    out = _empty(len(uniques))
    for k, value in enumerate(uniques):
        text = raw_text(value)
        key = normalise(text)
        chosen = index.segment(key)
        if chosen is None and (not key or key in NOT_APPLICABLE):
            out.answers[k] = text or None
            continue
        if chosen is None:
            out.codes[k], out.answers[k] = "unknown_choice_in_multiple", text
            continue
        chosen = sorted({c.name: c for c in chosen}.values(), key=lambda c: index.order[c.name])
        out.answers[k] = " ".join(c.name for c in chosen)
        scores = [c.score for c in chosen if c.score is not None]
        if scores:                             # only not-applicable choices: missing
            out.values[k] = float(sum(scores))
    return out


def unanswered_cells(uniques: np.ndarray, index: ChoiceIndex) -> np.ndarray:
    """Per distinct single select_multiple cell: blank, or a not-applicable token no choice claims."""
    out = np.zeros(len(uniques), dtype=bool)
    for k, value in enumerate(uniques):
        key = normalise(raw_text(value))
        out[k] = not key or (key in NOT_APPLICABLE and index.segment(key) is None)
    return out


def resolve_flags(uniques: np.ndarray) -> Resolved:
    """A split select_multiple column: 1/0 or TRUE/FALSE; blank or not-applicable = no answer."""
    out = _empty(len(uniques))
    for k, value in enumerate(uniques):
        key = normalise(raw_text(value))
        if key in FLAG_TRUE:
            out.values[k] = 1.0
        elif key in FLAG_FALSE:
            out.values[k] = 0.0
        elif key and key not in NOT_APPLICABLE:
            out.codes[k] = "not_a_flag"
    return out


def resolve_text(uniques: np.ndarray) -> Resolved:
    """An unscored, unlisted item (text, date, profile numbers): its text, never an error."""
    out = _empty(len(uniques))
    out.answers = texts_of(uniques)
    return out


CELL_MESSAGES = {
    "not_a_choice": {
        "en": "'{value}' is not a choice of {item}.",
        "es": "'{value}' no es una opción de {item}.",
        "pt": "'{value}' não é uma opção de {item}."},
    "not_a_choice_value": {
        "en": "{value} is not the value of any choice of {item}.",
        "es": "{value} no es el valor de ninguna opción de {item}.",
        "pt": "{value} não é o valor de nenhuma opção de {item}."},
    "not_a_number": {
        "en": "'{value}' is not a number (item {item}).",
        "es": "'{value}' no es un número (pregunta {item}).",
        "pt": "'{value}' não é um número (pergunta {item})."},
    "out_of_range": {
        "en": "{value} is outside the scale of {item} ({min} to {max}).",
        "es": "{value} está fuera de la escala de {item} ({min} a {max}).",
        "pt": "{value} está fora da escala de {item} ({min} a {max})."},
    "not_whole": {
        "en": "{value} is not a whole number, as {item} requires.",
        "es": "{value} no es un número entero, como exige {item}.",
        "pt": "{value} não é um número inteiro, como exige {item}."},
    "not_a_flag": {
        "en": "'{value}' should be 1 or 0 (TRUE or FALSE) for a choice of {item}.",
        "es": "'{value}' debería ser 1 o 0 (VERDADERO o FALSO) para una opción de {item}.",
        "pt": "'{value}' deveria ser 1 ou 0 (VERDADEIRO ou FALSO) para uma opção de {item}."},
    "unknown_choice_in_multiple": {
        "en": "'{value}' names a choice that {item} does not have.",
        "es": "'{value}' nombra una opción que {item} no tiene.",
        "pt": "'{value}' cita uma opção que {item} não tem."},
}
register(CELL_MESSAGES)

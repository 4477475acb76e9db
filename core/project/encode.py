"""Turning survey frames into the per-assessment columns the project file stores (vectorised)."""
from __future__ import annotations

import hashlib
import json
import re

import numpy as np
import pandas as pd

DATE_ITEMS = ("assessed_on", "assessment_date", "date", "fecha", "data", "survey_date",
              "interview_date", "fecha_diagnostico")
DATE_METADATA = ("today", "_submission_time", "SubmissionDate", "end", "start")
UUID_METADATA = ("_uuid", "meta/instanceID", "instanceID", "KEY")


def json_arrays(frame: pd.DataFrame | None, n: int) -> list[str | None]:
    """One compact JSON array per row (column order kept; missing values as null).

    ``to_json(orient="values")`` encodes the whole frame in C; the rows are then cut at ``],[``.
    A text answer containing ``],[`` would give too many pieces: then each row is encoded alone.
    """
    if frame is None or frame.shape[1] == 0:
        return [None] * n
    frame = frame.reset_index(drop=True)
    text = frame.to_json(orient="values", force_ascii=False, date_format="iso",
                         double_precision=15, default_handler=str)
    if n == 0:
        return []
    pieces = text[1:-1].split("],[")
    if len(pieces) == n:
        pieces[0] = pieces[0][1:]
        pieces[-1] = pieces[-1][:-1]
        return ["[" + p + "]" for p in pieces]
    return [json.dumps(row, ensure_ascii=False, default=str)
            for row in canonical(frame).to_numpy().tolist()]


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Answers as object columns with None for missing, so equal answers encode and hash equally."""
    frame = frame.reset_index(drop=True).astype(object)
    return frame.where(frame.notna(), None)


def text_hashes(texts: list[str | None], columns: list) -> list[str]:
    """A 64-bit hash per row of its encoded answers and the column list they align with."""
    start = hashlib.blake2b(("\x1f".join(map(str, columns)) + "\x1e").encode(), digest_size=8)

    def one(text: str | None) -> str:
        digest = start.copy()           # the header hashed once, not joined to every text
        digest.update(text.encode() if text else b"")
        return digest.hexdigest()
    return list(map(one, texts))


def decode(items_json: str | None, values_json: str | None) -> dict:
    """An answers (or metadata) dict from the stored array and its import's item list."""
    if not values_json:
        return {}
    items = json.loads(items_json or "[]")
    return dict(zip(items, json.loads(values_json)))


def text_column(values, n: int, drop_prefix: str = "") -> pd.Series:
    """Trimmed text (None for blanks) from a list/Series of cells; floats like 12.0 become '12'.

    ``drop_prefix`` is removed where a value starts with it (Kobo's ``uuid:``).
    """
    if values is not None and pd.api.types.infer_dtype(values, skipna=True) == "string":
        # Text and blanks only (what the importer gives): mostly distinct ids are cleaned in
        # one pass, not factorized first (0.1 s per 100,000 ids). Blanks of any kind are None.
        clean = [(v.strip() or None) if isinstance(v, str) else None for v in values]
        if drop_prefix:
            k = len(drop_prefix)
            clean = [u[k:] if u and u.startswith(drop_prefix) else u for u in clean]
        return pd.Series(clean, dtype=object)
    s = pd.Series(values if values is not None else [None] * n, dtype=object)
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    uniques = np.asarray(uniques, dtype=object)
    if pd.api.types.infer_dtype(uniques, skipna=True) == "string":
        clean = [u.strip() or None for u in uniques.tolist()]
    else:
        clean = [_clean_text(u) for u in uniques]
    if drop_prefix:
        k = len(drop_prefix)
        clean = [u[k:] if u and u.startswith(drop_prefix) else u for u in clean]
    return pd.Series(np.array(clean + [None], dtype=object)[codes], dtype=object)


def _clean_text(value) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def assessment_dates(answers: pd.DataFrame, metadata: pd.DataFrame | None, n: int,
                     explicit: str | None) -> pd.Series:
    """ISO date of each response: explicit, else a date item, else Kobo/ODK metadata, else None."""
    if explicit:
        return pd.Series([parse_date(explicit)] * n, dtype=object)
    result = pd.Series([None] * n, dtype=object)
    sources = [answers[c] for c in DATE_ITEMS if c in answers.columns]
    if metadata is not None:
        sources += [metadata[c] for c in DATE_METADATA if c in metadata.columns]
    for column in sources:
        todo = result.isna().to_numpy()
        if not todo.any():
            break
        result[todo] = _iso_dates(column.reset_index(drop=True)[todo])
    return result      # None where the file gives no date: the caller decides


def _iso_dates(values: pd.Series) -> np.ndarray:
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    parsed = [_one_date(u) for u in uniques] + [None]
    return np.array(parsed, dtype=object)[codes]


_SERIAL = re.compile(r"\d{5}(\.\d+)?")
_DAY_LEADS = re.compile(r"\d{1,2}[/.-]")


def _one_date(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if np.isnan(value) or not 20000 < value < 80000:
            return None
        return (pd.Timestamp("1899-12-30") + pd.Timedelta(days=float(value))).date().isoformat()
    text = str(value).strip()
    if _SERIAL.fullmatch(text):          # an Excel date serial that arrived as text
        return _one_date(float(text))
    try:    # day first wherever a day can lead (02/03/2026, 02-03-2026, 02.03.2026); year first else
        stamp = pd.to_datetime(text, dayfirst=bool(_DAY_LEADS.match(text)))
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(stamp) else stamp.date().isoformat()


def parse_date(text: str) -> str:
    """An ISO date from what a user typed (2026-03-04, 04/03/2026 day first)."""
    parsed = _one_date(text)
    if parsed is None:
        from core.errors import UserInputError
        raise UserInputError("bad_date", value=text)
    return parsed


def kobo_uuids(metadata: pd.DataFrame | None, n: int) -> pd.Series:
    if metadata is not None:
        for c in UUID_METADATA:
            if c in metadata.columns:
                return text_column(metadata[c].tolist(), n, drop_prefix="uuid:")
    return pd.Series([None] * n, dtype=object)


def nullable(values) -> list:
    """Python floats for binding; NaN stays NaN because SQLite stores a bound NaN as NULL.

    (A PostgreSQL connection would need NaN turned into None here: its REAL keeps NaN.)
    """
    return np.asarray(values, dtype=float).tolist()

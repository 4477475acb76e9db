"""The data-quality rules, one function each, registered in order (spec: issue 14).

Each rule looks at one imported survey (and, for the index change, the company's previous
assessment) and returns the responses it flags, each with the value that tripped it and the
rule's threshold. Vectorised over all responses: flags must cost little on 100,000 rows.

Choices made where nothing else says:
- duplicate company: the same company id on several rows whose answers differ (identical rows
  are the same interview sent twice, which the import already treats as one);
- duplicate submission id: KoboToolbox ``_uuid``, else ODK ``meta-instanceID`` / ``instanceID``;
- versions: ``__version__`` (KoboToolbox) or ``FormVersion`` (ODK Central): rows whose version is
  not the file's most common one are "mixed". Only ODK's ``FormVersion`` carries the XLSForm's
  ``version`` setting, so only it is compared with the toolkit's version (KoboToolbox's
  ``__version__`` is the id of a deployment, never the toolkit's version);
- interview duration: ``end - start`` divided by the scored items answered;
- straight-lining: every answered rating item (select_one and range) at the same level
  (the same 0-100 score), with at least ``straight_line_min_items`` of them answered;
- coverage: the overall coverage below the toolkit's ``min_coverage``.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pandas as pd

from core.quality.flags import QualityFlags, RuleHits
from core.quality.settings import DEFAULTS, QualitySettings
from core.survey.values import texts_of
from core.text import normalise

UUID_COLUMNS = ("_uuid", "meta-instanceid", "meta/instanceid", "instanceid")
VERSION_COLUMNS = ("__version__", "_version_", "formversion")
RATING_TYPES = ("select_one", "range")


@dataclass
class QualityInput:
    toolkit: object
    survey: object                 # SurveyData
    scores: object                 # ScoreResult
    settings: QualitySettings = DEFAULTS
    previous_index: np.ndarray | None = None   # per response: the previous round's index, NaN none


Rule = Callable[[QualityInput], "RuleHits | None"]
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    RULES.append(fn)
    return fn


def quality_flags(data: QualityInput) -> QualityFlags:
    """Run every registered rule over one survey."""
    flags = QualityFlags(len(data.survey.rows))
    for check in RULES:
        hits = check(data)
        if hits is not None and len(hits.positions):
            flags.hits.append(hits)
    return flags


def _column(metadata: pd.DataFrame | None, names: tuple[str, ...]) -> pd.Series | None:
    """The first metadata column whose header (normalised) is one of ``names``, as text."""
    if metadata is None:
        return None
    keys = {normalise(c): c for c in reversed(list(metadata.columns))}
    for name in names:
        if name in keys:
            return pd.Series(texts_of(metadata[keys[name]].to_numpy(dtype=object)), dtype=object)
    return None


def _repeats(keys: pd.Series) -> tuple[np.ndarray, list]:
    """Positions of the keys that occur more than once, and how often each occurs."""
    repeated = keys.duplicated(keep=False).to_numpy() & keys.notna().to_numpy()
    positions = np.flatnonzero(repeated)
    if not len(positions):
        return positions, []
    found = keys.iloc[positions]
    return positions, found.map(found.value_counts()).astype(int).tolist()


@rule
def duplicate_company(data: QualityInput) -> RuleHits | None:
    ids = pd.Series(data.survey.company_ids, dtype=object)
    repeated = np.flatnonzero(ids.duplicated(keep=False).to_numpy() & ids.notna().to_numpy())
    if not len(repeated):
        return None
    answers = data.survey.answers.iloc[repeated]      # only the rows that share an id are compared
    digest = (pd.util.hash_pandas_object(answers.astype(str), index=False).to_numpy()
              if answers.shape[1] else np.zeros(len(repeated)))
    frame = pd.DataFrame({"id": ids.to_numpy()[repeated], "hash": digest}, index=repeated)
    differing = frame.groupby("id")["hash"].transform("nunique") > 1
    rows = frame[differing.to_numpy()]
    sizes = rows.groupby("id")["id"].transform("size")
    return RuleHits("flag.duplicate_company", rows.index.to_numpy(), sizes.astype(int).tolist(), 1)


@rule
def duplicate_submission(data: QualityInput) -> RuleHits | None:
    keys = _column(data.survey.metadata, UUID_COLUMNS)
    if keys is None:
        return None
    positions, counts = _repeats(keys.reset_index(drop=True))
    return RuleHits("flag.duplicate_uuid", positions, counts, 1)


def _versions(data: QualityInput) -> tuple[pd.Series | None, bool]:
    metadata = data.survey.metadata
    column = _column(metadata, VERSION_COLUMNS)
    central = column is not None and _column(metadata, ("formversion",)) is not None \
        and _column(metadata, ("__version__", "_version_")) is None
    return column, central


@rule
def mixed_versions(data: QualityInput) -> RuleHits | None:
    versions, _ = _versions(data)
    if versions is None or versions.nunique() < 2:
        return None
    common = versions.value_counts().index[0]
    other = (versions.notna() & (versions != common)).to_numpy()
    positions = np.flatnonzero(other)
    return RuleHits("flag.mixed_versions", positions, versions.to_numpy()[positions].tolist(), common)


@rule
def toolkit_version(data: QualityInput) -> RuleHits | None:
    versions, central = _versions(data)
    expected = str(data.toolkit.version or "").strip()
    if versions is None or not central or not expected:
        return None
    other = (versions.notna() & (versions != expected)).to_numpy()
    positions = np.flatnonzero(other)
    return RuleHits("flag.toolkit_version", positions, versions.to_numpy()[positions].tolist(), expected)


def _instants(column: pd.Series | None) -> np.ndarray | None:
    if column is None:
        return None
    parsed = pd.to_datetime(column, errors="coerce", utc=True, format="ISO8601")
    return (parsed - pd.Timestamp(0, tz="UTC")).dt.total_seconds().to_numpy(float)


@rule
def short_interview(data: QualityInput) -> RuleHits | None:
    metadata = data.survey.metadata
    start, end = _instants(_column(metadata, ("start",))), _instants(_column(metadata, ("end",)))
    if start is None or end is None:
        return None
    answered = (~np.isnan(data.survey.values.to_numpy(float))).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_item = (end - start) / answered
    limit = data.settings.min_seconds_per_item
    hit = (answered > 0) & (end >= start) & (per_item < limit)
    positions = np.flatnonzero(hit)
    return RuleHits("flag.short_interview", positions, np.round(per_item[positions], 1).tolist(), limit)


@rule
def straight_lining(data: QualityInput) -> RuleHits | None:
    rating = [it for it in data.toolkit.scored_items if it.type in RATING_TYPES]
    wanted = {it.name for it in rating}
    columns = [k for k, name in enumerate(data.scores.item_names) if name in wanted]
    if not columns:
        return None
    scores = data.scores.item_scores.to_numpy(float)[:, columns]
    answered = (~np.isnan(scores)).sum(axis=1)
    with warnings.catch_warnings():      # rows with no rating answered are never flagged
        warnings.simplefilter("ignore", RuntimeWarning)
        same = np.nanmax(scores, axis=1) == np.nanmin(scores, axis=1)
    limit = data.settings.straight_line_min_items
    positions = np.flatnonzero(same & (answered >= limit))
    return RuleHits("flag.straight_lining", positions, answered[positions].astype(int).tolist(), int(limit))


@rule
def index_change(data: QualityInput) -> RuleHits | None:
    if data.previous_index is None:
        return None
    change = data.scores.index.to_numpy(float) - data.previous_index
    limit = data.settings.max_index_change
    with np.errstate(invalid="ignore"):
        positions = np.flatnonzero(np.abs(change) > limit)
    return RuleHits("flag.index_change", positions, np.round(change[positions], 2).tolist(), limit)


@rule
def low_coverage(data: QualityInput) -> RuleHits | None:
    coverage = data.scores.coverage.to_numpy(float)
    limit = data.toolkit.min_coverage
    positions = np.flatnonzero(coverage < limit - 1e-9)
    return RuleHits("flag.low_coverage", positions, np.round(coverage[positions], 4).tolist(), limit)

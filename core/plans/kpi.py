"""The KPI catalogue and a KPI's progress, change and status against its target line.

Progress = (current - baseline) / (target - baseline), clipped to [0, 1.5]; the same formula
serves lower-is-better KPIs because target - baseline is then negative. Status compares the
latest measurement with the straight line from (baseline date, baseline) to (target date,
target), evaluated on the measurement's date: **on track** when the progress falls short of
the line's progress by at most ``on_track`` (0.15 = 15% of the baseline-to-target distance),
**at risk** up to ``at_risk`` (0.30), **off track** beyond; ``no_data`` without a measurement
or a baseline and target.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from core.paths import resources_dir
from core.plans.model import Kpi, Measurement

ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA = "on_track", "at_risk", "off_track", "no_data"
KPI_STATUSES = (ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA)


@dataclass(frozen=True)
class CatalogueKpi:
    """A usual KPI of supplier development programmes, named (and its unit) in en/es/pt."""

    id: str
    names: dict[str, str]
    unit: str                      # English; this text is what plans store
    direction: str
    aggregate: str                 # "change" (median / max % change) or "sum" (jobs, investment)
    areas: tuple[str, ...]         # toolkit areas this KPI usually measures
    units: dict[str, str] = field(default_factory=dict)

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names["en"]

    def unit_label(self, language: str = "en") -> str:
        return self.units.get(language) or self.unit


@cache
def catalogue() -> dict[str, CatalogueKpi]:
    """The built-in KPI catalogue (``resources/kpis/catalogue.json``) by id."""
    data = json.loads((resources_dir() / "kpis" / "catalogue.json").read_text(encoding="utf-8"))
    return {k["id"]: CatalogueKpi(k["id"], dict(k["names"]), k["unit"], k["direction"],
                                  k["aggregate"], tuple(k["areas"]), dict(k.get("units") or {}))
            for k in data["kpis"]}


@cache
def _catalogue_units() -> dict[str, CatalogueKpi]:
    """Catalogue entries by any language's unit text (case-folded), English text first."""
    index: dict[str, CatalogueKpi] = {}
    for entry in catalogue().values():
        index.setdefault(entry.unit.strip().casefold(), entry)
    for entry in catalogue().values():
        for text in entry.units.values():
            index.setdefault(text.strip().casefold(), entry)
    return index


def unit_label(kpi_or_unit: "Kpi | CatalogueKpi | str | None", language: str = "en") -> str:
    """The unit of a KPI (or a unit text) to show in ``language``.

    A catalogue unit, stored in any of en/es/pt, comes back translated; a unit the consultant
    typed (e.g. "kg/h", even on a catalogue KPI) comes back unchanged.
    """
    unit = kpi_or_unit if isinstance(kpi_or_unit, str) else getattr(kpi_or_unit, "unit", None)
    if not unit:
        return ""
    entry = _catalogue_units().get(unit.strip().casefold())
    return entry.unit_label(language) if entry else unit


def suggest_kpi(area: str | None) -> CatalogueKpi:
    """The catalogue KPI that usually measures ``area`` (productivity when none does)."""
    for entry in catalogue().values():
        if area and area in entry.areas:
            return entry
    return catalogue()["productivity"]


@dataclass(frozen=True)
class KpiStatus:
    """Where a KPI stands as of a date (see the module doc for the rules)."""

    kpi_id: str
    current: float | None            # latest measurement on or before the evaluation date
    measured_on: date | None
    progress: float | None           # clipped to [0, 1.5]
    expected: float | None           # the line's progress on ``measured_on`` (0..1)
    change_pct: float | None         # (current - baseline) / |baseline| * 100
    improved: bool | None            # moved in the good direction from the baseline
    status: str                      # on_track, at_risk, off_track, no_data
    days_since_measurement: int | None

    def as_dict(self) -> dict:
        d = dict(self.__dict__)
        d["measured_on"] = self.measured_on.isoformat() if self.measured_on else None
        return d


def latest(measurements: list[Measurement], today: date) -> Measurement | None:
    """The last measurement dated on or before ``today``."""
    past = [m for m in measurements if m.on <= today]
    return max(past, key=lambda m: m.on) if past else None


def raw_progress(kpi: Kpi, value: float) -> float | None:
    """Unclipped progress of ``value``; when baseline equals target, 1 if the target is met else 0."""
    b, t = kpi.baseline_value, kpi.target_value
    if b is None or t is None:
        return None
    if t == b:
        met = value >= t if kpi.direction == "higher" else value <= t
        return 1.0 if met else 0.0
    return (value - b) / (t - b)


def expected_progress(kpi: Kpi, on: date) -> float | None:
    """Where the straight baseline-to-target line says progress should be on ``on`` (0..1)."""
    if kpi.baseline_date is None or kpi.target_date is None:
        return None
    if on >= kpi.target_date:
        return 1.0
    if on <= kpi.baseline_date:
        return 0.0
    return (on - kpi.baseline_date).days / (kpi.target_date - kpi.baseline_date).days


def kpi_status(kpi: Kpi, today: date, on_track: float = 0.15, at_risk: float = 0.30) -> KpiStatus:
    """Progress, change and status of ``kpi`` as of ``today`` (see the module doc)."""
    m = latest(kpi.measurements, today)
    if m is None:
        return KpiStatus(kpi.id, None, None, None, expected_progress(kpi, today), None, None,
                         NO_DATA, None)
    raw = raw_progress(kpi, m.value)
    progress = None if raw is None else min(1.5, max(0.0, raw))
    b = kpi.baseline_value
    change = (m.value - b) / abs(b) * 100.0 if b not in (None, 0) else None
    improved = None
    if b is not None:
        improved = m.value > b if kpi.direction == "higher" else m.value < b
    expected = expected_progress(kpi, m.on)
    if raw is None or expected is None:
        status = NO_DATA
    else:
        shortfall = expected - raw
        status = ON_TRACK if shortfall <= on_track + 1e-9 else (
            AT_RISK if shortfall <= at_risk + 1e-9 else OFF_TRACK)
    return KpiStatus(kpi.id, m.value, m.on, progress, expected, change, improved, status,
                     (today - m.on).days)

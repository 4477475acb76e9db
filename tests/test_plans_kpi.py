"""KPI catalogue, progress, change vs baseline and on track / at risk / off track."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.plans.kpi import catalogue, expected_progress, kpi_status, suggest_kpi
from core.plans.model import Kpi

B, T = date(2026, 1, 1), date(2026, 11, 1)   # 304 days apart


def kpi(baseline=100.0, target=140.0, direction="higher", **kw) -> Kpi:
    return Kpi("K01", "Productivity", "u/h", direction, baseline, kw.pop("bdate", B), target,
               kw.pop("tdate", T), **kw)


def test_catalogue_has_the_usual_kpis_in_three_languages():
    cat = catalogue()
    for kid in ("productivity", "sales", "unit_cost", "on_time_delivery", "defect_rate",
                "inventory_days", "setup_time", "factory_space", "jobs_created",
                "jobs_created_women", "jobs_created_men", "investment", "new_clients",
                "new_products", "certifications"):
        assert set(cat[kid].names) == {"en", "es", "pt"}
    assert cat["unit_cost"].direction == "lower" and cat["defect_rate"].direction == "lower"
    assert cat["investment"].aggregate == "sum" and cat["sales"].aggregate == "change"
    assert cat["setup_time"].name("es") == "Tiempo de preparación"


def test_suggestion_follows_the_area_and_falls_back_to_productivity():
    assert suggest_kpi("quality").id == "defect_rate"
    assert suggest_kpi("smed").id == "setup_time"
    assert suggest_kpi("no_such_area").id == "productivity"
    assert suggest_kpi(None).id == "productivity"


def test_no_measurement_yet_has_no_data_but_an_expected_line():
    s = kpi_status(kpi(), date(2026, 6, 1))
    assert s.status == "no_data" and s.current is None and s.progress is None
    assert s.expected == pytest.approx(151 / 304)


def test_progress_change_and_on_track_for_a_higher_is_better_kpi():
    k = kpi()
    k.add_measurement(date(2026, 6, 1), 120.0)          # line says 151/304 = 0.497, actual 0.5
    s = kpi_status(k, date(2026, 6, 15))
    assert s.progress == pytest.approx(0.5) and s.change_pct == pytest.approx(20.0)
    assert s.improved is True and s.status == "on_track" and s.days_since_measurement == 14


def test_status_thresholds_are_fifteen_and_thirty_percent_of_the_distance():
    day = date(2026, 6, 1)
    expected = expected_progress(kpi(), day)
    on_edge = 100 + 40 * (expected - 0.15)             # exactly 15 points short: still on track
    at_risk = 100 + 40 * (expected - 0.20)
    off = 100 + 40 * (expected - 0.31)
    for value, status in ((on_edge, "on_track"), (at_risk, "at_risk"), (off, "off_track")):
        k = kpi()
        k.add_measurement(day, value)
        assert kpi_status(k, day).status == status, value


def test_lower_is_better_kpi_progresses_when_the_value_falls():
    k = kpi(baseline=5000.0, target=2000.0, direction="lower")     # defects ppm
    k.add_measurement(date(2026, 6, 1), 3500.0)
    s = kpi_status(k, date(2026, 6, 1))
    assert s.progress == pytest.approx(0.5) and s.change_pct == pytest.approx(-30.0)
    assert s.improved is True and s.status == "on_track"
    k.add_measurement(date(2026, 7, 1), 6000.0)                     # worse than the baseline
    s = kpi_status(k, date(2026, 7, 1))
    assert s.progress == 0.0 and s.improved is False and s.status == "off_track"


def test_progress_is_clipped_to_one_and_a_half():
    k = kpi()
    k.add_measurement(date(2026, 10, 1), 200.0)          # (200-100)/40 = 2.5
    assert kpi_status(k, date(2026, 10, 1)).progress == 1.5


def test_baseline_equal_to_target_is_met_or_not():
    k = kpi(baseline=95.0, target=95.0)                   # keep on-time delivery at 95%
    k.add_measurement(date(2026, 6, 1), 96.0)
    s = kpi_status(k, date(2026, 6, 1))
    assert s.progress == 1.0 and s.status == "on_track"
    k.add_measurement(date(2026, 7, 1), 90.0)
    s = kpi_status(k, date(2026, 7, 1))
    assert s.progress == 0.0 and s.status == "off_track"
    low = kpi(baseline=10.0, target=10.0, direction="lower")
    low.add_measurement(date(2026, 6, 1), 9.0)
    assert kpi_status(low, date(2026, 6, 1)).progress == 1.0


def test_measurements_after_today_are_ignored_and_the_latest_counts():
    k = kpi()
    k.add_measurement(date(2026, 3, 1), 110.0)
    k.add_measurement(date(2026, 8, 1), 130.0)
    s = kpi_status(k, date(2026, 5, 1))
    assert s.current == 110.0 and s.measured_on == date(2026, 3, 1)


def test_after_the_target_date_the_line_expects_the_full_target():
    k = kpi()
    k.add_measurement(date(2026, 12, 1), 135.0)          # 87.5% of the way, line says 100%
    assert kpi_status(k, date(2026, 12, 1)).status == "on_track"
    k.add_measurement(date(2026, 12, 1), 125.0)          # replaced: 62.5%
    assert kpi_status(k, date(2026, 12, 1)).status == "off_track"
    assert len(k.measurements) == 1


def test_target_due_today_and_on_the_baseline_day():
    k = kpi(tdate=date(2026, 6, 1))
    assert expected_progress(k, date(2026, 6, 1)) == 1.0
    assert expected_progress(k, B) == 0.0
    same_day = kpi(tdate=B)
    assert expected_progress(same_day, B) == 1.0


def test_zero_baseline_has_no_percent_change_and_missing_target_no_status():
    k = kpi(baseline=0.0, target=10.0)
    k.add_measurement(date(2026, 6, 1), 4.0)
    s = kpi_status(k, date(2026, 6, 1))
    assert s.change_pct is None and s.progress == pytest.approx(0.4)
    open_ended = kpi(target=None)
    open_ended.add_measurement(date(2026, 6, 1), 120.0)
    s = kpi_status(open_ended, date(2026, 6, 1))
    assert s.status == "no_data" and s.change_pct == pytest.approx(20.0)


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
RANK = {"on_track": 0, "at_risk": 1, "off_track": 2}


@settings(max_examples=200, deadline=None)
@given(baseline=finite, target=finite, value=finite, other=finite, day=st.integers(0, 400))
def test_progress_is_bounded_and_agrees_with_direction_and_status(baseline, target, value, other, day):
    if abs(target - baseline) < 1e-3:
        return
    direction = "higher" if target > baseline else "lower"
    on = date(2026, 1, 1) + timedelta(days=day)
    results = []
    for v in (value, other):
        k = kpi(baseline, target, direction)
        k.add_measurement(on, v)
        s = kpi_status(k, on)
        assert 0.0 <= s.progress <= 1.5
        assert s.improved == (s.progress > 0) or v == baseline
        results.append((v, s))
    # further along the way to the target (unclipped: going backwards counts) is never worse
    (v1, s1), (v2, s2) = sorted(results, key=lambda r: (r[0] - baseline) / (target - baseline))
    assert RANK[s1.status] >= RANK[s2.status]

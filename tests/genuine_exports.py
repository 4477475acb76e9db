"""Reference scores for the genuine export fixtures of tests/fixtures/kobo.

The fixtures were written by KoboToolbox's export engine (formpack, with the arguments its
server passes: copy fields ``_id`` … ``_tags``, ``_index``, labels or XML names, groups in headers
on/off, ``/`` or ``-``, select_multiple both / summary / details, xlsx or ``;`` CSV) and, for ODK
Central, in Central's CSV layout, from the submissions kept beside them (``*.submissions.json``,
XML paths and choice names as the phone sends them). The reference reads those submissions
directly, one response at a time, without the importer.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

from core.toolkit.model import Toolkit

FIXTURES = Path(__file__).parent / "fixtures" / "kobo"
KITS = {"linkage-readiness": "linkage-readiness", "qcdi": "qcdi",
        "shared-labels": str(FIXTURES / "shared-labels-toolkit.xlsx")}


def submissions(kit: str, repeat: bool = False) -> list[dict]:
    name = f"{kit}-repeat" if repeat else kit
    return json.loads((FIXTURES / f"{name}.submissions.json").read_text(encoding="utf-8"))


def raw_value(toolkit: Toolkit, item, answer: str | None) -> float:
    """The raw value of one answer as the contract defines it (NaN = missing)."""
    if answer in (None, ""):
        return math.nan
    if item.type == "select_one":
        score = {c.name: c.score for c in toolkit.lists[item.list_name].choices}[answer]
        return math.nan if score is None else float(score)
    if item.type == "select_multiple":
        scores = {c.name: c.score for c in toolkit.lists[item.list_name].choices}
        chosen = [scores[n] for n in answer.split() if scores[n] is not None]
        return float(sum(chosen)) if chosen else math.nan
    return float(answer)


def reference_rows(toolkit: Toolkit, subs: list[dict]) -> list[dict[str, float]]:
    """Per submission: scored item -> raw value, read from the submission's XML paths."""
    rows = []
    for sub in subs:
        row = {}
        for item in toolkit.scored_items:
            path = "/".join([g.name for g in item.groups] + [item.name])
            row[item.name] = raw_value(toolkit, item, sub.get(path))
        rows.append(row)
    return rows

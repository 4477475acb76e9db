"""One company as the company view shows it: latest and previous round, area scores and
targets, improvement opportunities and critical gaps (computed here, drawn by the GUI)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("encadena.programme")


@dataclass
class CompanyPicture:
    """What the company view shows about one company (read from the read-model and the store)."""

    company_id: str
    name: str
    chain_name: str = ""
    toolkit: Any = None                      # core.toolkit.model.Toolkit (labels of areas/items)
    round_label: str = ""
    date: str = ""
    index: float | None = None
    band: str | None = None
    areas: list[str] = field(default_factory=list)              # area ids, display order
    area_scores: dict[str, float | None] = field(default_factory=dict)
    area_targets: dict[str, float | None] = field(default_factory=dict)
    previous_scores: dict[str, float | None] | None = None
    previous_label: str = ""
    opportunities: list[Any] = field(default_factory=list)      # core.scoring.Opportunity
    critical_gaps: list[str] = field(default_factory=list)      # item ids


def round_label(assessment, language: str) -> str:
    """"Round 2" in ``language``, or the assessment date when it has no round number."""
    from core import catalogue
    if assessment.round is not None:
        return f"{catalogue.label('label.round', language)} {assessment.round}"
    return assessment.assessed_on


def company_picture(project, model, company_id: str, language: str) -> CompanyPicture | None:
    """The picture of ``company_id`` (None when unknown); ``model`` is the programme's read-model."""
    from core.project.rescore import score_stored
    company = project.company(company_id)
    if company is None:
        return None
    rounds = sorted((a for a in project.assessments(company_id) if a.status == "current"),
                    key=lambda a: (a.assessed_on, a.id or 0))
    row = model.row(company_id) if model is not None else None
    picture = CompanyPicture(company_id, company.name or company_id, (row or {}).get("chain_name") or "")
    if not rounds:
        return picture
    latest = rounds[-1]
    toolkit = model.toolkit(latest.toolkit_sha256) if model is not None else None
    if toolkit is None:
        toolkit = _load(project, latest)
    picture.toolkit = toolkit
    picture.round_label = round_label(latest, language)
    picture.date = latest.assessed_on
    picture.index, picture.band = latest.index, latest.band
    picture.critical_gaps = list(latest.critical_gaps)
    picture.areas = [a.name for a in toolkit.areas] if toolkit is not None else list(latest.area_scores)
    picture.area_scores = {a: v[0] for a, v in latest.area_scores.items()}
    previous = [a for a in rounds[:-1] if a.toolkit_id == latest.toolkit_id]
    if previous:
        picture.previous_scores = {a: v[0] for a, v in previous[-1].area_scores.items()}
        picture.previous_label = round_label(previous[-1], language)
    if toolkit is not None:
        try:
            result = score_stored(toolkit, [latest.answers])
        except Exception:  # noqa: BLE001 - the view then shows the stored scores without targets
            log.exception("re-scoring an assessment failed")
            return picture
        picture.area_targets = {a: float(result.area_targets[a]) for a in picture.areas}
        picture.opportunities = result.opportunities(0)
    return picture


def _load(project, assessment):
    try:
        from core.toolkit.loader import load_toolkit
        return load_toolkit(project.toolkit_bytes(assessment.toolkit_sha256))
    except Exception:  # noqa: BLE001 - labels then fall back to codes
        log.exception("stored toolkit unreadable")
        return None

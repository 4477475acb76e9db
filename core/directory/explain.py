"""Explaining a match in the user's language, from the catalogue's words."""
from __future__ import annotations

from core import catalogue
from core.directory.matching import Match, Requirement
from core.numbers import format_number


def requirement_text(req: Requirement, language: str, band_label=None, risk_label=None) -> str:
    """One requirement in words: ``ISO 14001``, ``band at least Linkage ready``..."""
    if req.kind == "require_cert":
        return req.value
    if req.kind == "code":
        return catalogue.text("directory.req_code", language, codes=req.value)
    if req.kind == "min_band":
        return catalogue.text("directory.req_band", language,
                              band=band_label(req.value) if band_label else req.value)
    return catalogue.text("directory.req_risk", language,
                          level=risk_label(req.value) if risk_label else req.value)


def explain(match: Match, language: str, demand_region: str | None = None,
            band_label=None, risk_label=None) -> str:
    """``meets 4 of 5 requirements; missing ISO 14001; index 74.0, linkage ready; risk medium;
    same region; profile verified 3 months ago`` in ``language``."""
    total = len(match.met) + len(match.missing)
    parts = []
    if total:
        parts.append(catalogue.text("directory.meets", language, met=len(match.met), total=total))
    if match.missing:
        missing = ", ".join(requirement_text(r, language, band_label, risk_label)
                            for r in match.missing)
        parts.append(catalogue.text("directory.missing", language, what=missing))
    facts = match.facts
    if facts.get("index") is not None:
        band = facts.get("band")
        band_text = (band_label(band) if band_label else band) if band else ""
        parts.append(catalogue.text("directory.index", language,
                                    index=format_number(facts["index"], language, 1))
                     + (f", {band_text.lower() if band_text else ''}" if band_text else ""))
    else:
        parts.append(catalogue.text("directory.no_diagnosis", language))
    level = facts.get("risk_level")
    parts.append(catalogue.text("directory.risk", language,
                                level=(risk_label(level) if risk_label else level).lower())
                 if level else catalogue.text("directory.no_risk", language))
    if demand_region:
        same = (facts.get("region") or "").casefold() == demand_region.casefold()
        parts.append(catalogue.text("directory.same_region" if same else "directory.other_region",
                                    language))
    months = facts.get("months_since_verified")
    if months is None:
        parts.append(catalogue.text("directory.never_verified", language))
    else:
        parts.append(catalogue.text("directory.verified_ago", language, months=months))
        if facts.get("stale"):
            parts[-1] += " " + catalogue.text("directory.stale_mark", language)
    return "; ".join(parts)

"""The directory's records as plain dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field

STAGES = ("shortlisted", "contacted", "meeting", "trial_order", "linkage", "closed")


@dataclass
class Machine:
    machine: str
    capacity: str | None = None
    year: int | None = None


@dataclass
class Certification:
    name: str
    expires_on: str | None = None          # ISO date; None = does not expire


@dataclass
class CapabilityProfile:
    company_id: str
    products: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    processes: list[str] = field(default_factory=list)
    machines: list[Machine] = field(default_factory=list)
    certifications: list[Certification] = field(default_factory=list)
    monthly_capacity: str | None = None
    region: str | None = None
    municipality: str | None = None
    exports: bool | None = None
    export_markets: str | None = None
    verified_on: str | None = None
    uid: str = ""


@dataclass
class Demand:
    buyer_id: str
    title: str
    id: str = ""
    description: str | None = None
    codes: list[str] = field(default_factory=list)
    processes: list[str] = field(default_factory=list)
    required_certs: list[str] = field(default_factory=list)
    preferred_certs: list[str] = field(default_factory=list)
    min_band: str | None = None
    max_risk: str | None = None
    volume: str | None = None
    frequency: str | None = None
    region: str | None = None
    deadline: str | None = None
    status: str = "open"
    uid: str = ""


def split_certification(text: str) -> tuple[str, str | None]:
    """``NAME[:EXPIRY]`` -> (name, expiry text or None). A four-digit tail is the standard's
    edition, part of the name (``ISO 9001:2015``); any other tail is meant as the expiry date."""
    name, sep, tail = text.rpartition(":")
    tail = tail.strip()
    if not sep or not name.strip() or (len(tail) == 4 and tail.isdigit()):
        return text.strip(), None
    return name.strip(), tail

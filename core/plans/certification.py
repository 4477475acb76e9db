"""The certification rule, editable per programme, evaluated per supplier with its reasons.

Default: latest index in the top band, no critical gaps, at least +10 index points over the
baseline round, at least 80% of the plan done, and no open extreme or high residual risk.
Each check yields a :class:`Check` with a code (``cert_<check>``) and the values behind it, so
the GUI and reports can say *why* a supplier is or is not certified. A check whose evidence is
missing fails (no baseline: the gain cannot be shown) except the risk check, which passes when
the programme does not use the risk module.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from core.errors import Problem, UserInputError


@dataclass
class CertificationRule:
    """A programme's certification conditions (stored as JSON in the project)."""

    require_top_band: bool = True
    allow_critical_gaps: int = 0
    min_index_gain: float | None = 10.0           # None: not required
    min_plan_done: float | None = 80.0            # percent; None: not required
    blocking_risk_levels: list[str] = field(default_factory=lambda: ["extreme", "high"])

    def as_dict(self) -> dict:
        return asdict(self)


def parse_rule(data: dict) -> CertificationRule:
    """A rule from its JSON form; unknown keys and wrong types are refused with problems."""
    known = CertificationRule.__dataclass_fields__
    problems = [Problem("cert_rule_unknown_key", params={"key": k}) for k in data if k not in known]
    rule = CertificationRule(**{k: v for k, v in data.items() if k in known})
    numbers = {"allow_critical_gaps": rule.allow_critical_gaps, "min_index_gain": rule.min_index_gain,
               "min_plan_done": rule.min_plan_done}
    for key, value in numbers.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            problems.append(Problem("cert_rule_bad_value", params={"key": key, "value": value}))
    if not isinstance(rule.blocking_risk_levels, list):
        problems.append(Problem("cert_rule_bad_value",
                                params={"key": "blocking_risk_levels", "value": rule.blocking_risk_levels}))
    if problems:
        raise UserInputError("cert_rule_invalid", problems=problems)
    return rule


@dataclass
class Evidence:
    """What the rule looks at for one supplier (None: not known)."""

    company_id: str
    latest_index: float | None
    latest_band: str | None
    top_band: str | None
    critical_gaps: int | None
    baseline_index: float | None
    plan_percent: float | None
    risk_level: str | None = None        # worst open residual risk level; None: none open
    risk_known: bool = False             # False when the programme has no risk register


@dataclass
class Check:
    """One condition of the rule for one supplier: passed or not, and the values behind it."""

    code: str
    passed: bool
    params: dict

    def as_dict(self) -> dict:
        return {"code": self.code, "passed": self.passed, "params": self.params}


@dataclass
class Certification:
    """The verdict for one supplier with every check that led to it."""

    company_id: str
    certified: bool
    checks: list[Check]

    def as_dict(self) -> dict:
        return {"company_id": self.company_id, "certified": self.certified,
                "checks": [c.as_dict() for c in self.checks]}


def evaluate(rule: CertificationRule, e: Evidence) -> Certification:
    """Apply ``rule`` to one supplier's evidence; every check is listed, passed or not."""
    checks = []
    if rule.require_top_band:
        checks.append(Check("cert_top_band", e.latest_band is not None and e.latest_band == e.top_band,
                            {"band": e.latest_band, "top_band": e.top_band}))
    checks.append(Check("cert_critical_gaps",
                        e.critical_gaps is not None and e.critical_gaps <= rule.allow_critical_gaps,
                        {"count": e.critical_gaps, "allowed": rule.allow_critical_gaps}))
    if rule.min_index_gain is not None:
        gain = (e.latest_index - e.baseline_index
                if e.latest_index is not None and e.baseline_index is not None else None)
        checks.append(Check("cert_index_gain", gain is not None and gain >= rule.min_index_gain - 1e-9,
                            {"gain": None if gain is None else round(gain, 2),
                             "required": rule.min_index_gain}))
    if rule.min_plan_done is not None:
        checks.append(Check("cert_plan_done",
                            e.plan_percent is not None and e.plan_percent >= rule.min_plan_done - 1e-9,
                            {"percent": None if e.plan_percent is None else round(e.plan_percent, 1),
                             "required": rule.min_plan_done}))
    if rule.blocking_risk_levels:
        blocked = e.risk_known and e.risk_level in rule.blocking_risk_levels
        checks.append(Check("cert_no_blocking_risk", not blocked,
                            {"level": e.risk_level, "known": e.risk_known,
                             "blocking": ", ".join(rule.blocking_risk_levels)}))
    return Certification(e.company_id, all(c.passed for c in checks), checks)

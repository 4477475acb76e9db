"""The risk register of a company: risks, their residual values, review dates and decisions.

A register is handled as a pandas DataFrame with :data:`COLUMNS` (one row per risk) so that a
whole programme can be classified at once; :class:`Risk` is the single-row view used to edit.
Residual likelihood/severity are NaN until mitigations are recorded, meaning "same as inherent".
Derived risks (``origin == "derived"``) carry the rule and the data that produced them; the
consultant's decision on them (accept / edit / dismiss) lives apart (:func:`apply_decisions`) so
that re-deriving never overwrites it.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from core.errors import Problem, UserInputError
from core.risk.matrix import RiskMatrix

STATUSES = ("open", "mitigated", "closed", "accepted")
CATEGORIES = ("quality", "delivery", "financial", "dependency", "compliance",
              "health_safety", "environment", "other")
DECISIONS = ("accept", "edit", "dismiss")
EDITABLE = ("category", "description", "cause", "inherent_likelihood", "inherent_severity",
            "controls", "residual_likelihood", "residual_severity", "owner", "status",
            "last_review", "next_review")

COLUMNS = ("company_id", "risk_id", "origin", "rule_id", "category", "description", "cause",
           "inherent_likelihood", "inherent_severity", "controls", "residual_likelihood",
           "residual_severity", "owner", "status", "last_review", "next_review",
           "evidence_field", "evidence_value", "evidence_items", "criticality", "decision")


@dataclass
class Risk:
    """One risk of one company. ``controls`` are texts or ``action:<id>`` links to plan actions."""

    company_id: str
    risk_id: str
    category: str
    inherent_likelihood: int
    inherent_severity: int
    description: str = ""
    cause: str = ""
    controls: tuple[str, ...] = ()
    residual_likelihood: int | None = None
    residual_severity: int | None = None
    owner: str = ""
    status: str = "open"
    last_review: date | None = None
    next_review: date | None = None
    origin: str = "manual"
    rule_id: str | None = None
    evidence: dict = field(default_factory=dict)
    decision: str | None = None

    @property
    def residual(self) -> tuple[int, int]:
        """Residual (likelihood, severity): the inherent values until mitigations are recorded."""
        return (self.residual_likelihood or self.inherent_likelihood,
                self.residual_severity or self.inherent_severity)


def validate_risk(risk: Risk, matrix: RiskMatrix) -> None:
    """Refuse a risk whose values do not fit ``matrix`` or the register's vocabularies."""
    problems: list[Problem] = []
    n_l, n_s = matrix.size
    if risk.category not in CATEGORIES:
        problems.append(Problem("risk_unknown_category", column="category",
                                params={"value": risk.category, "known": ", ".join(CATEGORIES)}))
    if risk.status not in STATUSES:
        problems.append(Problem("risk_unknown_status", column="status",
                                params={"value": risk.status, "known": ", ".join(STATUSES)}))
    for name, value, top in (("inherent_likelihood", risk.inherent_likelihood, n_l),
                             ("inherent_severity", risk.inherent_severity, n_s),
                             ("residual_likelihood", risk.residual_likelihood, n_l),
                             ("residual_severity", risk.residual_severity, n_s)):
        if value is None and name.startswith("residual"):
            continue
        if not isinstance(value, (int, np.integer)) or not 1 <= value <= top:
            problems.append(Problem("risk_value_off_scale", column=name,
                                    params={"value": value, "max": top}))
    if not problems:
        (rl, rs), il, is_ = risk.residual, risk.inherent_likelihood, risk.inherent_severity
        if rl > il or rs > is_:
            problems.append(Problem("risk_residual_above_inherent", column="residual"))
    if problems:
        raise UserInputError("risk_invalid", problems=problems, risk=risk.risk_id,
                             company=risk.company_id)


def risks_to_frame(risks: list[Risk]) -> pd.DataFrame:
    """A register DataFrame from Risk objects."""
    rows = []
    for r in risks:
        d = asdict(r)
        ev = d.pop("evidence") or {}
        d["controls"] = "\n".join(r.controls)
        d["evidence_field"] = ev.get("field")
        d["evidence_value"] = ev.get("value")
        d["evidence_items"] = ev.get("items")
        d["criticality"] = ev.get("criticality")
        rows.append(d)
    return normalise_frame(pd.DataFrame(rows, columns=list(COLUMNS)))


def normalise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Add missing columns and fix dtypes so every register frame looks the same."""
    for col in COLUMNS:
        if col not in df.columns:
            df[col] = np.nan if col.endswith(("likelihood", "severity", "value", "criticality")) else None
    for col in ("inherent_likelihood", "inherent_severity", "residual_likelihood",
                "residual_severity", "evidence_value", "criticality"):
        df[col] = pd.to_numeric(df[col], errors="coerce").astype(float)
    df["status"] = df["status"].fillna("open")
    df["origin"] = df["origin"].fillna("manual")
    return df[list(COLUMNS)].reset_index(drop=True)


def frame_to_risks(df: pd.DataFrame) -> list[Risk]:
    """Risk objects from a (small) register DataFrame, e.g. one company's register."""
    out = []
    for rec in df.to_dict("records"):
        def num(key: str, rec: dict = rec) -> int | None:
            v = rec.get(key)
            return None if v is None or pd.isna(v) else int(v)
        ev = {k: rec[f"evidence_{k}"] for k in ("field", "value", "items")
              if rec.get(f"evidence_{k}") is not None and not pd.isna(rec[f"evidence_{k}"])}
        if rec.get("criticality") is not None and not pd.isna(rec["criticality"]):
            ev["criticality"] = rec["criticality"]
        out.append(Risk(
            company_id=rec["company_id"], risk_id=rec["risk_id"], category=rec["category"],
            inherent_likelihood=num("inherent_likelihood"), inherent_severity=num("inherent_severity"),
            description=rec.get("description") or "", cause=rec.get("cause") or "",
            controls=tuple(x for x in (rec.get("controls") or "").split("\n") if x),
            residual_likelihood=num("residual_likelihood"), residual_severity=num("residual_severity"),
            owner=rec.get("owner") or "", status=rec.get("status") or "open",
            last_review=_as_date(rec.get("last_review")), next_review=_as_date(rec.get("next_review")),
            origin=rec.get("origin") or "manual", rule_id=rec.get("rule_id"), evidence=ev,
            decision=rec.get("decision")))
    return out


def _as_date(value: object) -> date | None:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, date):
        return value if type(value) is date else value.date() if hasattr(value, "date") else value
    return date.fromisoformat(str(value)[:10])


def residual_values(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Residual likelihood and severity arrays, inherent where no residual is recorded."""
    rl = df["residual_likelihood"].fillna(df["inherent_likelihood"]).to_numpy()
    rs = df["residual_severity"].fillna(df["inherent_severity"]).to_numpy()
    return rl.astype(np.int64), rs.astype(np.int64)


def apply_decisions(derived: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """Derived risks as the consultant decided: dismissed ones dropped, edits laid over the
    freshly derived values, accepted and undecided ones as derived (``decision`` None for
    undecided); the review dates of an acceptance apply too.

    ``decisions`` has ``company_id``, ``risk_id``, ``decision`` and optionally any of
    :data:`EDITABLE` (NaN/None = keep the derived value).
    """
    if decisions is None or decisions.empty or derived.empty:
        return derived.copy()
    dec = decisions.drop_duplicates(["company_id", "risk_id"], keep="last")
    # one integer key per (company, risk): a two-level MultiIndex join is ~10x slower
    dec_keys, derived_keys = _pair_codes(dec, derived)
    pos = pd.Index(dec_keys).get_indexer(derived_keys)
    hit = pos >= 0
    take = np.where(hit, pos, 0)
    choice = np.where(hit, dec["decision"].to_numpy(dtype=object)[take], None)
    out = derived.copy()
    out["decision"] = choice
    edited = choice == "edit"
    reviewed = edited | (choice == "accept")       # accepting is a review: its dates apply
    for col in EDITABLE:
        applies = reviewed if col in ("last_review", "next_review") else edited
        if col not in dec.columns or not applies.any():
            continue
        new = dec[col].to_numpy(dtype=object)[take]
        mask = applies & ~pd.isna(new)
        if not mask.any():
            continue
        if out[col].dtype == float:
            values = out[col].to_numpy(dtype=float, copy=True)
            values[mask] = new[mask].astype(float)
            out[col] = values
        else:
            values = out[col].to_numpy(dtype=object, copy=True)
            values[mask] = new[mask]
            out[col] = values
    keep = choice != "dismiss"
    return out[keep].reset_index(drop=True)[list(COLUMNS)]


def _pair_codes(a: pd.DataFrame, b: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of (company_id, risk_id) pairs, comparable between ``a`` and ``b``."""
    companies, _ = pd.factorize(np.concatenate([a["company_id"].to_numpy(dtype=object),
                                                b["company_id"].to_numpy(dtype=object)]))
    risks, names = pd.factorize(np.concatenate([a["risk_id"].to_numpy(dtype=object),
                                                b["risk_id"].to_numpy(dtype=object)]))
    codes = companies.astype(np.int64) * max(len(names), 1) + risks
    return codes[:len(a)], codes[len(a):]


def review_status(df: pd.DataFrame, matrix: RiskMatrix, today: date) -> pd.DataFrame:
    """Per risk: the next review date (stated, else last review + the review interval of its
    residual level) and ``review`` = ``overdue`` / ``due_never_reviewed`` / ``ok``; closed
    risks are ``ok``."""
    rl, rs = residual_values(df)
    n_l, n_s = matrix.size
    ranks, _ = matrix.classify(np.clip(rl, 1, n_l), np.clip(rs, 1, n_s))
    days = np.array([lv.review_days for lv in matrix.levels])[ranks]
    last = pd.to_datetime(df["last_review"], errors="coerce")
    stated = pd.to_datetime(df["next_review"], errors="coerce")
    due = stated.fillna(last + pd.to_timedelta(days, unit="D"))
    today_ts = pd.Timestamp(today)
    review = np.where(due.isna(), "due_never_reviewed", np.where(due < today_ts, "overdue", "ok"))
    review = np.where(df["status"].to_numpy() == "closed", "ok", review)
    return pd.DataFrame({"company_id": df["company_id"], "risk_id": df["risk_id"],
                         "next_review_due": due.dt.date, "review": review})


def next_review_date(last_review: date, level_review_days: int) -> date:
    """The date a risk reviewed on ``last_review`` is due again."""
    return last_review + timedelta(days=level_review_days)

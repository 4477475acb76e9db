"""What the quality rules find: flags per response, never an error, never blocking."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Flag:
    """One rule a response tripped: the rule's code, what the response showed, the limit."""

    code: str                  # flag.duplicate_uuid, flag.short_interview, ...
    value: object
    threshold: object

    def as_dict(self) -> dict:
        return {"code": self.code, "value": self.value, "threshold": self.threshold}


@dataclass
class RuleHits:
    """The responses (positions in the survey) one rule flagged, with each one's value."""

    code: str
    positions: np.ndarray
    values: list
    threshold: object


@dataclass
class QualityFlags:
    """Every rule's hits over one survey; per response on demand."""

    count: int                                    # responses in the survey
    hits: list[RuleHits] = field(default_factory=list)
    _by_position: dict[int, list[Flag]] | None = field(default=None, repr=False)

    def of(self, position: int) -> list[Flag]:
        """The flags of the response at ``position`` (survey order), in rule order."""
        if self._by_position is None:
            index: dict[int, list[Flag]] = {}
            for hit in self.hits:
                for p, v in zip(hit.positions.tolist(), hit.values):
                    index.setdefault(p, []).append(Flag(hit.code, v, hit.threshold))
            self._by_position = index
        return self._by_position.get(position, [])

    def flagged(self) -> np.ndarray:
        """Positions of the responses with at least one flag, ascending."""
        if not self.hits:
            return np.empty(0, dtype=int)
        return np.unique(np.concatenate([h.positions for h in self.hits]))

    def counts(self) -> dict[str, int]:
        """Responses flagged per rule code (rules that flagged nothing left out)."""
        return {h.code: len(h.positions) for h in self.hits if len(h.positions)}

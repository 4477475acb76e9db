"""The in-memory toolkit: what a loaded, validated toolkit workbook means.

See ``shared/spec/toolkits-and-scoring.md`` section 1. Loading and validation live in
:mod:`core.toolkit.loader`; this module only describes the result.
"""
from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_LANGUAGE_KEY = "default"   # key of a plain ``label`` column in a ``labels`` dict

SCORABLE_TYPES = ("select_one", "select_multiple", "range", "integer", "decimal")
NUMERIC_TYPES = ("range", "integer", "decimal")


def pick_label(labels: dict[str, str], language: str | None, fallback: str) -> str:
    """The label in ``language``, else the default label, else any label, else ``fallback``."""
    if language and labels.get(language):
        return labels[language]
    if labels.get(DEFAULT_LANGUAGE_KEY):
        return labels[DEFAULT_LANGUAGE_KEY]
    for text in labels.values():
        if text:
            return text
    return fallback


@dataclass(frozen=True)
class Choice:
    name: str
    labels: dict[str, str]
    score: float | None            # None: "not applicable" (answer counts as missing)
    row: int = 0                   # Excel row in the choices sheet

    def label(self, language: str | None = None) -> str:
        return pick_label(self.labels, language, self.name)


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    def scored_values(self) -> list[float]:
        return [c.score for c in self.choices if c.score is not None]


@dataclass(frozen=True)
class Group:
    name: str
    labels: dict[str, str]


@dataclass(frozen=True)
class Item:
    """One row of the ``survey`` sheet that asks something (groups and notes excluded)."""

    name: str
    type: str                      # normalised: select_one, select_multiple, range, integer, ...
    labels: dict[str, str]
    row: int                       # Excel row in the survey sheet
    order: int                     # position among the toolkit's items (0-based)
    list_name: str | None = None   # for select_one / select_multiple
    groups: tuple[Group, ...] = () # enclosing groups, outermost first
    area: str | None = None        # None: not scored
    weight: float = 1.0
    target: float | None = None    # raw target; None = best end of the scale
    critical: bool = False
    reverse: bool = False
    scale_min: float | None = None # raw scale, set for every scored item by the loader
    scale_max: float | None = None

    @property
    def scored(self) -> bool:
        return self.area is not None

    def label(self, language: str | None = None) -> str:
        return pick_label(self.labels, language, self.name)

    def normalised(self, raw: float) -> float:
        """Normalised 0-100 score of a raw value (spec section 3), reversal applied."""
        assert self.scale_min is not None and self.scale_max is not None
        s = 100.0 * (raw - self.scale_min) / (self.scale_max - self.scale_min)
        return 100.0 - s if self.reverse else s

    @property
    def target_score(self) -> float:
        """T: the target on the 0-100 scale (100 when no target is given)."""
        if self.target is None:
            return 100.0
        return self.normalised(self.target)


@dataclass(frozen=True)
class Area:
    name: str
    labels: dict[str, str]
    weight: float = 1.0
    row: int = 0

    def label(self, language: str | None = None) -> str:
        return pick_label(self.labels, language, self.name)


@dataclass(frozen=True)
class Band:
    name: str
    labels: dict[str, str]
    min: float
    colour: str = "#888888"
    row: int = 0

    def label(self, language: str | None = None) -> str:
        return pick_label(self.labels, language, self.name)


@dataclass
class Toolkit:
    id: str
    version: str
    title: dict[str, str]
    default_language: str | None
    languages: list[str]                 # language codes seen in label columns, default first
    items: list[Item]                    # every question row, in survey order
    lists: dict[str, ChoiceList]
    areas: list[Area]                    # display order
    bands: list[Band]                    # sorted by min ascending
    min_coverage: float = 0.5
    top_n: int = 10
    sha256: str = ""                     # of the workbook bytes it was loaded from
    source_bytes: bytes = field(default=b"", repr=False)

    def item(self, name: str) -> Item:
        return self._by_name()[name]

    def has_item(self, name: str) -> bool:
        return name in self._by_name()

    def _by_name(self) -> dict[str, Item]:
        cache = self.__dict__.get("_item_index")
        if cache is None:
            cache = {it.name: it for it in self.items}
            self.__dict__["_item_index"] = cache
        return cache

    @property
    def scored_items(self) -> list[Item]:
        return [it for it in self.items if it.scored]

    def area(self, name: str) -> Area:
        for a in self.areas:
            if a.name == name:
                return a
        raise KeyError(name)

    def items_of_area(self, area: str) -> list[Item]:
        return [it for it in self.items if it.area == area]

    def band_for(self, index: float | None) -> Band | None:
        """The band with the highest ``min`` that is <= index (None for a null index)."""
        if index is None or index != index:
            return None
        chosen = None
        for b in self.bands:
            if b.min <= index:
                chosen = b
        return chosen

    def title_in(self, language: str | None = None) -> str:
        return pick_label(self.title, language, self.id)

"""The raw values of each company's latest stored answers, read a chunk at a time.

What :func:`core.project.queries.latest_answers` then :func:`core.project.rescore.values_from_answers`
give, without holding the answers as text: 100,000 answer sets of 60 items are 6 million strings
(about 400 MB as a frame of objects) but only 6 million floats once each answer is looked up
(:func:`core.project.rescore.raw_column`, the one conversion). The JSON arrays of a chunk are
parsed in one call; the chunk's distinct texts are found in one pass (a few thousand among
300,000 cells) and each is converted once per item.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.project.queries import LATEST_ANSWERS

CHUNK = 5_000


@dataclass
class _Part:
    """The latest answers of the companies whose import listed the same items, as raw values."""

    toolkit: object
    items: list[str]
    companies: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)         # JSON arrays not yet converted
    chunks: list[np.ndarray] = field(default_factory=list)   # rows x scored items
    known: dict[str, dict] = field(default_factory=dict)     # item -> answer text -> raw value

    def add(self, company: str, answers_json: str) -> None:
        self.companies.append(company)
        self.pending.append(answers_json)
        if len(self.pending) >= CHUNK:
            self.convert()

    def convert(self) -> None:
        if not self.pending:
            return
        rows = json.loads("[" + ",".join(self.pending) + "]")
        self.pending = []
        block = self._by_distinct_texts(rows)
        self.chunks.append(block if block is not None else self._by_cells(rows))

    def _by_distinct_texts(self, rows: list) -> np.ndarray | None:
        """The chunk's raw values, each distinct answer text looked up once per item (None when
        the chunk holds anything but texts and nulls in well-formed arrays: see ``_by_cells``)."""
        width = len(self.items)
        if not rows or not width or any(len(r) != width for r in rows):
            return None
        try:
            grid = np.array(rows, dtype=object)
            if grid.shape != (len(rows), width):
                return None
            codes, uniques = pd.factorize(grid.ravel(), use_na_sentinel=True)
        except (TypeError, ValueError):
            return None
        texts = uniques.tolist()
        if not all(type(t) is str for t in texts):     # 1 == 1.0 == True: leave those to _by_cells
            return None
        codes = codes.reshape(grid.shape)
        position = {name: j for j, name in enumerate(self.items)}
        scored = self.toolkit.scored_items
        block = np.full((len(rows), len(scored)), np.nan)
        for k, item in enumerate(scored):
            j = position.get(item.name)
            if j is None:
                continue
            present = np.unique(codes[:, j])
            present = present[present >= 0].tolist()
            known = self.known.setdefault(item.name, {})
            new = [texts[c] for c in present if texts[c] not in known]
            if new:
                from core.project.rescore import raw_column
                known.update(zip(new, raw_column(self.toolkit, item, new).tolist()))
            lookup = np.full(len(texts) + 1, np.nan)        # code -1 (null): the last, NaN
            lookup[present] = [known[texts[c]] for c in present]
            block[:, k] = lookup[codes[:, j]]
        return block

    def _by_cells(self, rows: list) -> np.ndarray:
        """The chunk's raw values cell by cell (:func:`core.project.rescore.raw_column`), arrays of
        the wrong length aligned to the item list as a frame would align them."""
        from core.project.rescore import raw_column
        width = len(self.items)
        if any(len(r) != width for r in rows):
            rows = [(list(r) + [None] * width)[:width] for r in rows]
        columns = list(zip(*rows)) if rows and width else [()] * width
        position = {name: j for j, name in enumerate(self.items)}
        scored = self.toolkit.scored_items
        block = np.full((len(rows), len(scored)), np.nan)
        for k, item in enumerate(scored):
            j = position.get(item.name)
            if j is not None:
                block[:, k] = raw_column(self.toolkit, item, columns[j])
        return block


def latest_values(conn: sqlite3.Connection, wanted: set[str], toolkit_of) -> list[tuple]:
    """``[(toolkit, companies, raw values frame)]`` per toolkit workbook (sha256) used by the
    latest current assessment of the companies in ``wanted``; ``toolkit_of(sha)`` loads one.
    The frame has one column per scored item (NaN: missing or invalid), one row per company,
    companies in the order of :func:`core.project.queries.latest_answers` per workbook."""
    parts: dict[tuple[str, str | None], _Part] = {}
    toolkits: dict[str, object] = {}
    last = None
    for row in conn.execute(LATEST_ANSWERS):       # ordered by company: its last row is its latest
        if last is not None and row[0] != last[0]:
            _add(parts, toolkits, toolkit_of, last, wanted)
        last = row
    if last is not None:
        _add(parts, toolkits, toolkit_of, last, wanted)
    by_sha: dict[str, list[_Part]] = {}
    for (sha, _items), part in parts.items():
        part.convert()
        by_sha.setdefault(sha, []).append(part)
    out = []
    for sha, group in by_sha.items():
        toolkit = toolkits[sha]
        names = [item.name for item in toolkit.scored_items]
        chunks = [c for p in group for c in p.chunks]
        grid = np.concatenate(chunks) if chunks else np.empty((0, len(names)))
        out.append((toolkit, [c for p in group for c in p.companies],
                    pd.DataFrame(grid, columns=names)))
    return out


def _add(parts: dict, toolkits: dict, toolkit_of, row: tuple, wanted: set[str]) -> None:
    company, sha, items_json, answers_json = row
    if company not in wanted:
        return
    part = parts.get((sha, items_json))
    if part is None:
        if sha not in toolkits:
            toolkits[sha] = toolkit_of(sha)
        part = parts[(sha, items_json)] = _Part(toolkits[sha], json.loads(items_json or "[]"))
    part.add(company, answers_json)

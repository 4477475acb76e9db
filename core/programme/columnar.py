"""A lossless columnar form of JSON values, so that a report with one entry per company (100,000
dicts of the same shape) is stored and read back as a few long lists instead of 100,000 objects
with their keys repeated: :func:`pack` and :func:`unpack` are exact inverses for JSON values
(dicts with string keys, lists, str, int, float, bool, None); key order is kept.

A packed column is a dict with one marker key:
``v`` plain values; ``d`` dicts of one shape (keys, one packed column per key, ``n`` rows);
``s`` dicts of a few shapes (shapes, each row's shape, one packed table per shape);
``l`` lists (each row's length, the packed concatenation); ``z`` rows that are None among
dicts or lists (their positions, then the packed others).
"""
from __future__ import annotations

from itertools import accumulate
from typing import Any

MAX_SHAPES = 32


def pack(values: list) -> dict:
    """``values`` (a list of JSON values) in columnar form."""
    n = len(values)
    if n == 0:
        return {"v": []}
    nones = [i for i, v in enumerate(values) if v is None]
    if nones and len(nones) < n:
        rest = [v for v in values if v is not None]
        if _all_type(rest, dict) or _all_type(rest, list):
            return {"z": nones, "n": n, "c": pack(rest)}
        return {"v": values}
    if _all_type(values, dict):
        shapes: dict[tuple, int] = {}
        rows = [shapes.setdefault(tuple(v), len(shapes)) for v in values]
        if len(shapes) == 1:
            keys = list(values[0])
            return {"d": keys, "n": n, "c": [pack([v[k] for v in values]) for k in keys]}
        if len(shapes) <= MAX_SHAPES:
            groups: list[list] = [[] for _ in shapes]
            for v, s in zip(values, rows):
                groups[s].append(v)
            return {"s": [list(k) for k in shapes], "i": rows, "c": [pack(g) for g in groups]}
        return {"v": values}
    if _all_type(values, list):
        return {"l": [len(v) for v in values], "c": pack([x for v in values for x in v])}
    return {"v": values}


def unpack(packed: dict, _texts: dict | None = None) -> list:
    """The list of values :func:`pack` was given (raises ValueError on a malformed column).
    Equal strings come back as one object (100,000 suppliers share a few codes and words)."""
    texts = {} if _texts is None else _texts
    if not isinstance(packed, dict) or len(packed) == 0:
        raise ValueError("not a packed column")
    if "v" in packed:
        values = _list(packed["v"])
        share = texts.setdefault
        return [share(v, v) if type(v) is str else v for v in values]
    if "z" in packed:
        n, nones = _int(packed["n"]), set(_list(packed["z"]))
        rest = iter(unpack(packed["c"], texts))
        try:
            out = [None if i in nones else next(rest) for i in range(n)]
        except StopIteration as exc:
            raise ValueError("packed column: values missing") from exc
        return _exhausted(rest, out)
    if "d" in packed:
        keys, n = _list(packed["d"]), _int(packed["n"])
        columns = [unpack(c, texts) for c in _list(packed["c"])]
        if len(columns) != len(keys) or any(len(c) != n for c in columns):
            raise ValueError("packed dict columns of the wrong length")
        if not keys:
            return [{} for _ in range(n)]
        return [dict(zip(keys, row)) for row in zip(*columns)]
    if "s" in packed:
        shapes, rows = _list(packed["s"]), _list(packed["i"])
        groups = [iter(unpack(c, texts)) for c in _list(packed["c"])]
        if len(groups) != len(shapes):
            raise ValueError("packed shapes of the wrong length")
        try:
            return [next(groups[s]) for s in rows]
        except (StopIteration, IndexError, TypeError) as exc:
            raise ValueError("packed shapes do not match") from exc
    if "l" in packed:
        lengths = _list(packed["l"])
        flat = unpack(packed["c"], texts)
        if sum(lengths) != len(flat):
            raise ValueError("packed lists of the wrong length")
        if not flat:
            return [[] for _ in lengths]
        ends = list(accumulate(_int(k) for k in lengths))
        return [flat[end - k:end] for k, end in zip(lengths, ends)]
    raise ValueError("unknown packed column")


def _all_type(values: list, kind: type) -> bool:
    return all(type(v) is kind for v in values)


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise ValueError("packed column: a list expected")
    return value


def _int(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("packed column: a count expected")
    return value


def _exhausted(rest, out: list) -> list:
    if next(rest, _END) is not _END:
        raise ValueError("packed column: values left over")
    return out


_END = object()

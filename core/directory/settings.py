"""Directory settings of a programme: match weights, staleness, near-miss allowance."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass, field

from core.errors import UserInputError

# The soft criteria of a match and their default weights (any non-negative numbers; the score
# is their weighted mean, 0-100).
DEFAULT_WEIGHTS = {"preferred_certs": 2.0, "processes": 2.0, "index": 3.0, "risk": 2.0,
                   "region": 1.0, "fresh": 1.0}


@dataclass
class DirectorySettings:
    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    stale_months: int = 12            # a profile verified longer ago is stale
    near_missing: int = 1             # suppliers missing at most this many requirements are "near"


def load_settings(conn: sqlite3.Connection) -> DirectorySettings:
    stored = dict(conn.execute("SELECT key, value FROM directory_settings").fetchall())
    settings = DirectorySettings()
    if "weights" in stored:
        settings.weights = dict(DEFAULT_WEIGHTS) | {k: float(v) for k, v in
                                                    json.loads(stored["weights"]).items()
                                                    if k in DEFAULT_WEIGHTS}
    if "stale_months" in stored:
        settings.stale_months = int(json.loads(stored["stale_months"]))
    if "near_missing" in stored:
        settings.near_missing = int(json.loads(stored["near_missing"]))
    return settings


def save_settings(conn: sqlite3.Connection, settings: DirectorySettings) -> None:
    """Store the settings (refusing negative weights or an unknown criterion)."""
    unknown = set(settings.weights) - set(DEFAULT_WEIGHTS)
    if unknown:
        raise UserInputError("directory.unknown_weight", name=", ".join(sorted(unknown)))
    if any(w < 0 for w in settings.weights.values()) or settings.stale_months < 1 \
            or settings.near_missing < 0:
        raise UserInputError("directory.bad_settings")
    for key, value in asdict(settings).items():
        conn.execute("INSERT INTO directory_settings (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     (key, json.dumps(value)))

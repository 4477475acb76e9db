"""Timestamps and user names recorded as provenance."""
from __future__ import annotations

import getpass
from datetime import datetime, timezone


def now() -> str:
    """The current UTC time as ISO text (seconds precision)."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def current_user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not an error worth failing over
        return None

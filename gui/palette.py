"""Colours shared by charts and views (Okabe-Ito: distinguishable with colour-blindness)."""
from __future__ import annotations

CURRENT = "#0072B2"     # blue: the latest round
TARGET = "#E69F00"      # orange: targets
PREVIOUS = "#7f7f7f"    # grey: the previous round
STATUS = {                # KPI status: colour always shown beside its label
    "on_track": "#009E73",
    "at_risk": "#E69F00",
    "off_track": "#D55E00",
    "no_data": "#9a9a9a",
}

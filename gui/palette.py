"""Colours shared by charts and views (Okabe-Ito: distinguishable with colour-blindness)."""
from __future__ import annotations

CURRENT = "#0072B2"     # blue: the latest round
TARGET = "#E69F00"      # orange: targets
PREVIOUS = "#7f7f7f"    # grey: the previous round

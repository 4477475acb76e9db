"""A certification check told to the reader: band and risk-level labels instead of codes, numbers
in the reader's language (the CLI, the certification page and the results workbook share it)."""
from __future__ import annotations

from core.numbers import format_number


def amount(value, language: str) -> str:
    """A measured value with the decimals it has (at most 3, like ``:g``), in ``language``."""
    if value is None:
        return "-"
    short = f"{float(value):.6g}"
    decimals = 0 if "e" in short or "." not in short else min(3, len(short.split(".")[1]))
    return format_number(value, language, decimals)


def check_params(params: dict, language: str, bands: dict, levels: dict) -> dict:
    """A certification check's values as the user reads them: labels, not codes; local numbers."""
    out = dict(params)
    for key in ("band", "top_band"):
        if out.get(key) is not None:
            out[key] = bands.get(out[key], out[key])
    if out.get("level") is not None:
        out["level"] = levels.get(out["level"], out["level"])
    if isinstance(out.get("blocking"), str):
        out["blocking"] = ", ".join(levels.get(b, b) for b in out["blocking"].split(", "))
    for key in ("gain", "required", "percent"):
        if isinstance(out.get(key), (int, float)) and not isinstance(out.get(key), bool):
            out[key] = amount(out[key], language)
    return {k: "-" if v is None else v for k, v in out.items()}

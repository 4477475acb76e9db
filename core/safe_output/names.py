"""Names are never paths: file names made from company ids, chain names or toolkit ids.

:func:`safe_file_names` turns any names into distinct file names that are valid on Windows,
macOS and Linux and stay distinct on a case-insensitive disk; :func:`path_inside` joins a name
to the folder the user chose and refuses anything that would land elsewhere.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from core.errors import UserInputError

MAX_STEM = 80                     # characters; the folder path needs room too (Windows: 260)
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\s]+')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A file stem from ``name``: separators, control and Windows-forbidden characters become
    ``_``, no leading/trailing dots or spaces, no device names, at most :data:`MAX_STEM` chars."""
    text = unicodedata.normalize("NFC", str(name))
    text = re.sub("[\ufffe\uffff\ud800-\udfff]", "", text)
    text = _FORBIDDEN.sub("_", text).strip("._ ")
    if not text or text.split(".")[0].casefold() in _RESERVED:
        text = f"{fallback}_{text}" if text else fallback
    return text[:MAX_STEM].rstrip("._ ") or fallback


def safe_file_names(names: list[str], fallback: str = "file") -> dict[str, str]:
    """A distinct file stem for every name. A name that had to change, or that would clash with
    another on a case-insensitive disk, gets a short fingerprint of the original (stable across
    runs: the same company always gets the same file)."""
    stems = {n: safe_file_name(n, fallback) for n in dict.fromkeys(names)}
    folded: dict[str, int] = {}
    for stem in stems.values():
        folded[stem.casefold()] = folded.get(stem.casefold(), 0) + 1
    out: dict[str, str] = {}
    taken: set[str] = set()
    for name, stem in stems.items():
        if stem != name or folded[stem.casefold()] > 1:
            tag = hashlib.sha1(str(name).encode("utf-8", "surrogatepass")).hexdigest()
            stem = f"{stem[:MAX_STEM - 9]}-{tag[:8]}"
            k = 8
            while stem.casefold() in taken:           # a fingerprint clash: take more of it
                k += 1
                stem = f"{stem.rsplit('-', 1)[0]}-{tag[:k]}"
        taken.add(stem.casefold())
        out[name] = stem
    return out


def path_inside(folder: str | Path, file_name: str) -> Path:
    """``folder / file_name``, refused (``safety.outside_folder``) unless it is directly inside
    ``folder`` once both are resolved (no separators, no ``..``, no absolute name, no link out)."""
    folder = Path(folder)
    if (not file_name or file_name in (".", "..") or "/" in file_name or "\\" in file_name
            or "\x00" in file_name or os.path.isabs(file_name) or Path(file_name).drive):
        raise UserInputError("safety.outside_folder", name=file_name, folder=str(folder))
    target = folder / file_name
    if Path(os.path.realpath(target)).parent != Path(os.path.realpath(folder)):
        raise UserInputError("safety.outside_folder", name=file_name, folder=str(folder))
    return target

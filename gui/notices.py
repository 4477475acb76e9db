"""The notices of what Encadena redistributes, generated from the installed distributions.

``python -m gui.notices OUT.txt`` (run by the bundle build, installer/encadena.spec) writes one
text: Encadena's own licence (Apache-2.0), then every Python distribution the application needs
(followed from ``encadena``'s requirements, so test and build tools are left out) with its version,
licence and licence files, the fonts those distributions carry, and how to replace the Qt libraries
(LGPL-3.0). The About box shows the same text (the bundled file, else generated on the spot).
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = "encadena"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb")

QT_REPLACEMENT = """\
Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0).
Encadena loads them as separate shared libraries, which you may replace with your own build of the
same Qt/PySide6 version (source: https://download.qt.io/official_releases/ and
https://code.qt.io/cgit/pyside/pyside-setup.git/):
  - Windows: replace the Qt6*.dll files (and the plugins folders) in _internal\\PySide6\\ of the
    Encadena folder;
  - Linux: replace libQt6*.so.6 in _internal/PySide6/Qt/lib/ (and Qt/plugins/);
  - macOS: replace the Qt*.framework folders in Encadena.app/Contents/Frameworks/PySide6/Qt/lib/.
Encadena does not restrict modification of those libraries or reverse engineering for debugging
such modifications. The full licence texts follow in the PySide6 and shiboken6 entries."""


@dataclass
class Notice:
    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]] = field(default_factory=list)   # (file name, text)
    fonts: list[str] = field(default_factory=list)


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    names = []
    for req in dist.requires or []:
        if "extra" in req.split(";", 1)[-1] and ";" in req:
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
        if match:
            names.append(match.group(1))
    return names


def redistributed(root: str = ROOT) -> list[metadata.Distribution]:
    """``root`` and every distribution its (non-extra) requirements pull in, transitively."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        todo += _requirement_names(dist)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    return text.splitlines()[0] if text else "see the licence files"


def notice(dist: metadata.Distribution) -> Notice:
    """The notice of one installed distribution (licence files read from its metadata folder)."""
    item = Notice(dist.metadata["Name"], dist.version, _licence(dist))
    for path in dist.files or []:
        parts = [p.lower() for p in path.parts]
        base = parts[-1]
        is_licence = (any(p in ("licenses", "licences", "license_files") for p in parts[:-1])
                      or re.match(r"(licen[cs]e|copying|notice|authors)", base))
        if is_licence and parts[0].endswith((".dist-info", ".egg-info")):
            try:
                item.texts.append((str(path), Path(dist.locate_file(path)).read_text("utf-8", "replace")))
            except OSError:
                pass
        elif base.endswith(FONT_SUFFIXES):
            item.fonts.append(str(path))
    if not item.texts and "LGPL-3.0" in item.licence:
        # The Qt wheels carry no licence files: the texts we redistribute them under.
        from core.paths import resources_dir
        for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
            text = resources_dir() / "licences" / name
            if text.exists():
                item.texts.append((name, text.read_text("utf-8")))
    return item


def collect(root: str = ROOT) -> list[Notice]:
    """The notices of ``root`` and what it redistributes."""
    return [notice(d) for d in redistributed(root)]


def summary(notices: list[Notice]) -> list[tuple[str, str, str]]:
    """(name, version, licence) per distribution: the About box's table."""
    return [(n.name, n.version, n.licence) for n in notices]


def render(notices: list[Notice]) -> str:
    """The whole notices text."""
    out = ["Encadena — notices of the software it redistributes", "=" * 52, "",
           "Encadena is licensed under the Apache License, Version 2.0 (LICENSE).", "",
           "Components:"]
    out += [f"  - Python {sys.version.split()[0]}: PSF-2.0 (the interpreter the bundle carries)"]
    out += [f"  - {n.name} {n.version}: {n.licence}" for n in notices]
    fonts = [(n.name, f) for n in notices for f in n.fonts]
    out += ["", "Fonts:"]
    out += [f"  - {f} (from {name}, under that package's licence)" for name, f in fonts] or [
        "  - none bundled: reports and screens use the fonts installed on the computer."]
    out += ["", "Replacing the Qt libraries", "-" * 26, QT_REPLACEMENT]
    for n in notices:
        out += ["", "", f"{n.name} {n.version}", "-" * len(f"{n.name} {n.version}"), f"Licence: {n.licence}"]
        for name, text in n.texts:
            out += ["", f"[{name}]", text.strip()]
    return "\n".join(out) + "\n"


def bundled_text() -> str:
    """The notices the bundle carries, else generated from this environment."""
    from core.paths import resources_dir
    path = resources_dir() / "NOTICES.txt"
    if path.exists():
        return path.read_text("utf-8", "replace")
    return render(collect())


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("NOTICES.txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render(collect()), encoding="utf-8")
    print(target)

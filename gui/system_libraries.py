"""Before the first start on Linux: are the system libraries Qt's xcb platform needs installed?

Run as a plain script with any Python 3 (``python3 gui/system_libraries.py [PYTHON]``, done by
``make run``): it imports nothing from the project or Qt, so it can speak before a failed start.
With PySide6 installed in ``PYTHON``'s environment it asks ``ldd`` what the xcb platform plugin
(``libqxcb.so``) cannot find; without it (before the first install) it checks the known list.
Prints the one ``apt``/``dnf`` line to install what is missing and exits 1; exits 0 when all is
there, on Windows/macOS (Qt brings everything) and when no display is used (offscreen).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package). The xcb plugin's own needs (Qt >= 6.5) first.
LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}


def plugin_path(python: str) -> Path | None:
    """``libqxcb.so`` of the PySide6 installed for ``python``, if any."""
    code = ("import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).parent / "
            "'Qt' / 'plugins' / 'platforms' / 'libqxcb.so')")
    try:
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out.stdout.strip()) if out.returncode == 0 else None
    return path if path and path.exists() else None


def missing_from_plugin(plugin: Path) -> list[str]:
    """Sonames ``ldd`` reports as ``not found`` for the plugin (its dependencies, transitively)."""
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=60)
    return sorted(set(re.findall(r"^\s*(\S+) => not found", out.stdout, re.M)))


def missing_from_cache() -> list[str]:
    """Sonames of :data:`LIBRARIES` unknown to the dynamic linker's cache (before PySide6 exists)."""
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    known = set(re.findall(r"^\s*(\S+) \(", out, re.M))
    return [name for name in LIBRARIES if name not in known]


def install_line(missing: list[str]) -> str:
    """The one command that installs ``missing`` on this distribution (apt or dnf)."""
    apt = shutil.which("apt-get") is not None or Path("/etc/debian_version").exists()
    column = 0 if apt or shutil.which("dnf") is None else 1
    packages = sorted({LIBRARIES.get(name, (name, name))[column] for name in missing})
    command = "sudo apt-get install -y" if column == 0 else "sudo dnf install -y"
    return f"{command} {' '.join(packages)}"


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "") not in ("", "xcb"):
        return 0
    python = argv[1] if len(argv) > 1 else sys.executable
    plugin = plugin_path(python) if Path(python).exists() else None
    missing = missing_from_plugin(plugin) if plugin else missing_from_cache()
    if not missing and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("Encadena needs a desktop session to open its window (no DISPLAY here). On a server,\n"
              "try it without a screen:\n\n  QT_QPA_PLATFORM=offscreen .venv/bin/encadena --smoke "
              "--screenshots shots\n", file=sys.stderr)
        return 1
    if not missing:
        return 0
    print("Encadena cannot open its window yet: Qt needs these system libraries, missing here:\n  "
          + " ".join(missing) + "\nInstall them with this one command, then run `make run` again:\n\n  "
          + install_line(missing) + "\n", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

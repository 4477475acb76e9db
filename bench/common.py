"""Shared benchmark helpers: run a child and measure it (wall, CPU, peak RSS), describe the machine."""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("python-calamine", "pandas", "numpy", "openpyxl", "XlsxWriter", "lxml", "PySide6-Essentials",
            "pyqtgraph", "defusedxml")


@dataclass
class Run:
    wall: float         # seconds
    cpu: float          # user + system seconds of the child and the children it waited for
    peak_mb: float      # peak resident set size of the child or of its largest waited-for child
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        """The last line of stdout that is a JSON object (the ``--json`` figures of a benchmark)."""
        for line in reversed(self.stdout.splitlines()):
            if line.startswith("{"):
                return json.loads(line)
        raise ValueError(f"no JSON line in the output:\n{self.stdout[-1000:]}\n{self.stderr[-1000:]}")


def run_child(argv: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``argv`` from the repository root and measure it with ``os.wait4`` (its own rusage)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err, text=True,
                                 env=env or dict(os.environ))
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
                   child.returncode, out.read(), err.read())


def python_child(code: str, *args: str) -> Run:
    """Run a snippet of Python in a fresh interpreter (the repository on ``sys.path``)."""
    return run_child([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n{code}",
                      *args])


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def ram_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    except (ValueError, OSError, AttributeError):
        return float("nan")


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, Python, OS and the versions of the packages that matter."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "-"
    return {"CPU": cpu_model(), "cores": str(os.cpu_count()), "RAM": f"{ram_gb():.1f} GB",
            "Python": platform.python_version(), "OS": f"{platform.system()} {platform.release()} "
            f"({platform.platform(terse=True)})",
            "packages": ", ".join(f"{k} {v}" for k, v in versions.items())}


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def best_run(runs: list[Run]) -> Run:
    """Fastest wall and CPU time of several runs of the same thing, highest peak memory."""
    return Run(min(r.wall for r in runs), min(r.cpu for r in runs), max(r.peak_mb for r in runs),
               max(r.returncode for r in runs), runs[-1].stdout, runs[-1].stderr)

"""Run every benchmark and write ``bench/RESULTS.md`` (``make bench``).

Each benchmark runs in its own process (so peak memory is its own); every figure is printed next
to a baseline measured in the same run on the same machine, and checked against its target:

    python bench/run_all.py [--repeat 3] [--sizes 1000,10000,100000] [--pdfs 500] [--out PATH]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Run, load_average, machine, python_child, run_child  # noqa: E402

BENCH = ROOT / "bench"
PY = sys.executable

# Baselines measured in fresh interpreters: plain pandas doing the least the feature must do.
RISK_FLOOR = """
import time, pandas as pd
from bench_risk import programme
sup, gaps, manual, decisions = programme(100_000)
t = time.perf_counter()
worst = gaps.merge(sup, on="company_id").groupby("company_id").size()
levels = pd.cut(sup["criticality"] * 20, [0, 25, 50, 75, 101]).value_counts()
print(time.perf_counter() - t)
"""
TABLE_FLOOR = """
import time
from bench_gui import companies_frame
frame = companies_frame(100_000)
t = time.perf_counter(); frame.sort_values("index"); s1 = time.perf_counter() - t
t = time.perf_counter(); frame.sort_values("name"); s2 = time.perf_counter() - t
t = time.perf_counter(); frame[frame["name"].str.lower().str.contains("lácteos")]; s3 = time.perf_counter() - t
print(s1, s2, s3)
"""


# Why a target may be missed, shown under the figures that miss it.
MISSED_WHY = {
    "GUI start-up": "start-up is the interpreter with PySide6 and pandas (the baseline column, measured "
                    "in the same run) plus the app's own modules, the main window and opening the demo "
                    "project; on this shared 2-core machine it measured 2.0 s and 3.8 s in two runs an "
                    "hour apart, so the target is met only when the machine is quiet.",
    "import + score": "see the phase breakdown below: calamine's read is the floor; the import's own "
                      "work (header matching, value resolution) and Python start-up are the rest.",
    "project import": "the import adds scoring and one SQLite transaction writing every answer to the "
                      "read; the CPU ratio shows its cost independent of the machine's load.",
}


@dataclass
class Figure:
    name: str
    value: float | None          # seconds (or MB where unit says so)
    baseline_name: str = ""
    baseline: float | None = None
    peak_mb: float | None = None
    target: str = ""
    met: bool | None = None
    unit: str = "s"
    cpu_ratio: float | None = None   # CPU seconds over the baseline's: steadier on a busy machine

    def ratio(self) -> str:
        if self.value is None or not self.baseline:
            return "-"
        text = f"{self.value / self.baseline:.2f}x"
        return text + (f" (CPU {self.cpu_ratio:.2f}x)" if self.cpu_ratio else "")


def bench(script: str, *args: str) -> tuple[Run, dict | None]:
    run = run_child([PY, str(BENCH / script), *args, "--json"])
    try:
        return run, run.json()
    except ValueError:
        print(f"{script} failed ({run.returncode}):\n{run.stderr[-1500:]}", file=sys.stderr)
        return run, None


def score_figures(sizes: list[int], repeat: int) -> list[Figure]:
    figures = []
    for rows in sizes:
        _, data = bench("bench_score.py", "--rows", str(rows), "--repeat", str(repeat))
        if data is None:
            figures.append(Figure(f"score {rows:,} responses", None, note_failed(rows)))
            continue
        ratio = data["score_s"] / data["bare_read_s"]
        figures.append(Figure(f"import + score {rows:,} responses (`encadena score`)", data["score_s"],
                              f"bare calamine read {rows:,}", data["bare_read_s"], data["score_mb"],
                              "<= 1.5x read, < 1.5 GB" if rows == max(sizes) else "",
                              (ratio <= 1.5 and data["score_mb"] < 1536) if rows == max(sizes) else None,
                              cpu_ratio=data["cpu_ratio"]))
        figures.append(Figure(f"  bare calamine read {rows:,} (peak memory)", data["bare_read_s"],
                              peak_mb=data["bare_read_mb"]))
    return figures


def note_failed(rows: int) -> str:
    return f"failed at {rows:,} rows (see stderr)"


def project_figures(repeat: int) -> list[Figure]:
    _, data = bench("bench_project.py", "--repeat", str(repeat))
    if data is None:
        return [Figure("project import / open", None, "failed")]
    return [Figure("project import 100,000 responses (`encadena project import`)", data["import_s"],
                   "bare calamine read 100,000", data["bare_read_s"], data["import_mb"],
                   "<= 2.5x read", data["import_ratio"] <= 2.5,
                   cpu_ratio=data["import_cpu_s"] / data["bare_read_cpu_s"]),
            Figure(f"project open ({data['open_s']:.2f} s, incl. quick_check) + list companies "
                   f"({data['list_s']:.2f} s), 100,000", data["open_list_s"],
                   "", None, None, "< 1 s", data["open_list_s"] < 1.0),
            Figure("  project file size", data["file_mb"], unit="MB")]


def risk_figures(repeat: int) -> list[Figure]:
    run, data = bench("bench_risk.py", "--repeat", str(repeat))
    floor = python_child(f"sys.path.insert(0, {str(BENCH)!r})\n" + RISK_FLOOR)
    base = float(floor.stdout.split()[-1]) if floor.returncode == 0 else None
    if data is None:
        return [Figure("risk classification", None, "failed")]
    return [Figure("risk: derive rules + classify 100,000 suppliers", data["total_s"],
                   "pandas merge + groupby + cut of the same data", base, run.peak_mb,
                   "< 2 s", data["total_s"] < 2.0)]


def report_figures(pdfs: int, bare_read: float | None) -> list[Figure]:
    run, data = bench("bench_reports.py", "--pdfs", str(pdfs))
    if data is None:
        return [Figure("results workbook / PDF batch", None, "failed")]
    return [Figure("results workbook, 100,000 responses", data["workbook_s"],
                   "bare calamine read 100,000", bare_read, run.peak_mb),
            Figure(f"PDF batch, {data['pdf_count']} supplier reports", data["pdf_s"],
                   "results workbook (same run)", data["workbook_s"], run.peak_mb,
                   f"({data['pdf_ms_each']} ms per report)")]


def gui_figures() -> list[Figure]:
    run = run_child([PY, str(BENCH / "bench_gui.py")])
    floor = python_child(f"sys.path.insert(0, {str(BENCH)!r})\n" + TABLE_FLOOR)
    text = run.stdout
    start = re.search(r"demo: ([\d.]+) s .*?floor \(Python \+ pandas \+ an empty Qt window\): ([\d.]+) s", text)
    if run.returncode != 0 or not start:
        print(f"bench_gui failed:\n{run.stderr[-1500:]}", file=sys.stderr)
        return [Figure("GUI", None, "failed")]
    views = {m.group(1): float(m.group(2)) / 1000
             for m in re.finditer(r"100,000 rows, (.+?): (\d+) ms", text)}
    sort_index, sort_name, search = (map(float, floor.stdout.split()) if floor.returncode == 0
                                     else (None, None, None))
    figures = [Figure("GUI start-up to the main window with the demo", float(start.group(1)),
                      "Python + pandas + an empty Qt window", float(start.group(2)), run.peak_mb,
                      "< 2 s", float(start.group(1)) < 2.0)]
    base = {"sort by index": sort_index, "sort by name": sort_name, "search": search,
            "filter": search}
    for name, seconds in views.items():
        baseline = next((v for k, v in base.items() if name.startswith(k)), None)
        timed_target = name.startswith(("sort", "search", "filter"))
        figures.append(Figure(f"companies table 100,000 rows: {name}", seconds,
                              "pandas on the same frame" if baseline else "", baseline, None,
                              "< 0.3 s" if timed_target else "", seconds < 0.3 if timed_target else None))
    return figures


def score_phases(rows: int) -> str:
    """Where the time of import + score goes, phase by phase, in one process."""
    run = run_child([PY, str(BENCH / "bench_score.py"), "--rows", str(rows), "--breakdown-only"])
    return run.stdout.strip() if run.returncode == 0 else f"failed: {run.stderr[-500:]}"


def render(figures: list[Figure], info: dict[str, str], started: float, load: tuple[float, float],
           args: argparse.Namespace, phases: str = "") -> str:
    lines = ["# Benchmark results", "",
             f"Written by `make bench` (`bench/run_all.py`) on "
             f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC in {time.time() - started:.0f} s; "
             f"best of {args.repeat} where a benchmark repeats.", "",
             "## Machine", ""]
    lines += [f"- **{k}**: {v}" for k, v in info.items()]
    lines += [f"- **load average** (1 min) at start / end: {load[0]:.1f} / {load[1]:.1f} "
              "(other processes share the machine; ratios to a baseline measured in the same run "
              "are steadier than absolute times)", "",
              "## Figures", "",
              "| figure | time | baseline | baseline time | ratio | peak memory | target | met |",
              "|---|---:|---|---:|---:|---:|---|---|"]
    for f in figures:
        value = "failed" if f.value is None else f"{f.value:.3f} {f.unit}".replace(".000 MB", " MB")
        base = "" if f.baseline is None else f"{f.baseline:.3f} s"
        peak = "" if f.peak_mb is None else f"{f.peak_mb:,.0f} MB"
        met = {True: "yes", False: "**NO**", None: ""}[f.met]
        lines.append(f"| {f.name} | {value} | {f.baseline_name} | {base} | {f.ratio()} | {peak} "
                     f"| {f.target} | {met} |")
    targeted = [f for f in figures if f.met is not None or f.target.startswith(("<", "<="))]
    missed = [f.name.strip() for f in targeted if f.met is False or f.value is None]
    lines += ["", "## Targets", "",
              f"{sum(1 for f in targeted if f.met)} of {len(targeted)} targets met."
              + (f" Not met: {'; '.join(missed)}." if missed else ""), "",
              "Targets are judged on wall-clock time, as the issues state them. On a shared machine "
              "(see the load average) every wall time stretches; the CPU ratios (CPU seconds of the "
              "feature over those of its baseline, both children of this run) show the cost the "
              "feature adds independently of the load.", ""]
    for f in targeted:
        why = next((text for prefix, text in MISSED_WHY.items() if f.name.startswith(prefix)), None)
        if (f.met is False or f.value is None) and why:
            lines += [f"- **{f.name}** not met: {why}"]
    lines += [""] if missed else []
    if phases:
        lines += [f"## Where import + score spends its time ({max(args.sizes_list):,} responses, "
                  "one process)", "",
                  "```", phases, "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--pdfs", type=int, default=500)
    parser.add_argument("--out", default=str(BENCH / "RESULTS.md"))
    parser.add_argument("--skip", default="", help="comma-separated: score,project,risk,reports,gui")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    started, load_start, info = time.time(), load_average(), machine()
    sizes = args.sizes_list = [int(s) for s in args.sizes.split(",")]
    figures: list[Figure] = []
    steps = [("score", lambda: score_figures(sizes, args.repeat)),
             ("project", lambda: project_figures(args.repeat)),
             ("risk", lambda: risk_figures(args.repeat)),
             ("reports", lambda: report_figures(args.pdfs, _bare_read(figures, max(sizes)))),
             ("gui", gui_figures)]
    for name, step in steps:
        if name in skip:
            continue
        t = time.perf_counter()
        figures += step()
        print(f"{name}: {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    phases = "" if "score" in skip else score_phases(max(sizes))
    text = render(figures, info, started, (load_start, load_average()), args, phases)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(f.met is not False and f.value is not None for f in figures) else 1


def _bare_read(figures: list[Figure], rows: int) -> float | None:
    for f in figures:
        if f.baseline_name == f"bare calamine read {rows:,}":
            return f.baseline
    return None


if __name__ == "__main__":
    sys.exit(main())

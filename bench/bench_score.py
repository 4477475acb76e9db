"""Benchmark ``encadena score`` against the bare python-calamine read of the same workbook.

Both run as subprocesses in the same session, each best of 3 (wall clock), with the peak RSS of
each child from ``os.wait4``. Targets: score <= 1.2 x the bare read, peak memory < 1.5 GB.

    python bench/bench_score.py [--rows 100000] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_survey import bench_files  # noqa: E402

BARE_READ = ("import sys\n"
             "from python_calamine import CalamineWorkbook\n"
             "wb = CalamineWorkbook.from_path(sys.argv[1])\n"
             "rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python(skip_empty_area=False)\n"
             "print(len(rows))\n")
TIME_RATIO_TARGET = 1.2
MEMORY_TARGET_MB = 1536


@dataclass
class Run:
    wall: float         # seconds
    cpu: float          # user + system seconds of the child
    peak_mb: float      # peak resident set size of the child
    stdout: str


def run_child(argv: list[str]) -> Run:
    """Run ``argv`` once and measure it."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err, text=True)
        # wait4 (not Popen.wait) so that the rusage is this child's alone.
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise RuntimeError(f"{argv[:4]} failed ({child.returncode}):\n{err.read()[-2000:]}")
        return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read())


def best(runs: list[Run]) -> Run:
    """Fastest wall and CPU time, highest peak memory."""
    return Run(min(r.wall for r in runs), min(r.cpu for r in runs),
               max(r.peak_mb for r in runs), runs[-1].stdout)


def breakdown(toolkit_path: Path, survey_path: Path) -> None:
    """Time each phase in this process: read, import (incl. read), score, summary, JSON."""
    sys.path.insert(0, str(ROOT))
    from core.scoring import score_responses, write_json
    from core.scoring.summary import render_summary
    from core.survey.importer import import_survey
    from core.toolkit.loader import load_toolkit
    from core.workbook import read_sheet

    def timed(label, call):
        start, cpu = time.perf_counter(), time.process_time()
        value = call()
        print(f"  {label:<28}{time.perf_counter() - start:7.2f} s wall "
              f"{time.process_time() - cpu:7.2f} s CPU")
        return value

    print("phases (in process):")
    kit = timed("load toolkit", lambda: load_toolkit(toolkit_path))
    timed("read_sheet (calamine)", lambda: read_sheet(survey_path))
    data = timed("import_survey (incl. read)", lambda: import_survey(survey_path, kit))
    result = timed("score_responses", lambda: score_responses(kit, data.values))
    timed("render_summary", lambda: render_summary(kit, data, result, "en"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "scores.json"
        timed("write_json", lambda: write_json(kit, data, result, out))
        print(f"  JSON size {out.stat().st_size / 1e6:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--breakdown", action="store_true",
                        help="also time each phase in process (read, import, score, summary, JSON)")
    parser.add_argument("--breakdown-only", action="store_true", help="only the phase timings")
    args = parser.parse_args(argv)
    toolkit, survey = bench_files(args.rows)
    if args.breakdown or args.breakdown_only:
        breakdown(toolkit, survey)
        if args.breakdown_only:
            return 0
    python = sys.executable
    read_argv = [python, "-c", BARE_READ, str(survey)]
    score_argv = [python, "-m", "core.cli.main", "score", str(survey), "--toolkit", str(toolkit),
                  "--language", "en"]
    reads, scores = [], []
    for _ in range(args.repeat):    # interleaved, so both see the same machine load
        reads.append(run_child(read_argv))
        scores.append(run_child(score_argv))
    read, score = best(reads), best(scores)
    ratio, cpu_ratio = score.wall / read.wall, score.cpu / read.cpu
    print(score.stdout.rstrip())
    print()
    print(f"survey: {survey.name} ({survey.stat().st_size / 1e6:.1f} MB, {args.rows} rows), "
          f"best of {args.repeat}, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"bare calamine read : {read.wall:7.2f} s wall {read.cpu:7.2f} s CPU   "
          f"peak RSS {read.peak_mb:5.0f} MB")
    print(f"encadena score     : {score.wall:7.2f} s wall {score.cpu:7.2f} s CPU   "
          f"peak RSS {score.peak_mb:5.0f} MB")
    time_ok, memory_ok = ratio <= TIME_RATIO_TARGET, score.peak_mb < MEMORY_TARGET_MB
    print(f"ratio score / read : {ratio:7.2f} wall {cpu_ratio:7.2f} CPU      target <= "
          f"{TIME_RATIO_TARGET}: {'ok' if time_ok else 'MISSED'}; memory target < "
          f"{MEMORY_TARGET_MB} MB: {'ok' if memory_ok else 'MISSED'}")
    if args.json:
        print(json.dumps({"rows": args.rows, "bare_read_s": read.wall, "bare_read_cpu_s": read.cpu,
                          "bare_read_mb": read.peak_mb, "score_s": score.wall,
                          "score_cpu_s": score.cpu, "score_mb": score.peak_mb, "ratio": ratio,
                          "cpu_ratio": cpu_ratio}))
    return 0 if time_ok and memory_ok else 1


if __name__ == "__main__":
    sys.exit(main())

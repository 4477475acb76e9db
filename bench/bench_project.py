"""Benchmark the project file: import the 100,000-row survey into a new project, open it and list
its companies with their latest index, next to the bare python-calamine read of the same workbook.

Targets: import <= 1.3 x the bare read; open + list companies < 1 s.

    python bench/bench_project.py [--rows 100000] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_survey import bench_files  # noqa: E402

BARE_READ = ("import sys\n"
             "from python_calamine import CalamineWorkbook\n"
             "wb = CalamineWorkbook.from_path(sys.argv[1])\n"
             "rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python(skip_empty_area=False)\n"
             "print(len(rows))\n")

IMPORT_RATIO_TARGET = 1.3
OPEN_LIST_TARGET_S = 1.0
OPEN_AND_LIST = ("import sys, time\n"
                 "start = time.perf_counter()\n"
                 "from core.project import Project\n"
                 "loaded, cpu = time.perf_counter(), time.process_time()\n"
                 "project = Project.open(sys.argv[1])\n"
                 "opened = time.perf_counter()\n"
                 "companies = project.companies()\n"
                 "listed = time.perf_counter()\n"
                 "cpu = time.process_time() - cpu\n"
                 "project.close()\n"
                 "print(len(companies), companies['latest_index'].notna().sum(), loaded - start,"
                 " opened - loaded, listed - opened, cpu)\n")


def run_child(argv: list[str]) -> tuple[float, float, str, float]:
    """Run ``argv`` once: (wall seconds, peak RSS in MB, stdout, CPU seconds of the child)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)     # this child's own rusage
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{argv[:5]} failed:\n{err.read()[-2000:]}")
        return elapsed, usage.ru_maxrss / 1024, out.read(), usage.ru_utime + usage.ru_stime


def best_of(argv: list[str], repeat: int) -> tuple[float, float, str, float]:
    runs = [run_child(argv) for _ in range(repeat)]
    return (min(r[0] for r in runs), max(r[1] for r in runs), runs[-1][2], min(r[3] for r in runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list-only", metavar="PROJECT",
                        help="only time opening PROJECT and listing its companies")
    args = parser.parse_args(argv)
    if args.list_only:
        return _open_and_list(Path(args.list_only), args.repeat)
    toolkit, survey = bench_files(args.rows)
    python = sys.executable
    bare_s, bare_mb, _, bare_cpu = best_of([python, "-c", BARE_READ, str(survey)], args.repeat)
    with tempfile.TemporaryDirectory(prefix="encadena-bench-") as tmp:
        env_dir = Path(tmp)
        imports, size = [], 0
        for k in range(args.repeat):
            project = env_dir / f"bench-{k}.encadena"
            run_child([python, "-m", "core.cli.main", "project", "create", str(project),
                       "--name", "Bench programme", "--country", "MX"])
            imports.append(run_child([python, "-m", "core.cli.main", "project", "import", str(project),
                                      str(survey), "--toolkit", str(toolkit), "--date", "2026-03-01"]))
            size = project.stat().st_size
        import_s = min(r[0] for r in imports)
        import_mb = max(r[1] for r in imports)
        import_cpu = min(r[3] for r in imports)
        summary = imports[-1][2].strip()
        lists = [run_child([python, "-c", OPEN_AND_LIST, str(project)]) for _ in range(args.repeat)]
    fields = [r[2].split() for r in lists]
    open_s = min(float(f[3]) for f in fields)
    list_s = min(float(f[4]) for f in fields)
    open_list_s = min(float(f[3]) + float(f[4]) for f in fields)
    open_list_cpu = min(float(f[5]) for f in fields)
    wall_s = min(r[0] for r in lists)
    ratio = import_s / bare_s
    print(summary)
    print(f"survey: {survey.name} ({survey.stat().st_size / 1e6:.1f} MB, {args.rows} rows)")
    print(f"bare calamine read        : {bare_s:7.2f} s   peak RSS {bare_mb:6.0f} MB   CPU {bare_cpu:.2f} s")
    print(f"encadena project import   : {import_s:7.2f} s   peak RSS {import_mb:6.0f} MB   "
          f"ratio {ratio:.2f} (target <= {IMPORT_RATIO_TARGET}: "
          f"{'ok' if ratio <= IMPORT_RATIO_TARGET else 'MISSED'})   CPU {import_cpu:.2f} s "
          f"(ratio {import_cpu / bare_cpu:.2f})")
    print(f"open + list companies     : {open_list_s:7.2f} s   (open {open_s:.2f} s incl. quick_check, "
          f"list {list_s:.2f} s; {fields[0][0]} companies, {fields[0][1]} with an index; "
          f"target < {OPEN_LIST_TARGET_S}: {'ok' if open_list_s < OPEN_LIST_TARGET_S else 'MISSED'}); "
          f"CPU {open_list_cpu:.2f} s")
    print(f"  whole process (python start, imports, open, list): {wall_s:.2f} s")
    print(f"project file size         : {size / 1e6:7.1f} MB")
    if args.json:
        print(json.dumps({"rows": args.rows, "bare_read_s": bare_s, "import_s": import_s,
                          "bare_read_cpu_s": bare_cpu, "import_cpu_s": import_cpu,
                          "import_ratio": ratio, "import_mb": import_mb, "open_s": open_s,
                          "list_s": list_s, "open_list_s": open_list_s, "file_mb": size / 1e6}))
    return 0 if ratio <= IMPORT_RATIO_TARGET and open_list_s < OPEN_LIST_TARGET_S else 1


def _open_and_list(project: Path, repeat: int) -> int:
    runs = [run_child([sys.executable, "-c", OPEN_AND_LIST, str(project)]) for _ in range(repeat)]
    fields = [r[2].split() for r in runs]
    best = min(float(f[3]) + float(f[4]) for f in fields)
    print(f"open + list companies: {best:.2f} s wall (open {min(float(f[3]) for f in fields):.2f} s, "
          f"list {min(float(f[4]) for f in fields):.2f} s), CPU {min(float(f[5]) for f in fields):.2f} s; "
          f"{fields[0][0]} companies; whole process {min(r[0] for r in runs):.2f} s")
    return 0 if best < OPEN_LIST_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())

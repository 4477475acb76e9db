"""Benchmark the project file: import the 100,000-row survey into a new project, open it and list
its companies with their latest index, next to the bare python-calamine read of the same workbook.

Targets: import <= 2.5 x the bare read; open + list companies < 1 s.

    python bench/bench_project.py [--rows 100000] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_score import BARE_READ, best_of, run_child  # noqa: E402
from make_survey import bench_files  # noqa: E402

IMPORT_RATIO_TARGET = 2.5
OPEN_LIST_TARGET_S = 1.0
OPEN_AND_LIST = ("import sys, time\n"
                 "start = time.perf_counter()\n"
                 "from core.project import Project\n"
                 "loaded = time.perf_counter()\n"
                 "project = Project.open(sys.argv[1])\n"
                 "opened = time.perf_counter()\n"
                 "companies = project.companies()\n"
                 "listed = time.perf_counter()\n"
                 "project.close()\n"
                 "print(len(companies), companies['latest_index'].notna().sum(), loaded - start,"
                 " opened - loaded, listed - opened)\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    toolkit, survey = bench_files(args.rows)
    python = sys.executable
    bare_s, bare_mb, _ = best_of([python, "-c", BARE_READ, str(survey)], args.repeat)
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
        summary = imports[-1][2].strip()
        lists = [run_child([python, "-c", OPEN_AND_LIST, str(project)]) for _ in range(args.repeat)]
    fields = [line.split() for _, _, line in lists]
    open_s = min(float(f[3]) for f in fields)
    list_s = min(float(f[4]) for f in fields)
    open_list_s = min(float(f[3]) + float(f[4]) for f in fields)
    wall_s = min(r[0] for r in lists)
    ratio = import_s / bare_s
    print(summary)
    print(f"survey: {survey.name} ({survey.stat().st_size / 1e6:.1f} MB, {args.rows} rows)")
    print(f"bare calamine read        : {bare_s:7.2f} s   peak RSS {bare_mb:6.0f} MB")
    print(f"encadena project import   : {import_s:7.2f} s   peak RSS {import_mb:6.0f} MB   "
          f"ratio {ratio:.2f} (target <= {IMPORT_RATIO_TARGET}: "
          f"{'ok' if ratio <= IMPORT_RATIO_TARGET else 'MISSED'})")
    print(f"open + list companies     : {open_list_s:7.2f} s   (open {open_s:.2f} s incl. quick_check, "
          f"list {list_s:.2f} s; {fields[0][0]} companies, {fields[0][1]} with an index; "
          f"target < {OPEN_LIST_TARGET_S}: {'ok' if open_list_s < OPEN_LIST_TARGET_S else 'MISSED'})")
    print(f"  whole process (python start, imports, open, list): {wall_s:.2f} s")
    print(f"project file size         : {size / 1e6:7.1f} MB")
    if args.json:
        print(json.dumps({"rows": args.rows, "bare_read_s": bare_s, "import_s": import_s,
                          "import_ratio": ratio, "import_mb": import_mb, "open_s": open_s,
                          "list_s": list_s, "open_list_s": open_list_s, "file_mb": size / 1e6}))
    return 0 if ratio <= IMPORT_RATIO_TARGET and open_list_s < OPEN_LIST_TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())

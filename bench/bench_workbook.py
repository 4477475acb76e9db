"""Benchmark the results workbook (``encadena export -o``) of an N-response programme against the
bare python-calamine read of the N-response survey it was imported from.

Both run as child processes, interleaved (so both see the same load), best of ``--repeat`` by wall
time; peak memory is each child's own (``os.wait4``). Both run with compiled bytecode, as the
installed application does (PyInstaller bundles it): a shell with ``PYTHONDONTWRITEBYTECODE``
would otherwise compile ~250 modules in every run (~0.5 s, measured). The project's modules are
compiled once before the runs (``__pycache__``, ignored by git). The programme is imported once and kept in
``bench/out/project-N-<schema>.encadena``. Target at 100,000: <= 1.5x the read, < 600 MB peak.

    python bench/bench_workbook.py [--rows 100000] [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Run, best_run, run_child  # noqa: E402
from make_survey import OUT, bench_files  # noqa: E402

BARE_READ = ("import sys\n"
             "from python_calamine import CalamineWorkbook\n"
             "wb = CalamineWorkbook.from_path(sys.argv[1])\n"
             "rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python(skip_empty_area=False)\n"
             "print(len(rows))\n")
RATIO_TARGET, MEMORY_TARGET_MB = 1.5, 600


def programme(rows: int) -> tuple[Path, Path]:
    """(the survey, a project holding it imported), both cached in bench/out/."""
    toolkit, survey = bench_files(rows)
    # named after the schema's last migration and its text, so a changed schema builds it anew
    schema = sorted((ROOT / "core" / "project" / "schema").glob("*.sql"))
    stamp = hashlib.sha256(b"".join(p.read_bytes() for p in schema)).hexdigest()[:8]
    project = OUT / f"project-{rows}-{stamp}.encadena"
    if not project.exists():
        part = project.with_name(project.name + ".part")
        for suffix in ("", "-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        cli = [sys.executable, "-m", "core.cli.main", "project"]
        for argv in (cli + ["create", str(part), "--name", "Bench programme", "--country", "MX"],
                     cli + ["import", str(part), str(survey), "--toolkit", str(toolkit),
                            "--date", "2026-03-01"]):
            run = run_child(argv)
            if run.returncode != 0:
                raise RuntimeError(f"{argv[3]} failed:\n{run.stderr[-2000:]}")
        part.replace(project)
    return survey, project


def compiled_env() -> dict[str, str]:
    """The environment of the timed children: bytecode read (and written) as an installation
    does; the project's modules compiled here, once, so no timed run compiles them."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run_child([sys.executable, "-m", "compileall", "-q", "core", "encadena"], env)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    survey, project = programme(args.rows)
    env = compiled_env()
    reads: list[Run] = []
    writes: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="encadena-bench-workbook-") as tmp:
        out = Path(tmp) / "results.xlsx"
        export = [sys.executable, "-m", "core.cli.main", "export", str(project), "-o", str(out),
                  "--language", "es", "--as-of", "2026-06-01"]
        for _ in range(args.repeat):
            reads.append(run_child([sys.executable, "-c", BARE_READ, str(survey)], env))
            writes.append(run_child(export, env))
            if writes[-1].returncode != 0:
                raise RuntimeError(f"export failed:\n{writes[-1].stderr[-2000:]}")
        size_mb = out.stat().st_size / 1e6
    read, write = best_run(reads), best_run(writes)
    ratio, cpu_ratio = write.wall / read.wall, write.cpu / read.cpu
    load = os.getloadavg()[0]
    print(f"results workbook, {args.rows:,} responses ({size_mb:.1f} MB), best of {args.repeat}, "
          f"load average {load:.1f} on {os.cpu_count()} CPUs")
    print(f"bare calamine read : {read.wall:7.2f} s wall {read.cpu:7.2f} s CPU   peak {read.peak_mb:5.0f} MB")
    print(f"encadena export    : {write.wall:7.2f} s wall {write.cpu:7.2f} s CPU   peak {write.peak_mb:5.0f} MB")
    print(f"ratio              : {ratio:7.2f} wall {cpu_ratio:7.2f} CPU   target <= {RATIO_TARGET}, "
          f"< {MEMORY_TARGET_MB} MB")
    if args.json:
        print(json.dumps({"rows": args.rows, "bare_read_s": read.wall, "bare_read_cpu_s": read.cpu,
                          "bare_read_mb": read.peak_mb, "workbook_s": write.wall,
                          "workbook_cpu_s": write.cpu, "workbook_mb": write.peak_mb,
                          "ratio": ratio, "cpu_ratio": cpu_ratio, "file_mb": size_mb, "load": load}))
    return 0 if ratio <= RATIO_TARGET and write.peak_mb < MEMORY_TARGET_MB else 1


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())

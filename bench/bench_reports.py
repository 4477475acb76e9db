"""Benchmark supplier PDF reports: 500 of them (``write_chain_batch`` over a chain of 500
suppliers) in a copy of the 100,000-response programme (imported once, kept in ``bench/out/``;
the results workbook has its own benchmark, bench_workbook.py).

    python bench/bench_reports.py [--rows 100000] [--pdfs 500] [--jobs N] [--json]

``--jobs``: worker processes drawing the reports (default: one per core, as ``encadena report
--batch``; 1 draws them in the benchmark's own process). CPU time is this process's and its
workers' (``pdf_cpu_ms_each``): steadier than the wall time on a shared machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_workbook import programme  # noqa: E402


def _cpu() -> float:
    """User + system seconds of this process and of its reaped children (the drawing workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pdfs", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from core.project import Project, ValueChain
    _, source = programme(args.rows)
    out: dict[str, object] = {"rows": args.rows, "pdfs": args.pdfs}
    with tempfile.TemporaryDirectory(prefix="encadena-bench-reports-") as tmp:
        folder = Path(tmp)
        shutil.copy(source, folder / "bench.encadena")
        project = Project.open(folder / "bench.encadena", backups=False)
        ids = project.companies()["id"].tolist()
        project.save_chain(ValueChain("Bench chain", anchor_id=ids[0], suppliers=ids[1:args.pdfs + 1]))
        from gui.reports.pdf import ensure_application, write_chain_batch
        ensure_application()
        from gui.reports.batch import workers_for
        out["workers"] = workers_for(args.pdfs, args.jobs)
        start, cpu = time.perf_counter(), _cpu()
        paths = write_chain_batch(project, "Bench chain", folder / "pdf", "es", date(2026, 6, 1),
                                  jobs=args.jobs)
        out["pdf_s"] = round(time.perf_counter() - start, 2)
        out["pdf_cpu_s"] = round(_cpu() - cpu, 2)          # the workers' too (reaped by now)
        out["pdf_count"] = len(paths)
        out["pdf_ms_each"] = round(1000 * out["pdf_s"] / max(1, len(paths)), 1)
        out["pdf_cpu_ms_each"] = round(1000 * out["pdf_cpu_s"] / max(1, len(paths)), 1)
        sizes = [p.stat().st_size / 1024 for p in paths] or [0]
        out["pdf_kb_mean"], out["pdf_kb_max"] = round(sum(sizes) / len(sizes)), round(max(sizes))
        project.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)
    out["worker_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 0)
    out["load"] = round(os.getloadavg()[0], 1)
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark reports: write the results workbook of the 100,000-response programme, and 500
supplier PDF reports (``write_chain_batch`` over a chain of 500 suppliers).

    python bench/bench_reports.py [--rows 100000] [--pdfs 500] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_survey import bench_files  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pdfs", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from core.project import Project, ValueChain
    from core.reports.results_workbook import write_results_workbook
    from core.toolkit.loader import load_toolkit
    toolkit_path, survey = bench_files(args.rows)
    out: dict[str, object] = {"rows": args.rows, "pdfs": args.pdfs}
    with tempfile.TemporaryDirectory(prefix="encadena-bench-reports-") as tmp:
        folder = Path(tmp)
        project = Project.create(folder / "bench.encadena", "Bench programme", country="MX", backups=False)
        start = time.perf_counter()
        project.import_survey(survey, load_toolkit(toolkit_path), assessed_on="2026-03-01")
        out["import_s"] = round(time.perf_counter() - start, 2)
        ids = project.companies()["id"].tolist()
        start = time.perf_counter()
        write_results_workbook(project, folder / "results.xlsx", "es", today=date(2026, 6, 1))
        out["workbook_s"] = round(time.perf_counter() - start, 2)
        out["workbook_mb"] = round((folder / "results.xlsx").stat().st_size / 1e6, 1)
        project.save_chain(ValueChain("Bench chain", anchor_id=ids[0], suppliers=ids[1:args.pdfs + 1]))
        from gui.reports.pdf import ensure_application, write_chain_batch
        ensure_application()
        start = time.perf_counter()
        paths = write_chain_batch(project, "Bench chain", folder / "pdf", "es", date(2026, 6, 1))
        out["pdf_s"] = round(time.perf_counter() - start, 2)
        out["pdf_count"] = len(paths)
        out["pdf_ms_each"] = round(1000 * out["pdf_s"] / max(1, len(paths)), 1)
        sizes = [p.stat().st_size / 1024 for p in paths] or [0]
        out["pdf_kb_mean"], out["pdf_kb_max"] = round(sum(sizes) / len(sizes)), round(max(sizes))
        project.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)
    if args.json:
        print(json.dumps(out))
    else:
        for key, value in out.items():
            print(f"{key:>14}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

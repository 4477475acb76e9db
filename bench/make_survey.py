"""Generate the benchmark survey: 100,000 responses x 60 scored items (cached in ``bench/out/``).

The file looks like what consultants bring: a title row above the header, company id and name,
Kobo-style metadata, headers written as item names, labels or Kobo group paths, select_one cells
holding choice names, labels in English or Spanish, or the choice's score; select_multiple as
space-separated names; numbers sometimes typed as text; N/A tokens, blanks and a few invalid cells.

    python bench/make_survey.py [--rows N] [--toolkit PATH] [--out PATH]

Other benchmarks reuse :func:`bench_files` (the synthetic 60-item toolkit plus its survey).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.toolkit.loader import load_toolkit  # noqa: E402
from core.toolkit.model import Toolkit  # noqa: E402

OUT = ROOT / "bench" / "out"
EN, ES = "label::English (en)", "label::Español (es)"
AREAS = [("admin", "Administration", "Administración"), ("commercial", "Commercial", "Comercial"),
         ("environment", "Environment", "Medio ambiente"), ("finance", "Finance", "Finanzas"),
         ("leadership", "Leadership", "Liderazgo"), ("organisation", "Organisation", "Organización")]
LEVELS = [("Level 1 - no practice", "Nivel 1 - sin práctica"),
          ("Level 2 - informal", "Nivel 2 - informal"), ("Level 3 - defined", "Nivel 3 - definido"),
          ("Level 4 - managed", "Nivel 4 - gestionado"), ("Level 5 - optimised", "Nivel 5 - optimizado")]
PRACTICES = [("fives", "5S", 1), ("kanban", "Kanban", 1), ("smed", "SMED", 2), ("none", "None", 0)]
NA_TOKENS = ["n/a", "N/A", "no aplica", "NS/NC", "-"]


def write_bench_toolkit(path: Path) -> Path:
    """A 60-item toolkit: 6 areas x (6 select_one, 1 select_multiple, 1 range, 1 integer, 1 decimal)."""
    survey = [{"type": "text", "name": "company_id", EN: "Company id", ES: "Id de la empresa"},
              {"type": "text", "name": "company_name", EN: "Company name", ES: "Razón social"}]
    for area, en, es in AREAS:
        survey.append({"type": "begin_group", "name": f"g_{area}", EN: en, ES: es})
        for k in range(6):
            survey.append({"type": "select_one level5", "name": f"{area}_{k + 1:02d}",
                           EN: f"{en} practice {k + 1}", ES: f"{es}: práctica {k + 1}",
                           "score::area": area, "score::weight": 2 if k == 0 else None,
                           "score::critical": "yes" if k == 0 else None,
                           "score::target": 4 if k == 1 else None})
        survey.append({"type": "select_multiple practices", "name": f"{area}_07",
                       EN: f"{en} tools in use", ES: f"{es}: herramientas", "score::area": area})
        survey.append({"type": "range", "name": f"{area}_08", EN: f"{en} self-rating",
                       ES: f"{es}: autoevaluación", "parameters": "start=1 end=5 step=1",
                       "score::area": area})
        survey.append({"type": "integer", "name": f"{area}_09", EN: f"{en} incidents per month",
                       ES: f"{es}: incidentes por mes", "score::area": area, "score::min": 0,
                       "score::max": 30, "score::reverse": "yes", "score::target": 5})
        survey.append({"type": "decimal", "name": f"{area}_10", EN: f"{en} compliance (%)",
                       ES: f"{es}: cumplimiento (%)", "score::area": area, "score::min": 0,
                       "score::max": 100})
        survey.append({"type": "end_group"})
    choices = [{"list_name": "level5", "name": f"l{i + 1}", EN: en, ES: es, "score": i + 1}
               for i, (en, es) in enumerate(LEVELS)]
    choices.append({"list_name": "level5", "name": "na", EN: "Not applicable", ES: "No aplica",
                    "score": None})
    choices += [{"list_name": "practices", "name": n, EN: lab, ES: lab, "score": s}
                for n, lab, s in PRACTICES]
    areas = [{"name": a, EN: en, ES: es, "weight": 2 if a == "finance" else 1} for a, en, es in AREAS]
    bands = [{"name": "not_ready", EN: "Not ready", ES: "No preparado", "min": 0, "colour": "#d73027"},
             {"name": "developing", EN: "Developing", ES: "En desarrollo", "min": 40,
              "colour": "#fc8d59"},
             {"name": "linkage_ready", EN: "Linkage ready", ES: "Listo para encadenamiento",
              "min": 70, "colour": "#1a9850"}]
    settings = [{"form_title": "Benchmark diagnostic", "form_id": "bench-diagnostic",
                 "version": "2026.1", "default_language": "English (en)",
                 "score::min_coverage": 0.5, "score::top_n": 10}]
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in (("survey", survey), ("choices", choices), ("settings", settings),
                       ("areas", areas), ("bands", bands)):
        ws = wb.create_sheet(name)
        header: list[str] = []
        for row in rows:
            header.extend(k for k in row if k not in header)
        ws.append(header)
        for row in rows:
            ws.append([row.get(k) for k in header])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _header(toolkit: Toolkit, j: int, item) -> str:
    """Mostly names; every 7th a label, every 11th a Kobo group path (as real exports mix)."""
    if j % 11 == 5 and item.groups:
        return "/".join([*(g.name for g in item.groups), item.name])
    if j % 7 == 3:
        return item.label("en") if j % 2 else item.label("es")
    return item.name


def _levels(maturity: np.ndarray, rng: np.random.Generator, count: int) -> np.ndarray:
    """Positions 0..count-1 that follow each company's maturity (0-1) with some noise."""
    p = np.clip(maturity + rng.normal(0.0, 0.18, len(maturity)), 0.0, 0.999)
    return (p * count).astype(int)


def _cells(toolkit: Toolkit, item, rng: np.random.Generator, maturity: np.ndarray) -> list:
    """One column of raw cells for ``item`` (numpy-generated, then turned into Python values)."""
    n = len(maturity)
    kind = rng.random(n)
    if item.type == "select_one":
        choices = sorted((c for c in toolkit.lists[item.list_name].choices if c.score is not None),
                         key=lambda c: c.score)
        pick = _levels(maturity, rng, len(choices))
        names = np.array([c.name for c in choices], dtype=object)[pick]
        labels_en = np.array([c.label("en") for c in choices], dtype=object)[pick]
        labels_es = np.array([c.label("es") for c in choices], dtype=object)[pick]
        scores = np.array([int(c.score) for c in choices], dtype=object)[pick]
        col = np.where(kind < 0.70, names, np.where(kind < 0.80, labels_en,
                       np.where(kind < 0.88, labels_es, scores)))
    elif item.type == "select_multiple":
        all_names = [c.name for c in toolkit.lists[item.list_name].choices]
        names = [x for x in all_names if x != "none"]
        nothing = "none" if "none" in all_names else None     # else: left blank (missing)
        masks = rng.random((n, len(names))) < maturity[:, None]
        col = np.array([" ".join(x for x, m in zip(names, row) if m) or nothing
                        for row in masks.tolist()], dtype=object)
    else:
        lo, hi = item.scale_min, item.scale_max
        better = maturity if not item.reverse else 1.0 - maturity
        if item.type == "decimal":
            nums = np.round(lo + (hi - lo) * np.clip(better + rng.normal(0, 0.15, n), 0, 1), 1)
        else:
            nums = lo + _levels(better, rng, int(hi - lo) + 1)
        as_text = np.array([str(x) for x in nums.tolist()], dtype=object)
        col = np.where(kind < 0.85, nums.astype(object), as_text)
    col = col.astype(object)
    col[kind > 0.97] = None                                          # blank
    na = (kind > 0.95) & (kind <= 0.97)
    col[na] = np.array(NA_TOKENS, dtype=object)[rng.integers(0, len(NA_TOKENS), int(na.sum()))]
    col[(kind > 0.9495) & (kind <= 0.95)] = "siete"                   # invalid, ~0.05%
    return col.tolist()


def write_survey(toolkit: Toolkit, path: Path, rows: int = 100_000, seed: int = 7) -> Path:
    """Write a survey of ``rows`` responses answering every scored item of ``toolkit``."""
    rng = np.random.default_rng(seed)
    items = toolkit.scored_items
    maturity = rng.beta(2.5, 2.0, rows)       # each company's overall level, so bands vary
    columns = [_cells(toolkit, it, rng, maturity) for it in items]
    ids = [f"S-{i:06d}" for i in range(rows)]
    names = [f"Proveedor {i % 997} S.A." for i in range(rows)]
    uuids = [f"{i:08x}-4f1a-9c2e-{(i * 7919) % 65536:04x}" for i in range(rows)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Respuestas")
    ws.append([f"{toolkit.title_in('es')} - exportación"])
    ws.append(["company_id", "company_name", "_uuid",
               *(_header(toolkit, j, it) for j, it in enumerate(items))])
    for i, row in enumerate(zip(*columns)):
        ws.append([ids[i], names[i], uuids[i], *row])
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_suffix(".part.xlsx")
    wb.save(temp)
    temp.replace(path)
    return path


def bench_files(rows: int = 100_000) -> tuple[Path, Path]:
    """The benchmark toolkit and survey (generated once, then reused from ``bench/out/``)."""
    toolkit_path = OUT / "bench-toolkit.xlsx"
    survey_path = OUT / f"bench-survey-{rows}.xlsx"
    if not toolkit_path.exists():
        write_bench_toolkit(toolkit_path)
    if not survey_path.exists():
        start = time.perf_counter()
        write_survey(load_toolkit(toolkit_path), survey_path, rows)
        print(f"wrote {survey_path} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return toolkit_path, survey_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--toolkit", help="toolkit workbook (default: the synthetic 60-item one)")
    parser.add_argument("--out", help="survey path (default: bench/out/bench-survey-ROWS.xlsx)")
    args = parser.parse_args(argv)
    if args.toolkit or args.out:
        toolkit_path = Path(args.toolkit) if args.toolkit else write_bench_toolkit(OUT / "bench-toolkit.xlsx")
        out = Path(args.out) if args.out else OUT / f"survey-{toolkit_path.stem}-{args.rows}.xlsx"
        print(write_survey(load_toolkit(toolkit_path), out, args.rows))
    else:
        print(*bench_files(args.rows), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Compare two results workbooks as a reader sees them: sheet names, every cell's value, type,
number format, bold and fill, column widths, row heights, frozen panes, filters, conditional
formats, comments, print setup, the package's parts and the charts' XML.

Used to check that a change to the writer changes no output (the demo's workbook before and
after; the 100,000-company one by ``--zip``, part by part, which is quicker):

    python bench/compare_workbooks.py BEFORE.xlsx AFTER.xlsx [--zip]

Exit 0 when they are the same, 1 (with the first differences) when not.
"""
from __future__ import annotations

import argparse
import re
import sys
import zipfile


def describe(path: str) -> dict:
    """Everything :func:`main` compares, of the workbook at ``path`` (read with openpyxl)."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out: dict = {"sheets": wb.sheetnames}
    for ws in wb.worksheets:
        out[ws.title] = {
            "dimensions": ws.dimensions, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
            "widths": {k: v.width for k, v in sorted(ws.column_dimensions.items())},
            "heights": {k: v.height for k, v in sorted(ws.row_dimensions.items()) if v.height},
            "conditional": [(str(r.sqref), [(x.type, x.formula, x.operator) for x in r.rules])
                            for r in ws.conditional_formatting],
            "comments": [(c.coordinate, c.comment.text) for row in ws.iter_rows() for c in row if c.comment],
            "print": [ws.page_setup.orientation, ws.page_setup.paperSize, str(ws.print_title_rows)],
            "cells": [(c.coordinate, repr(c.value), c.data_type, c.number_format, c.font.b,
                       c.fill.fgColor.rgb if c.fill and c.fill.fill_type else None)
                      for row in ws.iter_rows() for c in row if c.value is not None or c.has_style]}
    with zipfile.ZipFile(path) as z:
        out["parts"] = sorted(z.namelist())
        out["charts"] = [re.sub(r"\s+", " ", z.read(n).decode()) for n in out["parts"]
                         if n.startswith("xl/charts/")]
    return out


def differences(before: dict, after: dict, limit: int = 10) -> list[str]:
    found = []
    for key in before.keys() | after.keys():
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            for part in a.keys() | b.keys():
                if a.get(part) != b.get(part):
                    x, y = a.get(part), b.get(part)
                    pairs = [(p, q) for p, q in zip(x, y) if p != q][:3] if isinstance(x, list) \
                        and isinstance(y, list) else [(x, y)]
                    found.append(f"{key} / {part}: {str(pairs)[:400]}")
        else:
            found.append(f"{key}: {str(a)[:200]} -> {str(b)[:200]}")
    return found[:limit]


def zip_differences(before: str, after: str) -> list[str]:
    """Parts whose bytes differ (the document properties' timestamps aside)."""
    with zipfile.ZipFile(before) as a, zipfile.ZipFile(after) as b:
        names = a.namelist()
        if names != b.namelist():
            return [f"parts: {sorted(set(names) ^ set(b.namelist()))}"]
        return [n for n in names if n != "docProps/core.xml" and a.read(n) != b.read(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--zip", action="store_true", help="compare the package's parts byte by byte")
    args = parser.parse_args(argv)
    found = (zip_differences(args.before, args.after) if args.zip
             else differences(describe(args.before), describe(args.after)))
    print("\n".join(found) if found else "same")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

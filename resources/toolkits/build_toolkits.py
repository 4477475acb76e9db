"""Generate the built-in diagnostic toolkits (XLSForm workbooks with scoring columns).

Run ``.venv/bin/python resources/toolkits/build_toolkits.py [OUT_DIR]`` after editing any
``content_*.py`` file and commit the regenerated ``.xlsx`` files. The output is byte-for-byte
reproducible (fixed document dates and zip timestamps), so a toolkit's sha256 only changes when
its content does. Layout: see section 1 of the toolkits-and-scoring contract and README.md.
"""
from __future__ import annotations

import importlib
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:           # content modules sit beside this script
    sys.path.insert(0, str(HERE))

from content_common import DEFAULT_LANGUAGE, LANGUAGES, VERSION, Question, ToolkitContent  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Font, PatternFill  # noqa: E402

CONTENT_MODULES = ("content_sdp_diagnostic", "content_linkage_readiness",
                   "content_lean_production", "content_qcdi")
FIXED_DATE = "2026-01-01T00:00:00Z"
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _langs(prefix: str) -> list[str]:
    return [f"{prefix}::{column}" for _, column in LANGUAGES]


def _texts(text: dict[str, str] | None) -> list[str | None]:
    return [text[code] if text else None for code, _ in LANGUAGES]


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _flag(value: bool) -> str | None:
    return "yes" if value else None


SURVEY_HEADER = (["type", "name", *_langs("label"), *_langs("hint"), "required", "parameters",
                  "constraint", *_langs("constraint_message"), "score::area", "score::weight",
                  "score::target", "score::critical", "score::reverse", "score::min", "score::max"])


def _question_row(q: Question) -> list:
    return [q.type, q.name, *_texts(q.label), *_texts(q.hint), _flag(q.required), q.parameters,
            q.constraint, *_texts(q.constraint_message), q.area, _number(q.weight),
            _number(q.target), _flag(q.critical), _flag(q.reverse), _number(q.min), _number(q.max)]


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list], widths: dict[int, int]
           ) -> None:
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row in rows:
        ws.append(row)
    ws.freeze_panes = "A2"
    for col, width in widths.items():
        ws.column_dimensions[ws.cell(1, col).column_letter].width = width


def toolkit_workbook(content: ToolkitContent) -> Workbook:
    """The XLSForm workbook (survey, choices, settings, areas, bands) for one toolkit."""
    wb = Workbook()
    wb.remove(wb.active)
    survey: list[list] = []
    for group in content.groups:
        survey.append(["begin_group", group.name, *_texts(group.label)])
        survey.extend(_question_row(q) for q in group.questions)
        survey.append(["end_group", group.name])
    _sheet(wb, "survey", SURVEY_HEADER, survey, {1: 30, 2: 12, 3: 60, 4: 60, 5: 60})
    choices = [[lst.name, c.name, *_texts(c.label), _number(c.score)]
               for lst in content.lists for c in lst.choices]
    _sheet(wb, "choices", ["list_name", "name", *_langs("label"), "score"], choices,
           {1: 22, 2: 16, 3: 70, 4: 70, 5: 70})
    _sheet(wb, "settings",
           ["form_title", "form_id", "version", "default_language", "score::min_coverage",
            "score::top_n"],
           [[content.title, content.id, VERSION, DEFAULT_LANGUAGE, _number(content.min_coverage),
             content.top_n]], {1: 50, 2: 20, 4: 16})
    _sheet(wb, "areas", ["name", *_langs("label"), "weight"],
           [[a.name, *_texts(a.label), _number(a.weight)] for a in content.areas],
           {1: 26, 2: 40, 3: 40, 4: 40})
    _sheet(wb, "bands", ["name", *_langs("label"), "min", "colour"],
           [[b.name, *_texts(b.label), _number(b.min), b.colour] for b in content.bands],
           {1: 16, 2: 30, 3: 30, 4: 30})
    return wb


def _reproducible(xlsx: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so identical content gives identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_DATE.encode(), data)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, data)
    return out.getvalue()


def load_contents() -> list[ToolkitContent]:
    """The content of every built-in toolkit, in catalogue order."""
    return [importlib.import_module(name).TOOLKIT for name in CONTENT_MODULES]


def build_all(out_dir: Path | str = HERE) -> list[Path]:
    """Write every built-in toolkit as ``<id>.xlsx`` into ``out_dir``; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for content in load_contents():
        buffer = io.BytesIO()
        toolkit_workbook(content).save(buffer)
        path = out / f"{content.id}.xlsx"
        path.write_bytes(_reproducible(buffer.getvalue()))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build_all(sys.argv[1] if len(sys.argv) > 1 else HERE):
        print(written_path)

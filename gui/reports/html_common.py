"""Small HTML builders for report documents (Qt rich text: tables, colours, no scripts)."""
from __future__ import annotations

import re
from html import escape

from core.numbers import format_number
from core.reports.labels import label
from gui.reports.layout import CELL_PADDING, column_widths


def esc(value: object) -> str:
    """User text made safe for the document (escaped; None -> a dash)."""
    if value is None or value == "":
        return "–"
    return escape(str(value))


def num(value, language: str, decimals: int = 1) -> str:
    return format_number(value, language, decimals)


def text_colour(background: str) -> str:
    """Black or white text, whichever reads better on ``background`` (#rrggbb)."""
    c = background.lstrip("#")
    if len(c) != 6:
        return "#000000"
    r, g, b = (int(c[k:k + 2], 16) for k in (0, 2, 4))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def chip(text: str, colour: str | None) -> str:
    """A coloured cell content (band, risk level)."""
    if not colour:
        return esc(text)
    return f'<span style="background-color:{colour}; color:{text_colour(colour)};">&nbsp;{esc(text)}&nbsp;</span>'


def table(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None,
          widths: list[int] | None = None, cell_colours: list[list[str | None]] | None = None,
          small: bool = False, header_colours: list[str | None] | None = None) -> str:
    """A bordered table; ``rows`` hold HTML already escaped; ``numeric`` columns align right.
    Column widths come from the text (:func:`gui.reports.layout.column_widths`; ``widths`` is
    ignored); the header row repeats on every page the table continues on."""
    numeric = numeric or set()
    size = ' style="font-size: 7.5pt;"' if small else ""
    shares = column_widths(headers, rows, small)
    out = [f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="{CELL_PADDING}"{size}>',
           "<thead><tr>"]
    for j, h in enumerate(headers):
        cls = ' class="num"' if j in numeric else ""
        bg = (header_colours[j] if header_colours and header_colours[j] else "#1f4e79")
        out.append(f'<th{cls} width="{shares[j]}%" bgcolor="{bg}"><font color="{text_colour(bg)}">{esc(h)}</font></th>')
    out.append("</tr></thead>")
    for i, row in enumerate(rows):
        shade = ' bgcolor="#f2f2f2"' if i % 2 else ""
        out.append(f"<tr{shade}>")
        for j, cell in enumerate(row):
            colour = cell_colours[i][j] if cell_colours else None
            attrs = ' align="right"' if j in numeric else ""
            if colour:
                attrs += f' bgcolor="{colour}"'
                cell = f'<font color="{text_colour(colour)}">{cell}</font>'
            out.append(f"<td{attrs}>{cell}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def key_values(rows: list[tuple[str, str]]) -> str:
    """A two-column list of labelled values (escaped here)."""
    body = "".join(f'<tr><td width="40%"><span class="muted">{esc(k)}</span></td><td>{esc(v)}</td></tr>'
                   for k, v in rows)
    return f'<table width="100%" cellspacing="0" cellpadding="2">{body}</table>'


def flat(text: str) -> str:
    """A name that goes inside parentheses, without its own: "5 x 5 (predeterminada)" ->
    "5 x 5, predeterminada" (never "(5 x 5 (predeterminada))")."""
    return re.sub(r"\s*\(([^()]*)\)", r", \1", str(text)).strip()


def area_labels(text: str, areas) -> str:
    """``text`` with area ids (``finance``) replaced by the areas' labels (``Finanzas``): risk
    descriptions are written with the toolkit's field names."""
    for area in areas:
        if area.name and area.label and area.name != area.label:
            text = re.sub(rf"(?<![\w-]){re.escape(area.name)}(?![\w-])", area.label, str(text))
    return text


def no_data(language: str) -> str:
    return f'<p class="muted">{esc(label("no_data", language))}</p>'

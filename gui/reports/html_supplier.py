"""The supplier diagnostic report as a Qt rich-text document (for the validation meeting)."""
from __future__ import annotations

from core.reports.labels import label
from core.numbers import format_number, format_percent
from core.reports.report_data import SupplierReport
from gui.reports.charts import radar_chart, risk_matrix
from gui.reports.html_common import area_labels, chip, esc, flat, key_values, num, table


def supplier_html(r: SupplierReport, width: float) -> tuple[str, dict, str]:
    """(HTML, images by resource name, footer title) of one supplier report."""
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    title = f"{L('title_supplier')} – {r.company_name}"
    images = {}
    parts = [f'<p class="muted">{esc(r.programme)}</p>',
             f"<h1>{esc(L('title_supplier'))}</h1>",
             f'<p style="font-size:14pt;"><b>{esc(r.company_name)}</b></p>',
             f'<p class="muted">{esc(L("for_validation"))}</p>']
    context = [(L("chain"), r.chain or "–"), (L("buyer"), r.buyer or "–"),
               (L("consultant"), r.consultant or "–"), (L("toolkit"), r.toolkit),
               (L("diagnosis"), r.round_label)]
    band = chip(r.band.label, r.band.colour) if r.band else esc(L("no_band"))
    result = (f'<p class="big" align="center">{num(r.index, lang, 1)}</p>'
              f'<p align="center">{esc(L("index"))} (0–100)</p>'
              f'<p align="center" style="font-size:12pt;"><b>{band}</b></p>'
              f'<p align="center" class="muted">{esc(L("coverage"))}: {format_percent(r.coverage, lang)}</p>')
    parts.append('<table width="100%" cellspacing="0" cellpadding="4"><tr>'
                 f'<td width="62%" valign="top"><h3>{esc(L("company_fields"))}</h3>'
                 f'{key_values(r.profile + context)}</td>'
                 f'<td width="38%" valign="top" bgcolor="#f2f6fa"><h3 align="center">{esc(L("result"))}</h3>'
                 f'{result}</td></tr></table>')
    parts.append(_areas(r, width, images))       # page 1: summary, radar and area table
    parts.append(f"<h3>{esc(L('scale'))}</h3><p class='small'>{esc(L('scale_text'))}</p>")
    scale_rows = [[chip(b.label, b.colour), esc(L("from_to", low=format_number(b.low, lang, 0),
                                                     high=format_number(b.high, lang, 0)))]
                  for b in r.bands]
    parts.append(table([L("band"), L("index")], scale_rows))
    parts.append(_opportunities(r))
    parts.append(_risk(r, width, images))
    parts.append(_plan(r))
    parts.append(_signatures(r))
    return "".join(parts), images, title


def _areas(r: SupplierReport, width: float, images: dict) -> str:
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    images["img://radar"] = radar_chart(
        [a.label for a in r.areas], [a.score for a in r.areas], [a.target for a in r.areas],
        [a.previous for a in r.areas] if r.previous_label else None,
        (r.round_label or L("current"), L("target"), r.previous_label or L("previous")), size=(1100, 800))
    rows = []
    for a in r.areas:
        gap = None if a.score is None or a.target is None else max(0.0, a.target - a.score)
        row = [esc(a.label), num(a.score, lang) if a.score is not None else esc(L("not_enough")),
               num(a.target, lang), num(gap, lang)]
        if r.previous_label:
            row.append(num(a.previous, lang))
        rows.append(row)
    heads = [L("area"), L("score"), L("target"), L("gap")] + ([L("previous")] if r.previous_label else [])
    return (f'<h2>{esc(L("area_results"))}</h2>'
            f'<p align="center"><img src="img://radar" width="{int(width * 0.56)}"></p>'
            + table(heads, rows, numeric={1, 2, 3, 4}, small=True))


def _opportunities(r: SupplierReport) -> str:
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    out = [f"<h2>{esc(L('top_opportunities'))}</h2><p class='small muted'>{esc(L('opportunities_text'))}</p>"]
    rows = [[str(k), esc(o.question), esc(o.area), num(o.score, lang), num(o.target, lang),
             num(o.gap, lang), format_number(o.priority, lang, 2)]
            for k, o in enumerate(r.opportunities, start=1)]
    out.append(table(["#", L("question"), L("area"), L("score"), L("target"), L("gap"), L("priority")],
                     rows, numeric={0, 3, 4, 5, 6}, widths=[4, 40, 16, 9, 9, 9, 13]) if rows
               else f"<p>{esc(L('none'))}</p>")
    out.append(f"<h2>{esc(L('critical_gaps'))}</h2><p class='small muted'>{esc(L('critical_text'))}</p>")
    rows = [[esc(g.question), esc(g.area),
             num(g.score, lang) if g.score is not None else esc(L("unanswered")), num(g.target, lang)]
            for g in r.critical_gaps]
    out.append(table([L("question"), L("area"), L("score"), L("target")], rows, numeric={2, 3},
                     widths=[52, 24, 12, 12]) if rows else f"<p>{esc(L('none'))}</p>")
    return "".join(out)


def _risk(r: SupplierReport, width: float, images: dict) -> str:
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    risk = r.risk
    out = [f'<h2>{esc(L("risk_section"))}</h2>']
    if risk is None:
        return out[0] + f"<p>{esc(L('no_data'))}</p>"
    if not risk["cell"] and not risk["risks"]:
        return out[0] + f"<p>{esc(L('no_open_risks'))}</p>"
    images["img://matrix"] = risk_matrix(risk["grid"], risk["likelihood"], risk["severity"], risk["cell"],
                                         (L("likelihood"), L("severity")), size=(1400, 900))
    if risk["cell"]:
        out.append("<p>" + esc(L("risk_cell", matrix=flat(risk["matrix"]), likelihood=risk["cell"][0],
                                   severity=risk["cell"][1], level="")).rstrip(". ")
                   + " " + chip(risk["level"], risk["level_colour"]) + ".</p>")
    else:
        out.append(f"<p>{esc(L('no_open_risks'))}</p>")
    out.append(f'<p align="center"><img src="img://matrix" width="{int(width * 0.62)}"></p>')
    if risk["risks"]:
        rows = [[esc(x["category"]), esc(area_labels(x["description"], r.areas)), f'{x["inherent"][0]}×{x["inherent"][1]}',
                 f'{x["residual"][0]}×{x["residual"][1]}', chip(x["level"], x["colour"]),
                 esc(x["controls"]), esc(x["owner"])] for x in risk["risks"]]
        out.append(f"<h3>{esc(L('open_risks'))}</h3>")
        out.append(table([L("category"), L("description"), L("inherent"), L("residual"), L("level"),
                          L("controls"), L("owner")], rows, widths=[13, 31, 9, 9, 11, 16, 11], small=True))
    return "".join(out)


def _plan(r: SupplierReport) -> str:
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    out = [f"<h2>{esc(L('plan_draft' if r.plan_is_draft else 'plan_section'))}</h2>"]
    if not r.actions:
        return out[0] + f"<p>{esc(L('no_plan'))}</p>"
    rows = [[esc(a["id"]), esc(a["title"]), esc(a["owner"]), esc(a["start"]), esc(a["due"]),
             esc(a["status"]), num(a["percent"], lang, 0), num(a["budget"], lang, 0)] for a in r.actions]
    out.append(table(["#", L("description"), L("owner"), L("start"), L("due"), L("status"),
                      "%", L("budget")], rows, numeric={6, 7}, widths=[5, 33, 12, 11, 11, 12, 5, 11], small=True))
    if r.kpis:
        rows = [[esc(k["name"]), esc(k["unit"]), esc(L(k["direction"])), num(k["baseline"], lang),
                 num(k["target"], lang), num(k["current"], lang), esc(k["status"])] for k in r.kpis]
        out.append(f"<h3>{esc(L('kpi'))}</h3>")
        out.append(table([L("kpi"), L("unit"), L("direction"), L("baseline"), L("target"), L("current"),
                          L("status")], rows, numeric={3, 4, 5}))
    return "".join(out)


def _signatures(r: SupplierReport) -> str:
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    people = [(L("buyer"), r.buyer), (L("supplier"), r.company_name), (L("consultant"), r.consultant)]
    cells = "".join(
        f'<td width="33%" valign="bottom"><br><br><br>______________________________<br>'
        f'<b>{esc(who)}</b><br>{esc(name)}<br><span class="muted">{esc(L("signature_date"))}: ____/____/______</span></td>'
        for who, name in people)
    return (f'<h2>{esc(L("signatures"))}</h2><p>{esc(L("signature_text"))}</p>'
            f'<table width="100%" cellspacing="0" cellpadding="6"><tr>{cells}</tr></table>')

"""The value chain report and the programme report (for funders) as Qt rich-text documents."""
from __future__ import annotations

from core.reports.chain_data import ChainReport, ProgrammeReport
from core.reports.labels import label
from core.numbers import format_number
from gui.reports.charts import risk_matrix
from gui.reports.html_common import chip, esc, flat, key_values, no_data, num, table


def country_name(code: str | None, language: str) -> str | None:
    """A country's name from the catalogue (the ISO code when it has none)."""
    from core import catalogue
    return catalogue.label(f"country.{code}", language, code) if code else code


def _band_colour(score: float | None, bands) -> str | None:
    if score is None:
        return None
    chosen = None
    for b in bands:
        if b.low <= score:
            chosen = b
    return _pale(chosen.colour) if chosen else None


def _pale(colour: str) -> str:
    c = colour.lstrip("#")
    if len(c) != 6:
        return "#dddddd"
    return "#" + "".join(f"{int(int(c[k:k + 2], 16) + (255 - int(c[k:k + 2], 16)) * 0.45):02x}" for k in (0, 2, 4))


def _kpi_table(kpis, lang: str, chains: bool) -> str:
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    if not kpis:
        return no_data(lang)
    rows = []
    for k in kpis:
        row = [esc(k.name), esc(L(k.direction)), esc(L("of_suppliers", count=k.improving, total=k.measured)),
               num(k.median_change, lang), num(k.best_change, lang)]
        if chains:
            row.append(esc(L("of_chains", count=k.chains_improving or 0, total=k.chains_measured or 0)))
        rows.append(row)
    heads = [L("kpi"), L("direction"), L("improving"), L("median_change"), L("best_change")]
    return table(heads + ([L("chains_improving")] if chains else []), rows, numeric={3, 4})


def _money(co: dict, currency: str, lang: str) -> str:
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    if not co or not co.get("total"):
        return no_data(lang)
    rows = [[esc(L(key)), f"{esc(currency)} {num(co.get(part), lang, 0)}"]
            for key, part in (("co_programme", "programme"), ("co_buyer", "buyer"),
                              ("co_supplier", "supplier"), ("total", "total"))]
    return table([L("co_financing"), L("value")], rows, numeric={1}, widths=[60, 40])


def chain_html(r: ChainReport, width: float) -> tuple[str, dict, str]:
    """(HTML, images, footer title) of a value chain report."""
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    title = f"{L('title_chain')} – {r.chain}"
    images: dict = {}
    parts = [f'<p class="muted">{esc(r.programme)}</p>', f"<h1>{esc(L('title_chain'))}</h1>",
             f'<p style="font-size:14pt;"><b>{esc(r.chain)}</b></p>',
             key_values([(L("buyer"), r.buyer), (L("sector"), r.sector), (L("consultant"), r.consultant),
                         (L("suppliers"), str(len(r.suppliers)))])]
    rows, colours = [], []
    for s in r.suppliers:
        change = None if s.index is None or s.previous_index is None else s.index - s.previous_index
        rows.append([esc(s.name), esc(s.size_class), num(s.index, lang),
                     esc(s.band.label) if s.band else "–", num(s.previous_index, lang),
                     (("+" if change and change > 0 else "") + num(change, lang)) if change is not None else "–",
                     str(s.critical_gaps if s.critical_gaps is not None else "–"), esc(s.risk_level or "–"),
                     num(s.plan_percent, lang, 0)])
        colours.append([None, None, None, _pale(s.band.colour) if s.band else None, None, None, None,
                        _pale(s.risk_colour) if s.risk_colour else None, None])
    parts.append(f"<h2>{esc(L('side_by_side'))}</h2>")
    parts.append(table([L("supplier"), L("size_class"), L("index"), L("band"), L("first_index"), L("change"),
                        L("critical_gaps"), L("level"), L("percent")], rows, numeric={2, 4, 5, 6, 8},
                       widths=[25, 9, 8, 15, 9, 8, 8, 10, 8], cell_colours=colours, small=True))
    if r.areas:
        heads = [L("supplier")] + [a[1] for a in r.areas]
        rows, colours = [], []
        for s in r.suppliers:
            values = [s.area_scores.get(a[0]) for a in r.areas]
            rows.append([esc(s.name)] + [num(v, lang, 0) for v in values])
            colours.append([None] + [_band_colour(v, r.bands) for v in values])
        parts.append(f"<h2>{esc(L('heat_map'))}</h2>")
        rest = (78 // max(1, len(r.areas)))
        parts.append(table(heads, rows, numeric=set(range(1, len(heads))), cell_colours=colours,
                           widths=[100 - rest * len(r.areas)] + [rest] * len(r.areas), small=True))
        parts.append("<p class='small'>" + " &nbsp; ".join(
            chip(f"{b.label}: {format_number(b.low, lang, 0)}–{format_number(b.high, lang, 0)}", _pale(b.colour))
            for b in r.bands) + "</p>")
    if r.risk_map and any(any(row) for row in r.risk_map["counts"]):
        images["img://risk"] = risk_matrix(r.risk_map["grid"], r.risk_map["likelihood"],
                                           r.risk_map["severity"], None, (L("likelihood"), L("severity")),
                                           size=(1400, 900), counts=r.risk_map["counts"])
        parts.append(f"<h2>{esc(L('risk_map'))}</h2><p class='small muted'>"
                     f"{esc(L('risk_map_text', matrix=flat(r.risk_map['matrix'])))}</p>")
        parts.append(f'<p align="center"><img src="img://risk" width="{int(width * 0.6)}"></p>')
    parts.append(f'<h2>{esc(L("plan_progress"))}</h2>')
    rows = [[esc(s.name), f"{s.done} / {s.actions}", num(s.plan_percent, lang, 0), num(s.plan_planned, lang, 0),
             str(s.overdue)] for s in r.suppliers if s.actions]
    parts.append(table([L("supplier"), L("actions_done"), L("percent"), L("planned"), L("overdue")], rows,
                       numeric={1, 2, 3, 4}, widths=[44, 14, 14, 14, 14]) if rows else no_data(lang))
    parts.append(_money(r.co_financing, r.currency, lang))
    parts.append(f"<h2>{esc(L('kpi_results'))}</h2>" + _kpi_table(r.kpis, lang, chains=False))
    if r.phases:
        rows = [[esc(L(f"phase_{p['phase']}")), esc(p.get("planned_start")), esc(p.get("planned_end")),
                 esc(p.get("actual_start")), esc(p.get("actual_end")), esc(L(f"phase_{p.get('status')}"))]
                for p in r.phases]
        parts.append(f"<h2>{esc(L('phases'))}</h2>")
        actual = L("actual")
        parts.append(table([L("phase"), L("start"), L("due"), f"{L('start')} ({actual})",
                            f"{L('due')} ({actual})", L("status")], rows, widths=[30, 13, 13, 15, 15, 14]))
    return "".join(parts), images, title


def programme_html(r: ProgrammeReport, width: float) -> tuple[str, dict, str]:
    """(HTML, images, footer title) of the programme report for funders."""
    lang = r.language
    L = lambda key, **kw: label(key, lang, **kw)  # noqa: E731
    title = f"{L('title_programme')} – {r.programme}"
    parts = [f"<h1>{esc(L('title_programme'))}</h1>", f'<p style="font-size:14pt;"><b>{esc(r.programme)}</b></p>',
             key_values([(L("country"), country_name(r.country, lang) or "–"), (L("chains"), str(len(r.chains))),
                         (L("suppliers"), str(r.total.suppliers))])]
    heads = [L("chain"), L("suppliers"), L("assessed"), L("first_index"), L("index"), L("change"),
             L("percent"), L("certified")]
    rows, band_rows = [], []
    for c in r.chains + [r.total]:
        change = None if c.average_index is None or c.average_first is None else c.average_index - c.average_first
        row = [esc(c.chain), str(c.suppliers), str(c.assessed), num(c.average_first, lang),
               num(c.average_index, lang),
               (("+" if change and change > 0 else "") + num(change, lang)) if change is not None else "–",
               num(c.plan_percent, lang, 0), str(c.certified)]
        bands = [esc(c.chain)] + [str(c.band_counts.get(b.name, 0)) for b in r.bands]
        if c is r.total:
            row, bands = [f"<b>{v}</b>" for v in row], [f"<b>{v}</b>" for v in bands]
        rows.append(row)
        band_rows.append(bands)
    parts.append(f"<h2>{esc(L('chain_results'))}</h2>")
    parts.append(table(heads, rows, numeric=set(range(1, len(heads))),
                       widths=[22, 12, 12, 10, 9, 10, 11, 14], small=True))
    if r.bands:
        rest = 60 // len(r.bands)
        parts.append(f"<h3>{esc(L('bands_chart'))}</h3>")
        parts.append(table([L("chain")] + [b.label for b in r.bands], band_rows,
                           numeric=set(range(1, len(r.bands) + 1)),
                           widths=[100 - rest * len(r.bands)] + [rest] * len(r.bands), small=True,
                           header_colours=[None] + [b.colour for b in r.bands]))
    parts.append(f"<h2>{esc(L('kpi_results'))}</h2>" + _kpi_table(r.kpis, lang, chains=True))
    parts.append(f"<h2>{esc(L('co_financing'))}</h2>" + _money(r.co_financing, r.currency, lang))
    parts.append(f'<h2>{esc(L("certification_list"))}</h2>')
    rows, colours = [], []
    for c in r.certification:
        ok = c["certified"]
        rows.append([esc(c["name"]), esc(c["chain"]), esc(L("yes" if ok else "no")),
                     "<br>".join(esc(x) for x in c["reasons"] + _decision(c.get("decision"), lang)) or "–"])
        colours.append([None, None, "#c6efce" if ok else "#f8cbad", None])
    parts.append(table([L("supplier"), L("chain"), L("certified"), L("pending_reasons")], rows,
                       widths=[24, 26, 10, 40], cell_colours=colours) if rows else no_data(lang))
    return "".join(parts), {}, title


def _decision(decision: dict | None, language: str) -> list[str]:
    """The consultant's recorded decision on a supplier, as a line of the certification list."""
    if not decision or not decision.get("decision"):
        return []
    from core.messages import message
    return [message("plans.certified_by", language,
                    decision=message(f"plans.decision_{decision['decision']}", language),
                    date=decision.get("decided_on") or "", note=decision.get("note") or "").strip()]

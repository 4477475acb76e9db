"""Printed outputs of the directory: a supplier catalogue for business fairs (one entry per
supplier) and a buyer's shortlist for a demand (the demand, the ranked suppliers and why)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core import catalogue
from gui.reports.html_common import esc, key_values, num, table

BAND_COLOURS = {"not_ready": "#f4cccc", "developing": "#fff2cc", "linkage_ready": "#b6d7a8"}


def _t(code: str, language: str, **params) -> str:
    return catalogue.text(code, language, **params)


@dataclass
class CatalogueReport:
    """The directory as a printed catalogue (``rows`` from core.directory.service)."""
    programme: str
    rows: list[dict]
    language: str
    code_labels: dict[str, str] = field(default_factory=dict)
    today: date = field(default_factory=date.today)

    def to_html(self, width: float) -> tuple[str, dict, str]:
        lang = self.language
        title = _t("directory.catalogue_title", lang, programme=self.programme)
        out = [f"<h1>{esc(title)}</h1>",
               f'<p class="muted">{esc(_t("directory.catalogue_intro", lang, count=len(self.rows)))}</p>']
        for r in self.rows:
            colour = BAND_COLOURS.get(r["band"] or "", "#eeeeee")
            index = "–" if r["index"] is None else num(r["index"], lang, 1)
            out.append(f'<h2>{esc(r["name"] or r["company_id"])} '
                       f'<span class="muted small">({esc(r["company_id"])})</span></h2>')
            out.append(f'<p><span style="background-color:{colour};">&nbsp;{esc(r["band_label"] or "–")}'
                       f'&nbsp;</span> &nbsp; {esc(_t("directory.col.index", lang))} {index}'
                       f' &nbsp;·&nbsp; {esc(_t("directory.col.risk_label", lang))}: '
                       f'{esc(r["risk_label"] or "–")}</p>')
            codes = ", ".join(f"{c} {self.code_labels.get(c) or self.code_labels.get(c[:2], '')}".strip()
                              for c in r["codes"])
            pairs = [(_t("directory.col.products", lang), "; ".join(r["products"])),
                     (_t("directory.col.processes", lang), "; ".join(r["processes"])),
                     (_t("directory.col.codes", lang), codes),
                     (_t("directory.col.certifications", lang), ", ".join(r["certifications"])),
                     (_t("directory.col.region", lang),
                      ", ".join(x for x in (r["municipality"], r["region"]) if x)),
                     (_t("directory.col.verified_on", lang),
                      (r["verified_on"] or "–") + (" " + _t("directory.stale_mark", lang)
                                                  if r["stale"] else ""))]
            out.append(key_values([(k, v) for k, v in pairs if v]))
        return "".join(out), {}, title


@dataclass
class ShortlistReport:
    """A buyer's shortlist (``report`` from core.directory.service.match_report)."""
    report: dict
    buyer_name: str | None
    language: str
    today: date = field(default_factory=date.today)

    def to_html(self, width: float) -> tuple[str, dict, str]:
        lang, d = self.language, self.report["demand"]
        title = _t("directory.shortlist_title", lang, demand=d["id"], title=d["title"])
        facts = [(_t(f"directory.field.{k}", lang), v) for k, v in (
            ("buyer", f"{self.buyer_name or ''} ({d['buyer_id']})"),
            ("description", d["description"]), ("codes", ", ".join(d["codes"])),
            ("processes", "; ".join(d["processes"])),
            ("required_certs", ", ".join(d["required_certs"])),
            ("preferred_certs", ", ".join(d["preferred_certs"])), ("min_band", d.get("min_band_label") or d["min_band"]),
            ("max_risk", d.get("max_risk_label") or d["max_risk"]), ("volume", d["volume"]), ("frequency", d["frequency"]),
            ("region", d["region"]), ("deadline", d["deadline"])) if v]
        rows = [[str(m["rank"]), f'{esc(m["name"] or m["company_id"])}<br/>'
                 f'<span class="muted">{esc(m["company_id"])}</span>',
                 esc(m["status_label"]), num(m["score"], lang, 1), esc(m["explanation"])]
                for m in self.report["matches"]]
        headers = [_t(f"directory.col.{c}", lang)
                   for c in ("rank", "name", "status_label", "score", "explanation")]
        html = (f"<h1>{esc(title)}</h1>" + key_values(facts) +
                f"<h2>{esc(_t('directory.sheet_matches', lang))}</h2>" +
                table(headers, rows, numeric={0, 3}, widths=[8, 22, 13, 9, 48], small=True))
        return html, {}, title


def write_catalogue_pdf(project, rows: list[dict], path, language: str,
                        paper: str = "a4") -> Path:
    """The printed catalogue of ``rows`` (the directory as filtered) to ``path``."""
    from core.directory.classification import code_label
    from gui.reports.pdf import write_pdf
    data = CatalogueReport(project.programme.name, rows, language,
                           code_label(project.conn, language))
    return write_pdf(data, path, paper)


def write_shortlist_pdf(project, report: dict, path, language: str, paper: str = "a4") -> Path:
    from gui.reports.pdf import write_pdf
    buyer = project.company(report["demand"]["buyer_id"])
    return write_pdf(ShortlistReport(report, buyer.name if buyer else None, language), path, paper)

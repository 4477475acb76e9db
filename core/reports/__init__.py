"""Templates, results workbooks, CSV exports and the data behind PDF reports.

- :mod:`~core.reports.template`: a survey template workbook from any toolkit (round-trips).
- :mod:`~core.reports.results_workbook` / :mod:`~core.reports.csv_export`: programme results.
- :mod:`~core.reports.report_data`: everything a PDF report shows, computed here (no Qt);
  ``gui.reports.pdf`` only lays it out.
- :mod:`~core.reports.safe_cells`: user text never becomes a formula (xlsx) or one (CSV).
"""
from core.reports import labels as _labels  # noqa: F401  (registers the sentences)

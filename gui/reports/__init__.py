"""PDF reports drawn with Qt (``QPdfWriter`` + ``QTextDocument``); the data comes from
:mod:`core.reports`. Entry points: :func:`gui.reports.pdf.write_pdf`,
:func:`gui.reports.pdf.write_chain_batch`, :func:`gui.reports.pdf.render_png`."""

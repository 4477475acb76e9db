"""Encadena's analysis core: toolkits, survey import, scoring, project store, risk, plans.

Pure Python (pandas, openpyxl, python-calamine, SQLite). Never imports Qt or pyqtgraph.
"""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("encadena")
except PackageNotFoundError:  # running from a bundle or a bare checkout
    __version__ = "0.1.0"

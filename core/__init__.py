"""Encadena's analysis core: toolkits, survey import, scoring, project store, risk, plans.

Pure Python (pandas, openpyxl, python-calamine, SQLite). Never imports Qt or pyqtgraph.
"""
from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is looked up lazily: importlib.metadata costs ~0.1-0.3 s at start-up,
    # which every headless command would otherwise pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("encadena")
        except PackageNotFoundError:  # a bundle or a bare checkout: read pyproject.toml
            import tomllib
            from pathlib import Path

            pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
            if pyproject.exists():
                return tomllib.loads(pyproject.read_text())["project"]["version"]
            return "0.0.0"
    raise AttributeError(name)

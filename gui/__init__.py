"""The desktop workbench (PySide6 + pyqtgraph). ``core`` never imports this package."""
from gui import qtfixes as _qtfixes  # noqa: F401 - binding work-arounds, before any widget exists

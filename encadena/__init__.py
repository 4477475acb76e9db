"""The top of the structure: the ``encadena`` command, which may import both layers.

launcher (this package) -> :mod:`gui` (the desktop workbench) -> :mod:`core` (headless analysis).
Nothing below imports upwards (import-linter contracts in ``pyproject.toml``).
"""

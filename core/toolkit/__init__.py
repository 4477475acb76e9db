"""Diagnostic toolkits: the model, loading and validating workbooks, and the toolkit registry."""
from __future__ import annotations

from core.toolkit.loader import load_toolkit
from core.toolkit.model import Toolkit

__all__ = ["Toolkit", "load_toolkit"]

"""Diagnostic toolkits: the model, loading and validating workbooks, and the toolkit registry."""
from __future__ import annotations

from core.toolkit.loader import load_toolkit
from core.toolkit.model import Toolkit
from core.toolkit.registry import (
                                   ToolkitRegistry,
                                   ToolkitSummary,
                                   default_registry,
                                   get_toolkit,
                                   list_toolkits,
)

__all__ = ["Toolkit", "ToolkitRegistry", "ToolkitSummary", "default_registry", "get_toolkit",
           "list_toolkits", "load_toolkit"]

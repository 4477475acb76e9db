"""Data-quality flags on every import, and toolkit label warnings.

``quality_flags(QualityInput(toolkit, survey, scores, settings, previous_index))`` runs the rules
of :mod:`core.quality.rules`; flags are stored with the assessments (:mod:`core.quality.store`),
never block anything, and each names its rule, the value seen and the threshold.
"""
from core.quality.flags import Flag, QualityFlags, RuleHits
from core.quality.rules import RULES, QualityInput, quality_flags
from core.quality.settings import DEFAULTS, QualitySettings, read_settings

__all__ = ["Flag", "QualityFlags", "RuleHits", "RULES", "QualityInput", "quality_flags",
           "DEFAULTS", "QualitySettings", "read_settings"]

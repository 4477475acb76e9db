"""Reading survey answers (spec section 2): header detection, column matching, value parsing."""
from core.survey.importer import import_survey
from core.survey.model import CellError, ColumnMatch, ImportOptions, MappingReport, SurveyData

__all__ = ["import_survey", "CellError", "ColumnMatch", "ImportOptions", "MappingReport", "SurveyData"]

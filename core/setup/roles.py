"""Column roles live in the survey layer (:mod:`core.survey.roles`); re-exported here."""
from core.survey.roles import (CONSULTANT, DATE, ID, NAME, RECOGNISED, RECORD_FIELDS, fold,  # noqa: F401
                               parse_column_options, recognise, role_name, user_column)

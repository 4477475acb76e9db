"""The tables this package edits beyond the base ones (registered for :mod:`core.edits`)."""
from core.edits import register_table

register_table("chain_membership_history", ("uid",))
# An import is removed with everything it added: these rows become editable (and undoable) too.
register_table("imports", ("id",))
register_table("assessments", ("id",))
register_table("assessment_answers", ("assessment_id",))
register_table("area_scores", ("assessment_id", "area"))

"""Risk matrices, supplier risk registers, derived risks and classification.

- :mod:`core.risk.matrix`: :class:`RiskMatrix` definitions (JSON; built-ins 3x3, 4x4, 5x5, 6x6).
- :mod:`core.risk.register`: the register as a DataFrame, :class:`Risk`, decisions, reviews.
- :mod:`core.risk.rules`: editable rules that derive risks from project data, vectorised.
- :mod:`core.risk.classify`: supplier levels, heat maps, classification history.
- :mod:`core.risk.store`: persistence in the project file (schema ``002_risk.sql``):
  ``effective_register(conn)`` (hand-entered + derived risks, decisions applied), ``save_risk``,
  ``decide``, ``project_matrix``, ``set_setting``.
- :mod:`core.risk.history`: classification recorded per date and its change between dates.
- :mod:`core.risk.matrix_workbook`: matrices as editable workbooks.
- :mod:`core.risk.merge`: ``merge_risks(conn, src)`` for project merge.
- :mod:`core.risk.report`: the JSON / text views the command line prints.
"""
from core.risk import messages as _messages  # noqa: F401  (registers the message catalogue)

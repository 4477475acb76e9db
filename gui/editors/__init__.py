"""Inline editor panels of the plan, KPI, risk and certification pages (one file each).

They collect values and hand them to the page, which builds a core :class:`core.edits.Edit`
and pushes it on the programme's one undo stack; a panel never writes to the project itself.
"""

"""Setting up and keeping a programme: value chains, their anchors and phases, company records,
import bookkeeping and results by group. Every change is a :class:`core.edits.Edit`, so the
workbench (undo stack) and the command line apply the same edits with the same audit rows."""

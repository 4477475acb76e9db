"""The workbench for a team: open a server programme, sync it with status, settle sync conflicts.

Everything here reads and drives :mod:`core.sync.api` (the engine's contract); nothing here
decides what a change or a conflict is.
"""

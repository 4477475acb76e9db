-- The programme read-model kept in the project (core.programme.stored), so that opening a big
-- programme reads one copy instead of recomputing risk levels, plan progress and area scores.
-- Every write to a table the read-model is built from marks the copy stale, through triggers:
-- whoever writes (the GUI, the CLI, an import, a merge, an undo), the copy is never trusted
-- after a change. Candidate for migration 009_readmodel.sql (created on first use until then).
CREATE TABLE IF NOT EXISTS readmodel_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    fresh    INTEGER NOT NULL DEFAULT 0,      -- 1: no source table changed since the copy
    stamp    INTEGER NOT NULL DEFAULT 0,      -- bumped when a build starts
    as_of    TEXT,                            -- the day the copy was computed for
    layout   TEXT,                            -- core.programme.stored.LAYOUT of the copy
    rows     INTEGER
);
INSERT OR IGNORE INTO readmodel_state (id) VALUES (1);
CREATE TABLE IF NOT EXISTS readmodel_columns (
    position INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('float', 'int', 'bool', 'str', 'object')),
    data     BLOB NOT NULL      -- float/int: little-endian 8-byte numbers; else a JSON array
);

-- 010: a replica of a server programme (core/sync/). A normal project file plus what it needs to
-- sync: which server and user, how far it has read the server's log, each record's hash at the
-- last sync (local changes are the records whose hash differs: no triggers, so every writer is
-- covered) and the conflicts waiting for a decision. Empty in a project that is not a replica.

CREATE TABLE sync_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    server          TEXT NOT NULL,             -- the server URL without any password
    role            TEXT NOT NULL,             -- the PostgreSQL role the replica syncs as
    kind            TEXT NOT NULL,             -- consultant | manager | funder
    chains          TEXT NOT NULL DEFAULT '[]',-- JSON: uids of the value chains held (empty: all)
    programme_uid   TEXT NOT NULL,
    last_seq        INTEGER NOT NULL DEFAULT 0,-- the server's sync_log read up to here
    last_sync_at    TEXT,
    pending_push_id TEXT,                      -- a push sent but not yet acknowledged ...
    pending_payload TEXT                       -- ... and exactly what it sent (a retry resends it)
);

CREATE TABLE sync_base (
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,                  -- core.sync.records key (JSON)
    row_hash   TEXT NOT NULL,
    PRIMARY KEY (table_name, record_key)
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    base        TEXT,                          -- JSON record at the last sync (null: did not exist)
    mine        TEXT,                          -- null: deleted here
    theirs      TEXT,                          -- null: deleted on the server
    theirs_hash TEXT,
    found_at    TEXT NOT NULL,
    UNIQUE (table_name, record_key)
);

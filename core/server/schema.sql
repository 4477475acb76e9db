-- The programme server's own tables (PostgreSQL only; a laptop's project file never has them).
-- Run by `encadena server init` after the shared migrations (core/project/schema, translated by
-- core.store.dialect). Row-level security on these and on the programme's tables: core/server/security.py.

-- Which programme this database holds (one per database).
CREATE TABLE IF NOT EXISTS server_meta (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    programme_uid TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT
);

-- The people of the programme: one PostgreSQL role each (`encadena server user add`).
CREATE TABLE IF NOT EXISTS server_users (
    role_name  TEXT PRIMARY KEY,                       -- the PostgreSQL role
    kind       TEXT NOT NULL CHECK (kind IN ('consultant', 'manager', 'funder')),
    chains     TEXT[] NOT NULL DEFAULT '{}',           -- value-chain uids a consultant works on
    created_at TEXT NOT NULL
);

-- Every change a push applied, in commit order: what a pull reads "since the last sync".
-- company_id / chain_uid say whose record it is, so row-level security can hide the entry from
-- those who may not see the record (a deleted record's key included).
CREATE TABLE IF NOT EXISTS sync_log (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,                          -- core.sync.records key, as JSON
    row_hash   TEXT,                                   -- null: the record was deleted
    push_id    TEXT NOT NULL,
    company_id TEXT,
    chain_uid  TEXT,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    row_data   TEXT                                    -- the record as JSON (null: deleted)
);
-- A server created before the record travelled in its log entry.
ALTER TABLE sync_log ADD COLUMN IF NOT EXISTS row_data TEXT;
CREATE INDEX IF NOT EXISTS sync_log_record ON sync_log (table_name, record_key);

-- Pushes already applied, by the id the client chose: a push retried after a cut connection
-- finds its id here and gets the same answer without applying anything twice.
CREATE TABLE IF NOT EXISTS sync_pushes (
    push_id   TEXT PRIMARY KEY,
    role_name TEXT NOT NULL DEFAULT current_user,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    result    TEXT NOT NULL                            -- JSON: the answer given to the client
);

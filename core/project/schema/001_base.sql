-- 001: the programme, its value chains, companies, stored toolkits, imports and assessments.
-- Portable SQL: plain types, no SQLite-only syntax, so a PostgreSQL mode is a change of connection.
-- Dates are ISO text (YYYY-MM-DD); times are ISO UTC text. Rows that travel between files by
-- merge carry a `uid` (random, stable); integer ids are local to one file.

CREATE TABLE programme (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    uid            TEXT NOT NULL,
    name           TEXT NOT NULL,
    country        TEXT,
    currency       TEXT NOT NULL DEFAULT 'USD',
    usd_rate       REAL NOT NULL DEFAULT 1,          -- programme currency per US$ (size classes)
    number_format  TEXT NOT NULL DEFAULT 'point' CHECK (number_format IN ('point', 'comma')),
    size_scheme    TEXT NOT NULL DEFAULT 'world_bank',
    size_basis     TEXT NOT NULL DEFAULT 'both' CHECK (size_basis IN ('employees', 'sales', 'both')),
    gni_per_capita REAL,                             -- US$ at PPP, for the 10-1,000 x GNI rule
    created_at     TEXT NOT NULL,
    created_by     TEXT
);

CREATE TABLE companies (
    id                   TEXT PRIMARY KEY,           -- the programme's company code
    name                 TEXT,
    tax_id               TEXT,
    country              TEXT,
    sector               TEXT,
    role                 TEXT NOT NULL DEFAULT 'supplier' CHECK (role IN ('buyer', 'supplier')),
    employees            INTEGER CHECK (employees >= 0),
    annual_sales         REAL CHECK (annual_sales >= 0),     -- programme currency
    supplied_criticality INTEGER CHECK (supplied_criticality BETWEEN 1 AND 5),  -- highest item
    largest_client_share REAL CHECK (largest_client_share BETWEEN 0 AND 1),
    contact              TEXT,
    consultant           TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    origin               TEXT,                       -- who / which file created the record
    -- The latest current assessment, copied here so listing 100,000 companies is one flat read;
    -- kept in step by core.project.latest.refresh_latest() and verified by `project check`.
    latest_index         REAL,
    latest_band          TEXT,
    latest_coverage      REAL,
    latest_gaps          INTEGER,
    latest_date          TEXT,
    latest_round         INTEGER,
    latest_toolkit       TEXT,
    open_conflicts       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE supplied_items (
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    item        TEXT NOT NULL,
    criticality INTEGER CHECK (criticality BETWEEN 1 AND 5),
    PRIMARY KEY (company_id, item)
);

CREATE TABLE value_chains (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    sector     TEXT,
    anchor_id  TEXT REFERENCES companies(id),
    consultant TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE chain_members (
    chain_id   INTEGER NOT NULL REFERENCES value_chains(id) ON DELETE CASCADE,
    company_id TEXT NOT NULL REFERENCES companies(id),
    PRIMARY KEY (chain_id, company_id)
);
CREATE INDEX chain_members_company ON chain_members(company_id);

CREATE TABLE chain_phases (
    chain_id  INTEGER NOT NULL REFERENCES value_chains(id) ON DELETE CASCADE,
    phase     TEXT NOT NULL CHECK (phase IN ('formalisation', 'diagnosis', 'validation',
                                             'improvement_plan', 'implementation', 'documentation')),
    starts_on TEXT,
    ends_on   TEXT,
    PRIMARY KEY (chain_id, phase)
);

-- The toolkit workbook each assessment was scored with, by content hash: re-scoring is exact
-- even after the toolkit on disk changes.
CREATE TABLE toolkits (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    toolkit_id TEXT NOT NULL,
    version    TEXT NOT NULL,
    title      TEXT,
    workbook   BLOB NOT NULL,
    added_at   TEXT NOT NULL
);

CREATE TABLE imports (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    sheet          TEXT,
    imported_at    TEXT NOT NULL,
    imported_by    TEXT,
    toolkit_sha256 TEXT REFERENCES toolkits(sha256),
    row_count      INTEGER NOT NULL DEFAULT 0,
    added          INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    unchanged      INTEGER NOT NULL DEFAULT 0,
    conflicts      INTEGER NOT NULL DEFAULT 0,
    errors         INTEGER NOT NULL DEFAULT 0,
    answer_items   TEXT,                             -- JSON array: item of each answer position
    metadata_items TEXT,                             -- JSON array: Kobo/ODK columns kept
    options        TEXT,                             -- JSON: import options (decimal comma, sheet, ...)
    mapping        TEXT,                             -- JSON: the column mapping used
    error_list     TEXT,                             -- JSON: the cell errors
    origin_file    TEXT                              -- set when the record arrived by merge
);
CREATE INDEX imports_sha ON imports(sha256);

CREATE TABLE assessments (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    company_id         TEXT NOT NULL REFERENCES companies(id),
    toolkit_ref        INTEGER NOT NULL REFERENCES toolkits(id),   -- the exact workbook used
    toolkit_id         TEXT NOT NULL,                -- its id, part of the assessment's key
    assessed_on        TEXT NOT NULL,
    round              INTEGER,
    consultant         TEXT,
    status             TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'conflict')),
    conflicts_with     INTEGER REFERENCES assessments(id),
    import_id          INTEGER REFERENCES imports(id),
    source_row         INTEGER,
    kobo_uuid          TEXT,
    answers_hash       TEXT NOT NULL,                -- of the answers: equal answers, equal hash
    score_index        REAL,
    band               TEXT,
    coverage           REAL,
    critical_gaps      TEXT,                         -- item names separated by spaces
    critical_gap_count INTEGER NOT NULL DEFAULT 0
);
-- One current assessment per company, date and toolkit; conflicting ones wait beside it.
-- The same index finds a company's latest assessment (company_id, then assessed_on).
CREATE UNIQUE INDEX assessments_key ON assessments(company_id, assessed_on, toolkit_id)
    WHERE status = 'current';
CREATE INDEX assessments_conflicts ON assessments(company_id) WHERE status = 'conflict';

-- Answers apart from the scores, so listings read small rows. A JSON array of canonical answer
-- texts aligned with imports.answer_items of the assessment's import.
CREATE TABLE assessment_answers (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
    answers       TEXT NOT NULL,
    metadata      TEXT                              -- JSON array aligned with imports.metadata_items
);

CREATE TABLE area_scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    area          TEXT NOT NULL,
    score         REAL,                               -- null: not enough answers
    coverage      REAL,
    PRIMARY KEY (assessment_id, area)
) WITHOUT ROWID;   -- SQLite: the key is the table (half the size); other databases drop the clause

CREATE TABLE merges (
    id          INTEGER PRIMARY KEY,
    source_file TEXT NOT NULL,
    source_uid  TEXT NOT NULL,
    source_name TEXT,
    merged_at   TEXT NOT NULL,
    merged_by   TEXT,
    added       INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    conflicts   INTEGER NOT NULL DEFAULT 0
);

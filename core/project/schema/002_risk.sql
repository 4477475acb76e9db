-- 002: risk registers (core/risk/). Portable SQL, ISO text dates, like 001.
-- Derived risks are not stored: they are re-derived from the project data by editable rules,
-- and the consultant's decision on each one is kept in risk_decisions, so re-deriving never
-- overwrites a decision. Rows that travel between files by merge carry a `uid`.

-- The project's own copy of its matrix and rules (JSON), so the file is self-contained.
CREATE TABLE risk_settings (
    key        TEXT PRIMARY KEY CHECK (key IN ('matrix', 'rules')),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Risks entered by hand, one row per (company, risk id).
CREATE TABLE risks (
    uid                 TEXT NOT NULL UNIQUE,
    company_id          TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    risk_id             TEXT NOT NULL,
    category            TEXT NOT NULL,
    description         TEXT,
    cause               TEXT,
    inherent_likelihood INTEGER NOT NULL CHECK (inherent_likelihood BETWEEN 1 AND 6),
    inherent_severity   INTEGER NOT NULL CHECK (inherent_severity BETWEEN 1 AND 6),
    controls            TEXT,                -- one per line; 'action:<uid>' links a plan action
    residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 6),  -- null: = inherent
    residual_severity   INTEGER CHECK (residual_severity BETWEEN 1 AND 6),
    owner               TEXT,
    status              TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'mitigated', 'closed', 'accepted')),
    last_review         TEXT,
    next_review         TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT,
    PRIMARY KEY (company_id, risk_id)
);

-- Accept / edit / dismiss of a derived risk. Edit columns left null keep the derived value.
CREATE TABLE risk_decisions (
    uid                 TEXT NOT NULL UNIQUE,
    company_id          TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    risk_id             TEXT NOT NULL,       -- '<rule id>:<category>'
    decision            TEXT NOT NULL CHECK (decision IN ('accept', 'edit', 'dismiss')),
    category            TEXT,
    description         TEXT,
    cause               TEXT,
    inherent_likelihood INTEGER,
    inherent_severity   INTEGER,
    controls            TEXT,
    residual_likelihood INTEGER,
    residual_severity   INTEGER,
    owner               TEXT,
    status              TEXT,
    last_review         TEXT,
    next_review         TEXT,
    derived_likelihood  INTEGER,             -- what the rule proposed when the decision was taken
    derived_severity    INTEGER,
    decided_at          TEXT NOT NULL,
    decided_by          TEXT,
    PRIMARY KEY (company_id, risk_id)
);

-- Classification history: each supplier's level as recorded on a date.
CREATE TABLE risk_classifications (
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    as_of       TEXT NOT NULL,
    basis       TEXT NOT NULL DEFAULT 'residual' CHECK (basis IN ('inherent', 'residual')),
    level       TEXT,                        -- null: no open risk
    level_rank  INTEGER NOT NULL,            -- -1: no open risk
    likelihood  INTEGER,
    severity    INTEGER,
    score       REAL,
    open_risks  INTEGER NOT NULL DEFAULT 0,
    matrix_id   TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (company_id, as_of, basis)
);
CREATE INDEX risk_classifications_date ON risk_classifications(as_of);

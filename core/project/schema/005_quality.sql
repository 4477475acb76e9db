-- 005: data-quality flags (core/quality/). A flag never blocks an import: it tells the
-- consultant which responses to look at again. One row per (assessment, rule).

CREATE TABLE quality_flags (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    code          TEXT NOT NULL,                -- flag.duplicate_company, flag.short_interview, ...
    value         TEXT,                         -- JSON: what the response showed
    threshold     TEXT,                         -- JSON: the limit it crossed
    PRIMARY KEY (assessment_id, code)
);
CREATE INDEX quality_flags_code ON quality_flags(code);

-- The programme's thresholds (a row overrides the built-in default of that setting).
CREATE TABLE quality_settings (
    name       TEXT PRIMARY KEY,
    value      REAL NOT NULL,
    updated_at TEXT NOT NULL
);

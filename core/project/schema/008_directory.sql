-- 008: supplier directory and matchmaking (core/directory/). Capability profiles of suppliers,
-- buyers' demand specifications, and the match pipeline up to a first transaction.
-- Portable SQL like 001, except the full-text index (SQLite FTS5), which is a derived index:
-- rebuilt from the profile tables whenever they change (directory_dirty), never merged or synced.

CREATE TABLE capability_profiles (
    company_id        TEXT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
    uid               TEXT NOT NULL UNIQUE,
    products          TEXT,                      -- products and services, one per line
    processes         TEXT,                      -- one per line
    monthly_capacity  TEXT,
    region            TEXT,
    municipality      TEXT,
    exports           INTEGER CHECK (exports IN (0, 1)),
    export_markets    TEXT,
    verified_on       TEXT,                      -- ISO date the profile was last verified
    updated_at        TEXT NOT NULL
);

CREATE TABLE capability_codes (
    company_id TEXT NOT NULL REFERENCES capability_profiles(company_id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (company_id, code)
);

CREATE TABLE capability_machines (
    company_id TEXT NOT NULL REFERENCES capability_profiles(company_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    machine    TEXT NOT NULL,
    capacity   TEXT,
    year       INTEGER CHECK (year BETWEEN 1900 AND 2200),
    PRIMARY KEY (company_id, position)
);

CREATE TABLE capability_certs (
    company_id TEXT NOT NULL REFERENCES capability_profiles(company_id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    expires_on TEXT,
    PRIMARY KEY (company_id, name)
);

-- A programme's own classification (e.g. a chamber's sector catalogue); empty = ISIC Rev.4.
CREATE TABLE classification_codes (
    code     TEXT PRIMARY KEY,
    label_en TEXT,
    label_es TEXT,
    label_pt TEXT
);

CREATE TABLE demands (
    id          TEXT PRIMARY KEY,                -- D001, D002, ...
    uid         TEXT NOT NULL UNIQUE,
    buyer_id    TEXT NOT NULL REFERENCES companies(id),
    title       TEXT NOT NULL,
    description TEXT,
    min_band    TEXT,
    max_risk    TEXT,
    volume      TEXT,
    frequency   TEXT,
    region      TEXT,
    deadline    TEXT,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE demand_terms (
    demand_id TEXT NOT NULL REFERENCES demands(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('code', 'process', 'require_cert', 'prefer_cert')),
    value     TEXT NOT NULL,
    PRIMARY KEY (demand_id, kind, value)
);

CREATE TABLE match_pipeline (
    demand_id  TEXT NOT NULL REFERENCES demands(id) ON DELETE CASCADE,
    company_id TEXT NOT NULL REFERENCES companies(id),
    stage      TEXT NOT NULL CHECK (stage IN ('shortlisted', 'contacted', 'meeting', 'trial_order',
                                               'linkage', 'closed')),
    stage_on   TEXT NOT NULL,
    value      REAL CHECK (value >= 0),            -- the first transaction's value (linkage)
    reason     TEXT,                               -- why it was closed
    updated_at TEXT NOT NULL,
    PRIMARY KEY (demand_id, company_id)
);

CREATE TABLE directory_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL                            -- JSON
);

CREATE VIRTUAL TABLE directory_fts USING fts5(
    company_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');

-- Not "INSERT OR IGNORE": the statement that fires a trigger imposes its own conflict handling
-- (an upsert of companies would fail on a duplicate here).
CREATE TABLE directory_dirty (company_id TEXT PRIMARY KEY);

CREATE TRIGGER directory_dirty_profile_i AFTER INSERT ON capability_profiles
BEGIN INSERT INTO directory_dirty SELECT NEW.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.company_id); END;
CREATE TRIGGER directory_dirty_profile_u AFTER UPDATE ON capability_profiles
BEGIN INSERT INTO directory_dirty SELECT NEW.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.company_id); END;
CREATE TRIGGER directory_dirty_profile_d AFTER DELETE ON capability_profiles
BEGIN INSERT INTO directory_dirty SELECT OLD.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = OLD.company_id); END;
CREATE TRIGGER directory_dirty_codes_i AFTER INSERT ON capability_codes
BEGIN INSERT INTO directory_dirty SELECT NEW.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.company_id); END;
CREATE TRIGGER directory_dirty_codes_d AFTER DELETE ON capability_codes
BEGIN INSERT INTO directory_dirty SELECT OLD.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = OLD.company_id); END;
CREATE TRIGGER directory_dirty_machines_i AFTER INSERT ON capability_machines
BEGIN INSERT INTO directory_dirty SELECT NEW.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.company_id); END;
CREATE TRIGGER directory_dirty_machines_u AFTER UPDATE ON capability_machines
BEGIN INSERT INTO directory_dirty SELECT NEW.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.company_id); END;
CREATE TRIGGER directory_dirty_machines_d AFTER DELETE ON capability_machines
BEGIN INSERT INTO directory_dirty SELECT OLD.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = OLD.company_id); END;
CREATE TRIGGER directory_dirty_certs_i AFTER INSERT ON capability_certs
BEGIN INSERT INTO directory_dirty SELECT NEW.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.company_id); END;
CREATE TRIGGER directory_dirty_certs_d AFTER DELETE ON capability_certs
BEGIN INSERT INTO directory_dirty SELECT OLD.company_id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = OLD.company_id); END;
CREATE TRIGGER directory_dirty_company_u AFTER UPDATE OF name ON companies
BEGIN INSERT INTO directory_dirty SELECT NEW.id WHERE NOT EXISTS
    (SELECT 1 FROM directory_dirty WHERE company_id = NEW.id); END;

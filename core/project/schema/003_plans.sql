-- 003: improvement plans, KPIs, measurements and actual phase dates (core/plans/).
-- Portable SQL, ISO text dates, like 001. Rows that travel between files carry a `uid`.
-- Ids shown to users (A01, K01) are per company: (company_id, action_id) is the key.

CREATE TABLE plans (
    company_id TEXT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
    uid        TEXT NOT NULL UNIQUE,
    agreed_on  TEXT,
    notes      TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE plan_actions (
    uid             TEXT NOT NULL UNIQUE,
    company_id      TEXT NOT NULL REFERENCES plans(company_id) ON DELETE CASCADE,
    action_id       TEXT NOT NULL,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    area            TEXT,
    items           TEXT,                    -- item names separated by spaces
    owner           TEXT,
    starts_on       TEXT,
    due_on          TEXT,
    status          TEXT NOT NULL DEFAULT 'not_started'
                    CHECK (status IN ('not_started', 'in_progress', 'done', 'blocked', 'cancelled')),
    percent         REAL NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    budget          REAL CHECK (budget >= 0),
    programme_share REAL CHECK (programme_share BETWEEN 0 AND 1),
    buyer_share     REAL CHECK (buyer_share BETWEEN 0 AND 1),
    supplier_share  REAL CHECK (supplier_share BETWEEN 0 AND 1),
    kpi_id          TEXT,
    notes           TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (company_id, action_id)
);

-- Progress as recorded on each date: the actual curve of the burn-up chart.
CREATE TABLE action_updates (
    company_id TEXT NOT NULL,
    action_id  TEXT NOT NULL,
    on_date    TEXT NOT NULL,
    percent    REAL NOT NULL,
    status     TEXT NOT NULL,
    PRIMARY KEY (company_id, action_id, on_date),
    FOREIGN KEY (company_id, action_id) REFERENCES plan_actions(company_id, action_id) ON DELETE CASCADE
);

CREATE TABLE plan_kpis (
    uid            TEXT NOT NULL UNIQUE,
    company_id     TEXT NOT NULL REFERENCES plans(company_id) ON DELETE CASCADE,
    kpi_id         TEXT NOT NULL,
    position       INTEGER NOT NULL,
    catalogue_id   TEXT,
    name           TEXT NOT NULL,
    unit           TEXT,
    direction      TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
    baseline_value REAL,
    baseline_date  TEXT,
    target_value   REAL,
    target_date    TEXT,
    action_id      TEXT,
    notes          TEXT,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (company_id, kpi_id)
);

CREATE TABLE kpi_measurements (
    company_id  TEXT NOT NULL,
    kpi_id      TEXT NOT NULL,
    measured_on TEXT NOT NULL,
    value       REAL NOT NULL,
    source      TEXT,
    note        TEXT,
    PRIMARY KEY (company_id, kpi_id, measured_on),
    FOREIGN KEY (company_id, kpi_id) REFERENCES plan_kpis(company_id, kpi_id) ON DELETE CASCADE
);

-- Actual phase dates; the planned ones are chain_phases (001).
CREATE TABLE chain_phase_actuals (
    chain_id     INTEGER NOT NULL REFERENCES value_chains(id) ON DELETE CASCADE,
    phase        TEXT NOT NULL,
    actual_start TEXT,
    actual_end   TEXT,
    PRIMARY KEY (chain_id, phase)
);

-- The programme's certification rule (JSON), editable per programme.
CREATE TABLE plan_settings (
    key        TEXT PRIMARY KEY CHECK (key IN ('certification')),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- 007: editing plans, KPIs, risk registers and certification in the workbench (core/plans/edits.py,
-- core/risk/edits.py). Every change is an Edit with audit rows (004). Portable SQL, ISO dates.

-- A plan is drafted, then agreed (date + who signed); the agreement freezes a baseline (JSON:
-- action id -> [start, due]) for the planned curve of the burn-up. Later changes raise `revision`
-- and leave a row in plan_revisions.
ALTER TABLE plans ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE plans ADD COLUMN signed_buyer TEXT;
ALTER TABLE plans ADD COLUMN signed_supplier TEXT;
ALTER TABLE plans ADD COLUMN signed_consultant TEXT;
ALTER TABLE plans ADD COLUMN baseline TEXT;
ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
UPDATE plans SET status = 'agreed' WHERE agreed_on IS NOT NULL;

CREATE TABLE plan_revisions (
    company_id TEXT NOT NULL REFERENCES plans(company_id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL,
    on_date    TEXT NOT NULL,                -- the day the change was made
    change     TEXT NOT NULL,                -- catalogue code of the edit (edit.action_set ...)
    subject    TEXT,                         -- the action or KPI id concerned
    PRIMARY KEY (company_id, revision)
);

-- How a KPI rolls up over the suppliers of a value chain and the programme.
ALTER TABLE plan_kpis ADD COLUMN aggregate TEXT;      -- sum, mean, median; null: median

-- Why a derived risk was accepted, edited or dismissed.
ALTER TABLE risk_decisions ADD COLUMN reason TEXT;

-- The consultant's certification decision per supplier (the rule's checks are computed).
CREATE TABLE certification_decisions (
    company_id TEXT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
    uid        TEXT NOT NULL UNIQUE,
    decision   TEXT NOT NULL CHECK (decision IN ('certify', 'not_yet')),
    decided_on TEXT NOT NULL,
    note       TEXT,
    decided_by TEXT
);

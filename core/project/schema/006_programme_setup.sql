-- 006: what a consultant enters to set up and keep a programme (core/setup/): company records,
-- value-chain details, the history of chain membership, and which import added what (so an
-- import can be removed with everything it added). Portable SQL, ISO text dates.

ALTER TABLE companies ADD COLUMN legal_name TEXT;
ALTER TABLE companies ADD COLUMN trade_name TEXT;
ALTER TABLE companies ADD COLUMN municipality TEXT;
ALTER TABLE companies ADD COLUMN region TEXT;
ALTER TABLE companies ADD COLUMN founded INTEGER;
ALTER TABLE companies ADD COLUMN women_led INTEGER CHECK (women_led IN (0, 1));
ALTER TABLE companies ADD COLUMN jobs_women INTEGER CHECK (jobs_women >= 0);
ALTER TABLE companies ADD COLUMN jobs_men INTEGER CHECK (jobs_men >= 0);
ALTER TABLE companies ADD COLUMN import_id INTEGER;      -- the import that created the record

ALTER TABLE value_chains ADD COLUMN region TEXT;
ALTER TABLE value_chains ADD COLUMN starts_on TEXT;
ALTER TABLE value_chains ADD COLUMN import_id INTEGER;   -- the import that created the chain

ALTER TABLE chain_members ADD COLUMN role TEXT NOT NULL DEFAULT 'supplier';
ALTER TABLE chain_members ADD COLUMN joined_on TEXT;
ALTER TABLE chain_members ADD COLUMN import_id INTEGER;  -- the import that added the member

-- Every join and leave of a value chain, kept when a supplier moves or leaves.
CREATE TABLE chain_membership_history (
    uid        TEXT PRIMARY KEY,
    chain_uid  TEXT NOT NULL,
    chain_name TEXT NOT NULL,
    company_id TEXT NOT NULL,
    event      TEXT NOT NULL CHECK (event IN ('joined', 'left')),
    at         TEXT NOT NULL,
    who        TEXT
);
CREATE INDEX chain_membership_company ON chain_membership_history(company_id);

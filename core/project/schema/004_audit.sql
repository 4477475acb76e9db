-- 004: the audit log. Every user edit (workbench or command line) is data: which record, which
-- field, old and new value, who and when; written in the same transaction as the edit itself
-- (core/edits). Undo is an edit too, so the log is complete. Rows carry a uid to travel by merge.

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    edit_uid     TEXT NOT NULL,              -- one user action = one edit = many rows
    at           TEXT NOT NULL,              -- ISO UTC time
    who          TEXT,                       -- the consultant's name from preferences
    action       TEXT NOT NULL,              -- catalogue code of the edit (e.g. edit.company_set)
    subject_kind TEXT,                       -- 'company', 'chain', 'programme', ...
    subject_id   TEXT,
    table_name   TEXT NOT NULL,
    record_key   TEXT NOT NULL,              -- JSON object of the primary key
    field        TEXT,                       -- NULL for a whole-row insert or delete
    old_value    TEXT,                       -- JSON
    new_value    TEXT                        -- JSON
);
CREATE INDEX audit_subject ON audit_log(subject_kind, subject_id);
CREATE INDEX audit_edit ON audit_log(edit_uid);

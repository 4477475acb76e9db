-- 009: the programme read-model kept in the project (core.programme.stored), so that opening a big
-- programme reads one copy instead of recomputing risk levels, plan progress and area scores.
-- Every write to a table the read-model is built from marks the copy stale, through triggers:
-- whoever writes (the GUI, the CLI, an import, a merge, an undo), the copy is never trusted
-- after a change.
CREATE TABLE IF NOT EXISTS readmodel_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    fresh    INTEGER NOT NULL DEFAULT 0,      -- 1: no source table changed since the copy
    stamp    INTEGER NOT NULL DEFAULT 0,      -- bumped when a build starts
    as_of    TEXT,                            -- the day the copy was computed for
    layout   TEXT,                            -- core.programme.stored.LAYOUT of the copy
    rows     INTEGER
);
INSERT OR IGNORE INTO readmodel_state (id) VALUES (1);
CREATE TABLE IF NOT EXISTS readmodel_columns (
    position INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('float', 'int', 'bool', 'str', 'object')),
    data     BLOB NOT NULL      -- float/int: little-endian 8-byte numbers; else a JSON array
);

-- Any write to a source table marks the copy stale (core.programme.stored.SOURCES).
CREATE TRIGGER IF NOT EXISTS readmodel_stale_programme_u AFTER UPDATE ON programme WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_companies_i AFTER INSERT ON companies WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_companies_u AFTER UPDATE ON companies WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_companies_d AFTER DELETE ON companies WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_supplied_items_i AFTER INSERT ON supplied_items WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_supplied_items_u AFTER UPDATE ON supplied_items WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_supplied_items_d AFTER DELETE ON supplied_items WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_value_chains_i AFTER INSERT ON value_chains WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_value_chains_u AFTER UPDATE ON value_chains WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_value_chains_d AFTER DELETE ON value_chains WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_members_i AFTER INSERT ON chain_members WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_members_u AFTER UPDATE ON chain_members WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_members_d AFTER DELETE ON chain_members WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_toolkits_i AFTER INSERT ON toolkits WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_toolkits_u AFTER UPDATE ON toolkits WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_toolkits_d AFTER DELETE ON toolkits WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_assessments_i AFTER INSERT ON assessments WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_assessments_u AFTER UPDATE ON assessments WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_assessments_d AFTER DELETE ON assessments WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_area_scores_u AFTER UPDATE ON area_scores WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_area_scores_d AFTER DELETE ON area_scores WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risks_i AFTER INSERT ON risks WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risks_u AFTER UPDATE ON risks WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risks_d AFTER DELETE ON risks WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_decisions_i AFTER INSERT ON risk_decisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_decisions_u AFTER UPDATE ON risk_decisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_decisions_d AFTER DELETE ON risk_decisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_settings_i AFTER INSERT ON risk_settings WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_settings_u AFTER UPDATE ON risk_settings WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_settings_d AFTER DELETE ON risk_settings WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plans_i AFTER INSERT ON plans WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plans_u AFTER UPDATE ON plans WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plans_d AFTER DELETE ON plans WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_actions_i AFTER INSERT ON plan_actions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_actions_u AFTER UPDATE ON plan_actions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_actions_d AFTER DELETE ON plan_actions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_action_updates_i AFTER INSERT ON action_updates WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_action_updates_u AFTER UPDATE ON action_updates WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_action_updates_d AFTER DELETE ON action_updates WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_quality_flags_i AFTER INSERT ON quality_flags WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_quality_flags_u AFTER UPDATE ON quality_flags WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_quality_flags_d AFTER DELETE ON quality_flags WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;

-- 011: the programme's figures (core.programme.aggregates: plans, KPIs, rounds, phases,
-- certification, results) kept beside the read-model of 009, so that opening a big programme
-- reads them instead of recomputing them. The copy carries the read-model's stamp and is used
-- only while readmodel_state.fresh is 1; 009's triggers clear it on writes to the read-model's
-- tables, these on writes to the other tables the figures are read from.
CREATE TABLE IF NOT EXISTS readmodel_figures (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    stamp   INTEGER NOT NULL,          -- readmodel_state.stamp the figures were computed at
    as_of   TEXT NOT NULL,             -- the day they were computed for
    layout  TEXT NOT NULL,             -- core.programme.aggregates.LAYOUT and schema version
    data    BLOB NOT NULL              -- zlib-compressed columnar JSON (core.programme.columnar)
);

CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_phases_i AFTER INSERT ON chain_phases WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_phases_u AFTER UPDATE ON chain_phases WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_phases_d AFTER DELETE ON chain_phases WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_phase_actuals_i AFTER INSERT ON chain_phase_actuals WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_phase_actuals_u AFTER UPDATE ON chain_phase_actuals WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_phase_actuals_d AFTER DELETE ON chain_phase_actuals WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_kpis_i AFTER INSERT ON plan_kpis WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_kpis_u AFTER UPDATE ON plan_kpis WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_kpis_d AFTER DELETE ON plan_kpis WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_kpi_measurements_i AFTER INSERT ON kpi_measurements WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_kpi_measurements_u AFTER UPDATE ON kpi_measurements WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_kpi_measurements_d AFTER DELETE ON kpi_measurements WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_settings_i AFTER INSERT ON plan_settings WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_settings_u AFTER UPDATE ON plan_settings WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_settings_d AFTER DELETE ON plan_settings WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_revisions_i AFTER INSERT ON plan_revisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_revisions_u AFTER UPDATE ON plan_revisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_plan_revisions_d AFTER DELETE ON plan_revisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_certification_decisions_i AFTER INSERT ON certification_decisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_certification_decisions_u AFTER UPDATE ON certification_decisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_certification_decisions_d AFTER DELETE ON certification_decisions WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_classifications_i AFTER INSERT ON risk_classifications WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_classifications_u AFTER UPDATE ON risk_classifications WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_risk_classifications_d AFTER DELETE ON risk_classifications WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_membership_history_i AFTER INSERT ON chain_membership_history WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_membership_history_u AFTER UPDATE ON chain_membership_history WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS readmodel_stale_chain_membership_history_d AFTER DELETE ON chain_membership_history WHEN (SELECT fresh FROM readmodel_state WHERE id = 1) = 1 BEGIN UPDATE readmodel_state SET fresh = 0 WHERE id = 1; END;

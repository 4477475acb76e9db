"""Merging risk registers from another consultant's file: nothing lost, conflicts listed."""
from __future__ import annotations

from pathlib import Path

from core.project import Company, Project
from core.risk.history import record_classification
from core.risk.matrix import get_matrix
from core.risk.merge import merge_risks
from core.risk.register import Risk
from core.risk.store import decisions as read_decisions
from core.risk.store import manual_risks, project_matrix, save_risk, set_setting


def new_project(path: Path) -> Project:
    project = Project.create(path, "PDP", country="CR", backups=False)
    for cid in ("S-1", "S-2"):
        project.save_company(Company(cid, name=cid, largest_client_share=0.8))
    return project


def test_merge_adds_renumbers_and_lists_conflicts(tmp_path):
    from datetime import date
    target, source = new_project(tmp_path / "a.encadena"), new_project(tmp_path / "b.encadena")
    save_risk(target.conn, Risk("S-1", "R-001", "quality", 3, 3, description="mine"))
    save_risk(source.conn, Risk("S-1", "R-001", "environment", 4, 4, description="theirs"))
    save_risk(source.conn, Risk("S-2", "R-001", "delivery", 2, 2))
    # the same risk copied to both files, then edited on one side only
    shared = Risk("S-2", "R-007", "compliance", 5, 5)
    save_risk(source.conn, shared)
    uid = source.conn.execute("SELECT * FROM risks WHERE risk_id = 'R-007'").fetchone()
    cols = [d[0] for d in source.conn.execute("SELECT * FROM risks").description]
    target.conn.execute(f"INSERT INTO risks ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", uid)
    save_risk(target.conn, Risk("S-2", "R-007", "compliance", 5, 5, owner="Ana"))
    from core.risk.store import decide
    decide(source.conn, "S-1", "single_client:dependency", "dismiss")
    record_classification(source.conn, date(2026, 1, 1))
    set_setting(source.conn, "matrix", get_matrix("6x6").to_dict())

    outcome = merge_risks(target.conn, source.conn)
    assert outcome.risks_added == 2
    assert outcome.risks_renumbered == [{"company_id": "S-1", "source_id": "R-001", "new_id": "R-002"}]
    assert outcome.conflicts == [{"kind": "risk", "company_id": "S-2", "risk_id": "R-007",
                                  "fields": ["owner"]}]
    risks = manual_risks(target.conn).set_index(["company_id", "risk_id"])
    assert risks.loc[("S-1", "R-001"), "description"] == "mine"
    assert risks.loc[("S-1", "R-002"), "description"] == "theirs"
    assert risks.loc[("S-2", "R-007"), "owner"] == "Ana"          # the target keeps its version
    assert outcome.decisions_added == 1 and len(read_decisions(target.conn)) == 1
    assert outcome.classifications_added == 2
    assert project_matrix(target.conn).id == "6x6"                # the target had no matrix of its own

    again = merge_risks(target.conn, source.conn)                 # merging twice adds nothing
    assert again.risks_added == 0 and again.decisions_added == 0 and again.classifications_added == 0
    assert again.unchanged == 3             # the renumbered risk (by uid), S-2's R-001, the decision
    target.close()
    source.close()


def test_a_source_matrix_too_small_for_the_target_register_is_a_conflict(tmp_path):
    target, source = new_project(tmp_path / "a.encadena"), new_project(tmp_path / "b.encadena")
    save_risk(target.conn, Risk("S-1", "R-001", "quality", 5, 5))
    set_setting(source.conn, "matrix", get_matrix("3x3").to_dict())
    outcome = merge_risks(target.conn, source.conn)
    assert outcome.conflicts == [{"kind": "setting", "company_id": None, "risk_id": "matrix",
                                  "fields": ["size"]}]
    assert project_matrix(target.conn).id == "5x5"
    target.close()
    source.close()

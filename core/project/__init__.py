"""The programme project file (``.encadena``): one durable SQLite file per programme.

It holds the programme (country, currency, number format, size-class scheme), its value chains
(anchor buyer, suppliers, phase dates), companies, assessment rounds with their answers and
scores, every import with its provenance, and the exact toolkit workbooks used (by content hash).

Durability: WAL journal (rollback journal on network shares), ``synchronous=FULL``, foreign keys,
one transaction per user action, ``PRAGMA quick_check`` on open, ordered migrations
(``schema/NNN_*.sql``, ``PRAGMA user_version``; newer files refused with ``newer_schema``),
"Save a copy" through the backup API and the last 5 automatic backups in the user's data folder.

API (what the GUI, reports and other modules use)::

    from core.project import Project
    project = Project.create(path, "PDP Costa Rica 2026", country="CR")   # or Project.open(path)
    project.warnings                      # codes: project_on_network, project_in_cloud_folder
    project.programme                     # Programme dataclass; project.update_programme(...)
    project.save_company(Company(...)); project.company(id)
    project.companies(chain=None)         # DataFrame: id, name, role, size_class, ..., latest_index,
                                          #   latest_band, latest_coverage, critical_gaps, latest_date
    project.size_class(id)                # SizeClass with the rule and inputs shown
    project.save_chain(ValueChain(...)); project.value_chains()
    project.assessments(company_id)       # list[Assessment] (answers, index, band, area scores)
    project.import_survey(path, toolkit, ImportOptions(...), chain=, round=, assessed_on=, progress=)
        -> ImportOutcome(added, updated, unchanged, conflicts, errors, ...)
    project.import_scored(survey, toolkit, scores, ...)   # when the caller already read and scored
    project.conflicts(); project.resolve_conflict(conflict_id, keep="incoming" | "existing")
    project.imports(); project.toolkit_bytes(sha256)
    project.rescore(ids=None)             # stored vs re-computed index, with the stored toolkit
    project.merge(*other_files) -> list[MergeOutcome]
    project.save_copy(path); project.check() -> CheckReport; project.close()
    with project.transaction() as conn: ...    # for modules adding their own tables (risk, plans)

Other modules add tables with further migration scripts (``schema/002_risk.sql``, ...).

Storage notes for SQL readers: ``assessments`` holds one row per assessment with its scores
(``score_index``, ``band``, ``coverage``, ``critical_gaps``, ``status`` current/conflict,
``toolkit_ref`` -> ``toolkits.id``); ``area_scores(assessment_id, area, score, coverage)``;
answers sit in ``assessment_answers`` (JSON arrays aligned with ``imports.answer_items``);
``companies.latest_*`` copy each company's latest current assessment (kept in step by
:func:`core.project.latest.refresh_latest`, which any module deleting or adding assessments
must call). Matching rules of imports: :mod:`core.project.imports`; merge: :mod:`core.project.merge`.
Modules with their own tables make ``merge`` bring them over with
``core.project.merge.register_merger(name, tables, fn(target_conn, source_conn, outcome))``;
tables with rows that no merger handles are listed in ``MergeOutcome.unmerged_tables``.
"""
from core.project import messages as _messages  # noqa: F401  (registers the sentences)
from core.project.check import CheckReport, check_file
from core.project.model import (
                                PHASES,
                                Assessment,
                                Company,
                                ImportOutcome,
                                ImportRecord,
                                Programme,
                                SuppliedItem,
                                ValueChain,
)
from core.project.sizeclass import SizeClass
from core.project.store import Project

__all__ = ["Project", "Programme", "Company", "SuppliedItem", "ValueChain", "Assessment",
           "ImportRecord", "ImportOutcome", "SizeClass", "CheckReport", "check_file", "PHASES"]

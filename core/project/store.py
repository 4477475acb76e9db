"""The :class:`Project`: one open ``.encadena`` file and every user action on it."""
from __future__ import annotations

import hashlib
import sqlite3
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd

from core.errors import UserInputError
from core.progress import Progress, scaled
from core.project import assessments as assessment_store
from core.project import backup, db, entities, imports, migrations
from core.project.check import CheckReport, check_connection
from core.project.listing import company_listing
from core.project.model import Assessment, Company, ImportOutcome, Programme, ValueChain
from core.project.sizeclass import SizeClass, class_codes, classify
from core.project.timeutil import current_user, now

SUFFIX = ".encadena"
COUNTRY_SCHEMES = {"CL": "chile", "CR": "costa_rica", "BO": "bolivia"}
DECIMAL_COMMA_COUNTRIES = {"AR", "BO", "BR", "CL", "CO", "CR", "EC", "ES", "PT", "PY", "UY", "VE"}

class Project:
    """An open programme file. Create with :meth:`create`, open with :meth:`open`; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, warnings: list[str],
                 backups: bool = True, read_only: bool = False):
        self.path = path
        self.conn = conn
        self.warnings = warnings
        self.read_only = read_only          # the file, its folder or its drive cannot be written
        self._remember = True               # record the file as verified when closing it
        self._backups = backups and not read_only
        self._backed_up = False

    # --- opening and closing -------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, name: str, country: str | None = None, currency: str = "USD",
               *, size_scheme: str | None = None, size_basis: str = "both",
               number_format: str | None = None, usd_rate: float = 1.0,
               gni_per_capita: float | None = None, backups: bool = True) -> "Project":
        """Create a new project file (refuses to overwrite one) with its programme record."""
        path = Path(path)
        if path.exists():
            raise UserInputError("project_exists", path=str(path))
        from core.safe_output import check_output
        check_output(path)                  # folder missing, read-only, path too long: said plainly
        country = country.upper() if country else None
        programme = Programme(
            name=name, country=country, currency=currency, usd_rate=usd_rate,
            number_format=number_format or ("comma" if country in DECIMAL_COMMA_COUNTRIES else "point"),
            size_scheme=size_scheme or COUNTRY_SCHEMES.get(country or "", "world_bank"),
            size_basis=size_basis, gni_per_capita=gni_per_capita, uid=str(uuid.uuid4()),
            created_at=now(), created_by=current_user())
        entities._check_programme(programme)
        warnings = db.location_warnings(path.parent)
        try:
            conn = db.connect(path, network="project_on_network" in warnings)
        except sqlite3.Error as exc:
            from core.safe_output import fault_error
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise (fault_error(exc, str(path)) or exc) from None
        try:
            migrations.migrate(conn, path)
            with db.transaction(conn):
                entities.write_programme(conn, programme)
        except BaseException:
            conn.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return cls(path, conn, warnings, backups)

    @classmethod
    def open(cls, path: Path | str, *, backups: bool = True) -> "Project":
        """Open a project: quick integrity check, verification against our schema (a tampered
        file is refused, see :mod:`core.project.verify`), migrations, location warnings
        (``.warnings``). A file that cannot be written is opened read-only (``.read_only``)."""
        path = Path(path)
        if not path.exists():
            raise UserInputError("file_not_found", path=str(path))
        try:
            with path.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise UserInputError("safety.project_unreachable", path=str(path),
                                 detail=exc.strerror or str(exc)) from None
        if head != b"SQLite format 3\x00":
            raise UserInputError("not_a_project", path=str(path))
        warnings = db.location_warnings(path)
        network = "project_on_network" in warnings
        read_only = not db.writable(path)
        # Look before configuring: switching to WAL rewrites the header of whatever file this is.
        conn = db.connect_read_only(path, network) if read_only else db.connect_plain(path, network)
        try:
            return cls._open_checked(path, conn, warnings, backups, read_only, network)
        except sqlite3.DatabaseError as exc:   # a damaged file can fail on its first read
            conn.close()
            from core.safe_output import fault_error
            fault = fault_error(exc, str(path))
            if fault is not None and fault.code != "safety.tampered_schema":
                raise fault from None
            raise UserInputError("corrupt_database", path=str(path), detail=str(exc)) from exc
        except BaseException:
            conn.close()
            raise

    @classmethod
    def _open_checked(cls, path: Path, conn: sqlite3.Connection, warnings: list[str], backups: bool,
                      read_only: bool, network: bool) -> "Project":
        from core.project.verify import is_known, remember, structure_problems, verify
        bad = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if bad != ["ok"]:
            raise UserInputError("corrupt_database", path=str(path), detail="; ".join(bad[:5]))
        has_programme = conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name = 'programme'").fetchone()[0]
        version = migrations.schema_version(conn)
        if version == 0 or not has_programme:
            raise UserInputError("not_a_project", path=str(path))
        if version > migrations.latest_version():
            migrations.migrate(conn, path)          # refuses with newer_schema, changes nothing
        problems = structure_problems(conn, version)
        if problems:                                # before migrating: never build on a forgery
            raise UserInputError("safety.tampered", problems=problems, path=str(path))
        if read_only:
            if version < migrations.latest_version():
                raise UserInputError("safety.read_only_needs_upgrade", path=str(path))
            project = cls(path, conn, [*warnings, "safety.opened_read_only"], False, read_only=True)
        else:
            db.configure(conn, network=network)
            project = cls(path, conn, warnings, backups)
            if version < migrations.latest_version():
                project._backup_once()      # keep the pre-migration file
            migrations.migrate(conn, path)
        if not is_known(path):                     # a file this installation did not leave so
            problems = verify(conn, migrations.latest_version(), path=str(path))
            if problems:
                raise UserInputError("safety.tampered", problems=problems, path=str(path))
            if not read_only and conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                              "AND name = 'readmodel_state'").fetchone():
                conn.execute("UPDATE readmodel_state SET fresh = 0")   # a stranger's cache: rebuilt
            remember(path)
        return project

    def close(self) -> None:
        """Checkpoint the journal into the file and close (the file is then self-contained).
        A checkpoint that fails (disk full, drive gone) loses nothing: committed work stays in
        the journal beside the file and SQLite replays it on the next open."""
        if self.conn is None:
            return
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass
        finally:
            self.conn.close()
            self.conn = None
        if not self.read_only and self._remember:
            from core.project.verify import remember
            remember(self.path)                    # as we leave it: not read again next time

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action: all of it is written, or none of it (the first one backs the file up)."""
        if self.read_only:
            raise UserInputError("safety.project_read_only", path=str(self.path))
        self._backup_once()
        with db.transaction(self.conn) as conn:
            yield conn

    def _backup_once(self) -> None:
        if self._backups and not self._backed_up:
            backup.rolling_backup(self.conn, self.path, self.programme.uid)
            self._backed_up = True

    # --- programme ---------------------------------------------------------------------------
    @property
    def programme(self) -> Programme:
        return entities.read_programme(self.conn)

    def update_programme(self, **fields) -> Programme:
        """Change programme fields (name, country, currency, size_scheme, ...)."""
        programme = self.programme
        for key, value in fields.items():
            if key not in entities.PROGRAMME_FIELDS:
                raise ValueError(f"unknown programme field {key!r}")
            setattr(programme, key, value)
        with self.transaction() as conn:
            entities.write_programme(conn, programme)
        return programme

    # --- companies and value chains ---------------------------------------------------------
    def save_company(self, company: Company) -> None:
        with self.transaction() as conn:
            entities.save_company(conn, company)

    def company(self, company_id: str) -> Company | None:
        return entities.read_company(self.conn, company_id)

    def companies(self, chain: str | None = None) -> pd.DataFrame:
        """Every company with its latest index, band, coverage and size class (no re-scoring).

        Columns: id, name, role, size_class, sector, country, tax_id, employees, annual_sales,
        supplied_criticality, largest_client_share, consultant, latest_index, latest_band,
        latest_coverage, critical_gaps (count), latest_date, latest_round, toolkit_id, conflicts.
        """
        frame = company_listing(self.conn, chain)
        p = self.programme
        frame.insert(3, "size_class", class_codes(frame["employees"], frame["annual_sales"],
                                                  p.size_scheme, p.size_basis, p.usd_rate,
                                                  p.gni_per_capita))
        return frame

    def size_class(self, company_id: str) -> SizeClass:
        """The size class of one company with the rule and inputs that gave it."""
        c, p = self.company(company_id), self.programme
        if c is None:
            raise UserInputError("unknown_company", company=company_id)
        return classify([c.employees], [c.annual_sales], p.size_scheme, p.size_basis, p.usd_rate,
                        p.gni_per_capita)[0]

    def save_chain(self, chain: ValueChain) -> ValueChain:
        with self.transaction() as conn:
            return entities.save_chain(conn, chain)

    def value_chains(self) -> list[ValueChain]:
        return entities.read_chains(self.conn)

    # --- assessments and imports --------------------------------------------------------------
    def assessments(self, company_id: str, include_conflicts: bool = True) -> list[Assessment]:
        return assessment_store.read_assessments(self.conn, company_id, include_conflicts)

    def conflicts(self) -> pd.DataFrame:
        return assessment_store.read_conflicts(self.conn)

    def resolve_conflict(self, conflict_id: int, keep: str) -> int:
        """Settle a conflict: ``keep='incoming'`` or ``'existing'``; the other version is deleted."""
        with self.transaction() as conn:
            return assessment_store.resolve_conflict(conn, conflict_id, keep)

    def imports(self) -> pd.DataFrame:
        """The import history (provenance): file, hash, sheet, when, who, counts."""
        return pd.read_sql_query(
            "SELECT id, uid, file_name, sha256, sheet, imported_at, imported_by, row_count, added, "
            "updated, unchanged, conflicts, errors, origin_file FROM imports ORDER BY id", self.conn)

    def toolkit_bytes(self, sha256: str) -> bytes:
        """The exact toolkit workbook an assessment was scored with."""
        row = self.conn.execute("SELECT workbook FROM toolkits WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise UserInputError("unknown_toolkit_hash", sha256=sha256)
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != sha256:      # re-hashed before every use
            from core.errors import Problem
            raise UserInputError("safety.tampered", path=str(self.path), problems=[Problem(
                "safety.toolkit_hash_mismatch", params={"row": "-", "toolkit": sha256[:12]})])
        return data

    def rescore(self, assessment_ids: list[int] | None = None) -> pd.DataFrame:
        """Stored vs re-computed index with each assessment's own stored toolkit (no writes)."""
        from core.project.rescore import rescore
        return rescore(self.conn, assessment_ids)

    def import_scored(self, survey, toolkit, scores, progress: Progress | None = None,
                      **options) -> ImportOutcome:
        """Store an already read and scored survey (one transaction). See :mod:`core.project.imports`."""
        with self.transaction() as conn:
            return imports.import_scored(conn, survey, toolkit, scores, progress=progress, **options)

    def import_survey(self, path: Path | str, toolkit, import_options=None, *,
                      chain: str | None = None, round: int | None = None,
                      assessed_on: str | None = None, consultant: str | None = None,
                      progress: Progress | None = None, language: str = "en") -> ImportOutcome:
        """Read, score and store a survey workbook; all or nothing. ``toolkit``: Toolkit, id or path."""
        from core.scoring import score_responses
        from core.survey.importer import import_survey
        from core.survey.model import ImportOptions
        if not hasattr(toolkit, "items"):
            from core.toolkit.registry import get_toolkit
            toolkit = get_toolkit(toolkit)
        if import_options is None:
            import_options = ImportOptions(decimal_comma=self.programme.number_format == "comma")
        survey = import_survey(Path(path), toolkit, import_options, scaled(progress, 0.0, 0.55), language)
        scores = score_responses(toolkit, survey.values)
        return self.import_scored(survey, toolkit, scores, progress=scaled(progress, 0.6, 1.0),
                                  chain=chain, round=round, assessed_on=assessed_on,
                                  consultant=consultant, options=import_options)

    # --- copies, merge, checks -----------------------------------------------------------------
    def save_copy(self, destination: Path | str) -> Path:
        """A consistent single-file copy (SQLite backup API), e.g. to e-mail to the chamber."""
        return backup.save_copy(self.conn, destination)

    def merge(self, *sources: Path | str, progress: Progress | None = None) -> list:
        """Bring other project files in (see :mod:`core.project.merge`); one transaction per source."""
        from core.project.merge import merge_into
        return [merge_into(self, Path(s), progress=scaled(progress, i / len(sources), (i + 1) / len(sources)))
                for i, s in enumerate(sources)]

    def check(self, full: bool = True) -> CheckReport:
        return check_connection(self.conn, str(self.path), full)

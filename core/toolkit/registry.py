"""The toolkits Encadena knows: built-in workbooks in ``resources/toolkits`` plus user folders.

A :class:`ToolkitRegistry` is a list of folders (built-in first). It parses each workbook once
and keeps the result until the file's modification time or size changes, so listing toolkits
for a menu is cheap. ``get_toolkit`` resolves a toolkit id (the workbook's ``form_id``) or the
path of any workbook. Toolkits handed out are shared: treat them as read-only.
"""
from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserInputError
from core.paths import resources_dir, user_data_dir
from core.safe_output import atomic_output, media_error, path_inside
from core.toolkit import toolkit_messages  # noqa: F401  (registers unknown_toolkit)
from core.toolkit.loader import load_toolkit
from core.toolkit.model import Toolkit, pick_label

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass(frozen=True)
class ToolkitSummary:
    """What a menu or ``encadena toolkit list`` shows about one toolkit workbook."""

    id: str
    version: str
    title: dict[str, str]
    path: Path
    builtin: bool
    item_count: int = 0                  # questions, scored or not
    scored_count: int = 0
    areas: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    error: UserInputError | None = None  # set when the workbook is not a valid toolkit

    @property
    def valid(self) -> bool:
        return self.error is None

    def title_in(self, language: str | None = None) -> str:
        return pick_label(self.title, language, self.id)


@dataclass
class _Entry:
    stamp: tuple[int, int]
    toolkit: Toolkit | None
    error: UserInputError | None


class ToolkitRegistry:
    """Toolkit workbooks found in a list of folders, parsed once per file version."""

    def __init__(self, folders: list[tuple[Path, bool]] | None = None):
        self._folders: list[tuple[Path, bool]] = []
        self._cache: dict[Path, _Entry] = {}
        self._lock = threading.Lock()
        for folder, builtin in folders or []:
            self.add_folder(folder, builtin=builtin)

    def add_folder(self, folder: str | Path, *, builtin: bool = False) -> None:
        """Look for toolkit workbooks in ``folder`` too (earlier folders win on duplicate ids)."""
        folder = Path(folder)
        if all(f != folder for f, _ in self._folders):
            self._folders.append((folder, builtin))

    @property
    def folders(self) -> list[Path]:
        return [f for f, _ in self._folders]

    def workbooks(self) -> list[tuple[Path, bool]]:
        """Every toolkit workbook in the folders, sorted by name per folder (Excel lock files skipped)."""
        found = []
        for folder, builtin in self._folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.iterdir()):
                if (path.suffix.lower() in WORKBOOK_SUFFIXES and path.is_file()
                        and not path.name.startswith(("~$", "."))):
                    found.append((path, builtin))
        return found

    def list_toolkits(self) -> list[ToolkitSummary]:
        """A summary of every workbook in the folders, invalid ones included (with ``error``)."""
        summaries = []
        for path, builtin in self.workbooks():
            try:
                entry = self._entry(path)
            except OSError:         # deleted or unreadable since the folder was listed
                continue
            tk = entry.toolkit
            if tk is None:
                summaries.append(ToolkitSummary(id=path.stem, version="", title={}, path=path,
                                                builtin=builtin, error=entry.error))
                continue
            summaries.append(ToolkitSummary(
                id=tk.id, version=tk.version, title=dict(tk.title), path=path, builtin=builtin,
                item_count=len(tk.items), scored_count=len(tk.scored_items),
                areas=tuple(a.name for a in tk.areas), languages=tuple(tk.languages)))
        return summaries

    def get_toolkit(self, id_or_path: str | Path) -> Toolkit:
        """The toolkit with this id, or loaded from this workbook path.

        Raises ``UserInputError("unknown_toolkit")`` listing the known ids, or the workbook's own
        ``invalid_toolkit`` error when the matching workbook is broken.
        """
        if _looks_like_path(id_or_path):
            return self._load(Path(id_or_path))
        wanted = str(id_or_path).strip()
        summaries = self.list_toolkits()
        for s in summaries:
            if s.valid and s.id == wanted:
                return self._load(s.path)
        for s in summaries:
            if s.path.stem == wanted:
                return self._load(s.path)
        known = sorted({s.id for s in summaries if s.valid})
        raise UserInputError("unknown_toolkit", id=wanted, known=", ".join(known) or "-")

    def install(self, source: str | Path, folder: str | Path | None = None, *,
                replace: bool = False) -> Toolkit:
        """Validate a toolkit workbook and copy it into ``folder`` (default: the first user folder)
        as ``<form_id><suffix>``.

        The id must follow :func:`check_toolkit_id` (it becomes a file name). Refuses an id that a
        built-in toolkit uses (``toolkit_id_taken``) and, unless ``replace``, an id already
        installed (``safety.toolkit_exists``; the same bytes again are a no-op). Nothing is
        written when the workbook is invalid; the copy is atomic and stays inside ``folder``.
        """
        source = Path(source)
        toolkit = load_toolkit(source)
        check_toolkit_id(toolkit.id)
        if folder is None:
            folder = next((f for f, builtin in self._folders if not builtin), None)
            if folder is None:
                raise ValueError("this registry has no user folder to install into")
        folder = Path(folder)
        key = toolkit.id.casefold()
        summaries = self.list_toolkits()
        if any(s.builtin and s.valid and s.id.casefold() == key for s in summaries):
            raise UserInputError("toolkit_id_taken", id=toolkit.id)
        suffix = source.suffix.lower() if source.suffix.lower() in WORKBOOK_SUFFIXES else ".xlsx"
        mine = {s.path for s in summaries if not s.builtin
                and (s.id.casefold() == key or s.path.stem.casefold() == key)}
        if folder.is_dir():
            mine |= {p for p in folder.iterdir() if p.stem.casefold() == key
                     and p.suffix.lower() in WORKBOOK_SUFFIXES}
        if mine and not replace:
            if all(p.is_file() and p.read_bytes() == toolkit.source_bytes for p in mine):
                return toolkit                      # the very same workbook: nothing to do
            raise UserInputError("safety.toolkit_exists", id=toolkit.id,
                                 path=", ".join(sorted(map(str, mine))))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise media_error(exc, folder) from None
        target = path_inside(folder, f"{toolkit.id}{suffix}")
        with atomic_output(target, [source]) as temp:   # a half-copied toolkit is never listed
            Path(temp).write_bytes(toolkit.source_bytes)
        for old in mine:                          # --replace: the same id under another name
            if old.name != target.name and old.parent.resolve() == folder.resolve():
                old.unlink(missing_ok=True)
        self.add_folder(folder)
        return toolkit

    def _load(self, path: Path) -> Toolkit:
        try:
            entry = self._entry(path)
        except OSError:
            raise UserInputError("file_not_found", path=str(path)) from None
        if entry.toolkit is None:
            raise entry.error
        return entry.toolkit

    def _entry(self, path: Path) -> _Entry:
        key = path.resolve()
        stat = key.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            entry = self._cache.get(key)
            if entry is not None and entry.stamp == stamp:
                return entry
        try:
            entry = _Entry(stamp, load_toolkit(key), None)
        except UserInputError as exc:
            entry = _Entry(stamp, None, exc)
        with self._lock:
            self._cache[key] = entry
        return entry


TOOLKIT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def check_toolkit_id(toolkit_id: str) -> str:
    """``toolkit_id`` if it may name a file: 1-64 letters, digits, ``.``, ``_``, ``-``, starting
    with a letter or digit, not ending with a dot, not a device name; else
    ``UserInputError("safety.bad_toolkit_id")``."""
    if (not TOOLKIT_ID.fullmatch(toolkit_id) or toolkit_id.endswith(".")
            or toolkit_id.split(".")[0].casefold() in _RESERVED):
        raise UserInputError("safety.bad_toolkit_id", id=shown(toolkit_id))
    return toolkit_id


def shown(text: str, limit: int = 80) -> str:
    """``text`` safe to print in a message: control characters visible, long text cut."""
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in str(text))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _looks_like_path(value: str | Path) -> bool:
    if isinstance(value, Path):
        return True
    text = str(value)
    return (Path(text).suffix.lower() in WORKBOOK_SUFFIXES or os.sep in text or "/" in text
            or Path(text).is_file())


def builtin_folder() -> Path:
    return resources_dir() / "toolkits"


def user_folder() -> Path:
    """Where a user's own toolkits live (``<user data>/toolkits``); not created here."""
    return user_data_dir() / "toolkits"


_default: ToolkitRegistry | None = None


def default_registry() -> ToolkitRegistry:
    """The registry of the built-in toolkits and the user's toolkit folder (created on first use)."""
    global _default
    if _default is None:
        _default = ToolkitRegistry([(builtin_folder(), True), (user_folder(), False)])
    return _default


def list_toolkits() -> list[ToolkitSummary]:
    """Summaries of the built-in and user toolkits (see :meth:`ToolkitRegistry.list_toolkits`)."""
    return default_registry().list_toolkits()


def get_toolkit(id_or_path: str | Path) -> Toolkit:
    """A built-in or user toolkit by id, or any toolkit workbook by path."""
    return default_registry().get_toolkit(id_or_path)

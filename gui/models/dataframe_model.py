"""A table model over a pandas DataFrame that stays smooth with 100,000 rows.

``data()`` is O(1): every column is held as a numpy array and the visible rows as an index
array; sorting keeps an ``argsort`` order instead of reordering the frame, filtering keeps a
boolean mask. Numbers are formatted with the current QLocale (1.234,5 or 1,234.5) only for the
cells Qt asks for, so loading 100,000 rows costs no formatting at all.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

SORT_ROLE = Qt.ItemDataRole.UserRole          # the raw value (for tests and proxies)
SOURCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # row position in the DataFrame


@dataclass
class Column:
    """How one DataFrame column is shown: title (translatable source text), kind and decoration.

    ``kind`` is ``text``, ``number`` (``decimals`` places), ``integer``, ``percent`` (0-1 shown as
    0-100 %) or ``label`` (a code shown through ``labels``, coloured by ``colours``).
    """

    key: str
    title: str
    kind: str = "text"
    decimals: int = 1
    labels: Callable[[Any], str] | None = None
    colours: dict[Any, str] = field(default_factory=dict)
    context: str = "Columns"
    searchable: bool = False


def contrast_text(hex_colour: str) -> QColor:
    c = QColor(hex_colour)
    luminance = 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF()
    return QColor("#000000") if luminance > 0.55 else QColor("#ffffff")


class DataFrameModel(QAbstractTableModel):
    """Read-only, sortable, filterable view of a DataFrame (the model never opens dialogs)."""

    def __init__(self, columns: list[Column] | None = None, parent=None):
        super().__init__(parent)
        self._columns: list[Column] = list(columns or [])
        self._arrays: list[np.ndarray] = []
        self._sort_keys: list[np.ndarray | None] = []
        self._n = 0
        self._order = np.arange(0, dtype=np.int64)
        self._mask = np.ones(0, dtype=bool)
        self._rows = np.arange(0, dtype=np.int64)
        self._haystack: np.ndarray | None = None
        self._folded: dict[int, np.ndarray] = {}
        self._searchable: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._search = ""
        self._equals: dict[str, Any] = {}
        self._locale = QLocale()
        self._brushes: dict[tuple[int, Any], tuple[QBrush, QBrush]] = {}
        self.frame = pd.DataFrame()

    # -- loading ---------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame, columns: list[Column] | None = None) -> None:
        """Replace the data (and optionally the columns); keeps the current sort and filter."""
        self.beginResetModel()
        self._locale = QLocale()
        if columns is not None:
            self._columns = list(columns)
        self._columns = [c for c in self._columns if c.key in frame.columns]
        self.frame = frame
        self._n = len(frame)
        self._arrays = [frame[c.key].to_numpy() for c in self._columns]
        self._sort_keys = [None] * len(self._columns)
        self._brushes = {}
        self._folded = {}                # searchable columns folded on the first search or sort
        self._searchable = [i for i, c in enumerate(self._columns) if c.searchable]
        self._haystack = None
        self._order = np.arange(self._n, dtype=np.int64)
        self._recompute(reset=False)
        if self._sort is not None and self._sort[0] < len(self._columns):
            self._apply_sort(*self._sort)
        self.endResetModel()

    def retranslate(self) -> None:
        """Re-read the locale and header titles after a language change."""
        self._locale = QLocale()
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if len(self._rows) and self._columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                col = self._columns[section]
                return QCoreApplication.translate(col.context, col.title)
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if r >= len(self._rows) or c >= len(self._columns):
            return None
        source = int(self._rows[r])
        col = self._columns[c]
        value = self._arrays[c][source]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._display(col, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.kind in ("number", "integer", "percent"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col.colours:
            brushes = self._brush(c, col, value)
            if brushes is not None:
                return brushes[0] if role == Qt.ItemDataRole.BackgroundRole else brushes[1]
            return None
        if role == SORT_ROLE:
            return None if _is_missing(value) else _plain(value)
        if role == SOURCE_ROW_ROLE:
            return source
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self._persistent_sources()
        self._sort = (column, order)
        self._apply_sort(column, order)
        self._restore_persistent(old)
        self.layoutChanged.emit()

    # -- filtering -------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Keep rows whose searchable columns contain ``text`` (accent- and case-insensitive)."""
        self._search = fold(text)
        self._refilter()

    def set_equals(self, key: str, value: Any | None) -> None:
        """Keep rows whose column ``key`` equals ``value`` (None removes that filter)."""
        if value is None:
            self._equals.pop(key, None)
        else:
            self._equals[key] = value
        self._refilter()

    # -- helpers for views -----------------------------------------------------------------
    def source_row(self, row: int) -> int:
        return int(self._rows[row])

    def row_values(self, row: int) -> dict[str, Any]:
        return self.frame.iloc[self.source_row(row)].to_dict()

    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def visible_rows(self) -> np.ndarray:
        return self._rows

    def sample_texts(self, column: int, count: int = 200) -> list[str]:
        """Display texts of up to ``count`` rows of the whole frame (filters ignored), for sizing."""
        col, values = self._columns[column], self._arrays[column]
        step = max(1, self._n // count)
        return [self._display(col, values[i]) for i in range(0, self._n, step)][:count + 1]

    # -- internals -------------------------------------------------------------------------
    def _display(self, col: Column, value: Any) -> str:
        if _is_missing(value):
            return "—" if col.kind != "text" else ""
        if col.kind == "number":
            return self._locale.toString(float(value), "f", col.decimals)
        if col.kind == "integer":
            return self._locale.toString(int(value))
        if col.kind == "percent":
            return self._locale.toString(float(value) * 100.0, "f", 0) + " %"
        if col.kind == "label" and col.labels is not None:
            return col.labels(value)
        if isinstance(value, float):          # a number in a text column (previews): 3,5 not 3.5
            return self._locale.toString(value, "g", 12)
        return str(value)

    def _brush(self, c: int, col: Column, value: Any):
        key = (c, _plain(value) if not _is_missing(value) else None)
        if key not in self._brushes:
            colour = col.colours.get(key[1])
            self._brushes[key] = ((QBrush(QColor(colour)), QBrush(contrast_text(colour)))
                                  if colour else None)
        return self._brushes[key]

    def _sort_key(self, c: int) -> np.ndarray:
        key = self._sort_keys[c]
        if key is None:
            arr = self._arrays[c]
            col = self._columns[c]
            if col.kind in ("number", "integer", "percent"):
                key = pd.to_numeric(pd.Series(arr), errors="coerce").to_numpy(dtype=float)
            elif c in self._searchable:              # folded as the search folds them
                missing = pd.isna(arr)
                rank = _dense_rank(self._folded_column(c).astype(str))
                key = np.where(missing, np.nan, rank.astype(float))
            else:
                # Rank the distinct values once (C-level factorize + numpy string sort); what is
                # shown is compared accent- and case-insensitively, as the search does.
                codes, uniques = pd.factorize(pd.Series(arr, dtype=object))
                shown = [col.labels(v) for v in uniques] if (col.kind == "label" and col.labels) \
                    else list(uniques)
                rank = _dense_rank(np.array(fold_texts(shown), dtype=str))
                key = np.where(codes < 0, np.nan, rank[np.maximum(codes, 0)].astype(float))
            self._sort_keys[c] = key
        return key

    def _folded_column(self, c: int) -> np.ndarray:
        if c not in self._folded:
            self._folded[c] = fold_column(self._arrays[c])
        return self._folded[c]

    def _search_texts(self) -> np.ndarray | None:
        """The searchable columns folded and joined per row (built on the first search: a
        100,000-row table shows sooner)."""
        if self._haystack is None and self._searchable:
            texts = [self._folded_column(c) for c in self._searchable]
            joined = texts[0]
            for t in texts[1:]:
                joined = joined + "\u0001" + t        # numpy object arrays: str concatenation
            self._haystack = joined
        return self._haystack

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = self._sort_key(column)
        if order == Qt.SortOrder.DescendingOrder:
            key = -key
        key = np.where(np.isnan(key), np.inf, key)     # missing values last in both directions
        self._order = np.argsort(key, kind="stable").astype(np.int64)
        self._rows = self._order[self._mask[self._order]]

    def _recompute(self, reset: bool = True) -> None:
        mask = np.ones(self._n, dtype=bool)
        haystack = self._search_texts() if self._search else None
        if haystack is not None:
            needle = self._search
            mask &= np.fromiter((needle in h for h in haystack), dtype=bool, count=len(haystack))
        for key, value in self._equals.items():
            if key in self.frame.columns:
                mask &= (self.frame[key] == value).to_numpy(dtype=bool)
        self._mask = mask
        self._rows = self._order[mask[self._order]] if self._n else self._order

    def _refilter(self) -> None:
        self.beginResetModel()
        self._recompute()
        self.endResetModel()

    def _persistent_sources(self) -> list[tuple[QModelIndex, int, int]]:
        return [(i, int(self._rows[i.row()]), i.column()) for i in self.persistentIndexList()
                if i.isValid() and i.row() < len(self._rows)]

    def _restore_persistent(self, old: list[tuple[QModelIndex, int, int]]) -> None:
        if not old:
            return
        position = np.full(self._n, -1, dtype=np.int64)
        position[self._rows] = np.arange(len(self._rows))
        for index, source, column in old:
            row = int(position[source])
            self.changePersistentIndex(index, self.index(row, column) if row >= 0 else QModelIndex())


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):            # Latin-1 supplement and Latin extended A/B
        plain = "".join(c for c in unicodedata.normalize("NFKD", chr(code))
                        if not unicodedata.combining(c))
        if plain != chr(code):
            table[code] = plain
    table.update({0x2014: "-", 0x2013: "-", 0xA0: " "})
    return table


_FOLD = _fold_table()


def _fold_one(text: str) -> str:
    if text.isascii():
        return text.casefold()
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    if len(plain) * 2 >= len(text):          # Latin text: accents dropped in one C-level pass
        return plain.casefold()
    return text.translate(_FOLD).casefold()  # other scripts: keep their letters


def fold(text: object) -> str:
    """Accent- and case-insensitive form of ``text`` for display search and sort (as
    :func:`core.text.normalise` for Latin text, in one C-level pass per string)."""
    if text is None or text is pd.NA or (isinstance(text, float) and text != text):
        return ""
    return " ".join(_fold_one(str(text)).split())


def fold_texts(values) -> list[str]:
    """:func:`fold` over many values, without collapsing inner spaces (fast path for 100,000)."""
    slow = _fold_one
    return [(v.casefold() if v.isascii() else slow(v)) if type(v) is str
            else ("" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else slow(str(v)))
            for v in values]


def fold_column(values: np.ndarray) -> np.ndarray:
    """:func:`fold_texts` of a column, computed once per distinct value."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object))
    folded = np.array(fold_texts(uniques) + [""], dtype=object)
    return folded[np.where(codes < 0, len(uniques), codes)]


def _dense_rank(texts: np.ndarray) -> np.ndarray:
    """Rank of each text in sorted order, equal texts sharing a rank (so sorts stay stable
    both ways); numpy's C sort, then one pass."""
    if len(texts) == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(texts, kind="stable")
    ordered = texts[order]
    dense = np.concatenate(([0], np.cumsum(ordered[1:] != ordered[:-1])))
    rank = np.empty(len(texts), dtype=np.int64)
    rank[order] = dense
    return rank


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value

"""The DataFrame table model: Qt's model tester, O(1) access, sort, filter, locale formatting."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale, Qt

from gui.models.dataframe_model import SORT_ROLE, SOURCE_ROW_ROLE, Column, DataFrameModel

pytestmark = pytest.mark.gui


def _frame(n: int = 6) -> pd.DataFrame:
    return pd.DataFrame({
        "company_id": [f"S-{i:03d}" for i in range(n)],
        "name": ["Lácteos del Valle", "Envases Ríos", "Imprenta Sol", "Transportes Ruta",
                 "Ingredientes Andinos", "Metalmecánica Norte"][:n],
        "index": [63.25, np.nan, 81.0, 40.5, 12.0, 81.0][:n],
        "band": ["developing", None, "linkage_ready", "developing", "not_ready", "linkage_ready"][:n],
    })


def _columns() -> list[Column]:
    return [Column("company_id", "Id", searchable=True), Column("name", "Company", searchable=True),
            Column("index", "Index", "number", 1),
            Column("band", "Band", "label", labels=lambda c: {"developing": "Developing",
                                                               "not_ready": "Not ready",
                                                               "linkage_ready": "Linkage ready"}[c],
                   colours={"developing": "#f9a825", "not_ready": "#c62828",
                            "linkage_ready": "#2e7d32"})]


@pytest.fixture
def model(qapp):
    QLocale.setDefault(QLocale("en_US"))
    m = DataFrameModel(_columns())
    m.set_frame(_frame())
    return m


def _column(m: DataFrameModel, c: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [m.data(m.index(r, c), role) for r in range(m.rowCount())]


def test_passes_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_search("a")
    qtmodeltester.check(model, force_py=True)


def test_display_follows_the_locale(model):
    assert _column(model, 2)[0] == "63.3"
    QLocale.setDefault(QLocale("es_AR"))
    model.retranslate()
    big = DataFrameModel([Column("v", "V", "number", 1)])
    big.set_frame(pd.DataFrame({"v": [1234.5]}))
    assert big.data(big.index(0, 0)) == "1.234,5"
    assert _column(model, 2)[0] == "63,3"
    QLocale.setDefault(QLocale("en_US"))


def test_missing_numbers_show_a_dash_and_sort_last_both_ways(model):
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert _column(model, 2) == ["12.0", "40.5", "63.3", "81.0", "81.0", "—"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert _column(model, 2) == ["81.0", "81.0", "63.3", "40.5", "12.0", "—"]
    # stable: equal values keep their frame order
    assert _column(model, 0)[:2] == ["S-002", "S-005"]


def test_text_sort_ignores_accents_and_case(model):
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column(model, 1) == ["Envases Ríos", "Imprenta Sol", "Ingredientes Andinos",
                                 "Lácteos del Valle", "Metalmecánica Norte", "Transportes Ruta"]


def test_label_columns_show_labels_with_band_colours(model):
    assert _column(model, 3)[0] == "Developing"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.BackgroundRole).color().name() == "#f9a825"
    assert model.data(model.index(1, 3), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(2, 3), Qt.ItemDataRole.ForegroundRole).color().name() == "#ffffff"


def test_search_is_accent_and_case_insensitive_and_keeps_the_sort(model):
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("LACTEOS")
    assert _column(model, 1) == ["Lácteos del Valle"]
    model.set_search("s-00")
    assert _column(model, 0) == ["S-005", "S-004", "S-003", "S-002", "S-001", "S-000"]
    model.set_search("")
    assert model.rowCount() == 6


def test_equality_filter_combines_with_search(model):
    model.set_equals("band", "linkage_ready")
    assert _column(model, 0) == ["S-002", "S-005"]
    model.set_search("norte")
    assert _column(model, 0) == ["S-005"]
    model.set_equals("band", None)
    model.set_search("")
    assert model.rowCount() == 6


def test_roles_give_raw_value_and_source_row(model):
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 2), SORT_ROLE) == 12.0
    assert model.data(model.index(0, 2), SOURCE_ROW_ROLE) == 4
    assert model.row_values(0)["company_id"] == "S-004"


def test_persistent_selection_follows_its_row_through_a_sort(model):
    from PySide6.QtCore import QPersistentModelIndex
    keep = QPersistentModelIndex(model.index(0, 1))      # Lácteos del Valle
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(keep.row(), 1)) == "Lácteos del Valle"


def test_header_titles_are_translatable(model):
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Company"
    assert model.headerData(9, Qt.Orientation.Horizontal) is None


def test_sort_and_filter_100k_rows_fast(qapp):
    import time
    n = 100_000
    rng = np.random.default_rng(1)
    frame = pd.DataFrame({"company_id": [f"S-{i:06d}" for i in range(n)],
                          "name": rng.choice(["Lácteos", "Envases", "Imprenta", "Metal"], n),
                          "index": rng.uniform(0, 100, n)})
    m = DataFrameModel([Column("company_id", "Id", searchable=True),
                        Column("name", "Company", searchable=True),
                        Column("index", "Index", "number")])
    m.set_frame(frame)
    start = time.perf_counter()
    m.sort(2, Qt.SortOrder.DescendingOrder)
    m.sort(1, Qt.SortOrder.AscendingOrder)
    m.set_search("envases")
    elapsed = time.perf_counter() - start
    assert 0 < m.rowCount() < n
    assert elapsed < 5.0          # catches an O(n^2) regression; bench/bench_gui.py reports real numbers


def test_sort_and_filter_agree_with_pandas(qapp):
    """Property: for random frames, the model's order and filter match a pandas reference."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(["Lácteos", "lacteos", "Envases", "Ñandú", "ímpetu", "Zeta", "alfa", ""])
    numbers = st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(words, numbers), min_size=0, max_size=30),
           st.booleans(), st.sampled_from(["", "a", "LAC", "ñ", "z"]), st.sampled_from([0, 1]))
    def check(rows, descending, needle, column):
        from gui.models.dataframe_model import fold
        frame = pd.DataFrame({"name": [r[0] for r in rows],
                              "value": pd.Series([r[1] for r in rows], dtype=float)})
        m = DataFrameModel([Column("name", "Name", searchable=True), Column("value", "V", "number")])
        m.set_frame(frame)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        m.sort(column, order)
        m.set_search(needle)
        got = [m.data(m.index(r, 1), SOURCE_ROW_ROLE) for r in range(m.rowCount())]
        keep = frame.loc[np.array([fold(needle) in fold(n) for n in frame["name"]], dtype=bool)]
        if column == 0:       # text: accent- and case-insensitive, ties keep the frame order
            keep = keep.assign(key=[fold(n) for n in keep["name"]])
            expected = keep.sort_values("key", ascending=not descending, kind="stable").index.tolist()
        else:
            expected = keep.sort_values("value", ascending=not descending, kind="stable",
                                        na_position="last").index.tolist()
        assert got == expected

    check()

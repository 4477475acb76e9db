"""The navigator: programme -> value chains -> companies, driving the session's selection."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

MAX_PER_CHAIN = 300      # beyond this the companies table (search, filters) is the way in
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Navigator(QTreeWidget):
    """A tree of the open programme; selecting an item selects a chain and/or a company."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setMinimumWidth(260)
        self.setObjectName("navigator")
        session.changed.connect(self.rebuild)
        session.selection_changed.connect(self.follow)
        self.currentItemChanged.connect(self._on_current)
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)

    def rebuild(self) -> None:
        """Refill the tree from the session (keeps nothing stale after an import)."""
        self.blockSignals(True)
        self.clear()
        if self.session.is_open:
            root = QTreeWidgetItem([self.session.name or self.tr("Programme")])
            root.setData(0, KIND_ROLE, "programme")
            root.setToolTip(0, root.text(0))
            self.addTopLevelItem(root)
            frame = self.session.companies()
            for chain in self.session.value_chains():
                chain_id = _attr(chain, "id")
                node = QTreeWidgetItem([str(_attr(chain, "name") or chain_id)])
                node.setData(0, KIND_ROLE, "chain")
                node.setData(0, ID_ROLE, chain_id)
                node.setToolTip(0, node.text(0))
                root.addChild(node)
                if "chain_id" in frame.columns:
                    members = frame[frame["chain_id"] == chain_id]
                    for cid, name in zip(members["company_id"][:MAX_PER_CHAIN],
                                         members["name"][:MAX_PER_CHAIN]):
                        leaf = QTreeWidgetItem([str(name or cid)])
                        leaf.setData(0, KIND_ROLE, "company")
                        leaf.setData(0, ID_ROLE, cid)
                        leaf.setToolTip(0, str(cid))
                        node.addChild(leaf)
                    if len(members) > MAX_PER_CHAIN:
                        more = QTreeWidgetItem([self.tr("… and %1 more (see the companies table)")
                                                .replace("%1", str(len(members) - MAX_PER_CHAIN))])
                        more.setData(0, KIND_ROLE, "chain")
                        more.setData(0, ID_ROLE, chain_id)
                        node.addChild(more)
            root.setExpanded(True)
        self.blockSignals(False)

    def follow(self, chain, company) -> None:
        """Highlight the session's selection (when it was made elsewhere, e.g. in a table)."""
        wanted = ("company", company) if company is not None else (
            ("chain", chain) if chain is not None else ("programme", None))
        iterator = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            if (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) == wanted:
                if self.currentItem() is not item:
                    self.blockSignals(True)
                    self.setCurrentItem(item)
                    self.blockSignals(False)
                return
            iterator.extend(item.child(i) for i in range(item.childCount()))

    def _on_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        kind = current.data(0, KIND_ROLE)
        if kind == "programme":
            self.session.select(None, None)
        elif kind == "chain":
            self.session.select(current.data(0, ID_ROLE), None)
        elif kind == "company":
            parent = current.parent()
            self.session.select(parent.data(0, ID_ROLE) if parent else None,
                                current.data(0, ID_ROLE))


def _attr(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)

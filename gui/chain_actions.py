"""Value-chain actions shared by the navigator's context menu and the chain page: create,
rename, delete (with confirmation; companies and their assessments always stay), new company.

``ask_text`` and ``confirm`` are the only dialogs (tests replace them)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from gui.navigator import ID_ROLE, KIND_ROLE
from gui.setup_edits import push


def ask_text(parent, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value.strip() if ok and value.strip() else None


def confirm(parent, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def new_chain(parent, context) -> str | None:
    name = ask_text(parent, QCoreApplication.translate("ChainActions", "New value chain"), QCoreApplication.translate("ChainActions", "Name of the value chain:"))
    if not name:
        return None
    from core.setup.chains import add_chain
    if push(context, parent, lambda conn: add_chain(conn, name, who=context.consultant())):
        _select(context, name)
        return name
    return None


def rename_chain(parent, context, name: str | None) -> str | None:
    if not name:
        return None
    new = ask_text(parent, QCoreApplication.translate("ChainActions", "Rename value chain"), QCoreApplication.translate("ChainActions", "New name:"), name)
    if not new or new == name:
        return None
    from core.setup.chains import set_chain
    if push(context, parent, lambda conn: set_chain(conn, name, rename=new, who=context.consultant())):
        _select(context, new)
        return new
    return None


def delete_chain(parent, context, name: str | None) -> bool:
    if not name:
        return False
    project = context.session.project
    count = project.conn.execute("SELECT COUNT(*) FROM chain_members m JOIN value_chains v ON "
                                 "v.id = m.chain_id WHERE v.name = ?", (name,)).fetchone()[0]
    text = (QCoreApplication.translate("ChainActions", "Delete the value chain '%1'? Its %2 member companies and all their assessments "
                "stay in the programme (in no value chain); its phase dates are deleted. "
                "You can undo this with Ctrl+Z.").replace("%1", name).replace("%2", str(count)))
    if not confirm(parent, QCoreApplication.translate("ChainActions", "Delete value chain"), text):
        return False
    from core.setup.chains import remove_chain
    done = push(context, parent, lambda conn: remove_chain(conn, name, who=context.consultant()))
    if done:
        context.session.select(None, None)
    return done


def new_company(parent, context) -> str | None:
    """Ask for an id and a name; creates the company record (undoable). Returns its id."""
    company = ask_text(parent, QCoreApplication.translate("ChainActions", "New company"), QCoreApplication.translate("ChainActions", "Company id (e.g. its tax id):"))
    if not company:
        return None
    name = ask_text(parent, QCoreApplication.translate("ChainActions", "New company"), QCoreApplication.translate("ChainActions", "Company name:")) or None
    from core.setup.companies import add_company
    if push(context, parent, lambda conn: add_company(conn, company, name)):
        return company
    return None


def _select(context, name: str) -> None:
    session = context.session
    for chain in session.value_chains():
        if chain.name == name:
            session.select(chain.id, None)
            return


def install_chain_menu(window) -> None:
    """The navigator's context menu: new / rename / delete value chain, open its page."""
    navigator = window.navigator
    navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos) -> None:
        menu = chain_menu(window, navigator.itemAt(pos))
        if menu is not None:
            menu.exec(navigator.viewport().mapToGlobal(pos))
    navigator.customContextMenuRequested.connect(show)
    from gui.dialogs.company_list import open_company_list
    action = window.menu_file.addAction("")
    action.setObjectName("importCompanyListAction")
    action.triggered.connect(lambda: open_company_list(window))

    def texts() -> None:
        action.setText(QCoreApplication.translate("ChainActions", "Import a company list…"))
        action.setEnabled(window.context.session.is_open)
    window.session.changed.connect(texts)
    window.extension_retranslators = getattr(window, "extension_retranslators", []) + [texts]
    texts()


def chain_menu(window, item) -> QMenu | None:
    """The menu for a navigator item (None when no programme is open)."""
    context = window.context
    if not context.session.is_open:
        return None
    menu = QMenu(window.navigator)
    menu.addAction(QCoreApplication.translate("ChainActions", "New value chain…"), lambda: new_chain(window, context))
    menu.addAction(QCoreApplication.translate("ChainActions", "New company…"), lambda: new_company(window, context))
    if item is not None and item.data(0, KIND_ROLE) == "chain":
        chain_id = item.data(0, ID_ROLE)
        name = next((c.name for c in context.session.value_chains() if c.id == chain_id), None)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ChainActions", "Open the chain page (anchor, phases, suppliers)"),
                       lambda: (context.session.select(chain_id, None), window.show_view("chain")))
        menu.addAction(QCoreApplication.translate("ChainActions", "Rename…"), lambda: rename_chain(window, context, name))
        menu.addAction(QCoreApplication.translate("ChainActions", "Delete…"), lambda: delete_chain(window, context, name))
        from gui.views.followup import add_chain_entries     # plans, follow-up, certification
        add_chain_entries(window, menu, chain_id)
    if item is not None and item.data(0, KIND_ROLE) == "company" and item.parent() is not None:
        company, chain_id = item.data(0, ID_ROLE), item.parent().data(0, ID_ROLE)
        name = next((c.name for c in context.session.value_chains() if c.id == chain_id), None)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ChainActions", "Make it the anchor buyer of %1")
                       .replace("%1", name or ""), lambda: set_anchor(window, context, name, company))
        menu.addAction(QCoreApplication.translate("ChainActions", "Remove it from %1")
                       .replace("%1", name or ""), lambda: remove_member(window, context, name, company))
    return menu


def set_anchor(parent, context, chain: str | None, company: str) -> bool:
    from core.setup.chains import set_chain
    return bool(chain) and push(context, parent, lambda conn: set_chain(
        conn, chain, company, who=context.consultant()))


def remove_member(parent, context, chain: str | None, company: str) -> bool:
    from core.setup.chains import chain_members_edit
    return bool(chain) and push(context, parent, lambda conn: chain_members_edit(
        conn, chain, remove=[company], who=context.consultant()))

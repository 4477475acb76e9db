""""Open server programme…": the server, database, user and password of a programme server,
whether to remember the password on this computer, and (for consultants) which value chains to
take. The workbench then keeps a copy in the user's data folder and syncs it."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from gui.sync.replicas import ServerAddress, replica_folder


class OpenServerDialog(QDialog):
    """Asks where the programme server is; :meth:`address`, :meth:`password`, :meth:`chains`
    and :meth:`remember` say what the user gave."""

    def __init__(self, last_url: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("openServerDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.server, self.database, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox()
        self.chains_edit = QLineEdit()
        for name, widget in (("serverHost", self.server), ("serverDatabase", self.database),
                             ("serverUser", self.user), ("serverPassword", self.password),
                             ("serverRemember", self.remember_box), ("serverChains", self.chains_edit)):
            widget.setObjectName(name)
        if last_url:
            last = ServerAddress.from_url(last_url)
            self.server.setText(last.host if last.port == 5432 else f"{last.host}:{last.port}")
            self.database.setText(last.database)
            self.user.setText(last.user)
        self.labels = [QLabel() for _ in range(5)]
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("serverWhere")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, widget in zip(self.labels, (self.server, self.database, self.user, self.password,
                                               self.chains_edit)):
            form.addRow(label, widget)
        form.insertRow(4, "", self.remember_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)
        for edit in (self.server, self.database, self.user):
            edit.textChanged.connect(self._check)
        self.resize(560, self.sizeHint().height())
        self.retranslate_ui()
        self._check()
        (self.password if last_url else self.server).setFocus()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open server programme"))
        self.intro.setText(self.tr("A programme shared by a team lives on the chamber's PostgreSQL "
                                   "server. Give the details your programme manager sent you."))
        for label, text in zip(self.labels, (self.tr("Server"), self.tr("Database"), self.tr("User"),
                                             self.tr("Password"), self.tr("Value chains"))):
            label.setText(text)
        self.server.setPlaceholderText(self.tr("e.g. programas.camara.org or 10.0.0.5:5432"))
        self.chains_edit.setPlaceholderText(self.tr("Empty: every value chain you may see"))
        self.chains_edit.setToolTip(self.tr("Names separated by commas, to take only some value chains"))
        self.remember_box.setText(self.tr("Remember the password on this computer"))
        self.remember_box.setToolTip(self.tr("Kept in PostgreSQL's password file for your user "
                                             "account, never in the programme file."))
        self.where.setText(self.tr("A copy is kept on this computer (%1) so you can work without a "
                                   "connection; it is synced with the server when you open it, "
                                   "after your changes and every few minutes.")
                           .replace("%1", str(replica_folder())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.address().complete)

    def address(self) -> ServerAddress:
        return ServerAddress.parse(self.server.text(), self.database.text(), self.user.text())

    def secret(self) -> str:
        """The password typed (empty: libpq's password file may know it)."""
        return self.password.text()

    def remember(self) -> bool:
        return self.remember_box.isChecked()

    def chains(self) -> list[str] | None:
        names = [n.strip() for n in self.chains_edit.text().split(",") if n.strip()]
        return names or None

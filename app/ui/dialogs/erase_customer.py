"""Erase a customer for good (managers only): the dialog says plainly what goes and what
stays, and the Erase button wakes only once the customer's first name is typed. The erasure
runs in the background; a refusal from the core is shown in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import erasure
from app.core.customers import Customer
from app.ui.bidi import ident
from app.ui.error_text import error_text
from app.ui.state import AppState

ERASE_CHANGES = {"customers", "answers", "alerts", "purchases", "loyalty", "audit"}


def _same_name(typed: str, name: str) -> bool:
    return bool(typed.strip()) and typed.strip().casefold() == name.strip().casefold()


class EraseCustomerDialog(QDialog):
    erased = Signal(object)  # erasure.Erased

    def __init__(self, state: AppState, customer: Customer, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.customer = customer
        self.done_with: erasure.Erased | None = None
        self.setWindowTitle(self.tr("Erase a customer"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("Erase {name} for good?").format(name=customer.full_name))
        title.setObjectName("title")
        title.setWordWrap(True)
        goes = QLabel(
            self.tr(
                "<b>What goes:</b> their name, phone, e-mail, address, birthday, notes, tags "
                "and what they told us about themselves; their loyalty card number; what "
                "they wrote in surveys; their name in alerts; their entries in search. This "
                "can't be undone, and the shop file keeps no trace of it (backups made "
                "before now keep it until they are rotated out)."
            )
        )
        stays = QLabel(
            self.tr(
                "<b>What stays, without a name:</b> their purchases and totals, their loyalty "
                "points or punches, and their survey scores, so the shop's reports stay "
                "right. The audit log notes who erased customer {id}, and when."
            ).format(id=ident(customer.id))
        )
        for label in (goes, stays):
            label.setWordWrap(True)

        self.reason = QComboBox()
        for code, text in (
            ("request", self.tr("The customer asked")),
            ("retention", self.tr("Inactive too long")),
            ("other", self.tr("Another reason")),
        ):
            self.reason.addItem(text, code)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(customer.first_name)
        self.confirm.textChanged.connect(self._typed)
        form = QFormLayout()
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(
            self.tr("Type their first name, {name}, to confirm").format(name=customer.first_name),
            self.confirm,
        )
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setProperty("primary", True)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.erase_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(goes)
        layout.addWidget(stays)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.confirm.setFocus()

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(_same_name(text, self.customer.first_name))

    def erase(self) -> None:
        shop = self.state.shop
        if shop is None or not _same_name(self.confirm.text(), self.customer.first_name):
            return
        self.erase_button.setEnabled(False)
        self.state.runner.run(
            erasure.erase,
            shop,
            self.customer.id,
            self.reason.currentData(),
            changes=ERASE_CHANGES,
            on_done=self._erased,
            on_error=self._refused,
        )

    def _erased(self, done: erasure.Erased) -> None:
        self.done_with = done
        self.erased.emit(done)
        self.accept()

    def _refused(self, error) -> None:
        self.problem.setText(error_text(error))
        self.problem.setVisible(True)
        self._typed(self.confirm.text())

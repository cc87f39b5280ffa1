"""A manager's correction to one customer's balance in one program: a change (+5 or -3) and
the reason, both required. The ledger keeps it as an "adjust" entry with the reason and who
did it; the core refuses a cashier, a zero change, a missing reason and a balance below zero,
and its refusal appears under the field it is about.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import loyalty
from app.core.errors import Conflict, CounterpartError, ValidationError
from app.core.loyalty import Balance, Earned
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge
from app.ui.widgets.loyalty_labels import units


def _message(text: str = "", name: str = "error") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    label.setVisible(bool(text))
    return label


class AdjustDialog(QDialog):
    adjusted = Signal(object)  # the Earned the correction made

    def __init__(self, state: AppState, customer_id: int, balance: Balance,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.customer_id = customer_id
        self.balance = balance
        self._saving = False
        program = balance.program
        self.setWindowTitle(self.tr("Adjust balance"))
        self.setMinimumWidth(440)
        title = QLabel(self.windowTitle())
        title.setObjectName("title")
        intro = _message(self.tr("{program}: {held} on the card now. The change and its "
                                 "reason go into the loyalty history with your name.").format(
            program=program.name, held=units(program, balance.balance)), "hint")
        self.delta = QLineEdit()
        self.delta.setMaxLength(8)
        self.delta.setPlaceholderText(self.tr("e.g. 2 to add, -2 to take off"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. card forgotten on 3 May"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        for key, caption, field in (("delta", self.tr("&Change"), self.delta),
                                    ("reason", self.tr("&Reason"), self.reason)):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(field)
            self.errors[key] = _message()
            column.addWidget(self.errors[key])
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, holder)
            field.textEdited.connect(lambda _t, k=key: self._typed(k))
        self.problem = _message()
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Adjust (Enter)"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.delta.setFocus()

    def _typed(self, key: str) -> None:
        self.errors[key].setVisible(False)
        self.problem.setVisible(False)

    def _show(self, key: str, message: str) -> None:
        label = self.errors.get(key, self.problem)
        label.setText(message)
        label.setVisible(True)
        self.adjustSize()

    def submit(self) -> None:
        shop = self.state.shop
        if self._saving or shop is None:
            return
        for label in (*self.errors.values(), self.problem):
            label.setVisible(False)
        text = self.delta.text().strip().replace("−", "-").replace(" ", "")
        try:
            delta = int(text)
        except ValueError:
            self._show("delta", self.tr("Type a whole number: 2 adds two, -2 takes two off."))
            self.delta.setFocus()
            return
        self._saving = True
        self.ok_button.setEnabled(False)
        self.state.runner.run(loyalty.adjust, shop, self.customer_id, self.balance.program.id,
                              delta, self.reason.text(), on_done=self._done,
                              on_error=self._refused, changes={"loyalty"})

    def _done(self, earned: Earned) -> None:
        self._saving = False
        self.adjusted.emit(earned)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        key = error.field if isinstance(error, ValidationError) else \
            "delta" if isinstance(error, Conflict) else ""  # below zero: about the change
        self._show(key, error_text(error))
        {"delta": self.delta, "reason": self.reason}.get(key, self.delta).setFocus()

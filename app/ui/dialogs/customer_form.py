"""Register a new customer or edit one: a few fields first, the rest under "More details".

While the user types, the shop is asked who this might already be (a yellow panel offers to
open that customer instead). Save goes through the core; every refused field gets its
message underneath it and nothing typed is lost. Enter saves; Escape cancels (asking first
if something was typed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import customers
from app.core.customers import Customer
from app.core.errors import DuplicateCustomer, ValidationError
from app.ui.dialogs.customer_fields import FIRST, CustomerFields, values_of
from app.ui.dialogs.duplicate_panel import DuplicatePanel
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.policy_link import add_policy_link


class CustomerForm(QDialog):
    saved = Signal(object)  # the Customer as stored
    open_existing = Signal(int)  # the user chose an existing customer instead
    OpenExisting = 2  # result code besides Accepted / Rejected
    DUPLICATE_CHECK_MS = 250

    def __init__(self, state: AppState, customer: Customer | None = None,
                 prefill: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.customer = customer
        self.stored: Customer | None = None  # after a successful save
        self.existing_id: int | None = None
        self._saving = False
        self._check = 0  # generation of the "already registered?" question

        editing = customer is not None
        self.setWindowTitle(self.tr("Edit customer") if editing else self.tr("New customer"))
        self.setMinimumWidth(620)
        title = QLabel(
            self.tr("Edit {name}").format(name=customer.full_name) if customer
            else self.tr("New customer")
        )
        title.setObjectName("title")
        hint = QLabel(self.tr("A name and a phone number or e-mail are enough; "
                              "the rest can wait for a later visit."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.duplicates = DuplicatePanel()
        self.duplicates.open_requested.connect(self._open_existing)
        self.duplicates.anyway.connect(lambda: self.save(force=True))
        self.fields = CustomerFields()
        self.fields.typed.connect(self._typed)
        self.policy_link = add_policy_link(self.fields, state)  # beside the consent box
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save (Enter)") if editing
                                       else self.tr("Register (Enter)"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.duplicates)
        self.scroll = QScrollArea()  # "More details" can be taller than a small screen
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.fields)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DUPLICATE_CHECK_MS)
        self._timer.timeout.connect(self._ask_duplicates)

        self.fields.set_values(values_of(customer) if customer else dict(prefill or {}))
        self._initial = self.fields.values()
        self.fields.more_button.toggled.connect(lambda _on: self.fit())
        self.fit()
        if prefill and any(prefill.get(k) for k in FIRST):
            self._timer.start()
        empty = next((k for k in FIRST if not self.fields.values()[k]), "first_name")
        self.fields.widgets[empty if not editing else "first_name"].setFocus()

    def fit(self) -> None:
        """As tall as the fields need, but never taller than the screen (then they scroll)."""
        screen = self.screen()
        height = screen.availableGeometry().height() if screen is not None else 700
        room = height - 240 - (self.duplicates.sizeHint().height()
                               if self.duplicates.isVisibleTo(self) else 0)
        self.scroll.setFixedHeight(max(120, min(self.fields.sizeHint().height(), room)))
        width = max(self.width(), self.minimumWidth())
        self.resize(width, self.layout().totalHeightForWidth(width))

    # -- while typing -------------------------------------------------------------------
    def _typed(self, name: str) -> None:
        self.fields.clear_errors(name)
        self.problem.setVisible(False)
        if name in FIRST:
            self._timer.start()

    def _ask_duplicates(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self._check += 1
        check = self._check
        values = self.fields.values()
        raw = {k: values[k] for k in FIRST}
        self.state.runner.run(
            customers.likely_duplicates, shop, raw,
            self.customer.id if self.customer else None,
            on_done=lambda found: self._likely(check, found), on_error=lambda _err: None,
        )

    def _likely(self, check: int, matches: list) -> None:
        if check != self._check:
            return  # the user typed on since
        self.duplicates.show_matches(self.tr("Maybe already registered:"), matches)
        self.fit()

    def _open_existing(self, customer_id: int) -> None:
        self.existing_id = customer_id
        self._timer.stop()
        self.open_existing.emit(customer_id)
        self.done(self.OpenExisting)

    # -- saving -------------------------------------------------------------------------
    def save(self, force: bool = False) -> None:
        shop = self.state.shop
        if self._saving or shop is None:
            return
        self._timer.stop()
        self._check += 1  # an answer still on its way is no longer wanted
        self.fields.clear_errors()
        self.problem.setVisible(False)
        self._saving = True
        self.save_button.setEnabled(False)
        values = self.fields.values()
        done = {"on_done": self._saved, "on_error": self._refused, "changes": {"customers"}}
        if self.customer is None:
            raw = {k: v for k, v in values.items() if v not in ("", False)}
            self.state.runner.run(customers.register, shop, raw, force=force, **done)
        else:
            self.state.runner.run(
                customers.update, shop, self.customer.id, values, force=force, **done
            )

    def _saved(self, customer: Customer) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.stored = customer
        self.saved.emit(customer)
        self.accept()

    def _refused(self, error) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, DuplicateCustomer):
            anyway = self.tr("Save anyway") if self.customer else self.tr("Register anyway")
            self.duplicates.show_matches(error_text(error), error.matches, anyway)
            self.fit()
        elif isinstance(error, ValidationError):
            if self.fields.show_errors(error.errors, error_text) is None:
                self._problem(error.message)
            self.fit()
        else:
            self._problem(error.message)

    def _problem(self, message: str) -> None:
        self.problem.setText(error_text(message))
        self.problem.setVisible(True)

    # -- leaving ------------------------------------------------------------------------
    def dirty(self) -> bool:
        return self.fields.values() != self._initial

    def reject(self) -> None:
        if self.dirty() and not self.confirm_discard():
            return
        self._timer.stop()
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Discard?"),
            self.tr("Close the form and lose what you typed?"), parent=self,
        )
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep typing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._saving:
            if not isinstance(self.focusWidget(), QPushButton):
                self.save()
                return
        super().keyPressEvent(event)

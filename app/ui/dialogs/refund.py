"""Give money back against one purchase: all that is left (the default) or part of it.

The dialog shows the purchase (when, total, already refunded, what is left), asks for the
amount and a reason, and says in one sentence what will happen before Enter confirms. A
refusal from the core (too much, already refunded, no reason) appears under its field and
nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import money, purchases
from app.core.calendars import latin_digits
from app.core.errors import ValidationError
from app.core.purchases import PurchaseView
from app.ui import bidi
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.error_text import error_text
from app.ui.models.purchase_list import lines_summary
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge


class RefundDialog(QDialog):
    refunded = Signal(object)  # the PurchaseView after the refund

    def __init__(self, state: AppState, purchase: PurchaseView, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.purchase = purchase
        self.result_view: PurchaseView | None = None
        self._saving = False
        settings = state.shop.settings
        self._currency, self._locale = settings.currency, bidi.language()
        self.setWindowTitle(self.tr("Refund"))
        self.setMinimumWidth(480)

        title = QLabel(self.tr("Refund a purchase"))
        title.setObjectName("title")
        facts = QFrame()
        facts.setObjectName("card")
        shown = QFormLayout(facts)
        shown.setContentsMargins(14, 10, 14, 10)
        shown.setHorizontalSpacing(18)
        rows = [
            (self.tr("Date"), ltr(local_time(purchase.at))),
            (self.tr("Total"), self.money(purchase.total)),
            (self.tr("Already refunded"), self.money(purchase.refunded)),
            (self.tr("Left to refund"), self.money(purchase.refundable)),
        ]
        if purchase.receipt:
            rows.insert(1, (self.tr("Receipt"), ltr(purchase.receipt)))
        if purchase.lines:
            rows.append((self.tr("Items"), lines_summary(purchase, 4)))
        for label, value in rows:
            caption = QLabel(label)
            caption.setObjectName("hint")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setAlignment(leading_edge())
            shown.addRow(caption, text)

        self.amount = QLineEdit(money.typed_text(purchase.refundable, self._currency, self._locale))
        self.amount.setObjectName("amount")
        self.amount.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount_error = self._error_label()
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the money goes back, e.g. damaged item"))
        self.reason.setMaxLength(200)
        self.reason_error = self._error_label()
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.addRow(self.tr("Amount"), self._with_error(self.amount, self.amount_error))
        form.addRow(self.tr("Reason"), self._with_error(self.reason, self.reason_error))

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(leading_edge())
        self.summary.setStyleSheet("QLabel#summary { background: #f6f8fa; border: 1px solid "
                                   "#d0d7de; border-radius: 8px; padding: 8px 10px; }")
        self.problem = self._error_label()

        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button = QPushButton()
        self.confirm_button.setProperty("primary", True)
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.amount.textEdited.connect(lambda _t: self._typed(self.amount_error))
        self.amount.textChanged.connect(lambda _t: self._update_summary())
        self.reason.textEdited.connect(lambda _t: self._typed(self.reason_error))
        self._update_summary()
        self.amount.selectAll()
        self.amount.setFocus()

    @staticmethod
    def _with_error(box: QLineEdit, error: QLabel) -> QWidget:
        """The field with its message right under it (no gap while there is none)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(box)
        column.addWidget(error)
        return holder

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("error")
        label.setWordWrap(True)
        label.setAlignment(leading_edge())
        label.setVisible(False)
        return label

    def money(self, minor: int) -> str:
        return bidi.money_text(minor, self._currency)

    # -- what will happen ---------------------------------------------------------------
    def _amount_minor(self) -> int | None:
        text = self.amount.text().strip()
        if not text:
            return self.purchase.refundable
        try:
            return money.parse(text, self._currency, "amount")
        except ValidationError:
            return None

    def _typed(self, error: QLabel) -> None:
        error.setVisible(False)
        self.problem.setVisible(False)

    def _update_summary(self) -> None:
        value, left = self._amount_minor(), self.purchase.refundable
        if value is None:
            self.summary.setText(self.tr("Type the amount to give back, like 12.50."))
            self.confirm_button.setText(self.tr("Refund (Enter)"))
            return
        if value > left:
            text = self.tr("That is more than the {left} left to refund on this purchase.")
            self.summary.setText(text.format(left=self.money(left)))
        elif value == left:
            text = self.tr("{amount} goes back to the customer. Nothing will be left to "
                           "refund on this purchase; it stops counting toward their spend.")
            self.summary.setText(text.format(amount=self.money(value)))
        else:
            text = self.tr("{amount} goes back to the customer. {rest} will still be left "
                           "to refund on this purchase.")
            self.summary.setText(text.format(amount=self.money(value),
                                             rest=self.money(left - value)))
        self.confirm_button.setText(
            self.tr("Refund {amount} (Enter)").format(amount=self.money(value)))

    # -- doing it -----------------------------------------------------------------------
    def confirm(self) -> None:
        shop = self.state.shop
        if self._saving or shop is None:
            return
        for label in (self.amount_error, self.reason_error, self.problem):
            label.setVisible(False)
        self._saving = True
        self.confirm_button.setEnabled(False)
        self.state.runner.run(
            purchases.refund, shop, self.purchase.id,
            latin_digits(self.amount.text()).strip() or None, self.reason.text(),
            on_done=self._done, on_error=self._refused, changes={"purchases"},
        )

    def _done(self, view: PurchaseView) -> None:
        self._saving = False
        self.confirm_button.setEnabled(True)
        self.result_view = view
        self.refunded.emit(view)
        self.accept()

    def _refused(self, error) -> None:
        self._saving = False
        self.confirm_button.setEnabled(True)
        field = getattr(error, "field", "amount")
        label, box = ((self.reason_error, self.reason) if field == "reason"
                      else (self.amount_error, self.amount))
        label.setText(error_text(error))
        label.setVisible(True)
        box.setFocus()
        box.selectAll()

    def error_text(self, field: str) -> str:
        label = self.reason_error if field == "reason" else self.amount_error
        return "" if label.isHidden() else label.text()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._saving:
            if not isinstance(self.focusWidget(), QPushButton):
                self.confirm()
                return
        super().keyPressEvent(event)

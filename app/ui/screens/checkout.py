"""The checkout: who bought (a card scan, a search, or anonymous), how much, and Enter.

Keyboard first. The fastest path is scan, type the total, Enter: a scan picks the card's
customer and moves to the total; Enter in any field records. F6 sells to nobody in
particular, F7 adds a line, Escape in the total lets go of the customer, Ctrl+Z undoes the
last purchase for as long as the core lets a cashier. A mistake is explained next to its
field and nothing typed is lost; a purchase is reported only once the core has committed it.

Later features hook in through `recorded` / `undone` and add their widgets to `extras`
(the bottom of the result panel).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import figures, purchases
from app.core.customers import CustomerSummary
from app.core.errors import CounterpartError, NotFound, ValidationError
from app.core.purchases import PurchaseView
from app.ui import bidi
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.customer_picker import CustomerPicker
from app.ui.widgets.sale_form import SaleForm, label, named_line
from app.ui.widgets.sale_result import SaleResult

_HERE = Qt.ShortcutContext.WidgetWithChildrenShortcut
STYLE = """
QLabel#fieldLabel { font-weight: 600; color: #1f2328; }
QLineEdit#checkoutSearch { font-size: 18px; padding: 8px 10px; }
MoneyEdit#total { font-size: 30px; font-weight: 600; padding: 6px 10px; }
MoneyEdit#total[readOnly="true"] { background: #f6f8fa; color: #1f2328; }
MoneyEdit#total QLabel#moneyPrefix { font-size: 24px; }
MoneyEdit[invalid="true"] { border: 2px solid #cf222e; background: #fff5f5; }
QFrame#chip { background: #ddf4ff; border: 1px solid #54aeff; border-radius: 10px; }
QFrame#chip[anonymous="true"] { background: #f6f8fa; border: 1px solid #d0d7de; }
QLabel#chipName { font-size: 18px; font-weight: 600; }
QLabel#badge { background: white; border: 1px solid #d0d7de; border-radius: 9px;
    padding: 2px 10px; color: #1f2328; }
QPushButton#record { font-size: 20px; padding: 14px; border-radius: 8px; }
QLabel#headline { font-size: 18px; font-weight: 600; color: #1a7f37; }
QLabel#headline[undone="true"] { color: #57606a; }
"""


def after_sale(shop, customer_id: int | None, products: list[str]):
    """For the result panel, in one trip to the worker: the customer's figures now and,
    for the first products just sold, what other customers who bought them also bought."""
    found = figures.for_customer(shop, customer_id) if customer_id is not None else None
    also = [(p, [name for name, _n in figures.also_bought(shop, p, 3)]) for p in products[:2]]
    return found, also


class CheckoutScreen(QWidget):
    recorded = Signal(object, object)  # PurchaseView, CustomerSummary | None: committed
    undone = Signal(object)  # the voided PurchaseView

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.busy = False  # a record or an undo is on its way to the shop
        self._sent: tuple | None = None  # (customer, form values) of the record on its way
        self.last: PurchaseView | None = None
        self.last_customer: CustomerSummary | None = None
        self.setStyleSheet(STYLE)

        self.picker = CustomerPicker(state)
        self.box = self.picker.box
        self.form = SaleForm(state)
        self.total, self.lines = self.form.total, self.form.lines
        self.receipt, self.note = self.form.receipt, self.form.note
        self.record_button = QPushButton()
        self.record_button.setObjectName("record")
        self.record_button.setProperty("primary", True)
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.error = label(name="error")  # what no field explains
        self.error.setVisible(False)
        self.result = SaleResult()
        self.result.undo_requested.connect(self.undo)
        self.extras = self.result.extras  # later features (loyalty, surveys) add widgets here

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(6)
        column.addWidget(label(self.tr("Customer")))
        column.addWidget(self.picker)
        column.addSpacing(14)
        column.addWidget(self.form)
        column.addSpacing(18)
        column.addWidget(self.record_button)
        column.addWidget(self.error)
        column.addStretch(1)
        page = QWidget()
        page.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click beside a field keeps the cursor
        scroll.setWidget(page)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Checkout"), "title"))
        top.addSpacing(14)
        top.addWidget(label(self.tr("Scan the card · type the total · Enter"), "hint"), 1,
                      Qt.AlignmentFlag.AlignBottom)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(scroll, 5)
        body.addWidget(self.result, 3)
        self.result.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.picker.chosen.connect(lambda _c: self._focus(self.total))
        self.picker.skipped.connect(lambda: self._focus(self.total))
        self.form.submitted.connect(self.record)
        self.form.escaped.connect(self.picker.clear)
        self.form.amount_changed.connect(self._update_button)
        self.form.lines.added.connect(self._watch)
        for edit in (self.box, *self.form.edits()):
            self._watch(edit)
            edit.textEdited.connect(lambda _t: self._say(""))
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, lambda: self.picker.choose(None),
                  context=_HERE)
        QShortcut(QKeySequence(Qt.Key.Key_F7), self, self.form.add_line, context=_HERE)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo, context=_HERE)
        self._update_button()

    # -- the shop's money -------------------------------------------------------------------
    @property
    def currency(self) -> str:
        return self.state.shop.settings.currency if self.state.shop else ""

    @property
    def locale(self) -> str:
        """The workstation's language: amounts read like the rest of the screen."""
        return bidi.language()

    def show_money(self, minor: int) -> str:
        return bidi.money_text(minor, self.currency)

    def activate(self) -> None:
        """Shown (again): the shop's currency in the fields, the customer box focused."""
        self.form.set_currency(self.currency, self.locale)
        self.result.money = self.show_money
        self._focus(self.total if self.picker.is_chosen else self.box)

    def _focus(self, edit: QLineEdit) -> None:
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def _update_button(self) -> None:
        """The Record button says the amount; the tab order follows the lines."""
        chain = [self.box, *self.form.edits(), self.record_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        minor = self.form.amount() if self.currency else None
        if minor:
            self.record_button.setText(self.tr("Record {amount}   (Enter)").format(
                amount=self.show_money(minor)))
        else:
            self.record_button.setText(self.tr("Record   (Enter)"))

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -- recording --------------------------------------------------------------------------
    def record(self) -> None:
        """Enter: record what the form says, or explain next to the field what is wrong."""
        shop = self.state.shop
        if self.busy or shop is None:
            return
        self.form.clear_errors()
        self._say("")
        code = self.form.card_in_total()
        if code:  # a card scanned into the total: that is who is buying
            self.total.clear()
            self.picker.pick_card(code)
            return
        if not self.picker.is_chosen:
            self.picker.say(self.tr("Scan the card or pick the customer first, or press F6 "
                                    "for a sale without a customer."))
            self._focus(self.box)
            return
        customer = self.picker.customer
        values = self.form.values()
        self._sent = (customer, values)
        self._set_busy(True)
        self.state.runner.run(
            purchases.record, shop, customer.id if customer else None, **values,
            on_done=lambda view: self._recorded(view, customer), on_error=self._refused,
            changes={"purchases", "customers"})

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.record_button.setEnabled(not busy)

    def _refused(self, error: CounterpartError) -> None:
        """Nothing was recorded: say why next to the field and leave every field as typed."""
        self._set_busy(False)
        if isinstance(error, NotFound):  # the customer was erased or merged meanwhile
            self.picker.clear()
            self.picker.say(error_text(error))
            return
        field = error.field if isinstance(error, ValidationError) else ""
        if not self.form.show_error(field, error_text(error), named_line(error.message)):
            self._say(error_text(error))

    def _recorded(self, view: PurchaseView, customer: CustomerSummary | None) -> None:
        """Committed: say so, and clear the form for the next customer in the queue."""
        self._set_busy(False)
        self.last, self.last_customer = view, customer
        self.result.money = self.show_money
        self.result.say("")
        self.result.show_recorded(view, customer.full_name if customer else "")
        # Clear for the next customer, unless the cashier already moved on to them.
        if self.picker.is_chosen and (self.picker.customer, self.form.values()) == self._sent:
            self.form.clear()
            self.picker.reset()
            self._focus(self.box)
        self._load_figures(view, [line.product for line in view.lines])
        self.recorded.emit(view, customer)

    def _load_figures(self, view: PurchaseView, products: list[str]) -> None:
        self.state.runner.run(after_sale, self.state.shop, view.customer_id, products,
                              on_done=lambda found: self._figures(view, found),
                              on_error=lambda _e: None, lane="slow")

    def _figures(self, view: PurchaseView, found) -> None:
        if self.last is not None and self.last.id == view.id:
            self.result.show_figures(*found)

    # -- undo -------------------------------------------------------------------------------
    def undo(self) -> None:
        """Ctrl+Z: void the last purchase (kept on file and in the audit log, no longer
        counted), while the core still lets a cashier do that."""
        if self.busy or self.last is None or not self.result.can_undo:
            return
        self._set_busy(True)
        self.state.runner.run(
            purchases.void, self.state.shop, self.last.id, "undone at the checkout",
            on_done=self._undone, on_error=self._undo_refused,
            changes={"purchases", "customers"})

    def _undone(self, view: PurchaseView) -> None:
        self._set_busy(False)
        self.last = view
        self.result.show_undone(view)
        self._load_figures(view, [])
        self.undone.emit(view)

    def _undo_refused(self, error: CounterpartError) -> None:
        self._set_busy(False)
        self.result.offer_undo(False)
        self.result.say(error_text(error))

    # -- Ctrl+Z in a field means the last purchase while that is offered ---------------------
    def _watch(self, edit: QLineEdit) -> None:
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and self.result.can_undo \
                and event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        return super().eventFilter(watched, event)

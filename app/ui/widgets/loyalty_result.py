"""The checkout's loyalty panel, under the last purchase: what the sale earned, one line per
program ("+1 punch — 2 more to a free coffee", "+26 points — 161 points, 1 voucher ready"),
and for a reward that is ready a button "Redeem: a free coffee (Ctrl+R)". Ctrl+R redeems the first
ready reward on that purchase (the ledger links the two); an undo shows what was taken back
and what was given back.

`attach_loyalty(checkout)` puts the panel in `CheckoutScreen.extras` and listens to its
`recorded` / `undone` signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core import loyalty
from app.core.customers import CustomerSummary
from app.core.errors import CounterpartError
from app.core.loyalty import Balance, Earned
from app.core.purchases import PurchaseView
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge
from app.ui.widgets.loyalty_labels import Money, earned_text, reward_name, standing, units

if TYPE_CHECKING:
    from app.ui.screens.checkout import CheckoutScreen

REDEEM_KEY = QKeySequence("Ctrl+R")


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LoyaltyResult(QFrame):
    def __init__(self, state: AppState, show: Money, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loyaltyResult")
        self.setStyleSheet("QFrame#loyaltyResult { border-top: 1px solid #d0d7de; }"
                           "QLabel#loyaltyDone { color: #1a7f37; font-weight: 600; }")
        self.state = state
        self.show_money = show
        self.purchase: PurchaseView | None = None
        self.ready: list[Balance] = []
        self.busy = False
        self.title = QLabel(self.tr("Loyalty"))
        self.title.setStyleSheet("font-weight: 600;")
        self.lines = _label("loyaltyLines")
        self.done = _label("loyaltyDone")
        self.problem = _label("error")
        self.buttons = QVBoxLayout()
        self.buttons.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        for widget in (self.title, self.lines, self.done, self.problem):
            layout.addWidget(widget)
        layout.addLayout(self.buttons)
        self.clear()

    # -- what the panel says ------------------------------------------------------------
    def clear(self) -> None:
        self.purchase, self.ready = None, []
        for label in (self.lines, self.done, self.problem):
            label.clear()
        self._buttons([])
        self._update()

    def _update(self) -> None:
        for label in (self.lines, self.done, self.problem):
            label.setVisible(bool(label.text()))
        self.setVisible(self.purchase is not None and any(
            label.text() for label in (self.lines, self.done, self.problem)) or bool(self.ready))

    def text(self) -> str:
        """Everything the panel says, for tests."""
        shown = [self.lines.text(), self.done.text(), self.problem.text(),
                 *(b.text() for b in self.redeem_buttons)]
        return "\n".join(t for t in shown if t)

    def _earned_lines(self, earned: tuple[Earned, ...], undo: bool = False) -> str:
        """One line per program; after an undo a positive amount is a reward given back."""
        return "\n".join(
            self.tr("+{back} given back (the reward used on this purchase) — {now}").format(
                back=units(e.program, e.amount),
                now=standing(e.program, e.balance, self.show_money))
            if undo and e.amount > 0
            else earned_text(e.program, e.amount, e.balance, self.show_money)
            for e in earned)

    def recorded(self, view: PurchaseView, customer: CustomerSummary | None) -> None:
        self.clear()
        if customer is None or view.customer_id is None:
            return
        self.purchase = view
        self.lines.setText(self._earned_lines(view.loyalty))
        self._update()
        self._load_ready(view)

    def undone(self, view: PurchaseView) -> None:
        if self.purchase is None or self.purchase.id != view.id:
            return
        self.purchase = view
        self.ready = []
        self._buttons([])
        self.done.clear()
        said = self._earned_lines(view.loyalty, undo=True)
        self.lines.setText(self.tr("Undone: {what}").format(what=said) if said else
                           self.tr("Undone: nothing to take back."))
        self._update()

    # -- rewards ready ------------------------------------------------------------------
    def _load_ready(self, view: PurchaseView) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(loyalty.balances, shop, view.customer_id,
                              on_done=lambda found: self._ready(view.id, found),
                              on_error=lambda _e: None, lane="slow")

    def _ready(self, purchase_id: int, found: list[Balance]) -> None:
        if self.purchase is None or self.purchase.id != purchase_id or self.purchase.voided:
            return
        self.ready = [b for b in found if b.rewards_ready > 0]
        self._buttons(self.ready)
        self._update()

    @property
    def redeem_buttons(self) -> list[QPushButton]:
        return [self.buttons.itemAt(i).widget() for i in range(self.buttons.count())]

    def _buttons(self, ready: list[Balance]) -> None:
        for button in self.redeem_buttons:
            self.buttons.removeWidget(button)
            button.hide()
            button.deleteLater()
        for index, balance in enumerate(ready):
            reward = reward_name(balance.program, self.show_money)
            text = (self.tr("Redeem: {reward} (Ctrl+R)") if index == 0
                    else self.tr("Redeem: {reward}")).format(reward=reward)
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cashier's cursor stays put
            button.setProperty("primary", index == 0)
            button.setEnabled(not self.busy)
            button.clicked.connect(lambda _c=False, b=balance: self.redeem(b))
            self.buttons.addWidget(button)
            button.show()  # at once, not when the event loop gets round to it

    def redeem_first(self) -> None:
        """Ctrl+R: the first ready reward, on the purchase just recorded."""
        if self.ready and self.isVisible():
            self.redeem(self.ready[0])

    def redeem(self, balance: Balance) -> None:
        shop, view = self.state.shop, self.purchase
        if shop is None or view is None or self.busy or view.voided:
            return
        self.busy = True
        for button in self.redeem_buttons:
            button.setEnabled(False)
        self.state.runner.run(
            loyalty.redeem, shop, view.customer_id, balance.program.id, purchase_id=view.id,
            on_done=lambda e: self._redeemed(view.id, e),
            on_error=lambda err: self._refused(view.id, err), changes={"loyalty"})

    def _redeemed(self, purchase_id: int, earned: Earned) -> None:
        self.busy = False
        if self.purchase is None or self.purchase.id != purchase_id:
            return
        self.problem.clear()
        p = earned.program
        self.done.setText(self.tr("✓ Redeemed {reward} on this purchase ({used} off) — {now}")
                          .format(reward=reward_name(p, self.show_money),
                                  used=units(p, -earned.amount),
                                  now=standing(p, earned.balance, self.show_money)))
        self._update()
        self._load_ready(self.purchase)

    def _refused(self, purchase_id: int, error: CounterpartError) -> None:
        self.busy = False
        for button in self.redeem_buttons:
            button.setEnabled(True)
        if self.purchase is not None and self.purchase.id == purchase_id:
            self.problem.setText(error_text(error))
            self._update()


def attach_loyalty(checkout: CheckoutScreen) -> LoyaltyResult:
    """Add the loyalty panel to a checkout screen: under the last purchase, fed by its
    `recorded` / `undone` signals, Ctrl+R redeeming the first reward ready."""
    panel = LoyaltyResult(checkout.state, checkout.show_money, checkout.result)
    checkout.extras.addWidget(panel)
    checkout.recorded.connect(panel.recorded)
    checkout.undone.connect(panel.undone)
    QShortcut(REDEEM_KEY, checkout, panel.redeem_first,
              context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    checkout.loyalty = panel
    return panel

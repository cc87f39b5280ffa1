"""The profile's loyalty sections: the customer's balance in every program with what is ready
("Redeem…", Ctrl+R for the first), a manager's "Adjust…" (a change and a reason), the loyalty
history as a lazy table, and on the loyalty card "Replace lost card…" (a new number, the old
one retired for good) and "Print card…" (a wallet-size PDF in <shop folder>/cards/).

`add_loyalty_section(profile)` puts the cards on a ProfileScreen; the profile calls
`show_customer` / `clear` on the result, and the sections reload whenever the runner
announces that loyalty or purchases changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton

from app.core import loyalty
from app.core.loyalty import Balance, Earned
from app.ui.dialogs.customer_labels import ltr
from app.ui.dialogs.loyalty_adjust import AdjustDialog
from app.ui.error_text import error_text
from app.ui.screens.loyalty import money_of
from app.ui.state import AppState
from app.ui.widgets.loyalty_cards import BalancesCard, LedgerCard, hint_label
from app.ui.widgets.loyalty_labels import reward_name, standing, units

if TYPE_CHECKING:
    from app.ui.screens.profile import ProfileScreen

def write_card(shop, customer_id: int, path: Path) -> Path:
    """On the worker: the wallet-size card PDF at `path` (its folder made if need be)."""
    from app.reports.loyalty_card import card_pdf  # noqa: PLC0415 - ReportLab only when printing

    path.parent.mkdir(parents=True, exist_ok=True)
    card_pdf(shop, customer_id, path)
    return path


class ProfileLoyalty(QObject):
    def __init__(self, profile: ProfileScreen):
        super().__init__(profile)
        self.profile = profile
        self.state: AppState = profile.state
        self.customer_id: int | None = None
        self.balances: list[Balance] = []
        self.dialog: AdjustDialog | None = None
        self._generation = 0
        self.card = BalancesCard()
        self.ledger = LedgerCard(self.state)
        profile.add_section(self.card, "left", min(1, profile.left.count()))  # after contact
        profile.add_section(self.ledger, "wide", min(1, profile.wide.count()))
        self.replace_button = QPushButton(self.tr("Replace lost card…"))
        self.replace_button.clicked.connect(self.replace_card)
        self.print_button = QPushButton(self.tr("Print card…"))
        self.print_button.clicked.connect(self.print_card)
        self.card_said = hint_label()
        self.card_said.setVisible(False)
        row = QHBoxLayout()
        for button in (self.replace_button, self.print_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        profile.card.body.addLayout(row)
        profile.card.body.addWidget(self.card_said)
        self.open_file = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        QShortcut(QKeySequence("Ctrl+R"), profile, self.redeem_first,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.state.runner.changed.connect(self._changed)

    # -- loading ------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        if customer_id != self.customer_id:
            self.balances = []
            self.card.blank()
            self.card.say()
            self.say_on_card("")
            self.ledger.model.set_customer(customer_id)
        else:
            self.ledger.model.refresh()
        self.customer_id = customer_id
        self._load()

    def clear(self) -> None:
        self._generation += 1
        self.customer_id = None
        self.balances = []
        self.card.blank()
        self.ledger.model.set_customer(None)

    def _changed(self, what) -> None:
        if self.customer_id is not None and what & {"loyalty", "purchases"}:
            self.ledger.model.refresh()
            self._load()

    def _load(self) -> None:
        shop = self.state.shop
        if shop is None or self.customer_id is None:
            return
        self._generation += 1
        generation = self._generation
        self.state.runner.run(loyalty.balances, shop, self.customer_id,
                              on_done=lambda found: self._arrived(generation, found),
                              on_error=lambda err: self._failed(generation, err))

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.card.say(problem=error_text(error))

    def _arrived(self, generation: int, found: list[Balance]) -> None:
        if generation != self._generation:
            return
        today = date.today()  # an ended or future program shows only while something is held
        self.balances = found = [b for b in found if b.balance or b.program.runs_on(today)]
        show, _unit = money_of(self.state)
        self.card.fill(found, show, self.state.shop.actor.is_manager, self.redeem, self.adjust)

    # -- redeeming and adjusting --------------------------------------------------------
    def _name(self) -> str:
        c = self.profile.customer
        return c.full_name if c is not None else self.tr("this customer")

    def redeem_first(self) -> None:
        ready = [b for b in self.balances if b.rewards_ready]
        if ready:
            self.redeem(ready[0])

    def redeem(self, balance: Balance) -> None:
        shop, customer_id = self.state.shop, self.customer_id
        if shop is None or customer_id is None or not balance.rewards_ready:
            return
        show, _unit = money_of(self.state)
        p = balance.program
        answer = QMessageBox.question(
            self.profile, self.tr("Redeem"),
            self.tr("Give {name} {reward}? {used} come off the card.").format(
                name=self._name(), reward=reward_name(p, show), used=units(p, p.unit)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.card.say()
        self.state.runner.run(loyalty.redeem, shop, customer_id, p.id,
                              on_done=self._redeemed, on_error=self._refused,
                              changes={"loyalty"})

    def _redeemed(self, earned: Earned) -> None:
        show, _unit = money_of(self.state)
        p = earned.program
        self.card.say(self.tr("Redeemed {reward} — {now}.").format(
            reward=reward_name(p, show), now=standing(p, earned.balance, show)))

    def _refused(self, error) -> None:
        self.card.say(problem=error_text(error))

    def adjust(self, balance: Balance) -> None:
        if self.customer_id is None or (self.dialog is not None and self.dialog.isVisible()):
            return
        self.dialog = AdjustDialog(self.state, self.customer_id, balance, self.profile.window())
        self.dialog.adjusted.connect(self._adjusted)
        self.dialog.open()
        self.dialog.activateWindow()

    def _adjusted(self, earned: Earned) -> None:
        self.card.say(self.tr("{program}: adjusted by {delta}; {held} on the card now.").format(
            program=earned.program.name, delta=f"{earned.amount:+d}",
            held=units(earned.program, earned.balance)))

    # -- the card itself ----------------------------------------------------------------
    def say_on_card(self, text: str) -> None:
        self.card_said.setText(text)
        self.card_said.setVisible(bool(text))

    def replace_card(self) -> None:
        shop, c = self.state.shop, self.profile.customer
        if shop is None or c is None or c.id != self.customer_id:
            return
        answer = QMessageBox.question(
            self.profile, self.tr("Replace lost card"),
            self.tr("Give {name} a new card number? The old card {old} stops working for "
                    "good; balances and history stay with {name}.").format(
                name=c.full_name, old=ltr(c.card_number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        old = c.card_number
        self.state.runner.run(
            loyalty.replace_card, shop, c.id, changes={"customers", "loyalty"},
            on_done=lambda new: self.say_on_card(self.tr(
                "New card number {new}. The old card {old} no longer works.").format(
                    new=ltr(new), old=ltr(old))),
            on_error=lambda err: self.say_on_card(
                error_text(err)))

    def print_card(self) -> None:
        shop, c = self.state.shop, self.profile.customer
        if shop is None or c is None:
            return
        path = Path(shop.folder) / "cards" / f"{c.card_number}.pdf"
        self.say_on_card(self.tr("Making the card…"))
        self.state.runner.run(
            write_card, shop, c.id, path, on_done=self._printed, lane="slow",
            on_error=lambda err: self.say_on_card(
                error_text(err)))

    def _printed(self, path: Path) -> None:
        self.say_on_card(self.tr("The card is saved as {path}. Print it at 100% "
                                       "size.").format(path=ltr(str(path))))
        self.open_file(path)


def add_loyalty_section(profile: ProfileScreen) -> ProfileLoyalty:
    return ProfileLoyalty(profile)

"""The profile's loyalty cards: the customer's balance in every program, with Redeem… for
what is ready and a manager's Adjust…, and the loyalty history as a lazy table. The
actions themselves live with the profile section (app/ui/screens/profile_loyalty.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from app.core.loyalty import Balance
from app.ui.bidi import number
from app.ui.models.loyalty_ledger import LedgerModel
from app.ui.state import AppState
from app.ui.widgets.info_card import InfoCard, leading_edge
from app.ui.widgets.loyalty_labels import Money, reward_name, standing, units


def hint_label(name: str = "hint") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BalancesCard(InfoCard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Loyalty"), parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.setStyleSheet("QLabel#ready { color: #1a7f37; font-weight: 600; }")
        self.body.addLayout(self.grid)
        self.status = hint_label()
        self.problem = hint_label("error")
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.redeem_buttons: dict[int, QPushButton] = {}
        self.adjust_buttons: dict[int, QPushButton] = {}
        self.shown: dict[int, str] = {}  # program id -> what its row says, for tests

    def say(self, done: str = "", problem: str = "") -> None:
        self.status.setText(done)
        self.status.setVisible(bool(done))
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def blank(self) -> None:
        """No rows (never someone else's balances while the next customer loads)."""
        while self.grid.count():
            old = self.grid.takeAt(0).widget()
            old.hide()
            old.deleteLater()
        self.redeem_buttons, self.adjust_buttons, self.shown = {}, {}, {}

    def fill(self, found: list[Balance], show: Money, manager: bool,
             redeem: Callable[[Balance], None], adjust: Callable[[Balance], None]) -> None:
        self.blank()
        if not found:
            none = hint_label()
            none.setText(self.tr("No loyalty programs yet."))
            self.grid.addWidget(none, 0, 0, 1, 4)
        first_ready = True
        for index, b in enumerate(found):  # the name and buttons, what it stands at below
            name = QLabel(b.program.name)
            name.setStyleSheet("font-weight: 600;")
            said = standing(b.program, b.balance, show)
            if b.program.kind == "punch":
                said = self.tr("{held} · {standing}").format(
                    held=units(b.program, b.balance), standing=said)
            text = hint_label("ready" if b.rewards_ready else "hint")
            text.setText(said)
            self.shown[b.program.id] = said
            self.grid.addWidget(name, 2 * index, 0)
            self.grid.addWidget(text, 2 * index + 1, 0, 1, 4)
            if b.rewards_ready:
                button = QPushButton(self.tr("Redeem… (Ctrl+R)") if first_ready
                                     else self.tr("Redeem…"))
                first_ready = False
                button.setToolTip(reward_name(b.program, show))
                button.clicked.connect(lambda _c=False, x=b: redeem(x))
                self.redeem_buttons[b.program.id] = button
                self.grid.addWidget(button, 2 * index, 2)
            if manager:
                button = QPushButton(self.tr("Adjust…"))
                button.clicked.connect(lambda _c=False, x=b: adjust(x))
                self.adjust_buttons[b.program.id] = button
                self.grid.addWidget(button, 2 * index, 3)
        for button in (*self.redeem_buttons.values(), *self.adjust_buttons.values()):
            button.setAutoDefault(False)


class LedgerCard(InfoCard):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(self.tr("Loyalty history"), parent)
        self.model = LedgerModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setMinimumHeight(220)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = hint_label()
        self.body.addWidget(self.table)
        self.body.addWidget(self.status)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.status.setText)

    def _loaded(self) -> None:
        shown = self.model.rowCount()
        self.status.setText(
            self.tr("Nothing earned or redeemed yet.") if not shown else
            self.tr("Newest first; the latest {n} shown, scroll for more.").format(n=number(shown))
            if self.model.canFetchMore() else
            self.tr("{n} entries, newest first.").format(n=number(shown)))

    def rows(self) -> list[list[str]]:
        return [self.model.cells(r) for r in range(self.model.rowCount())]

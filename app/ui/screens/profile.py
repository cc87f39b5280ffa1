"""One customer on one screen: contact, card, consent, what else we know, where the record came
from, and who looked at or changed it.

The page is a column of cards in a scroll area. Later features add their own cards with
`add_section(card, column)` ("left", "right" or "wide"), e.g. purchases, loyalty, surveys.
Escape goes back to the search; F4 edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import customers
from app.core.audit import AuditLine
from app.core.customers import Customer
from app.ui.dates import show_date
from app.ui.dialogs.customer_form import CustomerForm
from app.ui.dialogs.customer_labels import (
    action_label,
    channel_label,
    choice_label,
    field_labels,
    fields_text,
    local_time,
    ltr,
)
from app.ui.error_text import error_text
from app.ui.screens.profile_loyalty import add_loyalty_section
from app.ui.screens.profile_sales import add_sales_sections
from app.ui.state import AppState
from app.ui.widgets.info_card import InfoCard, leading_edge
from app.ui.widgets.profile_answers import add_answers_section
from app.ui.widgets.profile_privacy import add_privacy_section

_SHORTCUT = Qt.ShortcutContext.WidgetWithChildrenShortcut


class ProfileScreen(QWidget):
    back = Signal()
    open_customer = Signal(int)  # the edit form chose another, existing customer

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.customer: Customer | None = None
        self.customer_id: int | None = None
        self.form: CustomerForm | None = None
        self._generation = 0

        back = QPushButton(self.tr("Back to search (Esc)"))
        back.clicked.connect(self.back)
        back.setAutoDefault(False)
        self.name = QLabel()
        self.name.setObjectName("title")
        self.name.setAlignment(leading_edge())
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.edit_button = QPushButton(self.tr("Edit (F4)"))
        self.edit_button.setProperty("primary", True)
        self.edit_button.clicked.connect(self.edit)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setVisible(False)

        self.contact = InfoCard(self.tr("Contact"))
        self.card = InfoCard(self.tr("Loyalty card"))
        self.consent = InfoCard(self.tr("Marketing consent"))
        self.details = InfoCard(self.tr("More about them"))
        self.notes = InfoCard(self.tr("Tags and notes"))
        self.record = InfoCard(self.tr("Record"))
        self.audit = InfoCard(self.tr("Audit trail"))
        self.audit_table = self._audit_table()
        self.audit.body.addWidget(self.audit_table)

        page = QWidget()
        page.setObjectName("profilePage")
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        self.wide = QVBoxLayout()
        for column in (self.left, self.right, self.wide):
            column.setSpacing(12)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addLayout(self.left, 3)
        columns.addLayout(self.right, 2)
        body = QVBoxLayout(page)
        body.setContentsMargins(0, 4, 8, 12)
        body.setSpacing(12)
        body.addLayout(columns)
        body.addLayout(self.wide)
        body.addStretch(1)
        for card, column in ((self.contact, "left"), (self.details, "left"),
                             (self.notes, "left"), (self.card, "right"),
                             (self.consent, "right"), (self.record, "right"),
                             (self.audit, "wide")):
            self.add_section(card, column)
        for column in (self.left, self.right):
            column.addStretch(1)
        self.sales = add_sales_sections(self)  # figures and purchases
        self.loyalty = add_loyalty_section(self)  # balances, history, card replacement
        self.answers = add_answers_section(self)  # what they said in surveys
        self.privacy = add_privacy_section(self)  # consent switch and history, export, erase
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit, context=_SHORTCUT)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, self.edit, context=_SHORTCUT)
        state.runner.changed.connect(self._changed)

    def add_section(self, card: QWidget, column: str = "wide", index: int = -1) -> None:
        """Put a card in the left or right column, or full width below them."""
        target = {"left": self.left, "right": self.right}.get(column, self.wide)
        if index < 0 and target is not self.wide and target.count():
            last = target.itemAt(target.count() - 1)
            if last.spacerItem() is not None:  # keep the stretch at the bottom
                index = target.count() - 1
        target.insertWidget(index, card)

    # -- loading ------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        """Open a profile (the view is noted in the audit log)."""
        if customer_id != getattr(self.customer, "id", None):
            self._blank()  # never show someone else's details while this one loads
        self._load(customer_id, customers.open_profile)
        self.sales.show_customer(customer_id)
        self.loyalty.show_customer(customer_id)
        self.answers.show_customer(customer_id)
        self.privacy.show_customer(customer_id)

    def _blank(self) -> None:
        self.customer = None
        self.name.clear()
        self.subtitle.clear()
        for card in (self.contact, self.card, self.consent, self.details, self.notes,
                     self.record):
            card.set_rows([])
        self.audit_table.setRowCount(0)

    def clear(self) -> None:
        self._generation += 1
        self.customer = self.customer_id = None
        self.sales.clear()
        self.loyalty.clear()
        self.answers.clear()
        self.privacy.clear()

    def _changed(self, what) -> None:
        if "customers" in what and self.customer_id is not None:
            self._load(self.customer_id, customers.get)

    def _load(self, customer_id: int, read) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self._generation += 1
        generation = self._generation
        self.customer_id = customer_id
        runner = self.state.runner
        runner.run(read, shop, customer_id, on_done=lambda c: self._fill(generation, c),
                   on_error=lambda err: self._failed(generation, err))
        runner.run(customers.history, shop, customer_id,
                   on_done=lambda lines: self._fill_audit(generation, lines),
                   on_error=lambda err: self._failed(generation, err))

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.problem.setText(error_text(error))
            self.problem.setVisible(True)

    def _fill(self, generation: int, c: Customer) -> None:
        if generation != self._generation:
            return
        self.customer = c
        self.problem.setVisible(False)
        self.name.setText(c.full_name)
        self.subtitle.setText(self.tr("Card {card}").format(card=ltr(c.card_number)))
        f = field_labels()
        self.contact.set_rows([
            (f["first_name"], c.first_name), (f["last_name"], c.last_name),
            (f["phone"], ltr(c.phone_display)), (f["email"], c.email or ""),
            (f["address"], c.address),
            (f["birthday"], ltr(show_date(c.birthday))),
        ])
        self.card.set_rows([(self.tr("Number"), ltr(c.card_number))])
        self.consent.set_rows(self._consent_rows(c))
        self.details.set_rows([(f[k], choice_label(k, getattr(c, k))) for k in (
            "how_heard", "income_range", "children", "education", "occupation")])
        self.notes.set_rows([(f["tags"], ", ".join(c.tags)), (f["notes"], c.notes)])
        self.record.set_rows(self._record_rows(c))

    def _consent_rows(self, c: Customer) -> list[tuple[str, str]]:
        if not c.marketing_consent:
            rows = [(self.tr("Offers and news"), self.tr("No"))]
            if c.consent_at:  # they had agreed once, then withdrew
                rows.append((self.tr("Withdrawn"), local_time(c.consent_at)))
            return rows
        return [
            (self.tr("Offers and news"), self.tr("Yes")),
            (self.tr("Since"), local_time(c.consent_at)),
            (self.tr("Given"), channel_label(c.consent_channel or "")),
        ]

    def _record_rows(self, c: Customer) -> list[tuple[str, str]]:
        rows = [(self.tr("Registered"), self._stamp(
            c.created_at, c.created_by, c.created_workstation, c.created_channel))]
        changed = self._stamp(c.updated_at, c.updated_by, c.updated_workstation,
                              c.updated_channel) if c.updated_at else ""
        rows.append((self.tr("Last change"), changed or self.tr("never changed")))
        return rows

    def _stamp(self, at, who: str, workstation: str, channel: str) -> str:
        return self.tr("{when} by {who} on {workstation}, {channel}").format(
            when=local_time(at), who=who or self.tr("someone"),
            workstation=workstation or "?", channel=channel_label(channel),
        )

    # -- the audit trail ----------------------------------------------------------------
    def _audit_table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Workstation"), self.tr("Channel"),
            self.tr("Action"), self.tr("Fields"),
        ])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.setMinimumHeight(220)
        return table

    def _fill_audit(self, generation: int, lines: list[AuditLine]) -> None:
        if generation != self._generation:
            return
        self.audit_table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (local_time(line.at), line.staff, line.workstation,
                     channel_label(line.channel), action_label(line.action),
                     fields_text(line.detail))
            for column, text in enumerate(cells):
                self.audit_table.setItem(row, column, QTableWidgetItem(text))

    def audit_rows(self) -> list[list[str]]:
        table = self.audit_table
        return [[table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())]

    # -- editing ------------------------------------------------------------------------
    def edit(self) -> None:
        if self.customer is None or (self.form is not None and self.form.isVisible()):
            return
        self.form = CustomerForm(self.state, customer=self.customer, parent=self)
        self.form.open_existing.connect(self.open_customer)
        self.form.finished.connect(lambda _r: self.edit_button.setFocus())
        self.form.open()

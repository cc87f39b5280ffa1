"""Who is buying, at the checkout: a search box with a compact list under it, or a card scan,
or "anonymous"; once chosen, a chip with the customer's name, phone, card and status.

Up/Down in the box move the highlight in the list and Enter takes it, so the hands never
leave the keys; a scan takes the card's customer at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import cards, customers, figures
from app.core.customers import CustomerSummary
from app.ui.bidi import number
from app.ui.dialogs.customer_labels import ltr
from app.ui.error_text import error_text
from app.ui.models.customer_list import CustomerListModel
from app.ui.models.segment_list import segment_label
from app.ui.state import AppState
from app.ui.widgets.search_box import SearchBox

ROWS_SHOWN = 5
ROW_HEIGHT = 30


class CustomerPicker(QWidget):
    chosen = Signal(object)  # CustomerSummary, or None for an anonymous sale
    cleared = Signal()
    skipped = Signal()  # Enter in the empty box: on to the total

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.customer: CustomerSummary | None = None
        self.anonymous = False
        self._pick_when_loaded = False

        self.box = SearchBox()
        self.box.setObjectName("checkoutSearch")
        self.box.setPlaceholderText(self.tr("Scan the card, or type a phone or name"))
        self.anonymous_button = QPushButton(self.tr("Anonymous (F6)"))
        self.anonymous_button.setAutoDefault(False)
        self.anonymous_button.clicked.connect(lambda: self.choose(None))
        self.model = CustomerListModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("checkoutResults")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down work from the box
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setFixedHeight(ROWS_SHOWN * ROW_HEIGHT + 4)
        self.table.setVisible(False)
        self.table.clicked.connect(lambda index: self.pick_row(index.row()))

        self.chip = QFrame()
        self.chip.setObjectName("chip")
        self.name = QLabel()
        self.name.setObjectName("chipName")
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("✕  Change (Esc)"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        chip = QHBoxLayout(self.chip)
        chip.setContentsMargins(14, 6, 6, 6)
        chip.setSpacing(12)
        chip.addWidget(self.name)
        chip.addWidget(self.detail, 1)
        chip.addWidget(self.badge)
        chip.addWidget(self.clear_button)
        self.chip.setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.anonymous_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.chip)
        layout.addWidget(self.table)
        layout.addWidget(self.error)

        self.box.query_changed.connect(self.search)
        self.box.submitted.connect(self._submitted)
        self.box.scanned.connect(self._scanned)
        self.box.textEdited.connect(lambda _t: self.say(""))
        self.box.installEventFilter(self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.say)
        state.runner.changed.connect(self._changed)

    @property
    def is_chosen(self) -> bool:
        return self.customer is not None or self.anonymous

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- searching ----------------------------------------------------------------------
    def search(self, query: str) -> None:
        self._pick_when_loaded = False
        if not query:
            self.table.setVisible(False)
            return
        self.model.set_query(query)

    def _loaded(self) -> None:
        found = self.model.rowCount()
        if self.is_chosen:
            self._pick_when_loaded = False
            return  # a late answer: someone was chosen meanwhile
        self.table.setFixedHeight(min(max(found, 1), ROWS_SHOWN) * ROW_HEIGHT + 4)
        self.table.setColumnHidden(CustomerListModel.EMAIL, True)
        self.table.setVisible(bool(found))
        if found:
            self.table.selectRow(0)
        elif self.model.query:
            self.say(self.tr("Nobody found for “{query}”. Register them on the Customers "
                             "screen, or press F6 to sell without a customer.")
                     .format(query=self.model.query))
        if self._pick_when_loaded:
            self._pick_when_loaded = False
            self._submitted(self.model.query)

    def _submitted(self, text: str) -> None:
        if not text:
            self.skipped.emit()
        elif cards.is_card_number(text):
            self.pick_card(text)
        elif self.model.query != text or self.model.loading:
            self._pick_when_loaded = True
            if self.model.query != text:
                self.model.set_query(text)
        elif self.model.rowCount():
            self.pick_row(max(self.table.currentIndex().row(), 0))

    def _scanned(self, code: str) -> None:
        if code.isdigit():
            self.pick_card(code)
        else:  # letters: a very fast typist rather than a card
            self._submitted(code)

    def _changed(self, what) -> None:
        if "customers" in what and self.table.isVisible():
            self.model.refresh()

    # -- choosing -----------------------------------------------------------------------
    def pick_card(self, code: str) -> None:
        if self.state.shop is None:
            return
        self.state.runner.run(
            customers.find_by_card, self.state.shop, code,
            on_done=lambda found: self._card_found(code, found),
            on_error=lambda err: self.say(error_text(err)))

    def _card_found(self, code: str, found: CustomerSummary | None) -> None:
        if found is not None:
            self.choose(found)
        else:
            self.clear()
            self.say(self.tr("No customer has card {code}.").format(code=code))

    def pick_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.choose(self.model.summary(row))

    def choose(self, customer: CustomerSummary | None) -> None:
        """This customer buys (None: nobody in particular); the chip replaces the box."""
        self.customer, self.anonymous = customer, customer is None
        self.say("")
        for widget in (self.table, self.box, self.anonymous_button):
            widget.setVisible(False)
        self.chip.setVisible(True)
        self.chip.setProperty("anonymous", customer is None)
        self.chip.style().unpolish(self.chip)
        self.chip.style().polish(self.chip)
        self.badge.clear()
        self.badge.setVisible(False)
        if customer is None:
            self.name.setText(self.tr("Anonymous"))
            self.detail.setText(self.tr("no customer for this sale"))
        else:
            self.name.setText(customer.full_name)
            parts = (customer.phone_display or customer.email or "", customer.card_number)
            self.detail.setText("  ·  ".join(ltr(p) for p in parts if p))
            self.state.runner.run(figures.for_customer, self.state.shop, customer.id,
                                  on_done=lambda found: self._badge(customer, found),
                                  on_error=lambda _e: None, lane="slow")
        self.chosen.emit(customer)

    def _badge(self, customer: CustomerSummary, found) -> None:
        if self.customer is not customer:
            return  # another customer was chosen meanwhile
        parts = [segment_label(found.segment)]
        if found.vip:
            parts.append(self.tr("VIP"))
        parts.append(self.tr("1 visit") if found.visits == 1
                     else self.tr("{count} visits").format(count=number(found.visits)))
        self.badge.setText("  ·  ".join(parts))
        self.badge.setVisible(True)

    def clear(self) -> None:
        """Let go of the chosen customer: back to the box, its text kept and selected."""
        was_chosen = self.is_chosen
        self.customer, self.anonymous = None, False
        self.chip.setVisible(False)
        self.box.setVisible(True)
        self.anonymous_button.setVisible(True)
        self.table.setVisible(bool(self.box.text().strip()) and self.model.rowCount() > 0)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.selectAll()
        if was_chosen:
            self.cleared.emit()

    def reset(self) -> None:
        """A new sale: nobody chosen, the box empty."""
        self.clear()
        self.box.clear()
        self.table.setVisible(False)
        self.say("")

    # -- Up/Down in the box move the highlight ------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.box and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) \
                and self.table.isVisible():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.model.rowCount() - 1, self.table.currentIndex().row() + step))
            if step > 0 and row == self.model.rowCount() - 1 and self.model.canFetchMore():
                self.model.fetchMore()
            self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)

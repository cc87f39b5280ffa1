"""The counter's customer screen: search as you type, scan a card, open a profile, register.

Keyboard first: the search box has the focus; Down goes to the results, Enter opens the
highlighted customer, F2 registers a new one, a card scan opens its customer at once, and
Escape in a profile comes back to the search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import cards, customers
from app.ui.bidi import number
from app.ui.dialogs.customer_fields import prefill_from_query
from app.ui.dialogs.customer_form import CustomerForm
from app.ui.dialogs.import_wizard import transfer_buttons
from app.ui.error_text import error_text
from app.ui.models.customer_list import CustomerListModel
from app.ui.screens.profile import ProfileScreen
from app.ui.state import AppState
from app.ui.widgets.search_box import SearchBox

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CustomersScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.form: CustomerForm | None = None
        self._open_when_loaded = False

        self.box = SearchBox()
        self.box.setObjectName("search")
        self.box.setPlaceholderText(self.tr("Phone, name, e-mail or card — or scan"))
        self.box.setStyleSheet("QLineEdit#search { font-size: 18px; padding: 8px 10px; }")
        self.new_button = QPushButton(self.tr("New customer (F2)"))
        self.new_button.setProperty("primary", True)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_customer())
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        self.model = CustomerListModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.box.results = self.table

        self.nobody = QFrame()
        self.nobody.setObjectName("card")
        self.nobody_text = QLabel()
        self.nobody_text.setWordWrap(True)
        self.register_button = QPushButton(self.tr("Register a new customer (F2)"))
        self.register_button.setProperty("primary", True)
        self.register_button.setAutoDefault(False)
        self.register_button.clicked.connect(lambda: self.new_customer())
        offer = QVBoxLayout(self.nobody)
        offer.setContentsMargins(18, 16, 18, 16)
        offer.addWidget(self.nobody_text)
        offer.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeading)
        nobody_page = QWidget()
        nobody_layout = QVBoxLayout(nobody_page)
        nobody_layout.setContentsMargins(0, 0, 0, 0)
        nobody_layout.addWidget(self.nobody)
        nobody_layout.addStretch(1)
        self.results = QStackedWidget()  # the table, or "nobody found" with an offer
        self.results.addWidget(self.table)
        self.results.addWidget(nobody_page)

        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.new_button)
        for button in transfer_buttons(self, state):  # Import… (Ctrl+I), Export… (Ctrl+E)
            top.addWidget(button)
        title = QLabel(self.tr("Customers"))
        title.setObjectName("title")
        search = QWidget()
        page = QVBoxLayout(search)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(10)
        page.addWidget(title)
        page.addLayout(top)
        page.addWidget(self.status)
        page.addWidget(self.results, 1)

        self.profile = ProfileScreen(state)
        self.profile.back.connect(self.show_search)
        self.profile.open_customer.connect(self.open_customer)
        self.pages = QStackedWidget()
        self.search_page = search
        self.pages.addWidget(search)
        self.pages.addWidget(self.profile)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.pages)

        self.box.query_changed.connect(self.search)
        self.box.submitted.connect(self._submitted)
        self.box.scanned.connect(self._scanned)
        self.box.textEdited.connect(lambda _t: self._say(""))
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda message: self._say(message, error=True))
        state.runner.changed.connect(self._changed)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, lambda: self.new_customer(),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- showing ------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown (again): back to the search, the box focused and its text selected, the
        results fresh (another workstation may have changed them meanwhile)."""
        self.show_search()
        self.search(self.box.text().strip())

    def show_search(self) -> None:
        self.profile.clear()
        self.pages.setCurrentWidget(self.search_page)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.selectAll()

    def open_customer(self, customer_id: int) -> None:
        self.pages.setCurrentWidget(self.profile)
        self.profile.show_customer(customer_id)
        self.profile.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_customer(self.model.summary(row).id)

    # -- searching ----------------------------------------------------------------------
    def search(self, query: str) -> None:
        self._open_when_loaded = False
        self.model.set_query(query)

    def _loaded(self) -> None:
        query, found = self.model.query, self.model.rowCount()
        nobody = bool(query) and not found
        self.results.setCurrentIndex(1 if nobody else 0)
        if nobody:
            self.nobody_text.setText(
                self.tr("Nobody found for “{query}”. New here?").format(query=query))
            self._say("")
        elif found and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        if not query:
            self._say(self.tr("Newest customers first. Type to search, or scan a card."))
        elif found and self.model.canFetchMore():
            self._say(self.tr("More than {count} found: scroll for more, or type more.")
                      .format(count=number(found)))
        elif found:
            self._say(self.tr("{count} found").format(count=number(found)))
        if self._open_when_loaded:
            self._open_when_loaded = False
            self._enter()

    def _submitted(self, text: str) -> None:
        if cards.is_card_number(text):
            self.open_card(text)
        elif self.model.query != text:  # the box flushes first, so this is rare
            self._open_when_loaded = True
            self.model.set_query(text)
        elif self.model.loading:
            self._open_when_loaded = True
        else:
            self._enter()

    def _enter(self) -> None:
        """Enter in the box: open the highlighted result, or offer to register if none."""
        if self.model.rowCount():
            index = self.table.currentIndex()
            self.open_row(index.row() if index.isValid() else 0)
        elif self.model.query:
            self.new_customer()

    def _scanned(self, code: str) -> None:
        if code.isdigit():
            self.open_card(code)
        else:  # letters: a very fast typist rather than a card
            self._submitted(code)

    def open_card(self, code: str) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(customers.find_by_card, shop, code,
                              on_done=lambda found: self._card_found(code, found),
                              on_error=lambda err: self._say(error_text(err), error=True))

    def _card_found(self, code: str, found) -> None:
        if found is not None:
            self.open_customer(found.id)
        else:
            self._say(self.tr("No customer has card {code}.").format(code=code), error=True)
            self.box.selectAll()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _changed(self, what) -> None:
        if "customers" in what:
            self.model.refresh()

    # -- registering --------------------------------------------------------------------
    def new_customer(self, prefill: dict | None = None) -> None:
        if self.state.shop is None or (self.form is not None and self.form.isVisible()):
            return
        if prefill is None and self.pages.currentWidget() is self.search_page:
            prefill = prefill_from_query(self.box.text())
        self.form = CustomerForm(self.state, prefill=prefill, parent=self)
        self.form.saved.connect(lambda customer: self.open_customer(customer.id))
        self.form.open_existing.connect(self.open_customer)
        self.form.rejected.connect(self._form_cancelled)
        self.form.open()

    def _form_cancelled(self) -> None:
        if self.pages.currentWidget() is self.search_page:
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keys in the results ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _OPEN_KEYS:
                self.open_row(self.table.currentIndex().row())
                return True
            if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape or (event.text() and event.text().isprintable()):
                self.box.setFocus(Qt.FocusReason.OtherFocusReason)
                if key != Qt.Key.Key_Escape:
                    self.box.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

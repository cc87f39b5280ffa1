"""Search results as a lazy table: one page of customers at a time, never every row.

The first page (newest first) comes with the query; the view asks for more
(`canFetchMore` / `fetchMore`) as the user scrolls, and the next page continues after the
last id shown. Each query bumps a generation number, so a slow answer to an older query
that arrives late is dropped instead of mixing into the new results.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core import customers
from app.core.customers import CustomerSummary
from app.ui.dialogs.customer_labels import ltr
from app.ui.state import AppState

_Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    PAGE = 50
    NAME, PHONE, EMAIL, CARD = range(4)

    loaded = Signal()  # a page for the current query arrived (or none was found)
    failed = Signal(str)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.query = ""
        self.started = False  # a query has been asked for at least once
        self.loading = False
        self._rows: list[CustomerSummary] = []
        self._ids: set[int] = set()
        self._more = False
        self._generation = 0

    # -- queries ------------------------------------------------------------------------
    def set_query(self, query: str) -> None:
        """Start over with a new query (the first page replaces whatever was shown)."""
        self.query = query.strip()
        self.started = True
        self._generation += 1
        self.beginResetModel()
        self._rows, self._ids, self._more = [], set(), False
        self.endResetModel()
        self._load(self._generation, None)

    def refresh(self) -> None:
        """The customers changed: ask again for the current query."""
        if self.started:
            self.set_query(self.query)

    def _load(self, generation: int, before_id: int | None) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.loading = True
        self.state.runner.run(
            customers.find, shop, self.query, limit=self.PAGE, before_id=before_id,
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda err: self._failed(generation, err),
        )

    def _arrived(self, generation: int, page: list[CustomerSummary]) -> None:
        if generation != self._generation:
            return  # an answer to an older query
        self.loading = False
        fresh = [c for c in page if c.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(c.id for c in fresh)
            self.endInsertRows()
        # a short page is the last one; a page with nothing new means the search can't page
        self._more = len(page) == self.PAGE and bool(fresh)
        self.loaded.emit()

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.loading = False
            self._more = False
            self.failed.emit(error.message)

    # -- lazy paging --------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load(self._generation, self._rows[-1].id)

    # -- rows ---------------------------------------------------------------------------
    def summary(self, row: int) -> CustomerSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        customer = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return customer.full_name
            if column == self.PHONE:
                return ltr(customer.phone_display)
            if column == self.EMAIL:
                return customer.email or ""
            return ltr(customer.card_number)
        if role == Qt.ItemDataRole.UserRole:
            return customer.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Card"))[section]

"""Customers as a lazy table that holds a few pages at a time, however long the list.

With no query the whole book is listed, newest first: the row count comes first (from a
small index), and each page is asked for when the view first shows one of its rows,
located from the nearest page already seen or from either end, so dragging the scroll bar
to the bottom of a million customers reads one page, not all of them. A search lists its
matches page by page as the user scrolls (`canFetchMore` / `fetchMore`), each page
continuing after the last id of the one before. Either way only the most recently used
pages are kept (a page scrolled away is read again if it comes back); what stays is the
first and last id of every page seen, so a page is always found again by its ids.

Each query bumps a generation number, so a slow answer to an older query that arrives late
is dropped instead of mixing into the new results.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core import customer_pages, customers
from app.core.customers import CustomerSummary
from app.ui.bidi import isolate
from app.ui.dialogs.customer_labels import ltr
from app.ui.error_text import error_text
from app.ui.state import AppState

_Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    PAGE = 50
    KEPT_PAGES = 40  # pages held in memory: 2,000 rows, whatever the size of the book
    NAME, PHONE, EMAIL, CARD = range(4)

    loaded = Signal()  # a page for the current query arrived (or none was found)
    failed = Signal(str)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.query = ""
        self.started = False  # a query has been asked for at least once
        self.loading = False
        self._generation = 0
        self._clear()

    def _clear(self) -> None:
        self._rows = 0  # rows the view may show: the whole book, or the matches found so far
        self._pages: OrderedDict[int, list[CustomerSummary]] = OrderedDict()  # recent last
        self._ends: dict[int, tuple[int, int]] = {}  # page -> (its first id, its last id)
        self._asked: set[int] = set()  # pages on their way
        self._more = False  # a search that may have more matches

    # -- queries ------------------------------------------------------------------------
    def set_query(self, query: str) -> None:
        """Start over with a new query (the first page replaces whatever was shown)."""
        self.query = query.strip()
        self.started = True
        self._generation += 1
        self.beginResetModel()
        self._clear()
        self.endResetModel()
        shop = self.state.shop
        if shop is None:
            return
        generation = self._generation
        self.loading = True
        if self.query:
            self._ask(0, customers.find, shop, self.query, limit=self.PAGE)
        else:
            self.state.runner.run(
                customer_pages.first_page,
                shop,
                self.PAGE,
                on_done=lambda answer: self._counted(generation, *answer),
                on_error=lambda err: self._failed(generation, err),
            )

    def refresh(self) -> None:
        """The customers changed: ask again for the current query."""
        if self.started:
            self.set_query(self.query)

    @property
    def browsing(self) -> bool:
        return self.started and not self.query

    def _counted(self, generation: int, total: int, page: list[CustomerSummary]) -> None:
        if generation != self._generation:
            return
        if total:
            self.beginInsertRows(QModelIndex(), 0, total - 1)
            self._rows = total
            self.endInsertRows()
        self._arrived(generation, 0, page)

    def _ask(self, page: int, fn, *args, **kwargs) -> None:
        generation = self._generation
        self._asked.add(page)
        self.state.runner.run(
            fn,
            *args,
            **kwargs,
            on_done=lambda rows: self._arrived(generation, page, rows),
            on_error=lambda err: self._failed(generation, err),
        )

    def _request(self, page: int) -> None:
        """Ask for a page of the book that is not held, from the nearest known ids."""
        shop = self.state.shop
        if shop is None or page in self._asked or page in self._pages:
            return
        if not self.browsing:  # a search page scrolled away: read it again
            if page == 0 or page - 1 in self._ends:
                self._ask(
                    page,
                    customers.find,
                    shop,
                    self.query,
                    limit=self.PAGE,
                    before_id=self._ends[page - 1][1] if page else None,
                )
            return
        first, last = page * self.PAGE, min(self._rows, (page + 1) * self.PAGE) - 1
        # (rows to step over, keyword arguments) from the top, the bottom or a known page
        ways = [(first, {}), (self._rows - 1 - last, {"after_id": 0})]
        for known, (first_id, last_id) in self._ends.items():
            if known == page:  # seen before and let go: read again from its own first id
                ways.append((0, {"before_id": first_id + 1}))
            elif known < page:
                ways.append((first - (known + 1) * self.PAGE, {"before_id": last_id}))
            else:
                ways.append((known * self.PAGE - 1 - last, {"after_id": first_id}))
        skip, where = min(ways, key=lambda way: way[0])
        self._ask(page, customer_pages.listed_page, shop, last - first + 1, skip, **where)

    def _arrived(self, generation: int, page: int, rows: list[CustomerSummary]) -> None:
        if generation != self._generation:
            return  # an answer to an older query
        self._asked.discard(page)
        self.loading = bool(self._asked)
        if rows and page and rows[0].id == self._ends.get(page - 1, (None,))[0]:
            rows = []  # the same page again: a short-word search can't page on
        if rows:
            self._ends[page] = (rows[0].id, rows[-1].id)
            self._keep(page, rows)
        if not self.browsing and page * self.PAGE == self._rows:  # the next search page
            if rows:
                self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
                self._rows += len(rows)
                self.endInsertRows()
            self._more = len(rows) == self.PAGE
        elif rows:
            top = page * self.PAGE
            self.dataChanged.emit(self.index(top, 0), self.index(top + len(rows) - 1, 3))
        self.loaded.emit()

    def _keep(self, page: int, rows: list[CustomerSummary]) -> None:
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.loading = False
            self._asked.clear()
            self._more = False
            self.failed.emit(error_text(error))

    # -- lazy paging (a search) ---------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            page = self._rows // self.PAGE
            self.loading = True
            self._ask(
                page,
                customers.find,
                self.state.shop,
                self.query,
                limit=self.PAGE,
                before_id=self._ends[page - 1][1],
            )

    # -- rows ---------------------------------------------------------------------------
    def summary(self, row: int) -> CustomerSummary | None:
        """The customer on this row, or None while its page is on its way (it is asked for)."""
        page, at = divmod(row, self.PAGE)
        if page not in self._pages:
            self._request(page)
        rows = self._pages.get(page)
        if rows is None or at >= len(rows):
            return None
        self._pages.move_to_end(page)
        return rows[at]

    def held_rows(self) -> int:
        """Rows held in memory now (at most KEPT_PAGES pages)."""
        return sum(len(rows) for rows in self._pages.values())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        customer = self.summary(index.row())
        if customer is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return isolate(customer.full_name)
            if column == self.PHONE:
                return ltr(customer.phone_display)
            if column == self.EMAIL:
                return isolate(customer.email)
            return ltr(customer.card_number)
        if role == Qt.ItemDataRole.UserRole:
            return customer.id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Card"))[section]

"""A lazy table filled one page at a time off the GUI thread, for lists that can be long
(a customer's purchases and loyalty entries, a segment's members, the audit log).

The view asks for more (`canFetchMore` / `fetchMore`) as the user scrolls, and each page
goes on after the last row shown (keyset paging), so page 500 costs what page 1 does.
`start_over` empties the table and asks for the first page; `reload` asks again for as
many rows as are shown and swaps them in place, so the list doesn't jump back to the top.
Answers to an older question are dropped (generation number). A subclass says how to ask
for a page (`page_call`) and how to show a row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from app.ui.error_text import error_text
from app.ui.state import AppState

Index = QModelIndex | QPersistentModelIndex
PageCall = tuple[Callable, tuple, dict[str, Any]]


class PagedTableModel(QAbstractTableModel):
    PAGE = 50
    COLUMNS = 0
    LANE = "main"  # the task runner's lane the pages are read in

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.loading = False
        self._rows: list = []
        self._more = False
        self._generation = 0

    def page_call(self, shop, after, limit: int) -> PageCall | None:
        """(function, args, kwargs) that reads `limit` rows after the row `after` (None:
        from the top); None when there is nothing to show."""
        raise NotImplementedError

    def start_over(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()
        self._load(self._generation, None, self.PAGE, replace=False)

    def reload(self) -> None:
        self._generation += 1
        self._load(self._generation, None, max(self.PAGE, len(self._rows)), replace=True)

    def _load(self, generation: int, after, limit: int, replace: bool) -> None:
        shop = self.state.shop
        call = self.page_call(shop, after, limit) if shop is not None else None
        if call is None:
            return
        fn, args, kwargs = call
        self.loading = True
        self.state.runner.run(
            fn, *args, **kwargs, lane=self.LANE,
            on_done=lambda page: self._arrived(generation, page, limit, replace),
            on_error=lambda err: self._failed(generation, err),
        )

    def _arrived(self, generation: int, page: list, limit: int, replace: bool) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if replace:
            self.beginResetModel()
            self._rows = list(page)
            self.endResetModel()
        elif page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._more = len(page) == limit
        self.loaded.emit()

    def _failed(self, generation: int, error) -> None:
        if generation == self._generation:
            self.loading = self._more = False
            self.failed.emit(error_text(error))

    # -- lazy paging --------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load(self._generation, self._rows[-1], self.PAGE, replace=False)

    # -- rows ---------------------------------------------------------------------------
    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

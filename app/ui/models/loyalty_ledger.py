"""A customer's loyalty history as a lazy table, newest first: every earn, redeem, take-back,
adjustment, expiry and bonus, a page at a time (keyset `before_id`). A refresh asks again
for as many rows as were shown; answers for a customer no longer shown are dropped."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.core import loyalty
from app.core.loyalty import LedgerLine
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.loyalty_labels import entry_kind, reason_text

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class LedgerModel(QAbstractTableModel):
    PAGE = 50
    DATE, PROGRAM, KIND, AMOUNT, PURCHASE, REASON = range(6)

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.customer_id: int | None = None
        self.loading = False
        self._rows: list[LedgerLine] = []
        self._more = False
        self._generation = 0

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._generation += 1
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()
        if customer_id is not None:
            self._load(self._generation, None, self.PAGE, replace=False)

    def refresh(self) -> None:
        if self.customer_id is not None:
            self._generation += 1
            self._load(self._generation, None, max(self.PAGE, len(self._rows)), replace=True)

    def _load(self, generation: int, before_id: int | None, limit: int, replace: bool) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.loading = True
        self.state.runner.run(
            loyalty.ledger, shop, self.customer_id, limit=limit, before_id=before_id,
            on_done=lambda page: self._arrived(generation, page, limit, replace),
            on_error=lambda err: self._failed(generation, err), lane="slow")

    def _arrived(self, generation: int, page: list[LedgerLine], limit: int,
                 replace: bool) -> None:
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

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load(self._generation, self._rows[-1].id, self.PAGE, replace=False)

    def line(self, row: int) -> LedgerLine | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def cells(self, row: int) -> list[str]:
        e = self._rows[row]
        return [ltr(local_time(e.at)), e.program, entry_kind(e.kind),
                f"+{e.amount}" if e.amount > 0 else f"−{-e.amount}",
                self.tr("#{id}").format(id=e.purchase_id) if e.purchase_id else "",
                reason_text(e.reason)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(index.row())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AMOUNT:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AMOUNT:
            return QColor("#1a7f37" if self._rows[index.row()].amount > 0 else "#b42318")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Program"), self.tr("Kind"), self.tr("Amount"),
                self.tr("Purchase"), self.tr("Reason"))[section]

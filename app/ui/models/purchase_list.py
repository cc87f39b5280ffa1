"""A customer's purchases as a lazy table, newest first, one page at a time.

The first page comes when a customer is chosen; the view asks for more (`canFetchMore` /
`fetchMore`) as the user scrolls, and each page continues after the last row shown
(keyset `before=(at, id)`). A refresh after a refund asks again for as many rows as were
shown, so the list doesn't jump back to the first page. Answers for a customer no longer
shown are dropped (generation number).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.core import purchases
from app.core.purchases import PurchaseView
from app.ui.bidi import money_text
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.error_text import error_text
from app.ui.state import AppState

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def lines_summary(p: PurchaseView, shown: int = 3) -> str:
    """'2 × Coffee, Croissant +1' — what was bought, short enough for one cell."""
    parts = [f"{ln.quantity} × {ln.product}" if ln.quantity > 1 else ln.product
             for ln in p.lines[:shown]]
    more = len(p.lines) - shown
    return ", ".join(parts) + (f" +{more}" if more > 0 else "")


class PurchaseListModel(QAbstractTableModel):
    PAGE = 50
    DATE, TOTAL, REFUNDED, RECEIPT, LINES, STATUS = range(6)

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.customer_id: int | None = None
        self.loading = False
        self._rows: list[PurchaseView] = []
        self._more = False
        self._generation = 0

    # -- which customer -----------------------------------------------------------------
    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._generation += 1
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()
        if customer_id is not None:
            self._load(self._generation, None, self.PAGE, replace=False)

    def refresh(self) -> None:
        """Purchases changed: ask again for the rows shown (at least a page), in place."""
        if self.customer_id is None:
            return
        self._generation += 1
        self._load(self._generation, None, max(self.PAGE, len(self._rows)), replace=True)

    def _load(self, generation: int, before, limit: int, replace: bool) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.loading = True
        self.state.runner.run(
            purchases.history, shop, self.customer_id, limit=limit, before=before,
            on_done=lambda page: self._arrived(generation, page, limit, replace),
            on_error=lambda err: self._failed(generation, err),
        )

    def _arrived(self, generation: int, page: list[PurchaseView], limit: int,
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
            self.loading = False
            self._more = False
            self.failed.emit(error_text(error))

    # -- lazy paging --------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self.loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            last = self._rows[-1]
            self._load(self._generation, (last.at, last.id), self.PAGE, replace=False)

    # -- rows ---------------------------------------------------------------------------
    def purchase(self, row: int) -> PurchaseView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, purchase_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == purchase_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def status(self, p: PurchaseView) -> str:
        if p.voided:
            return self.tr("Voided")
        if p.refunded >= p.total:
            return self.tr("Refunded")
        if p.refunded:
            return self.tr("Part refunded")
        return ""

    def _money(self, minor: int) -> str:
        settings = self.state.shop.settings if self.state.shop else None
        if settings is None:
            return str(minor)
        return money_text(minor, settings.currency)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return ltr(local_time(p.at))
            if column == self.TOTAL:
                return self._money(p.total)
            if column == self.REFUNDED:
                return self._money(p.refunded) if p.refunded else ""
            if column == self.RECEIPT:
                return ltr(p.receipt)
            if column == self.LINES:
                return lines_summary(p)
            return self.status(p)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TOTAL, self.REFUNDED):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if p.voided:
                return QColor("#8c959f")
            if column in (self.REFUNDED, self.STATUS) and p.refunded:
                return QColor("#b42318")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LINES and p.lines:
            return "\n".join(f"{ln.quantity} × {ln.product}  {self._money(ln.amount)}"
                             for ln in p.lines)
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.TOTAL, self.REFUNDED):
            return int(_RIGHT)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Total"), self.tr("Refunded"), self.tr("Receipt"),
                self.tr("Items"), self.tr("Status"))[section]

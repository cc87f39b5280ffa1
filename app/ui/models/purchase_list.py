"""A customer's purchases as a lazy table, newest first, one page at a time (keyset
`before=(at, id)`); a refresh after a refund swaps the rows shown in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.core import purchases
from app.core.purchases import PurchaseView
from app.ui.bidi import money_text
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.models.paged_table import Index, PageCall, PagedTableModel
from app.ui.state import AppState

_RIGHT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


def lines_summary(p: PurchaseView, shown: int = 3) -> str:
    """'2 × Coffee, Croissant +1' — what was bought, short enough for one cell."""
    parts = [f"{ln.quantity} × {ln.product}" if ln.quantity > 1 else ln.product
             for ln in p.lines[:shown]]
    more = len(p.lines) - shown
    return ", ".join(parts) + (f" +{more}" if more > 0 else "")


class PurchaseListModel(PagedTableModel):
    DATE, TOTAL, REFUNDED, RECEIPT, LINES, STATUS = range(6)
    COLUMNS = 6

    def __init__(self, state: AppState, parent=None):
        super().__init__(state, parent)
        self.customer_id: int | None = None

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.start_over()

    def refresh(self) -> None:
        """Purchases changed: ask again for the rows shown (at least a page), in place."""
        if self.customer_id is not None:
            self.reload()

    def page_call(self, shop, after: PurchaseView | None, limit: int) -> PageCall | None:
        if self.customer_id is None:
            return None
        before = (after.at, after.id) if after else None
        return purchases.history, (shop, self.customer_id), {"limit": limit, "before": before}

    def purchase(self, row: int) -> PurchaseView | None:
        return self.row_at(row)

    def row_of(self, purchase_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == purchase_id), -1)



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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
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

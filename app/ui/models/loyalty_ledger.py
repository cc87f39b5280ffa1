"""A customer's loyalty history as a lazy table, newest first: every earn, redeem, take-back,
adjustment, expiry and bonus, a page at a time (keyset `before_id`). A refresh asks again
for as many rows as were shown; answers for a customer no longer shown are dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.core import loyalty
from app.core.loyalty import LedgerLine
from app.ui.bidi import ident, ltr_run, number
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.models.paged_table import Index, PageCall, PagedTableModel
from app.ui.state import AppState
from app.ui.widgets.loyalty_labels import entry_kind, reason_text

_RIGHT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter


class LedgerModel(PagedTableModel):
    DATE, PROGRAM, KIND, AMOUNT, PURCHASE, REASON = range(6)
    COLUMNS = 6
    LANE = "slow"

    def __init__(self, state: AppState, parent=None):
        super().__init__(state, parent)
        self.customer_id: int | None = None

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.start_over()

    def refresh(self) -> None:
        if self.customer_id is not None:
            self.reload()

    def page_call(self, shop, after: LedgerLine | None, limit: int) -> PageCall | None:
        if self.customer_id is None:
            return None
        return loyalty.ledger, (shop, self.customer_id), {
            "limit": limit, "before_id": after.id if after else None}

    def line(self, row: int) -> LedgerLine | None:
        return self.row_at(row)


    def cells(self, row: int) -> list[str]:
        e = self._rows[row]
        return [ltr(local_time(e.at)), e.program, entry_kind(e.kind),
                ltr_run(f"+{number(e.amount)}" if e.amount > 0 else f"−{number(-e.amount)}"),
                self.tr("#{id}").format(id=ident(e.purchase_id)) if e.purchase_id else "",
                reason_text(e.reason)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
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

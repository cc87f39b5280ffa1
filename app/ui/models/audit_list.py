"""The audit log as a lazy table, newest first, one page at a time.

Each page goes on after the last id shown (keyset paging); new filters start again from
the top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core import audit
from app.core.audit import AuditFilters, AuditRecord
from app.ui.bidi import ident
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.models.audit_labels import action_name, record_name
from app.ui.models.paged_table import Index, PageCall, PagedTableModel
from app.ui.state import AppState


class AuditListModel(PagedTableModel):
    PAGE = 200
    WHEN, WHO, WHERE, ACTION, RECORD, DETAIL = range(6)
    COLUMNS = 6

    def __init__(self, state: AppState, parent=None):
        super().__init__(state, parent)
        self.filters = AuditFilters()

    def set_filters(self, filters: AuditFilters) -> None:
        self.filters = filters
        self.start_over()

    def refresh(self) -> None:
        self.start_over()

    def page_call(self, shop, after: AuditRecord | None, limit: int) -> PageCall:
        return audit.listing, (shop, self.filters, after.id if after else None, limit), {}

    def entry(self, row: int) -> AuditRecord | None:
        return self.row_at(row)

    def who(self, e: AuditRecord) -> str:
        if e.staff:
            return e.staff
        return {
            "cli": self.tr("(command line)"),
            "kiosk": self.tr("(kiosk)"),
            "import": self.tr("(import)"),
        }.get(e.channel, self.tr("(nobody signed in)"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return ltr(local_time(e.at))
            if column == self.WHO:
                return self.who(e)
            if column == self.WHERE:
                return e.workstation
            if column == self.ACTION:
                return action_name(e.action)
            if column == self.RECORD:
                entity = record_name(e.entity)
                return f"{entity} {ident(e.entity_id)}" if e.entity_id is not None else entity
            return e.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Entry {id}, through the {channel}").format(id=ident(e.id),
                                                                        channel=e.channel)
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Workstation"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Detail"),
        )[section]

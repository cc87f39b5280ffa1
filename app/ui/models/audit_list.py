"""The audit log as a lazy table, newest first, one page at a time.

The view asks for more (`canFetchMore` / `fetchMore`) as the user scrolls; each page goes on
after the last id shown (keyset paging), so page 500 costs what page 1 does. New filters
start again from the top; answers for older filters are dropped (generation number).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core import audit
from app.core.audit import AuditFilters, AuditRecord
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.error_text import error_text
from app.ui.models.audit_labels import action_name, record_name
from app.ui.state import AppState

_Index = QModelIndex | QPersistentModelIndex


class AuditListModel(QAbstractTableModel):
    PAGE = 200
    WHEN, WHO, WHERE, ACTION, RECORD, DETAIL = range(6)

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, state: AppState, parent=None):
        super().__init__(parent)
        self.state = state
        self.filters = AuditFilters()
        self.loading = False
        self._rows: list[AuditRecord] = []
        self._more = False
        self._generation = 0

    def set_filters(self, filters: AuditFilters) -> None:
        self.filters = filters
        self._generation += 1
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()
        self._load(self._generation, None)

    def refresh(self) -> None:
        self.set_filters(self.filters)

    def _load(self, generation: int, after_id: int | None) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.loading = True
        self.state.runner.run(
            audit.listing,
            shop,
            self.filters,
            after_id,
            self.PAGE,
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda err: self._failed(generation, err),
        )

    def _arrived(self, generation: int, page: list[AuditRecord]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._more = len(page) == self.PAGE
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
            self._load(self._generation, self._rows[-1].id)

    # -- rows ---------------------------------------------------------------------------
    def entry(self, row: int) -> AuditRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def who(self, e: AuditRecord) -> str:
        if e.staff:
            return e.staff
        return {
            "cli": self.tr("(command line)"),
            "kiosk": self.tr("(kiosk)"),
            "import": self.tr("(import)"),
        }.get(e.channel, self.tr("(nobody signed in)"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
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
                return f"{entity} {e.entity_id}" if e.entity_id is not None else entity
            return e.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Entry {id}, through the {channel}").format(id=e.id, channel=e.channel)
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

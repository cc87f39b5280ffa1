"""Duplicates: customers who may be one person, best pairs first, with a score and the
reasons ("same phone", "similar name 92"). Find duplicates runs in the background with a
progress bar and Cancel; the list fills lazily as it is scrolled. Enter or a double-click
opens a pair in the merge dialog; after a merge a message bar offers Undo, and the recent
merges below can each be undone (managers only; the core refuses unsafe undos)."""

from __future__ import annotations

import threading

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import customer_merge, duplicate_finder, merge_undo
from app.core.errors import CounterpartError
from app.ui.bidi import ident, isolate, listed, number
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.dialogs.merge_customers import MERGE_CHANGES, MergeCustomersDialog, moved_text
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

_Index = QModelIndex | QPersistentModelIndex
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SCAN_LIMIT = 1000  # pairs kept from one scan
PAGE = 100  # rows the list adds each time it is scrolled to the end


def _t(text: str) -> str:
    return QCoreApplication.translate("Duplicates", text)


def reasons_text(pair: duplicate_finder.Pair) -> str:
    """The core's reasons ("same phone", "similar name 92") in the screen's language."""
    return listed(error_text(reason) for reason in pair.reason_text())


def side_text(side: duplicate_finder.Side) -> str:
    contact = ltr(side.phone_display) if side.phone else (side.email or "")
    name = isolate(side.full_name) or _t("(no name)")
    parts = [name, contact, _t("{n} visit(s)").format(n=number(side.visits))]
    return " · ".join(p for p in parts if p)


class PairModel(QAbstractTableModel):
    """The pairs of the last scan, shown a page at a time."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pairs: list[duplicate_finder.Pair] = []
        self.shown = 0

    def set_pairs(self, pairs: list[duplicate_finder.Pair]) -> None:
        self.beginResetModel()
        self.pairs, self.shown = list(pairs), min(PAGE, len(pairs))
        self.endResetModel()

    def drop(self, customer_id: int) -> None:
        """Leave out every pair with this customer (merged away)."""
        self.set_pairs([p for p in self.pairs if customer_id not in (p.keep.id, p.dup.id)])

    def pair(self, row: int) -> duplicate_finder.Pair | None:
        return self.pairs[row] if 0 <= row < self.shown else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.shown < len(self.pairs)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        more = min(PAGE, len(self.pairs) - self.shown)
        if more > 0:
            self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
            self.shown += more
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_t("Score"), _t("Keep"), _t("Possible duplicate"), _t("Why"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        pair = self.pair(index.row())
        if pair is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                number(pair.score),
                side_text(pair.keep),
                side_text(pair.dup),
                reasons_text(pair),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            side = pair.keep if column == 1 else pair.dup
            return _t("Customer {id}, card {card}").format(id=ident(side.id),
                                                           card=isolate(side.card_number))
        return None


class _Progress(QObject):
    """Carries the scan's progress from the worker thread to the progress bar."""

    moved = Signal(int, int)


def _table(view: QAbstractItemView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)


def _label(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class DuplicatesScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.cancelled = threading.Event()
        self.scanning = False
        self.merges: list[customer_merge.MergeLine] = []
        self.last_merge: customer_merge.MergeResult | None = None
        self.dialog: MergeCustomersDialog | None = None

        title = QLabel(self.tr("Duplicates"))
        title.setObjectName("title")
        self.find_button = QPushButton(self.tr("&Find duplicates"))
        self.find_button.setProperty("primary", True)
        self.find_button.clicked.connect(self.find)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.bridge = _Progress(self)
        self.bridge.moved.connect(self._moved)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.find_button)
        intro = _label(
            self.tr(
                "Customers who may be one person: the same phone or e-mail, a similar name, "
                "the same birthday. Open a pair to merge it into one customer; a merge can be "
                "undone below."
            )
        )

        self.model = PairModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        _table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda index: self.open_pair(index.row()))
        self.table.installEventFilter(self)
        self.status = _label()
        self.open_button = QPushButton(self.tr("&Open pair…"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_pair(self.table.currentIndex().row()))
        listed = QHBoxLayout()
        listed.addWidget(self.status, 1)
        listed.addWidget(self.open_button)

        # The message bar after a merge: what happened, and Undo.
        self.bar = QFrame()
        self.bar.setObjectName("card")
        self.bar_text = _label(name="")
        self.bar_undo = QPushButton(self.tr("Undo"))
        self.bar_undo.setAutoDefault(False)
        self.bar_undo.clicked.connect(self.undo_last)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(12, 8, 12, 8)
        bar.addWidget(self.bar_text, 1)
        bar.addWidget(self.bar_undo)
        self.bar.setVisible(False)
        self.problem = _label(name="error")
        self.problem.setVisible(False)

        recent = QLabel(self.tr("Recent merges"))
        recent.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.recent = QTableWidget(0, 5)
        _table(self.recent)
        self.recent.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Kept"),
                self.tr("Merged into them"),
                self.tr("By"),
                self.tr("Undone"),
            ]
        )
        self.recent.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recent.horizontalHeader().setStretchLastSection(True)
        self.recent.setMaximumHeight(190)
        self.recent.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.undo_button = QPushButton(self.tr("U&ndo this merge"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_selected)
        recent_top = QHBoxLayout()
        recent_top.addWidget(recent)
        recent_top.addStretch(1)
        recent_top.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(listed)
        layout.addLayout(recent_top)
        layout.addWidget(self.recent)
        state.runner.changed.connect(self._changed)
        self._say(self.tr("Press Find duplicates to look through the customer book."))
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        self.undo_button.setVisible(manager)
        self.bar_undo.setVisible(manager)
        self.reload_merges()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload_merges(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            customer_merge.recent_merges, shop, on_done=self._fill_merges, on_error=self._failed
        )

    def _changed(self, what) -> None:
        if "customers" in what and self.isVisible():
            self.reload_merges()

    def _fill_merges(self, found: list[customer_merge.MergeLine]) -> None:
        self.merges = found
        self.recent.setRowCount(len(found))
        for row, line in enumerate(found):
            cells = (
                local_time(line.at),
                f"{isolate(line.kept_name)} ({line.kept_id})",
                f"{isolate(line.merged_name)} ({line.merged_id})",
                line.staff,
                local_time(line.undone_at) if line.undone_at else "",
            )
            for column, text in enumerate(cells):
                self.recent.setItem(row, column, QTableWidgetItem(text))
        if found and self.recent.currentRow() < 0:
            self.recent.setCurrentCell(0, 0)
        self._update_buttons()

    def selected_merge(self) -> customer_merge.MergeLine | None:
        row = self.recent.currentRow()
        return self.merges[row] if 0 <= row < len(self.merges) else None

    def _update_buttons(self) -> None:
        line = self.selected_merge()
        self.undo_button.setEnabled(line is not None and line.undone_at is None)
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def _say(self, message: str) -> None:
        self.status.setText(message)

    def _failed(self, error: CounterpartError) -> None:
        self.problem.setText(error_text(error))
        self.problem.setVisible(True)

    # -- finding ------------------------------------------------------------------------
    def find(self) -> None:
        shop = self.state.shop
        if shop is None or self.scanning:
            return
        self.scanning = True
        self.cancelled.clear()
        self.problem.setVisible(False)
        self.progress.setRange(0, 0)  # busy until the first figure comes
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.find_button.setEnabled(False)
        self._say(self.tr("Looking for duplicates…"))
        self.state.runner.run(
            duplicate_finder.find,
            shop,
            limit=SCAN_LIMIT,
            progress=self._progress,
            on_done=self._found,
            on_error=self._scan_failed,
            lane="slow",
        )

    def _progress(self, done: int, total: int) -> bool:
        """Called on the worker thread; False stops the scan."""
        self.bridge.moved.emit(done, total)
        return not self.cancelled.is_set()

    def _moved(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def cancel(self) -> None:
        self.cancelled.set()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Stopping…"))

    def _scan_over(self) -> None:
        self.scanning = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.find_button.setEnabled(True)

    def _found(self, scan: duplicate_finder.Scan) -> None:
        self._scan_over()
        if scan.cancelled:
            self._say(self.tr("Stopped before the end; the list is as it was."))
            return
        self.model.set_pairs(list(scan.pairs))
        if not scan.pairs:
            self._say(
                self.tr("No likely duplicates among {n} customers.").format(
                    n=number(scan.customers)
                )
            )
        elif scan.found > len(scan.pairs):
            self._say(
                self.tr("The {n} likeliest of {found} pairs, best first.").format(
                    n=number(len(scan.pairs)), found=number(scan.found)
                )
            )
        else:
            self._say(
                self.tr("{n} likely pair(s) among {customers} customers, best first.").format(
                    n=number(len(scan.pairs)), customers=number(scan.customers)
                )
            )
        if scan.pairs:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def _scan_failed(self, error: CounterpartError) -> None:
        self._scan_over()
        self._failed(error)

    # -- merging ------------------------------------------------------------------------
    def open_pair(self, row: int) -> MergeCustomersDialog | None:
        pair = self.model.pair(row)
        if pair is None or self.state.shop is None or self.dialog is not None:
            return None
        self.dialog = MergeCustomersDialog(self.state, pair.keep.id, pair.dup.id, self)
        self.dialog.merged.connect(self._merged)
        self.dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog.open()
        return self.dialog

    def _merged(self, result: customer_merge.MergeResult) -> None:
        self.last_merge = result
        self.model.drop(result.merged_id)
        self.problem.setVisible(False)
        self.bar_text.setText(
            self.tr("Merged customer {dup} into customer {keep}; moved {what}.").format(
                dup=ident(result.merged_id), keep=ident(result.kept_id),
                what=moved_text(result.moved),
            )
        )
        self.bar_undo.setEnabled(True)
        self.bar.setVisible(True)
        self._update_buttons()  # the recent merges reload on the runner's "changed"

    def undo_last(self) -> None:
        if self.last_merge is not None:
            self.undo(self.last_merge.merge_id)

    def undo_selected(self) -> None:
        line = self.selected_merge()
        if line is not None and line.undone_at is None:
            self.undo(line.id)

    def undo(self, merge_id: int) -> None:
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager:
            return
        self.problem.setVisible(False)
        self.state.runner.run(
            merge_undo.undo_merge,
            shop,
            merge_id,
            on_done=self._undone,
            on_error=self._failed,
            changes=MERGE_CHANGES,
        )

    def _undone(self, result: customer_merge.MergeResult) -> None:
        if self.last_merge is not None and self.last_merge.merge_id == result.merge_id:
            self.last_merge = None
        self.bar_text.setText(
            self.tr("Undone: customers {keep} and {dup} are two again.").format(
                keep=ident(result.kept_id), dup=ident(result.merged_id)
            )
        )
        self.bar_undo.setEnabled(False)
        self.bar.setVisible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _OPEN_KEYS
        ):
            self.open_pair(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

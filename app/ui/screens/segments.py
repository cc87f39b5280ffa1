"""Who is new, active, at risk, lapsed or a VIP: each segment with its count, its members
as a lazy list, and the win-back list (lapsed, consenting) to export as CSV or print.

The counts and lists are asked for through the runner (off the GUI thread). "Lapsed after
N days" is the shop's setting: a manager changes it here (Enter applies), a cashier sees
it. Enter or a double-click on a member opens their profile (`open_customer`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import segments
from app.ui.bidi import number
from app.ui.error_text import error_text
from app.ui.models.segment_list import (
    COLOURS,
    WINBACK,
    SegmentListModel,
    badge_style,
    segment_help,
    segment_label,
    winback_document,
)
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ROWS = (*segments.SEGMENTS, WINBACK)


def _table(view: QAbstractItemView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(34)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)


class SegmentsScreen(QWidget):
    open_customer = Signal(int)
    PRINT_LIMIT = 1000  # more than this is a job for the CSV export

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.counts: dict[str, int] = {}

        title = QLabel(self.tr("Segments"))
        title.setObjectName("title")
        self.lapsed_days = QSpinBox()
        self.lapsed_days.setRange(1, 3650)
        self.lapsed_days.setSuffix(self.tr(" days"))
        self.lapsed_days.editingFinished.connect(self._days_entered)
        self.lapsed_days.valueChanged.connect(lambda _v: self._days_edited())
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setAutoDefault(False)
        self.apply_button.clicked.connect(self.save_lapsed_days)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Lapsed after")))
        top.addWidget(self.lapsed_days)
        top.addWidget(self.apply_button)

        self.list = QTableWidget(len(_ROWS), 2)
        _table(self.list)
        self.list.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Customers")])
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setFixedWidth(270)
        for row, name in enumerate(_ROWS):
            label = QTableWidgetItem(segment_label(name))
            label.setForeground(QColor(COLOURS[name][0]))
            self.list.setItem(row, 0, label)
            count = QTableWidgetItem("")
            count.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.list.setItem(row, 1, count)
        self.list.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.list.installEventFilter(self)

        self.heading = QLabel()
        self.help = QLabel()
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)
        self.help.setAlignment(leading_edge())
        self.model = SegmentListModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        _table(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAlignment(leading_edge())
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_winback)
        for button in (self.export_button, self.print_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        members = QVBoxLayout()
        members.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignLeading)
        members.addWidget(self.help)
        members.addWidget(self.table, 1)
        members.addLayout(actions)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.list)
        body.addLayout(members, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.status.setText)
        state.runner.changed.connect(self._changed)
        self.list.blockSignals(True)  # the first list loads when the screen is shown
        self.list.setCurrentCell(_ROWS.index("lapsed"), 0)
        self.list.blockSignals(False)

    # -- showing ------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown (again): fresh counts and list, the setting and what this role may do."""
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        self.lapsed_days.blockSignals(True)
        self.lapsed_days.setValue(shop.settings.lapsed_days)
        self.lapsed_days.blockSignals(False)
        self.lapsed_days.setReadOnly(not manager)
        self.lapsed_days.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if manager
                                          else QSpinBox.ButtonSymbols.NoButtons)
        self.lapsed_days.setToolTip("" if manager else self.tr("Only a manager can change this."))
        self.apply_button.setVisible(manager)
        self.apply_button.setEnabled(False)
        for button in (self.export_button, self.print_button):
            button.setEnabled(manager)
            button.setToolTip("" if manager else
                              self.tr("Only a manager can export or print customer lists."))
        self.reload()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(segments.counts, shop, on_done=self._counted,
                              on_error=lambda err: self.status.setText(error_text(err)))
        self._chosen(self.list.currentRow())

    def _changed(self, what) -> None:
        if what & {"purchases", "customers", "settings"} and self.isVisible():
            self.reload()  # a hidden screen catches up in activate()

    def _counted(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for row, name in enumerate(_ROWS):
            self.list.item(row, 1).setText(number(counts[name]) if name in counts else "")

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(_ROWS):
            return
        name = _ROWS[row]
        self.heading.setText(segment_label(name))
        self.heading.setStyleSheet(badge_style(name) + " QLabel { font-size: 16px; }")
        days = self.state.shop.settings.lapsed_days if self.state.shop else 30
        self.help.setText(segment_help(name, days))
        for button in (self.export_button, self.print_button):
            button.setVisible(name == WINBACK)
        self.status.clear()
        self.model.set_segment(name)

    def _loaded(self) -> None:
        shown, more = self.model.rowCount(), self.model.canFetchMore()
        if self.model.segment == WINBACK:  # no count query of its own: what was listed
            self.list.item(len(_ROWS) - 1, 1).setText(f"{shown:,}{'+' if more else ''}")
        if not shown:
            self.status.setText(self.tr("Nobody in this list."))
        elif more:
            self.status.setText(
                self.tr("The first {n} shown; scroll for more.").format(n=number(shown))
            )
        else:
            self.status.setText(self.tr("{n} shown.").format(n=number(shown)))

    def open_row(self, row: int) -> None:
        member = self.model.member(row)
        if member is not None:
            self.open_customer.emit(member.customer.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in _OPEN_KEYS:
            if watched is self.table:
                self.open_row(self.table.currentIndex().row())
                return True
            if watched is self.list and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    # -- the lapsed setting -------------------------------------------------------------
    def _days_edited(self) -> None:
        shop = self.state.shop
        self.apply_button.setEnabled(
            shop is not None and self.lapsed_days.value() != shop.settings.lapsed_days)

    def _days_entered(self) -> None:
        if self.lapsed_days.hasFocus():  # Enter, not the focus leaving
            self.save_lapsed_days()

    def save_lapsed_days(self) -> None:
        shop = self.state.shop
        days = self.lapsed_days.value()
        if shop is None or not shop.actor.is_manager or days == shop.settings.lapsed_days:
            return
        self.state.runner.run(
            shop.save_settings, lapsed_days=days, changes={"settings"},
            on_done=lambda _s: self._days_edited(),
            on_error=lambda err: self.status.setText(error_text(err)),
        )

    # -- the win-back list out of the app -----------------------------------------------
    def export_csv(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        suggested = str(Path.home() / f"win-back-{date.today().isoformat()}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the win-back list"), suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return
        target = Path(path if path.lower().endswith(".csv") else path + ".csv")
        self.status.setText(self.tr("Exporting…"))
        self.state.runner.run(
            segments.write_winback_csv, shop, target,
            on_done=lambda n: self._exported(target, n),
            on_error=lambda err: self.status.setText(error_text(err)),
        )

    def _exported(self, target: Path, rows: int) -> None:
        self.status.setText(self.tr("{n} customers exported to {file}.").format(
            n=rows, file=str(target)))

    def print_winback(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            segments.winback, shop, limit=self.PRINT_LIMIT + 1,
            on_done=lambda found: self.winback_document(found).print_(printer),
            on_error=lambda err: self.status.setText(error_text(err)),
        )

    def winback_document(self, members: list) -> QTextDocument:
        shop = self.state.shop
        return winback_document(
            self.model, members, self.PRINT_LIMIT, shop.settings.shop_name,
            shop.settings.lapsed_days, self.layoutDirection() == Qt.LayoutDirection.RightToLeft)

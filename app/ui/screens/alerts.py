"""Alerts from surveys: a detractor, a low rating or a worrying word. Open ones first (or all,
resolved too), each with its kind, what was said, the customer's first name (a click opens
their profile), the staff member who served them and when. Acknowledge says "someone is on
it"; Resolve asks what was done (required, kept and audited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import alerts, surveys
from app.core.surveys import AlertLine
from app.ui.bidi import isolate
from app.ui.dialogs.customer_labels import local_time
from app.ui.dialogs.resolve_alert import ResolveAlertDialog
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.alert_summary import summary_text
from app.ui.widgets.info_card import leading_edge

CUSTOMER_COLUMN = 2
_HERE = Qt.ShortcutContext.WidgetWithChildrenShortcut


def kind_label(kind: str) -> str:
    t = lambda s: QCoreApplication.translate("alerts", s)  # noqa: E731
    return {
        "detractor": t("Detractor"),
        "low_rating": t("Low rating"),
        "keyword": t("Mentions"),
    }.get(kind, kind)


def status_of(line: AlertLine) -> tuple[str, str]:
    """(words, colour) for where an alert stands."""
    t = lambda s: QCoreApplication.translate("alerts", s)  # noqa: E731
    a = line.alert
    if a.resolved_at is not None:
        return t("Resolved: {note}").format(note=isolate(a.note)), "#1a7f37"
    if a.acknowledged_at is not None:
        return t("Acknowledged"), "#9a6700"
    return t("New"), "#cf222e"


class AlertsScreen(QWidget):
    open_customer = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.lines: list[AlertLine] = []
        self.dialog: ResolveAlertDialog | None = None

        title = QLabel(self.tr("Alerts"))
        title.setObjectName("title")
        self.show_all = QCheckBox(self.tr("Show resolved too"))
        self.show_all.toggled.connect(lambda _c: self.reload())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.show_all)
        self.hint = QLabel(
            self.tr(
                "A detractor score, a low rating or a worrying word in a survey answer raises an "
                "alert here at once. Acknowledge it, follow up, then resolve it with a note of "
                "what was done. Click a customer's name to open their profile."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(leading_edge())
        # room at both ends: Persian glyphs from a fallback font can run a little wider than
        # the line QLabel measured, and the line's far end would be cut off
        self.hint.setContentsMargins(8, 0, 8, 0)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("What was said"),
                self.tr("Customer"),
                self.tr("Served by"),
                self.tr("When"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.table.cellClicked.connect(self._clicked)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())

        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("Acknowledge (Ctrl+K)"))
        self.resolve_button = QPushButton(self.tr("Resolve… (Ctrl+Enter)"))
        self.resolve_button.setProperty("primary", True)
        self.profile_button = QPushButton(self.tr("Open customer"))
        for button in (self.profile_button, self.ack_button, self.resolve_button):
            button.setAutoDefault(False)
        self.ack_button.clicked.connect(self.acknowledge)
        self.resolve_button.clicked.connect(self.resolve)
        self.profile_button.clicked.connect(self._open_current_customer)
        QShortcut(QKeySequence("Ctrl+K"), self, self.acknowledge, context=_HERE)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.resolve, context=_HERE)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.profile_button)
        actions.addWidget(self.ack_button)
        actions.addWidget(self.resolve_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        state.runner.changed.connect(self._changed)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------
    def activate(self) -> None:
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, what) -> None:
        if "alerts" in what and self.isVisible():
            self.reload()

    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            surveys.alert_lines,
            shop,
            not self.show_all.isChecked(),
            on_done=self._loaded,
            on_error=lambda err: self.status.setText(error_text(err)),
        )

    def _loaded(self, lines: list[AlertLine]) -> None:
        chosen = self.current()
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            a = line.alert
            status, colour = status_of(line)
            cells = (
                kind_label(a.kind),
                summary_text(a.summary),
                isolate(line.customer_name) or self.tr("anonymous"),
                isolate(line.staff_name) or self.tr("kiosk"),
                local_time(a.created_at),
                status,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == CUSTOMER_COLUMN and line.customer_name:
                    item.setForeground(QColor("#0969da"))
                    font = item.font()
                    font.setUnderline(True)
                    item.setFont(font)
                if column == 5:
                    item.setForeground(QColor(colour))
                self.table.setItem(row, column, item)
        keep = next(
            (r for r, line in enumerate(lines) if chosen and line.alert.id == chosen.alert.id),
            0 if lines else -1,
        )
        self.table.setCurrentCell(keep, 0)
        empty = (self.tr("No open alerts."), self.tr("No alerts yet."))
        if not lines:
            self.status.setText(empty[self.show_all.isChecked()])
        elif self.status.text() in empty:
            self.status.clear()
        self._update_buttons()

    def current(self) -> AlertLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _update_buttons(self) -> None:
        line = self.current()
        resolved = line is None or line.alert.resolved_at is not None
        self.ack_button.setEnabled(not resolved and line.alert.acknowledged_at is None)
        self.resolve_button.setEnabled(not resolved)
        self.profile_button.setEnabled(line is not None and line.alert.customer_id is not None)

    # -- acting -------------------------------------------------------------------------
    def _clicked(self, row: int, column: int) -> None:
        if column == CUSTOMER_COLUMN:
            self._open_customer(row)

    def _open_current_customer(self) -> None:
        self._open_customer(self.table.currentRow())

    def _open_customer(self, row: int) -> None:
        if 0 <= row < len(self.lines) and self.lines[row].alert.customer_id is not None:
            self.open_customer.emit(self.lines[row].alert.customer_id)

    def acknowledge(self) -> None:
        line, shop = self.current(), self.state.shop
        if line is None or shop is None or line.alert.acknowledged_at is not None:
            return
        self.state.runner.run(
            alerts.acknowledge,
            shop,
            line.alert.id,
            changes={"alerts"},
            on_done=lambda _v: self.status.setText(self.tr("Acknowledged.")),
            on_error=lambda err: self.status.setText(error_text(err)),
        )

    def resolve(self) -> None:
        line = self.current()
        if line is None or line.alert.resolved_at is not None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            return
        who = (
            self.tr("Customer: {name}").format(name=isolate(line.customer_name))
            if line.customer_name
            else ""
        )
        self.dialog = ResolveAlertDialog(self.state, line.alert, who, self)
        self.dialog.resolved.connect(lambda _v: self.status.setText(self.tr("Resolved.")))
        self.dialog.open()

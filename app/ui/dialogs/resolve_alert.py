"""Resolve an alert: what was done about it (a note is required; it is kept with the alert
and the resolution goes in the audit log). Ctrl+Enter resolves, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import alerts
from app.core.alerts import AlertView
from app.core.errors import CounterpartError
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.alert_summary import summary_text
from app.ui.widgets.info_card import leading_edge


class ResolveAlertDialog(QDialog):
    resolved = Signal(object)  # the resolved AlertView

    def __init__(
        self, state: AppState, alert: AlertView, who: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.state = state
        self.alert = alert
        self.busy = False
        self.setWindowTitle(self.tr("Resolve alert"))
        self.setMinimumWidth(480)
        summary = QLabel(summary_text(alert.summary) + (f"\n{who}" if who else ""))
        summary.setWordWrap(True)
        summary.setAlignment(leading_edge())
        summary.setStyleSheet(
            "background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; padding: 8px 12px;"
        )
        caption = QLabel(self.tr("&What was done about it?"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("e.g. Called her, apologised, offered a free coffee on the next visit.")
        )
        self.note.setFixedHeight(110)
        caption.setBuddy(self.note)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.resolve_button = QPushButton(self.tr("Resolve (Ctrl+Enter)"))
        self.resolve_button.setProperty("primary", True)
        self.resolve_button.setAutoDefault(False)
        self.resolve_button.clicked.connect(self.resolve)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.resolve)
        self.note.installEventFilter(self)  # the note would take Ctrl+Enter as a new line
        self.note.textChanged.connect(lambda: self.error.setVisible(False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.note.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.resolve()
            return True
        return super().eventFilter(watched, event)

    def resolve(self) -> None:
        shop = self.state.shop
        if shop is None or self.busy:
            return
        self.busy = True
        self.resolve_button.setEnabled(False)
        self.state.runner.run(
            alerts.resolve,
            shop,
            self.alert.id,
            self.note.toPlainText(),
            on_done=self._resolved,
            on_error=self._refused,
            changes={"alerts"},
        )

    def _resolved(self, view: AlertView) -> None:
        self.busy = False
        self.resolved.emit(view)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self.busy = False
        self.resolve_button.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.setVisible(True)
        self.note.setFocus()

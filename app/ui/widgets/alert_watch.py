"""Watching for new alerts: answers may come from a kiosk running as another process on the
same shop file, so the counter app asks for the open count every few seconds (on the slow
lane of the task runner, never in the cashier's way). The Alerts item in the navigation says
how many are open ("Alerts (3)"); a new one shows a banner above the lock button, a tray
message where the desktop has a tray, and flashes the window in the task bar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
)

from app.core import alerts
from app.ui.bidi import number
from app.ui.state import AppState

POLL_MS = 3000


class AlertWatch(QObject):
    count_changed = Signal(int)  # open alerts now
    arrived = Signal(int)  # how many new ones since the last look

    def __init__(
        self,
        state: AppState,
        item: QListWidgetItem,
        title: str,
        show_alerts: Callable[[], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.state = state
        self.item, self.title = item, title
        self.base_text = item.text()  # "Alerts  (Alt+A)"
        self.count: int | None = None  # None: not looked yet
        self.asking = False
        self.banner = QPushButton()
        self.banner.setObjectName("alertBanner")
        self.banner.setStyleSheet(
            "QPushButton#alertBanner { background: #ffebe9; color: #82071e; border: 1px solid "
            "#ff8182; border-radius: 8px; padding: 8px; font-weight: 600; text-align: left; }"
        )
        self.banner.setVisible(False)
        self.banner.clicked.connect(show_alerts)
        self.banner.clicked.connect(lambda: self.banner.setVisible(False))
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        state.runner.changed.connect(lambda what: "alerts" in what and self.poll())
        state.signed_in.connect(self.start)
        state.locked.connect(lambda: self.banner.setVisible(False))

    def start(self) -> None:
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        shop = self.state.shop
        if shop is None or self.asking:
            return
        self.asking = True
        self.state.runner.run(
            alerts.open_count,
            shop,
            on_done=self._counted,
            on_error=lambda _e: self._counted(None),
            lane="slow",
        )

    def _counted(self, count: int | None) -> None:
        self.asking = False
        if count is None:
            return
        before, self.count = self.count, count
        label = f"{self.title} ({count})" if count else self.title
        self.item.setText(self.base_text.replace(self.title, label, 1))
        if count != before:
            self.count_changed.emit(count)
        if not count:
            self.banner.setVisible(False)
        if before is not None and count > before:
            self.announce(count - before)

    def announce(self, new: int) -> None:
        text = self.tr("{n} new alert(s) from a survey — open Alerts").format(n=number(new))
        self.banner.setText("⚠ " + text)
        self.banner.setVisible(True)
        self.arrived.emit(new)
        window = self.banner.window()
        if window is not None and window.isVisible():
            QApplication.alert(window)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self.tray = QSystemTrayIcon(icon, self)
                self.tray.messageClicked.connect(self.banner.click)
            self.tray.show()
            self.tray.showMessage(
                self.tr("Counterpart"), text, QSystemTrayIcon.MessageIcon.Warning, 8000
            )


def watch_alerts(workspace, screen, title: str) -> AlertWatch:
    """Give the workspace's Alerts item its count and the workspace a banner for new ones."""
    item = workspace.nav.item(workspace.screens.indexOf(screen))
    show = lambda: workspace.nav.setCurrentRow(workspace.screens.indexOf(screen))  # noqa: E731
    watch = AlertWatch(workspace.state, item, title, show, workspace)
    watch.count_changed.connect(lambda _n: screen.isVisible() and screen.reload())
    return watch

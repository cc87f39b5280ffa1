"""The daily backup while the counter app runs: checked when the shop opens and every hour
after. It runs on its own worker ("backup" lane, its own connection): a million-customer
shop takes minutes to export and verify, and sign-in, search and checkout must not queue
behind it. Closing waits for it first (see AppState.close)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from app.core import backups
from app.ui.state import AppState

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    def __init__(self, state: AppState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        state.shop_opened.connect(self.check)
        state.shop_opened.connect(self.timer.start)

    def check(self) -> None:
        shop = self.state.shop
        if shop is None or self._running:
            return
        self._running = True
        self.state.runner.run(
            backups.backup_if_due,
            shop,
            on_done=self._done,
            on_error=self._failed,
            changes={"backups"},
            lane="backup",
        )

    def _done(self, made) -> None:
        self._running = False
        if made is not None:
            log.info("daily backup made")

    def _failed(self, _error) -> None:
        self._running = False

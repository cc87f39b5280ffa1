"""The day's slow figures (the VIP line reads a year of purchases: over a second in a
million-customer shop) worked out in their own lane when the shop opens and again each
hour, so the first profile and segment count of a day find them ready."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from app.core import segments
from app.ui.state import AppState

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class DailyWarmup(QObject):
    def __init__(self, state: AppState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run)
        state.shop_opened.connect(self.run)
        state.shop_opened.connect(self.timer.start)

    def run(self) -> None:
        shop = self.state.shop
        if shop is None or self.running:
            return
        self.running = True
        self.state.runner.run(
            segments.warm_up, shop, on_done=self._done, on_error=self._failed, lane="daily"
        )

    def _done(self, _result) -> None:
        self.running = False

    def _failed(self, _error) -> None:
        self.running = False
        log.warning("the day's figures could not be worked out ahead")

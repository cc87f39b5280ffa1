"""A job run in a worker lane of its own when the shop opens and every hour after, never
two at once: the daily backup, the day's slow figures."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

from app.ui.state import AppState

log = logging.getLogger(__name__)
EVERY_MS = 60 * 60 * 1000


class RecurringJob(QObject):
    def __init__(self, state: AppState, job: Callable, lane: str, *,
                 changes: Iterable[str] = (), parent: QObject | None = None):
        super().__init__(parent)
        self.state, self.job, self.lane, self.changes = state, job, lane, frozenset(changes)
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run)
        state.shop_opened.connect(self.run)
        state.shop_opened.connect(self.timer.start)

    def run(self) -> None:
        shop = self.state.shop
        if shop is None or self.running:
            return
        self.running = True
        self.state.runner.run(self.job, shop, on_done=self._done, on_error=self._failed,
                              changes=self.changes, lane=self.lane)

    def _done(self, result) -> None:
        self.running = False
        self.finished(result)

    def finished(self, result) -> None:
        """What to say when a run ends; nothing by default."""

    def _failed(self, _error) -> None:
        self.running = False
        log.warning("the %s job failed", self.lane)

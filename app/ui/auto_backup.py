"""The daily backup while the counter app runs: checked when the shop opens and every hour
after. It runs on its own worker ("backup" lane, its own connection): a million-customer
shop takes minutes to export and verify, and sign-in, search and checkout must not queue
behind it. Closing waits for it first (see AppState.close)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from app.core import backups
from app.ui.recurring_job import RecurringJob
from app.ui.state import AppState

log = logging.getLogger(__name__)


class AutoBackup(RecurringJob):
    def __init__(self, state: AppState, parent: QObject | None = None):
        super().__init__(state, backups.backup_if_due, "backup", changes={"backups"},
                         parent=parent)

    def finished(self, made) -> None:
        if made is not None:
            log.info("daily backup made")

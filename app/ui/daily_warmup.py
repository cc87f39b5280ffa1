"""The search pages read and the day's slow figures worked out (the VIP line reads a year
of purchases: over a second in a million-customer shop) in their own lane when the shop
opens and again each hour, so the first searches, profile and segment count of a day find
them ready."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.core import segments
from app.ui.recurring_job import RecurringJob
from app.ui.state import AppState


class DailyWarmup(RecurringJob):
    def __init__(self, state: AppState, parent: QObject | None = None):
        super().__init__(state, segments.warm_up, "daily", parent=parent)

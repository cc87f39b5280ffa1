"""What every screen needs: the open shop (once unlocked), the task runner, local settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from app.core import backups
from app.core.shop import Shop
from app.ui.tasks import TaskRunner


class AppState(QObject):
    shop_opened = Signal()
    signed_in = Signal()
    locked = Signal()

    def __init__(
        self, folder: Path, runner: TaskRunner, local: QSettings | None = None,
        kdf_iter: int | None = None,
    ):
        super().__init__()
        self.folder = folder
        self.kdf_iter = kdf_iter  # None: SQLCipher's default; tests pass a cheap one
        self.runner = runner
        self.local = local or QSettings("Counterpart", "Counterpart")
        self.shop: Shop | None = None

    @property
    def workstation(self) -> str | None:
        """This workstation's name as set in its local settings (None: the host name)."""
        value = self.local.value("workstation_name", "")
        return str(value) or None

    def set_shop(self, shop: Shop) -> None:
        self.shop = shop
        self.shop_opened.emit()

    def close(self) -> None:
        if self.shop is not None:
            shop, self.shop = self.shop, None
            self.runner.wait_idle(timeout_s=600)  # a daily backup still running ends first
            self.runner.run(backups.close_with_backup, shop)  # a backup first, if anything changed
            self.runner.wait_idle(timeout_s=300)

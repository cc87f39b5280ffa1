"""The kiosk's own unlock: when neither COUNTERPART_PASSPHRASE nor this workstation's keyring
has the passphrase, a staff member types it once on the kiosk screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.errors import CounterpartError
from app.core.shop import Shop
from app.ui.error_text import error_text
from app.ui.tasks import TaskRunner
from app.ui.widgets.centered_card import secret_edit


def open_kiosk_shop(
    folder: Path, passphrase: str, workstation: str | None = None, kdf_iter: int | None = None
) -> Shop:
    return Shop.open(
        folder, passphrase, channel="kiosk", workstation=workstation, kdf_iter=kdf_iter
    )


class KioskUnlock(QDialog):
    """Asks until the shop opens (or a staff member cancels); `shop` holds it after."""

    def __init__(
        self,
        folder: Path,
        runner: TaskRunner,
        workstation: str | None = None,
        kdf_iter: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.folder, self.runner = folder, runner
        self.workstation, self.kdf_iter = workstation, kdf_iter
        self.shop: Shop | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Open the kiosk"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Staff: type the shop's passphrase to start the feedback kiosk."))
        intro.setWordWrap(True)
        self.passphrase = secret_edit()
        self.passphrase.setMinimumHeight(44)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.button = QPushButton(self.tr("Start the kiosk"))
        self.button.setProperty("primary", "true")
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (intro, self.passphrase, self.error, self.button):
            layout.addWidget(widget)

    def submit(self) -> None:
        if self.busy or not self.passphrase.text():
            return
        self.busy = True
        self.button.setEnabled(False)
        self.runner.run(
            open_kiosk_shop,
            self.folder,
            self.passphrase.text(),
            self.workstation,
            self.kdf_iter,
            on_done=self._opened,
            on_error=self._failed,
        )

    def _opened(self, shop: Shop) -> None:
        self.busy = False
        self.shop = shop
        self.passphrase.clear()
        self.accept()

    def _failed(self, error: CounterpartError) -> None:
        self.busy = False
        self.button.setEnabled(True)
        self.passphrase.clear()
        self.error.setText(error_text(error))
        self.error.setVisible(True)

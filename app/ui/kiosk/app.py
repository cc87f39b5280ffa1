"""Starting the kiosk alone (`counterpart kiosk`): unlock with COUNTERPART_PASSPHRASE, the
workstation's remembered passphrase, or a prompt; then the kiosk full screen on its screen."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox

from app.core import remember
from app.core.errors import CounterpartError, ShopMissing, WrongPassphrase
from app.core.shop import Shop
from app.logs import setup_logging
from app.ui import i18n
from app.ui.app import _unexpected, make_app
from app.ui.error_text import error_text
from app.ui.kiosk.launch import kiosk_screen, show_on_screen
from app.ui.kiosk.unlock import KioskUnlock, open_kiosk_shop
from app.ui.kiosk.window import KioskWindow
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def _known_passphrase(folder: Path) -> str | None:
    return os.environ.get("COUNTERPART_PASSPHRASE") or remember.load(folder)


def unlock(folder: Path, runner: TaskRunner, local: QSettings) -> Shop | None:
    workstation = str(local.value("workstation_name", "") or "") or None
    passphrase = _known_passphrase(folder)
    if passphrase:
        try:
            return open_kiosk_shop(folder, passphrase, workstation)
        except WrongPassphrase:
            log.warning("kiosk: the given passphrase did not open the shop; asking")
    dialog = KioskUnlock(folder, runner, workstation)
    screen = kiosk_screen(local)
    if screen is not None:
        dialog.adjustSize()
        dialog.move(screen.geometry().center() - dialog.rect().center())
    return dialog.shop if dialog.exec() == QDialog.DialogCode.Accepted else None


def run_kiosk(folder: Path) -> int:
    setup_logging(folder)
    sys.excepthook = _unexpected
    app = make_app()
    runner = TaskRunner()
    local = QSettings("Counterpart", "Counterpart")
    i18n.install(i18n.workstation_language(local))  # the unlock and its messages translated
    try:
        shop = unlock(folder, runner, local)
    except CounterpartError as error:  # no shop there, a damaged file
        QMessageBox.critical(None, "Counterpart", error_text(error))
        runner.stop()
        return 4 if isinstance(error, ShopMissing) else 3
    if shop is None:
        runner.stop()
        return 3
    i18n.install(i18n.workstation_language(local, shop.settings.language))
    window = KioskWindow(shop, runner, local)
    window.left.connect(app.quit)
    show_on_screen(window, kiosk_screen(local))
    code = app.exec()
    runner.stop()
    shop.close()
    return code

"""Unlock: the shop's passphrase opens the encrypted file (optionally remembered in the
workstation's keyring). A wrong passphrase gets a clear message and never harms the file."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QPushButton,
    QWidget,
)

from app.core import remember, restore
from app.core.errors import CounterpartError, WrongPassphrase
from app.core.shop import Shop
from app.ui.bidi import isolate
from app.ui.dialogs.damaged_shop import DamagedShopDialog
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.centered_card import centered_card, label, secret_edit


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the opened Shop

    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self._auto_tried = False
        self._busy = False
        box = centered_card(self)

        box.addWidget(label(self.tr("Unlock the shop"), "title"))
        box.addWidget(label(self.tr(
            "The customer book is encrypted. Type the shop's passphrase to open it."
        ), "subtitle"))
        box.addSpacing(12)
        prompt = label(self.tr("&Passphrase"))
        self.passphrase = secret_edit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        prompt.setBuddy(self.passphrase)
        box.addWidget(prompt)
        box.addWidget(self.passphrase)
        self.error = label("", "error")
        self.error.hide()
        box.addWidget(self.error)

        self.remember = QCheckBox(self.tr("&Remember on this workstation"))
        self.remember.setToolTip(self.tr(
            "Keeps the passphrase in this computer's keyring, so the shop opens by itself. "
            "Only tick this on a workstation that is kept safe."
        ))
        self._can_remember = remember.available()
        self.remember.setVisible(self._can_remember)
        box.addWidget(self.remember)

        self.button = QPushButton(self.tr("Unlock"))
        self.button.setProperty("primary", "true")
        self.button.setAutoDefault(True)
        self.button.setMinimumHeight(40)
        box.addSpacing(6)
        box.addWidget(self.button)
        where = label(self.tr("Shop folder: {folder}").format(  # long paths wrap at a slash
            folder=isolate(str(state.folder).replace(os.sep, os.sep + "\u200b"))), "hint")
        where.setToolTip(str(state.folder))
        box.addWidget(where)

        self.passphrase.returnPressed.connect(self.submit)
        self.passphrase.textEdited.connect(lambda _text: self.error.hide())
        self.button.clicked.connect(self.submit)
        self.setTabOrder(self.passphrase, self.remember)
        self.setTabOrder(self.remember, self.button)

    # -- entry ------------------------------------------------------------------------
    def activate(self) -> None:
        self.passphrase.setFocus()
        if self._auto_tried or not self._can_remember:
            return
        self._auto_tried = True
        self.state.runner.run(remember.load, self.state.folder, on_done=self._try_remembered)

    def _try_remembered(self, passphrase: str | None) -> None:
        if not passphrase:
            return
        self.remember.setChecked(True)
        self._open(passphrase, remembered=True)

    # -- unlocking --------------------------------------------------------------------
    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if self._busy:
            return
        if not passphrase:
            self._show_error(self.tr("Type the passphrase first."))
            return
        self._open(passphrase, remembered=False)

    def _open(self, passphrase: str, remembered: bool) -> None:
        self._set_busy(True)
        self.state.runner.run(
            restore.open_checked, self.state.folder, passphrase, channel="counter",
            workstation=self.state.workstation, kdf_iter=self.state.kdf_iter,
            on_done=lambda shop: self._opened(shop, passphrase, remembered),
            on_error=lambda err: self._failed(err, remembered, passphrase),
        )

    def _opened(self, shop: Shop, passphrase: str, remembered: bool) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.error.hide()
        if self._can_remember and not remembered:
            if self.remember.isChecked():
                self.state.runner.run(remember.save, self.state.folder, passphrase)
            else:
                self.state.runner.run(remember.forget, self.state.folder)
        self.unlocked.emit(shop)

    def _failed(self, error: CounterpartError, remembered: bool, passphrase: str = "") -> None:
        self._set_busy(False)
        if isinstance(error, restore.ShopDamaged):  # a way back: the latest good backup
            self._show_error(self.tr("The shop file is damaged. Restore a backup to go on."))
            self.damaged = DamagedShopDialog(self.state, error, passphrase, self)
            self.damaged.restored.connect(lambda _done: self._open(passphrase, False))
            self.damaged.open()
            return
        if remembered:
            self.remember.setChecked(False)
            self.state.runner.run(remember.forget, self.state.folder)
            if isinstance(error, WrongPassphrase):
                self._show_error(self.tr(
                    "The remembered passphrase no longer opens this shop. Type it, please."
                ))
                return
        if isinstance(error, WrongPassphrase):
            self._show_error(self.tr("That passphrase does not open this shop. Try again."))
        else:
            self._show_error(error_text(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.passphrase.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

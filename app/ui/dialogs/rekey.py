"""Change the shop's passphrase: the current one again, the new one twice with a strength
hint, and a plain word on what happens to the backups made before (they keep the OLD one)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import rekey
from app.core.errors import CounterpartError, ValidationError, WrongPassphrase
from app.core.shop import passphrase_strength
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

STRENGTH_COLOURS = ("#b42318", "#b54708", "#8a6d00", "#2e7d32", "#1a7f37")


def _secret() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(280)
    return edit


class RekeyDialog(QDialog):
    changed = Signal(object)  # rekey.Rekeyed

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.busy = False
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(520)

        warning = QLabel(
            self.tr(
                "Every page of the shop file is encrypted again under the new passphrase. "
                "Backups made before today keep the OLD passphrase: keep it somewhere safe "
                "for as long as you keep those backups. A first backup under the new "
                "passphrase is made straight away. Other workstations that remember the "
                "passphrase will ask for the new one."
            )
        )
        warning.setWordWrap(True)
        warning.setAlignment(leading_edge())
        warning.setStyleSheet(
            "background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; padding: 8px 12px;"
        )
        self.current = _secret()
        self.new = _secret()
        self.repeat = _secret()
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("New passphrase &again"), self.repeat)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        self.change_button = QPushButton(self.tr("Change passphrase"))
        self.change_button.setProperty("primary", True)
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.change_button)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.new.textChanged.connect(self._rate)
        for edit in (self.current, self.new, self.repeat):
            edit.textEdited.connect(lambda _text: self.error.setVisible(False))
        self._rate("")
        self.current.setFocus()

    def _rate(self, text: str) -> None:
        if not text:
            self.strength.setText(self.tr("Use a few words you will remember; 16+ characters."))
            self.strength.setStyleSheet("")
            return
        score, hint = passphrase_strength(text)
        self.strength.setText(error_text(hint))
        self.strength.setStyleSheet(f"color: {STRENGTH_COLOURS[score]};")

    def submit(self) -> None:
        shop = self.state.shop
        if shop is None or self.busy:
            return
        self.busy = True
        self.change_button.setEnabled(False)
        self.change_button.setText(self.tr("Changing…"))
        self.state.runner.run(
            rekey.change_passphrase,
            shop,
            self.current.text(),
            self.new.text(),
            self.repeat.text(),
            on_done=self._done,
            on_error=self._refused,
            changes={"backups"},
        )

    def _done(self, done: rekey.Rekeyed) -> None:
        self.busy = False
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.changed.emit(done)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self.busy = False
        self.change_button.setEnabled(True)
        self.change_button.setText(self.tr("Change passphrase"))
        self.error.setText(error_text(error))
        self.error.setVisible(True)
        if isinstance(error, WrongPassphrase) and "current" in error.message:
            target = self.current
        elif isinstance(error, ValidationError) and error.field == "passphrase_repeat":
            target = self.repeat
        else:
            target = self.new
        target.setFocus()
        target.selectAll()

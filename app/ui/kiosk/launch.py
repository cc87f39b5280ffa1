"""Where the kiosk appears and how the counter starts it.

The screen is a per-workstation choice kept in QSettings (`kiosk/screen`, a screen's name;
default: the last screen, usually the second monitor facing the customer). The counter app
starts the kiosk as its own process (`counterpart kiosk`), so a dialog at the counter never
blocks the customer's screen; it opens its own connection to the same shop file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QSettings
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.bidi import ident, number
from app.ui.widgets.info_card import InfoCard

SCREEN_KEY = "kiosk/screen"


def kiosk_screen(local: QSettings) -> QScreen | None:
    """The chosen screen if it is plugged in, else the last one."""
    screens = QGuiApplication.screens()
    wanted = str(local.value(SCREEN_KEY, "") or "")
    chosen = next((s for s in screens if s.name() == wanted), None)
    return chosen or (screens[-1] if screens else None)


def show_on_screen(window: QWidget, screen: QScreen | None) -> None:
    """Full screen on `screen`."""
    if screen is not None:
        window.setGeometry(screen.geometry())
        window.create()
        if window.windowHandle() is not None:
            window.windowHandle().setScreen(screen)
    window.showFullScreen()


def kiosk_command(folder: Path) -> tuple[str, list[str]]:
    """This same program, as `counterpart --data-dir FOLDER kiosk`."""
    if getattr(sys, "frozen", False):  # the one-folder build: the executable is the app
        return sys.executable, ["--data-dir", str(folder), "kiosk"]
    return sys.executable, ["-m", "app", "--data-dir", str(folder), "kiosk"]


def open_kiosk(folder: Path) -> bool:
    """Start the kiosk process; it asks for the passphrase on its own screen unless this
    workstation's keyring holds it. False if it could not start."""
    program, arguments = kiosk_command(folder)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class KioskSection(InfoCard):
    """Settings: which screen the kiosk uses on this workstation, and a button to open it."""

    def __init__(self, folder: Path, local: QSettings, parent: QWidget | None = None):
        super().__init__(self.tr("Kiosk on this workstation"), parent)
        self.folder, self.local = folder, local
        self.screen_choice = QComboBox()
        self.open_button = QPushButton(self.tr("Open the kiosk"))
        self.open_button.setAutoDefault(False)
        self.said = QLabel()
        self.said.setObjectName("hint")
        self.said.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.screen_choice, 1)
        row.addWidget(self.open_button)
        self.form.addRow(QLabel(self.tr("Kiosk s&creen")), row)
        self.form.labelForField(row).setBuddy(self.screen_choice)
        self.body.addWidget(self.said)
        self.fill()
        self.screen_choice.currentIndexChanged.connect(self._chosen)
        self.open_button.clicked.connect(self.open)

    def fill(self) -> None:
        self.screen_choice.blockSignals(True)
        self.screen_choice.clear()
        current = kiosk_screen(self.local)
        for n, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            name = " ".join(p for p in (screen.manufacturer(), screen.model()) if p)
            w, h = ident(size.width()), ident(size.height())
            label = self.tr("Screen {n}: {w}×{h}").format(n=number(n), w=w, h=h)
            if n == len(QGuiApplication.screens()) and n > 1:
                label += " " + self.tr("(the last one)")
            self.screen_choice.addItem(
                f"{label} — {name or screen.name()}".rstrip(" —"), screen.name()
            )
        index = self.screen_choice.findData(current.name() if current else "")
        self.screen_choice.setCurrentIndex(max(index, 0))
        self.screen_choice.blockSignals(False)
        self.said.setText(
            self.tr(
                "The kiosk opens full screen there, facing the customer. "
                "A manager's name and PIN close it (Ctrl+Shift+Q, or hold "
                "its top corner for three seconds)."
            )
        )

    def _chosen(self, _index: int) -> None:
        self.local.setValue(SCREEN_KEY, self.screen_choice.currentData())

    def open(self) -> None:
        if open_kiosk(self.folder):
            self.said.setText(
                self.tr("The kiosk is starting on {screen}.").format(
                    screen=self.screen_choice.currentText()
                )
            )
        else:
            self.said.setText(self.tr("The kiosk could not start."))

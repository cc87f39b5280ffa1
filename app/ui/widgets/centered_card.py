"""The centered white card the start-up screens (setup, unlock, sign-in) are built on."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

CARD_WIDTH = 480


def centered_card(page: QWidget) -> QVBoxLayout:
    """A white card in the middle of `page`; returns the card's layout to fill."""
    card = QFrame()
    card.setObjectName("card")
    card.setMaximumWidth(CARD_WIDTH)
    card.setMinimumWidth(380)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(32, 28, 32, 28)
    inner.setSpacing(10)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 10)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def secret_edit(digits: bool = False) -> QLineEdit:
    """A password-echo field; `digits` keeps it to a PIN's 0-8 digits."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumHeight(36)
    if digits:
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
        edit.setMaxLength(8)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit

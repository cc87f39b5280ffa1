"""An amount field for the counter: digits and one decimal separator, right-aligned, with the
shop's currency symbol in front.

Anything else (a letter, a minus sign, a second separator) turns the field red at once
(its `invalid` property, for the style sheet) but is kept as typed: silently dropping keys
would turn "-3" into 3 and "12w50" into 1250 without telling anyone. The core
(`money.parse`) has the last word when the amount is used, with a message for the cashier.
Persian and Arabic-Indic digits and the Arabic decimal separator are read as ASCII, so a
cashier on a Persian keyboard needn't switch layouts.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.core import money
from app.core.calendars import latin_digits
from app.core.errors import ValidationError

SEPARATORS = ".\u066b"  # '.' and the Arabic decimal separator '٫'


def looks_like_amount(text: str) -> bool:
    """Digits with at most one decimal separator (or nothing yet)."""
    return sum(ch in SEPARATORS for ch in text) <= 1 and all(
        ch in SEPARATORS or unicodedata.decimal(ch, None) is not None for ch in text.strip())


class MoneyEdit(QLineEdit):
    def __init__(self, currency: str = "", locale: str = "en", *, symbol: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("invalid", False)
        self.textChanged.connect(self._check)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.prefix = QLabel(self)
        self.prefix.setObjectName("moneyPrefix")
        self.prefix.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.prefix.setStyleSheet("color: #57606a; background: transparent;")
        self.prefix.setVisible(symbol)
        self._symbol = symbol
        self.currency, self.locale = currency, locale
        self.set_currency(currency, locale)

    def set_currency(self, currency: str, locale: str = "en") -> None:
        self.currency, self.locale = currency, locale
        shown = money.symbol(currency, locale) if currency else ""
        self.prefix.setText(shown)
        self.setPlaceholderText(money.typed_text(0, currency, locale) if currency else "0.00")
        self.prefix.setVisible(self._symbol and bool(shown))
        self._place_prefix()

    def amount_text(self) -> str:
        """The text as the core reads it (ASCII digits, '.' as the separator)."""
        return latin_digits(self.text().strip())

    def minor(self, *, allow_zero: bool = False) -> int | None:
        """The amount in minor units, or None while it isn't a valid amount."""
        try:
            return money.parse(self.text(), self.currency, allow_zero=allow_zero)  # any digits
        except ValidationError:
            return None

    def _check(self, text: str) -> None:
        invalid = not looks_like_amount(text)
        if self.property("invalid") != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)

    def set_minor(self, minor: int | None) -> None:
        self.setText("" if minor is None else money.typed_text(minor, self.currency, self.locale))

    # -- the symbol sits inside the field, at its leading edge ---------------------------
    def _place_prefix(self) -> None:
        if not self.prefix.isVisible():
            self.setTextMargins(0, 0, 0, 0)
            return
        self.prefix.adjustSize()
        width = self.prefix.sizeHint().width() + 10
        y = (self.height() - self.prefix.sizeHint().height()) // 2
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.prefix.move(self.width() - width + 2, y)
            self.setTextMargins(0, 0, width, 0)
        else:
            self.prefix.move(8, y)
            self.setTextMargins(width, 0, 0, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_prefix()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.prefix.setFont(self.font())
            self._place_prefix()

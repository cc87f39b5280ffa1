"""An error from core as the person at the counter reads it: its template translated in
the "errors" context, its values in the workstation's language (digits, money) and user
text (names, paths, products) kept in its own direction. English if a translation's
placeholders don't fit its values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import Amount, Message
from app.ui.bidi import ident, isolate, money_text, number

CONTEXT = "errors"


def error_text(error_or_message: BaseException | str | None) -> str:
    """The screen's words for an error, an error's `message`, or a Message in a form's
    `errors` dict (a plain str is translated as it is)."""
    message = getattr(error_or_message, "message", error_or_message)
    if message is None:
        return ""
    if not isinstance(message, str):  # an error from outside Counterpart
        return str(message)
    template = getattr(message, "template", message)
    values = getattr(message, "values", {})
    translated = QCoreApplication.translate(CONTEXT, template)
    if not values:
        return translated
    try:
        return translated.format(**{key: _local(value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost or bent a {name}
        return str(message)


def _local(value: object) -> object:
    if isinstance(value, Message):
        return error_text(value)  # words of ours: translated, no isolation needed
    if isinstance(value, Amount):
        return isolate(money_text(value.minor, value.currency))
    if isinstance(value, int) and not isinstance(value, bool):
        return _Number(value)
    return isolate(str(value))


class _Number(int):
    """A whole number in the locale's digits: grouped where the template asks for it
    ('{limit:,}'), bare otherwise, so ids and years read 12345 and 2024."""

    def __format__(self, spec: str) -> str:
        return number(int(self)) if "," in spec else ident(int(self))

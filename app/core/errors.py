"""Typed errors a caller can act on. Messages are plain words for the person at the counter.

A message is a template with named values, so a screen can translate it:
`NotFound("There is no customer {id}.", id=customer_id)`. `str(error)` and `.message` are
the English text the command line, JSON and logs show; `.message.template` and
`.message.values` are what a Hebrew or Persian screen translates (app/ui/error_text.py).
A value may itself be a Message ("Line {n}"), translated in its turn, or an Amount."""

from __future__ import annotations

from dataclasses import dataclass


class Message(str):
    """English text that remembers its template and values: `Message("Line {n}", n=2)`
    is the str "Line 2" with `.template` "Line {n}" and `.values` {"n": 2}."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Message:
        if isinstance(template, Message) and not values:
            return template
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template, text.values = str(template), values
        return text

    def __reduce__(self):  # pickles (and copies) as the same template and values
        return _message, (self.template, self.values)


def _message(template: str, values: dict[str, object]) -> Message:
    return Message(template, **values)


@dataclass(frozen=True)
class Amount:
    """Money inside a message: English reads the plain decimal ('12.50'); a screen shows
    it in its own language's format."""

    minor: int
    currency: str

    def __str__(self) -> str:
        from app.core.money import to_text  # money raises these errors: import late

        return to_text(self.minor, self.currency)


class CounterpartError(Exception):
    """Base for errors a user can cause; `message` is shown to them (translated on screen)."""

    exit_code = 1

    def __init__(self, message: str, /, **values: object):
        message = Message(message, **values)
        super().__init__(message)
        self.message = message


class ValidationError(CounterpartError):
    """Bad input in one field; nothing was changed. `errors` holds every bad field's
    message (a str or Message), for forms."""

    exit_code = 2

    def __init__(self, field: str, message: str, /, errors: dict[str, str] | None = None, **values):
        super().__init__(message, **values)
        self.field = field
        self.errors = errors or {field: self.message}

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class WrongPassphrase(CounterpartError):
    exit_code = 3

    def __init__(
        self, message: str = "That passphrase does not open this shop. Try again.", /, **values
    ):
        super().__init__(message, **values)


class StoreCorrupt(CounterpartError):
    exit_code = 1


class ShopMissing(CounterpartError):
    exit_code = 4


class ShopExists(CounterpartError):
    exit_code = 5


class NotFound(CounterpartError):
    exit_code = 4


class Conflict(CounterpartError):
    exit_code = 5


class DuplicateCustomer(Conflict):
    def __init__(self, message: str, matches: list, /, **values):
        super().__init__(message, **values)
        self.matches = matches


class PermissionDenied(CounterpartError):
    exit_code = 2


class WrongPin(CounterpartError):
    exit_code = 3


class AccountLocked(CounterpartError):
    exit_code = 3

    def __init__(self, message: str, seconds_left: int, /, **values):
        super().__init__(message, **values)
        self.seconds_left = seconds_left

"""Typed errors a caller can act on. Messages are plain words for the person at the counter."""

from __future__ import annotations


class CounterpartError(Exception):
    """Base for errors a user can cause; `message` is shown to them as is."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(CounterpartError):
    """Bad input in one field; nothing was changed."""

    exit_code = 2

    def __init__(self, field: str, message: str, errors: dict[str, str] | None = None):
        super().__init__(message)
        self.field = field
        self.errors = errors or {field: message}  # every bad field, for forms

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class WrongPassphrase(CounterpartError):
    exit_code = 3

    def __init__(self, message: str = "That passphrase does not open this shop. Try again."):
        super().__init__(message)


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
    def __init__(self, message: str, matches: list):
        super().__init__(message)
        self.matches = matches


class PermissionDenied(CounterpartError):
    exit_code = 2


class WrongPin(CounterpartError):
    exit_code = 3


class AccountLocked(CounterpartError):
    exit_code = 3

    def __init__(self, message: str, seconds_left: int):
        super().__init__(message)
        self.seconds_left = seconds_left

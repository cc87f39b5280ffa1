"""Money as integer minor units (agorot, cents, rials); never floats."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, get_currency_symbol

from app.core.calendars import latin_digits, persian_digits
from app.core.errors import ValidationError

MAX_MAJOR_UNITS = 1_000_000  # more than this at one counter is a typo, not a sale
LOCALES = {"en": "en", "he": "he_IL", "fa": "fa_IR"}  # shop language -> number formats


def digits(currency: str) -> int:
    return get_currency_precision(currency)


def parse(text: str | int | Decimal, currency: str, field: str = "total", *,
          allow_zero: bool = False) -> int:
    """'12.50' -> 1250 (for a 2-digit currency); Persian digits and separators too
    ('۱۲٫۵۰'). Refuses empty, negative, too many decimals and absurd amounts with a message
    naming the field."""
    if isinstance(text, Decimal):
        raw = text
    else:
        raw = latin_digits(str(text)).strip().replace(",", "")
    if raw == "":
        raise ValidationError(field, "Type an amount.")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError(field, "That is not an amount: type it like 12.50.") from None
    if not value.is_finite():
        raise ValidationError(field, "That is not an amount: type it like 12.50.")
    if value < 0:
        raise ValidationError(field, "An amount can't be negative.")
    if value == 0 and not allow_zero:
        raise ValidationError(field, "The amount can't be zero.")
    if value > MAX_MAJOR_UNITS:
        raise ValidationError(field, "That amount is too large to be right.")
    places = digits(currency)
    minor = value.scaleb(places)
    if minor != minor.to_integral_value():
        raise ValidationError(field, "Use at most {places} decimal places.", places=places)
    return int(minor)


def to_text(minor: int, currency: str) -> str:
    """1250 -> '12.50': the plain decimal form scripts and JSON use."""
    places = digits(currency)
    return str(Decimal(minor).scaleb(-places).quantize(Decimal(1).scaleb(-places)))


def typed_text(minor: int, currency: str, locale: str = "en") -> str:
    """An amount as a person types it in a field: '12.50', '۱۲٫۵۰' in Persian."""
    text = to_text(minor, currency)
    return persian_digits(text.replace(".", "\u066b")) if locale == "fa" else text


def display(minor: int, currency: str, locale: str = "en") -> str:
    """For people: '₪12.50', '12.50 ₪' in Hebrew, with the locale's digits and grouping.
    `locale` is a shop language (en, he, fa) or any babel locale."""
    places = digits(currency)
    babel_locale = LOCALES.get(locale, locale)
    text = format_currency(Decimal(minor).scaleb(-places), currency, locale=babel_locale,
                           numbering_system="default")  # Persian separators for fa
    return persian_digits(text) if babel_locale.startswith("fa") else text


def symbol(currency: str, locale: str = "en") -> str:
    return get_currency_symbol(currency, locale=LOCALES.get(locale, locale))

"""Numbers in a printed report's language: counts, decimals, percentages, signed changes and
NPS scores, with the language's digits and separators ('۱٬۲۳۴', '۷۹٫۲٪', '+۴۰' in Persian;
Hebrew readers use Latin digits: '1,234'). Every figure a report prints goes through here.

`language` defaults to the language of the monthly report being built."""

from __future__ import annotations

from babel.numbers import format_compact_decimal, format_decimal

from app.core import money as core_money
from app.core.calendars import LOCALES, local_digits
from app.reports.monthly_words import current

MINUS = "-"  # the fonts embedded have no U+2212


def _language(language: str | None) -> str:
    return language or current.get()


def _plain(value: float, places: int, language: str) -> str:
    pattern = "#,##0" + ("." + "0" * places if places else "")
    text = format_decimal(abs(value), format=pattern, locale=LOCALES.get(language, "en"),
                          numbering_system="default")  # Persian separators for fa
    return local_digits(text, language)


def count(value: float, language: str | None = None) -> str:
    """1234 -> '1,234', '۱٬۲۳۴'."""
    return decimal(value, 0, language)


def decimal(value: float, places: int = 1, language: str | None = None) -> str:
    """2.456 -> '2.46' with places=2, '۲٫۴۶' in Persian."""
    language = _language(language)
    body = _plain(value, places, language)
    return f"{MINUS}{body}" if round(value, places) < 0 else body


def percent(value: float, places: int = 1, language: str | None = None) -> str:
    """A share already in percent: 79.2 -> '79.2%', '۷۹٫۲٪'."""
    language = _language(language)
    return decimal(value, places, language) + ("٪" if language == "fa" else "%")


def signed(value: float, places: int = 0, language: str | None = None) -> str:
    """A change or a score with its sign in front: '+40', '-3.5', '+۴۰'; 0 bare."""
    language = _language(language)
    if round(value, places) == 0:
        return _plain(0, places, language)
    return ("+" if value > 0 else MINUS) + _plain(value, places, language)


def signed_percent(value: float, places: int = 1, language: str | None = None) -> str:
    """'+12.5%', '-۳٫۰٪'."""
    language = _language(language)
    return signed(value, places, language) + ("٪" if language == "fa" else "%")


def nps(score: int | None, language: str | None = None) -> str:
    """An NPS score as every report prints it: a whole number with its sign (Nps.shown),
    '—' for a month without answers."""
    return "—" if score is None else signed(score, 0, language)


def short(value: float, language: str | None = None) -> str:
    """An axis label: 1234567 -> '1.2M', 12500 -> '12.5k', 950 -> '950'; in Persian words
    and digits ('۱۲٫۵ هزار')."""
    language = _language(language)
    if language == "fa" and abs(value) >= 1000:
        text = format_compact_decimal(value, format_type="short", locale=LOCALES["fa"],
                                      fraction_digits=1, numbering_system="default")
        return local_digits(text.replace("\xa0", " ").translate(_NO_MARKS), language)
    for size, unit in ((1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            scaled = round(value / size, 1)
            return decimal(scaled, 0 if scaled == int(scaled) else 1, language) + unit
    if float(value).is_integer():
        return decimal(value, 0, language)
    text = f"{value:.2f}".rstrip("0")
    return decimal(value, len(text.partition(".")[2]), language)


def money(minor: int, currency: str, language: str | None = None) -> str:
    """An amount of money in the language's format and digits ('۲۴۰٫۰۰ ₪' in Persian); the
    direction marks the locale puts in are left out, the page's own bidi pass places the
    sign."""
    return core_money.display(minor, currency, _language(language)).translate(_NO_MARKS)


_NO_MARKS = {0x200E: None, 0x200F: None}  # left-to-right and right-to-left marks


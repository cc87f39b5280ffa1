"""Mixed direction on screen: user data (names, survey titles, comments, folder paths) kept
in its own direction inside right-to-left screens, and counts in the locale's digits."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from app.core import money

FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"  # first-strong / left-to-right isolate … pop
RLM = "\u200f"  # right-to-left mark
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def right_to_left() -> bool:
    """The screens are laid out right to left (Hebrew, Persian)."""
    app = QCoreApplication.instance()
    return hasattr(app, "layoutDirection") and (
        app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    )


def isolate(text: str | None) -> str:
    """User text in its own direction, so an English title's '?' or a path's '/' stays on
    its own side in a Hebrew or Persian screen, and a Hebrew name doesn't turn the numbers
    around it the other way. Plain left-to-right text in a left-to-right screen needs
    nothing and stays as it is."""
    if not text:
        return text or ""
    if right_to_left() or _RTL_LETTER.search(text):
        return f"{FSI}{text}{PDI}"
    return text


def ltr_run(text: str) -> str:
    """A number with its sign or unit kept left to right inside a right-to-left screen."""
    return f"{LRI}{text}{PDI}" if right_to_left() else text


def number(value: int) -> str:
    """A count in the workstation's digits and grouping: '۷۱۳' in Persian, '1,234' in English."""
    return QLocale().toString(value)


def ident(value: int) -> str:
    """An id or card number in the workstation's digits, never grouped: '۱۲۳۴۵', '12345'."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def listed(parts) -> str:
    """Words one after another with the language's comma: 'a, b', 'a، b' in Persian."""
    return ("، " if language() == "fa" else ", ").join(parts)


def signed(value: float, places: int = 0) -> str:
    """A score with its sign on the left in every language ('+32', '−3.5', '+۳۲'); 0 bare."""
    locale = QLocale()
    body = locale.toString(float(abs(value)), "f", places)
    if round(value, places) == 0:
        return locale.toString(0)
    sign = locale.positiveSign() if value > 0 else locale.negativeSign()
    return ltr_run(f"{sign}{body}")  # the sign stays in front


def language() -> str:
    """The workstation's language as a shop language code: 'en', 'he' or 'fa'."""
    code = QLocale().name()[:2]
    return code if code in ("he", "fa") else "en"


def percent(value: float, places: int = 1) -> str:
    """'79.2%', '۷۹٫۲٪'."""
    locale = QLocale()
    return ltr_run(f"{locale.toString(float(value), 'f', places)}{locale.percent()}")


def from_the_right(text: str) -> str:
    """A label's text that starts with Latin letters or digits (a shop name, 'NPS, last 12
    months') still starts at the right edge of a right-to-left screen: Qt aligns a label by
    its text's first strong letter, so a right-to-left mark goes in front of every line."""
    if not text or not right_to_left():
        return text
    return "\n".join(RLM + line for line in text.split("\n"))


def money_text(minor: int, currency: str) -> str:
    """An amount in the workstation's language, like every other number on screen: '₪12.50',
    '12.50 ₪' in Hebrew, '₪۱۲٫۵۰' in Persian (the shop's language is for its reports)."""
    return money.display(minor, currency, language())

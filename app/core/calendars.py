"""Dates for printed reports in the shop's language, Qt-free: the Persian (Jalali) calendar
with Persian digits for fa, the Gregorian calendar in Babel's formats for he and en.

Reports call `report_date`, `report_datetime`, `report_month` and `report_period`; stored
times are UTC-naive and are shown in this computer's local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import jdatetime
from babel.dates import format_date, format_datetime

LOCALES = {"en": "en", "he": "he_IL", "fa": "fa_IR"}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
JALALI_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_TO_WORD = {"en": "to", "he": "עד", "fa": "تا"}


def persian_digits(text: str) -> str:
    """'1405/01/01' -> '۱۴۰۵/۰۱/۰۱'."""
    return text.translate(PERSIAN_DIGITS)


def local_digits(text: str, language: str) -> str:
    """Digits as the language writes them: Persian digits for fa, unchanged otherwise."""
    return persian_digits(text) if language == "fa" else text


def to_jalali(day: date) -> tuple[int, int, int]:
    """Gregorian -> Jalali (year, month, day): 2026-03-21 -> (1405, 1, 1)."""
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def local_time(moment: datetime) -> datetime:
    """A stored time (UTC, naive) in this computer's time zone, naive again."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def report_date(day: date | datetime, language: str, style: str = "medium") -> str:
    """A day in the report's language. style: 'short' (1405/01/01, 21.3.2026, 3/21/26),
    'medium' (۱ فروردین ۱۴۰۵, 21 במרץ 2026, Mar 21, 2026), 'long', or 'day' (۱ فروردین,
    21 במרץ, 21 March: the day and month without the year)."""
    if isinstance(day, datetime):
        day = day.date()
    if language == "fa":
        y, m, d = to_jalali(day)
        text = (
            f"{y}/{m:02d}/{d:02d}" if style == "short"
            else f"{d} {JALALI_MONTHS[m - 1]}" if style == "day"
            else f"{d} {JALALI_MONTHS[m - 1]} {y}"
        )  # fmt: skip
        return persian_digits(text)
    pattern = "d MMMM" if style == "day" else style
    return format_date(day, format=pattern, locale=LOCALES.get(language, "en"))


def report_datetime(moment: datetime, language: str, *, from_utc: bool = True) -> str:
    """A stored moment with its local time of day: '۱۴۰۵/۰۱/۰۱، ساعت ۱۴:۰۵', '21.3.2026, 14:05'."""
    moment = local_time(moment) if from_utc else moment
    if language == "fa":
        # the word keeps date and time apart (and in order) in right-to-left lines
        day, time = report_date(moment, "fa", "short"), persian_digits(moment.strftime("%H:%M"))
        return f"{day}، ساعت {time}"
    locale = LOCALES.get(language, "en")
    return format_datetime(moment, format="short", locale=locale)


def report_month(year: int, month: int, language: str) -> str:
    """A Gregorian month's title. Persian readers get the Jalali days it spans as well:
    'March 2026', 'מרץ 2026', 'مارس ۲۰۲۶ (۱۰ اسفند ۱۴۰۴ تا ۱۰ فروردین ۱۴۰۵)'."""
    first = date(year, month, 1)
    title = format_date(first, format="LLLL y", locale=LOCALES.get(language, "en"))
    if language != "fa":
        return title
    last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
    span = report_period(first, date.fromordinal(last), "fa")
    return f"{persian_digits(title)} ({span})"


def report_period(start: date, end: date, language: str) -> str:
    """'1 Mar 2026 to 31 Mar 2026' in the report's language and calendar."""
    word = _TO_WORD.get(language, "to")
    return f"{report_date(start, language)} {word} {report_date(end, language)}"

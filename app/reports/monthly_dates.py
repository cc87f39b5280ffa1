"""Dates in the monthly report's language: month and day names, table dates (the Persian
calendar in fa), weekday names, stored times in local time. A month key ('2026-10', or
'1405-08' in the Persian calendar) is named by `month_title`."""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel import Locale
from babel.dates import format_date, get_day_names

from app.core import calendars
from app.reports.monthly_words import LOCALES, current


def month_name(day: date) -> str:
    """The Gregorian month of `day`: 'October 2026', 'اکتبر ۲۰۲۶'."""
    return calendars.local_digits(format_date(day, "LLLL yyyy", locale=loc()), current.get())


def month_title(month: str, short: bool = False) -> str:
    """A month key's name: 'October 2026', 'مهر ۱۴۰۵' (a Persian-calendar month); `short`:
    the name alone, for a chart's axis."""
    if short or calendars.is_jalali(month):
        return calendars.month_title(month, current.get(), short)
    return month_name(date.fromisoformat(f"{month}-01"))


def period_title(period) -> str:
    """A report period's name: its month, or its first day's month."""
    return month_title(period.month) if period.month else month_name(period.first_day)


def day_number(day: date) -> str:
    """A day's number in its month, in the report's calendar and digits: 23 October 2026
    is '1' (1 Aban) in Persian."""
    if current.get() == "fa":
        return calendars.persian_digits(str(calendars.to_jalali(day)[2]))
    return str(day.day)


def loc() -> str:
    return LOCALES.get(current.get(), "en")


def day_name(day: date, pattern: str = "d MMMM") -> str:
    if current.get() == "fa" and "d" in pattern:  # a day: in the Persian (Jalali) calendar
        weekday = format_date(day, "EEE ", locale=loc()) if "E" in pattern else ""
        return weekday + calendars.report_date(day, "fa", "medium" if "y" in pattern else "day")
    return format_date(day, pattern, locale=loc())


def short_day(at: datetime) -> str:
    """A stored time's day in a table: 2026-03-21, or 1405/01/01 in Persian."""
    return calendars.report_date(local(at), "fa", "short") if current.get() == "fa" \
        else local(at).strftime("%Y-%m-%d")


def weekday_names(width: str = "wide") -> list[str]:
    """Monday first, in the report's language."""
    names = get_day_names(width, locale=loc())
    return [names[i] for i in range(7)]


def week() -> list[int]:
    """The days of the week (Monday = 0) in the order the report's readers count them:
    from Monday in English, Sunday in Hebrew (Israel), Saturday in Persian (Iran)."""
    first = Locale.parse(loc()).first_week_day
    return [(first + i) % 7 for i in range(7)]


def local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone()


"""Dates on screen in the workstation's language: Qt's locale formats, the Persian (Jalali)
calendar for Persian, the Gregorian one otherwise. Every screen shows dates through here.

Stored times are UTC-naive; they are shown in this computer's local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCalendar, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

from app.core.calendars import persian_digits

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def calendar(locale: QLocale | None = None) -> QCalendar:
    """Jalali for Persian, Gregorian for everyone else."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.Persian:
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def show_date(day: date | datetime | None, style: QLocale.FormatType = SHORT) -> str:
    """'1405/1/1' in Persian, '21.3.2026' in Hebrew, '3/21/26' in English."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    locale = QLocale()
    return locale.toString(_qdate(day), style, calendar(locale))


def show_datetime(moment: datetime | None, *, from_utc: bool = True) -> str:
    """A stored moment in local time: '1405/1/1 ۱۴:۰۵', '21.3.2026 14:05'."""
    if moment is None:
        return ""
    if from_utc:
        moment = moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    locale = QLocale()
    when = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return locale.toString(when, SHORT, calendar(locale))


def show_month(year: int, month: int) -> str:
    """A Gregorian month (the shop's figures are kept by them) named in the locale's words:
    'Mar 26', 'מרץ 26'. Persian readers get the Jalali months it spans: November 2026 is
    'آبان–آذر ۰۵', March 2026 'اسفند ۰۴–فروردین ۰۵'."""
    locale = QLocale()
    first = QDate(year, month, 1)
    if locale.language() != QLocale.Language.Persian:
        return locale.toString(first, "MMM yy")
    jalali, last = calendar(locale), first.addMonths(1).addDays(-1)

    def named(day: QDate, with_year: bool) -> str:
        name = jalali.monthName(locale, day.month(jalali), day.year(jalali))
        return f"{name} {persian_digits(f'{day.year(jalali) % 100:02d}')}" if with_year else name

    same_year = first.year(jalali) == last.year(jalali)
    return f"{named(first, not same_year)}–{named(last, True)}"


def date_edit(parent=None) -> QDateEdit:
    """A date picker in the workstation's calendar (Jalali for Persian)."""
    edit = QDateEdit(parent)
    edit.setCalendar(calendar())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateFormat(SHORT))
    return edit


def day_of_month(day: date) -> str:
    """The day's number in the locale's calendar and digits: 21 March 2026 is '۱' in Persian."""
    locale = QLocale()
    return locale.toString(_qdate(day).day(calendar(locale)))

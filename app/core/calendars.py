"""Dates for printed reports in the shop's language, Qt-free: the Persian (Jalali) calendar
with Persian digits for fa, the Gregorian calendar in Babel's formats for he and en.

Reports call `report_date`, `report_datetime`, `report_month` and `report_period`; stored
times are UTC-naive and are shown in this computer's local time.

A month is written YYYY-MM in either calendar: a year below 1700 is a Persian-calendar
year ('1405-08' is Aban 1405, 23 October to 21 November 2026), any other a Gregorian one.
`month_days` gives a month's days, `month_title` its name; Persian readers count the
shop's months in the Persian calendar (`uses_jalali`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta

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
JALALI_MONTHS_LATIN = (
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
)
_TO_WORD = {"en": "to", "he": "עד", "fa": "تا"}
JALALI_BELOW = 1700  # a month's year below this is a Persian-calendar year
GREGORIAN_FROM, JALALI_FROM = 1900, 1279  # the earliest months asked about (1279 ≈ 1900)
_SEPARATORS = {"\u066b": ".", "\u066c": ""}  # Arabic decimal '٫' and thousands '٬'
_TYPED_DAY = re.compile(r"(\d{3,4})[-/.](\d{1,2})[-/.](\d{1,2})")


def persian_digits(text: str) -> str:
    """'1405/01/01' -> '۱۴۰۵/۰۱/۰۱'."""
    return text.translate(PERSIAN_DIGITS)


def local_digits(text: str, language: str) -> str:
    """Digits as the language writes them: Persian digits for fa, unchanged otherwise."""
    return persian_digits(text) if language == "fa" else text


def latin_digits(text: str) -> str:
    """'۱۲٫۵۰' -> '12.50': Persian or Arabic-Indic digits as ASCII, the Arabic decimal
    separator as '.', its thousands separator dropped; anything else unchanged."""
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, None)
        out.append(str(value) if value is not None else _SEPARATORS.get(ch, ch))
    return "".join(out)


def typed_day(day: date | None, language: str) -> str:
    """A date as a person types it: '1366/11/20' in Persian digits for fa, ISO otherwise."""
    if day is None:
        return ""
    if not uses_jalali(language):
        return day.isoformat()
    year, month, dom = to_jalali(day)
    return persian_digits(f"{year:04d}/{month:02d}/{dom:02d}")


def read_day(text: str, language: str) -> str:
    """A typed date as the core takes it (ISO): Persian users type the Persian calendar
    ('۱۳۶۶/۱۱/۲۰' -> '1988-02-09'); a Gregorian year (1700 or more) is taken as typed.
    Text that isn't a date comes back with ASCII digits, for the core to refuse."""
    plain = latin_digits(text).strip()
    found = _TYPED_DAY.fullmatch(plain)
    if not found:
        return plain
    year, month, dom = (int(part) for part in found.groups())
    try:
        if uses_jalali(language) and year < JALALI_BELOW:
            return jdatetime.date(year, month, dom).togregorian().isoformat()
        return date(year, month, dom).isoformat()
    except ValueError:
        return plain


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


# -- months in either calendar ----------------------------------------------------------------
def uses_jalali(language: str) -> bool:
    """Persian readers count months in the Persian calendar."""
    return language == "fa"


def is_jalali(month: str) -> bool:
    """'1405-08' -> True, '2026-10' -> False."""
    return _parts(month)[0] < JALALI_BELOW


def _parts(month: str) -> tuple[int, int]:
    """'2026-10' -> (2026, 10); ValueError unless YYYY-MM in a year this shop can have."""
    year_text, _, month_text = month.strip().partition("-")
    if len(year_text) != 4 or not year_text.isdigit() or not month_text.isdigit():
        raise ValueError(month)
    year, mon = int(year_text), int(month_text)
    earliest = JALALI_FROM if year < JALALI_BELOW else GREGORIAN_FROM
    if not (earliest <= year <= 9998 and 1 <= mon <= 12):
        raise ValueError(month)
    return year, mon


def _key(year: int, mon: int) -> str:
    return f"{year:04d}-{mon:02d}"


def month_days(month: str) -> tuple[date, date]:
    """A month's first and last day (Gregorian dates): '2026-03' -> 1 to 31 March 2026,
    '1405-01' -> 21 March to 20 April 2026. ValueError for anything but a month."""
    year, mon = _parts(month)
    following = add_months(_key(year, mon), 1)
    if year < JALALI_BELOW:
        ny, nm = (int(p) for p in following.split("-"))
        first = jdatetime.date(year, mon, 1).togregorian()
        return first, jdatetime.date(ny, nm, 1).togregorian() - timedelta(days=1)
    return date(year, mon, 1), date.fromisoformat(following + "-01") - timedelta(days=1)


def add_months(month: str, count: int) -> str:
    """The month `count` months after (or before) `month`, in its own calendar."""
    year, mon = (int(p) for p in month.split("-"))
    y, m = divmod(year * 12 + mon - 1 + count, 12)
    return _key(y, m + 1)


def month_of(day: date, jalali: bool) -> str:
    """The month a day falls in: 2026-10-22 -> '2026-10', or '1405-07'... in Jalali."""
    if jalali:
        year, mon, _ = to_jalali(day)
        return _key(year, mon)
    return _key(day.year, day.month)


def month_title(month: str, language: str, short: bool = False) -> str:
    """A month's name in the report's language: 'October 2026', 'אוקטובר 2026', or in the
    Persian calendar 'مهر ۱۴۰۵' ('Mehr 1405' for others). `short`: the name alone ('مهر',
    'Oct')."""
    year, mon = _parts(month)
    if year < JALALI_BELOW:
        names = JALALI_MONTHS if language == "fa" else JALALI_MONTHS_LATIN
        return local_digits(names[mon - 1] if short else f"{names[mon - 1]} {year}", language)
    if short:
        text = format_date(date(year, mon, 1), format="LLL", locale=LOCALES.get(language, "en"))
        return local_digits(text, language)
    return report_month(year, mon, language)

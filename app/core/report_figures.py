"""The shop's figures for a period: the monthly report and the dashboard read the same ones.

Period figures come from SQL aggregates over indexed time ranges (app/store/reports.py), so
their cost follows the period's data. Whole-book figures (data quality, birthdays, segment
sizes with VIPs) read every customer once; they are kept for the day in `shop.cache`.
Managers only: the figures are the shop's business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app.core import audit, calendars, loyalty_figures, money, segments, staff, surveys
from app.core.errors import ValidationError
from app.core.surveys import Nps
from app.store import loyalty as loyalty_rows
from app.store import reports as rows
from app.store import segments as segment_rows
from app.store import surveys as survey_rows

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop


@dataclass(frozen=True)
class Period:
    start: datetime  # UTC-naive, as stored
    end: datetime  # exclusive
    first_day: date  # local calendar
    last_day: date
    month: str | None = None  # YYYY-MM when the period is a calendar month (a year below
    # 1700: a Persian-calendar month, see calendars.month_days)

    @property
    def days(self) -> list[date]:
        return [self.first_day + timedelta(days=n)
                for n in range((self.last_day - self.first_day).days + 1)]


def _utc(day: date) -> datetime:
    """Local midnight starting `day`, UTC-naive."""
    return datetime.combine(day, time(0)).astimezone().astimezone(UTC).replace(tzinfo=None)


def day_period(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError("period", "The period ends before it starts.")
    return Period(_utc(first), _utc(last + timedelta(days=1)), first, last)


def month_period(month: str) -> Period:
    """A calendar month: '2026-10', or '1405-08' in the Persian calendar (Aban 1405: 23
    October to 21 November 2026)."""
    start, end = surveys.month_bounds(month)  # validates YYYY-MM
    first, last = calendars.month_days(month)
    key = calendars.add_months(month.strip(), 0)  # '1405-8' -> '1405-08'
    return Period(start, end, first, last, key)


def last_month(today: date | None = None, jalali: bool = False) -> str:
    """The month before today's, in the Persian calendar when `jalali`."""
    return calendars.add_months(calendars.month_of(today or date.today(), jalali), -1)


def this_month(today: date | None = None, jalali: bool = False) -> str:
    return calendars.month_of(today or date.today(), jalali)


def previous(period: Period) -> Period:
    """The calendar month before a month; otherwise as many days just before."""
    if period.month:
        return month_period(calendars.add_months(period.month, -1))
    span = period.last_day - period.first_day
    last = period.first_day - timedelta(days=1)
    return day_period(last - span, last)


# -- the figures ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Headline:
    purchases: int
    gross: int  # minor units: the period's purchases (undone ones left out)
    refunds: int  # money given back in the period
    identified: int  # purchases by a known customer
    new_customers: int
    active_customers: int
    lapsed_customers: int  # crossed the lapsed line during the period
    nps: Nps

    @property
    def sales(self) -> int:
        return self.gross - self.refunds

    @property
    def average_basket(self) -> int:
        return self.gross // self.purchases if self.purchases else 0

    @property
    def anonymous(self) -> int:
        return self.purchases - self.identified

    @property
    def identified_share(self) -> float | None:
        return round(100 * self.identified / self.purchases, 1) if self.purchases else None


@dataclass(frozen=True)
class LoyaltyLine:
    program: str
    kind: str  # punch | points
    issued: int
    redeemed: int
    redeemed_value: int
    outstanding: int  # now
    holders: int
    liability: int  # points' voucher value, minor units
    issued_before: int = 0  # in the period before
    redeemed_before: int = 0


@dataclass(frozen=True)
class Choice:
    question: str
    option: str
    count: int


@dataclass(frozen=True)
class Ranked:
    question: str
    option: str
    average_rank: float
    answers: int


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class TopCustomer(Person):
    purchases: int
    spent: int


@dataclass(frozen=True)
class WinBack(Person):
    last_visit: datetime | None
    visits: int
    spend: str  # lifetime, decimal text


@dataclass(frozen=True)
class Birthday(Person):
    birthday: date | None


@dataclass(frozen=True)
class Comment:
    at: datetime  # UTC-naive
    score: int
    text: str


@dataclass(frozen=True)
class Quality:
    customers: int
    no_phone: int
    no_email: int
    no_contact: int
    bad_phone: int
    bad_email: int
    shared_phones: int
    shared_emails: int
    consenting: int

    def share(self, count: int) -> float | None:
        return round(100 * count / self.customers, 1) if self.customers else None


@dataclass(frozen=True)
class Figures:
    shop_name: str
    currency: str
    language: str
    period: Period
    now: Headline
    before: Headline
    daily: tuple[tuple[date, int, int], ...]  # (local day, purchases, gross) for every day
    hours: tuple[int, ...] = ()  # purchases in each local hour of the day, 0-23
    made_at: datetime = field(default_factory=audit.now)
    nps_trend: tuple[Nps, ...] = ()
    segments: dict[str, int] = field(default_factory=dict)
    loyalty: tuple[LoyaltyLine, ...] = ()
    top_customers: tuple[TopCustomer, ...] = ()
    products: tuple[tuple[str, int, int], ...] = ()  # (name, quantity, amount)
    categories: tuple[tuple[str, int, int], ...] = ()
    how_heard: tuple[tuple[str, int], ...] = ()  # new customers' answers at registration
    choices: tuple[Choice, ...] = ()
    rankings: tuple[Ranked, ...] = ()
    detractors: tuple[Comment, ...] = ()
    winback: tuple[WinBack, ...] = ()
    birthday_month: str = ""  # YYYY-MM
    birthday_count: int = 0
    birthdays: tuple[Birthday, ...] = ()
    quality: Quality | None = None

    def money(self, minor: int) -> str:
        return money.to_text(minor, self.currency)

    def to_json(self) -> dict:
        def head(h: Headline) -> dict:
            return {
                "sales": self.money(h.sales), "gross": self.money(h.gross),
                "refunds": self.money(h.refunds), "purchases": h.purchases,
                "average_basket": self.money(h.average_basket), "identified": h.identified,
                "anonymous": h.anonymous, "identified_share": h.identified_share,
                "new_customers": h.new_customers, "active_customers": h.active_customers,
                "lapsed_customers": h.lapsed_customers, "nps": h.nps.to_json(),
            }

        iso = lambda d: d.replace(tzinfo=UTC).isoformat() if d else None  # noqa: E731
        p = self.period
        return {
            "shop": self.shop_name, "currency": self.currency, "month": p.month,
            "first_day": p.first_day.isoformat(), "last_day": p.last_day.isoformat(),
            "figures": head(self.now), "previous": head(self.before),
            "daily": [{"day": d.isoformat(), "purchases": n, "sales": self.money(t)}
                      for d, n, t in self.daily],
            "purchases_by_hour": list(self.hours),
            "nps_trend": [n.to_json() for n in self.nps_trend],
            "segments": self.segments,
            "loyalty": [dict(asdict(x), liability=self.money(x.liability),
                             redeemed_value=self.money(x.redeemed_value))
                        for x in self.loyalty],
            "top_customers": [{"name": c.name, "purchases": c.purchases,
                               "spent": self.money(c.spent)} for c in self.top_customers],
            "products": [{"product": n, "quantity": q, "sales": self.money(a)}
                         for n, q, a in self.products],
            "categories": [{"category": n, "quantity": q, "sales": self.money(a)}
                           for n, q, a in self.categories],
            "how_heard": dict(self.how_heard),
            "choices": [asdict(c) for c in self.choices],
            "rankings": [asdict(r) for r in self.rankings],
            "detractor_comments": [{"at": iso(c.at), "score": c.score, "comment": c.text}
                                   for c in self.detractors],
            "winback": [{"name": w.name, "last_visit": iso(w.last_visit), "visits": w.visits,
                         "lifetime_spend": w.spend} for w in self.winback],
            "birthdays": {"month": self.birthday_month, "count": self.birthday_count,
                          "customers": [{"name": b.name, "birthday": b.birthday.isoformat()
                                         if b.birthday else None} for b in self.birthdays]},
            "data_quality": asdict(self.quality) if self.quality else None,
        }


def headline(shop, period: Period) -> Headline:
    with shop.read() as session:
        count, gross, known, _ = rows.sales(session, period.start, period.end)
        nps = Nps(period.month or period.first_day.isoformat(),
                  *survey_rows.nps_counts_between(session, [period.start, period.end])[0])
        return Headline(
            purchases=count, gross=gross, refunds=rows.refunds(session, period.start, period.end),
            identified=known,
            new_customers=rows.new_customers(session, period.start, period.end),
            active_customers=rows.active_customers(session, period.start, period.end),
            lapsed_customers=rows.newly_lapsed(session, period.start, period.end,
                                               shop.settings.lapsed_days),
            nps=nps,
        )


def daily(shop, period: Period) -> tuple[tuple[date, int, int], ...]:
    with shop.read() as session:
        found = rows.daily_sales(session, period.start, period.end)
    return tuple((d, *found.get(d.isoformat(), (0, 0))) for d in period.days)


def hours(shop, period: Period) -> tuple[int, ...]:
    with shop.read() as session:
        found = rows.hourly_purchases(session, period.start, period.end)
    return tuple(found.get(h, 0) for h in range(24))


def _daily_cached(shop, key: str, make):
    """Whole-book figures, worked out once a day per open shop."""
    slot = (key, date.today())
    if slot not in shop.cache:
        shop.cache[slot] = make()
    return shop.cache[slot]


def _recently(shop, key, make, seconds: float = 300):
    """For the dashboard's polling: figures that read a whole table or index (the loyalty
    ledger's balances, segment sizes), kept for a few minutes."""
    import time as clock  # noqa: PLC0415

    now = clock.monotonic()
    kept = shop.cache.get(key)
    if kept is None or now - kept[0] > seconds:
        kept = shop.cache[key] = (now, make())
    return kept[1]


def segment_sizes(shop) -> dict[str, int]:
    cut = segments.cutoffs(shop.settings.lapsed_days)
    with shop.read() as session:
        out = {name: segment_rows.count(session, segment_rows.rule(name, cut.today, cut.active,
                                                                    cut.lapsed))
               for name in ("new", "active", "at_risk", "lapsed")}

    out["vip"] = segments.vip_line(shop, cut)[1]  # one pass a day, shared with the screens
    return out


def quality(shop) -> Quality:
    def make() -> Quality:
        with shop.read() as session:
            return Quality(**rows.data_quality(session))
    return _daily_cached(shop, "report_quality", make)


def _birthdays(shop, month: str) -> tuple[int, tuple[Birthday, ...]]:
    def make():
        with shop.read() as session:
            if calendars.is_jalali(month):  # a Persian month: from one day of the year to another
                first, last = calendars.month_days(month)
                total, found = rows.birthdays_between(session, (first.month, first.day),
                                                      (last.month, last.day))
            else:
                total, found = rows.birthdays(session, int(month[5:]))
        return total, tuple(Birthday(f, last, b) for f, last, b in found)
    return _daily_cached(shop, ("report_birthdays", month), make)


def loyalty_lines(shop, period: Period) -> tuple[LoyaltyLine, ...]:
    before = previous(period)
    out = []
    for f in loyalty_figures.figures(shop, period.start, period.end):
        with shop.read() as session:
            issued, used, _ = loyalty_rows.month_flow(session, f.program.id, before.start,
                                                      before.end)
        out.append(LoyaltyLine(f.program.name, f.program.kind, f.issued, f.redeemed,
                               f.redeemed_value, f.outstanding, f.holders, f.liability,
                               issued, used))
    return tuple(out)


def figures(shop, period: Period, progress: Progress | None = None,
            detail: bool = True, jalali: bool | None = None) -> Figures | None:
    """Everything the report prints for `period`; None when `progress` said stop. Without
    `detail`: the headline, days, NPS trend, segments, loyalty and answers only (the
    dashboard's). The NPS trend's months follow a month period's calendar; for days, the
    Persian calendar when `jalali` (default: when the shop's language is Persian)."""
    staff.require_manager(shop.actor)
    settings = shop.settings
    if jalali is None:
        jalali = calendars.uses_jalali(settings.language)
    trend_last = period.month or calendars.month_of(period.last_day, jalali)
    steps: list[tuple[str, Callable[[], object]]] = [
        ("now", lambda: headline(shop, period)),
        ("before", lambda: headline(shop, previous(period))),
        ("daily", lambda: daily(shop, period)),
        ("hours", lambda: hours(shop, period)),
        ("nps_trend", lambda: tuple(surveys.nps_trend(shop, 12, trend_last))),
        ("segments", lambda: segment_sizes(shop) if detail
         else _recently(shop, "dashboard_segments", lambda: segment_sizes(shop))),
        ("loyalty", lambda: loyalty_lines(shop, period) if detail
         else _recently(shop, ("dashboard_loyalty", period), lambda: loyalty_lines(shop, period))),
        ("answers", lambda: _answers(shop, period)),
    ]
    if detail:
        steps += [
            ("lists", lambda: _lists(shop, period)),
            ("quality", lambda: quality(shop)),
            ("birthdays", lambda: _birthdays(shop, _next_month(period))),
        ]
    got: dict[str, object] = {}
    for done, (name, make) in enumerate(steps):
        if progress is not None and not progress(done, len(steps)):
            return None
        got[name] = make()
    extra: dict = {}
    if "answers" in got:
        extra.update(got.pop("answers"))
    if "lists" in got:
        extra.update(got.pop("lists"))
    if "birthdays" in got:
        count, found = got.pop("birthdays")
        extra.update(birthday_month=_next_month(period), birthday_count=count,
                     birthdays=found)
    if progress is not None:
        progress(len(steps), len(steps))
    return Figures(settings.shop_name, settings.currency, settings.language, period, **got,
                   **extra)


def _next_month(period: Period) -> str:
    """The month after a month period (in its calendar), or after a day period's last day."""
    last = period.month or calendars.month_of(period.last_day, jalali=False)
    return calendars.add_months(last, 1)


def _answers(shop, period: Period) -> dict:
    with shop.read() as session:
        return {
            "how_heard": tuple(rows.how_heard_new(session, period.start, period.end)),
            "choices": tuple(Choice(*c) for c in rows.choice_counts(session, period.start,
                                                                    period.end)),
            "rankings": tuple(Ranked(*r) for r in rows.ranking_averages(session, period.start,
                                                                        period.end)),
        }


def _lists(shop, period: Period) -> dict:
    with shop.read() as session:
        out = {
            "top_customers": tuple(TopCustomer(f, last, n, s) for _, f, last, n, s
                                   in rows.top_customers(session, period.start, period.end)),
            "products": tuple(rows.best_sellers(session, period.start, period.end)),
            "categories": tuple(rows.best_sellers(session, period.start, period.end,
                                                  by_category=True)),
            "detractors": tuple(Comment(*c) for c in rows.detractor_comments(
                session, period.start, period.end)),
        }
    out["winback"] = tuple(
        WinBack(m.customer.first_name, m.customer.last_name, m.last_visit, m.visits, m.spend)
        for m in segments.winback(shop, limit=15)
    )
    return out


def month_figures(shop, month: str | None = None,
                  progress: Progress | None = None) -> Figures | None:
    """The report's figures for a calendar month (default: last month, in the Persian
    calendar for a Persian shop)."""
    return figures(shop, month_period(month or default_month(shop)), progress)


def default_month(shop, today: date | None = None) -> str:
    """The month a report is made for unless told: last month, in the shop's calendar."""
    return last_month(today, calendars.uses_jalali(shop.settings.language))


# -- the dashboard ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Live:
    today: Headline
    yesterday: Headline
    month: Headline  # this month so far
    month_before: Headline  # the same days of last month
    chosen: Figures


def live(shop, period: Period, today: date | None = None, jalali: bool | None = None) -> Live:
    """Today's and this month's headline against yesterday and the same days of last
    month, and the charts' figures for `period` (NPS months in the Persian calendar when
    `jalali`)."""
    staff.require_manager(shop.actor)
    today = today or date.today()
    if jalali is None:
        jalali = calendars.uses_jalali(shop.settings.language)
    chosen = figures(shop, period, detail=False, jalali=jalali)
    month = calendars.month_of(today, jalali)  # this month, in the Persian calendar if so
    first = calendars.month_days(month)[0]
    before_first = calendars.month_days(calendars.add_months(month, -1))[0]
    before_last = min(before_first + (today - first), first - timedelta(days=1))
    return Live(
        headline(shop, day_period(today, today)),
        headline(shop, day_period(today - timedelta(days=1), today - timedelta(days=1))),
        headline(shop, day_period(first, today)),
        headline(shop, day_period(before_first, before_last)),
        chosen,
    )

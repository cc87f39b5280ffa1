"""The printed monthly report: headline figures with the change from the month before,
charts, the lists an owner acts on, and data quality. A4 or Letter from the shop's
settings; fonts embedded and shaped (Hebrew, Persian, Latin); "Page n of m" on every page.

`write_report(shop, month, path)` is the one entry point (the app, the command line and
the benchmark use it). Every section says "No data" rather than vanish when empty.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from babel.dates import format_date, get_day_names
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core import audit, calendars, money, staff
from app.core import report_figures as rf
from app.core.errors import ValidationError
from app.reports import charts
from app.reports.charts import AMBER, BLUE, GREEN, GRID, RED, SOFT, TEAL
from app.reports.fonts import INK, Line, Lines, draw_line, font_for
from app.reports.monthly_words import LOCALES, current, rtl, t

MARGIN = 16 * mm
PALE = HexColor("#F4F6F9")
SEGMENT_NAMES = {"new": "New", "active": "Active", "at_risk": "At risk", "lapsed": "Lapsed",
                 "vip": "VIP (top 10%)"}
HOW_HEARD_NAMES = {"friend": "A friend", "social_media": "Social media",
                   "walked_by": "Walked by", "search": "Search", "advert": "Advert",
                   "other": "Other", "not asked": "Not asked"}


def month_name(day: date) -> str:
    return format_date(day, "LLLL yyyy", locale=loc())


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


def local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone()


# -- headline cards ---------------------------------------------------------------------------
class Card:
    def __init__(self, label: str, value: str, change: float | None = None,
                 change_text: str = "", good_when_up: bool = True, sub: str = ""):
        self.label, self.value, self.change, self.change_text = label, value, change, change_text
        self.good_when_up, self.sub = good_when_up, sub


class Cards(Flowable):
    """A grid of figure cards: label, big value, a coloured ▲/▼ change, a small note."""

    def __init__(self, cards: list[Card], columns: int = 3, card_h: float = 58):
        super().__init__()
        self.cards, self.columns, self.card_h = cards, columns, card_h

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        rows = -(-len(self.cards) // self.columns)
        return avail_width, rows * (self.card_h + 6)

    def draw(self):
        c = self.canv
        gap = 6
        w = (self.width - gap * (self.columns - 1)) / self.columns
        rows = -(-len(self.cards) // self.columns)
        mirrored = rtl()
        for i, card in enumerate(self.cards):
            column = self.columns - 1 - i % self.columns if mirrored else i % self.columns
            x = column * (w + gap)
            y = (rows - 1 - i // self.columns) * (self.card_h + gap)
            c.setFillColor(PALE)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.5)
            c.roundRect(x, y, w, self.card_h, 4, stroke=1, fill=1)
            c.setFillColor(TEAL)
            c.rect(x + w - 2.2 if mirrored else x, y + 6, 2.2, self.card_h - 12, stroke=0,
                   fill=1)
            edge, side = (x + w - 10, "right") if mirrored else (x + 10, "left")
            draw_line(c, card.label.upper(), edge, y + self.card_h - 14, 7, bold=True,
                      color=SOFT, room=w - 16, char_space=0 if mirrored else 0.4, align=side)
            draw_line(c, card.value, edge, y + self.card_h - 35, 17, bold=True, color=INK,
                      room=w - 16, smallest=10, align=side)
            self._change(c, card, x + 10, y + 9, w - 20, mirrored)

    @staticmethod
    def _change(c, card: Card, x: float, y: float, room: float, mirrored: bool) -> None:
        """The change at the card's reading edge, its note at the far edge."""
        if card.change is None or card.change == 0:
            text = card.change_text or card.sub
            draw_line(c, text, x + room if mirrored else x, y, 7.5, color=SOFT, room=room,
                      align="right" if mirrored else "left")
            return
        up = card.change > 0
        good = up == card.good_when_up
        color = GREEN if good else RED
        c.setFillColor(color)
        if mirrored:  # the arrow at the right edge, the note on the left
            draw_line(c, card.change_text, x + room - 10, y, 7.5, bold=True, color=color,
                      room=room * 0.5, align="right")
            if card.sub:
                draw_line(c, card.sub, x, y, 7, color=SOFT, room=room * 0.5)
            x += room - 7
        path = c.beginPath()
        if up:
            path.moveTo(x, y), path.lineTo(x + 7, y), path.lineTo(x + 3.5, y + 6)
        else:
            path.moveTo(x, y + 6), path.lineTo(x + 7, y + 6), path.lineTo(x + 3.5, y)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        if mirrored:
            return
        draw_line(c, card.change_text, x + 10, y, 7.5, bold=True, color=color,
                  room=room * 0.5)
        if card.sub:
            draw_line(c, card.sub, x + room, y, 7, color=SOFT, align="right", room=room * 0.5)


def pct_change(now: int, before: int) -> tuple[float | None, str]:
    if before == 0:
        return None, t("no figure last month") if now else t("same as last month")
    change = 100 * (now - before) / before
    return change, f"{change:+.1f}%"


def amount(f: rf.Figures, minor: int) -> str:
    """Money in the report's language and digits ('۲۴۰٫۰۰ ₪' in Persian); the direction marks
    the locale puts in are left out, the page's own bidi ordering places the sign."""
    return money.display(minor, f.currency, f.language).translate(_NO_MARKS)


_NO_MARKS = {0x200E: None, 0x200F: None}


def point_change(now: float | None, before: float | None) -> tuple[float | None, str]:
    if now is None or before is None:
        return None, t("no figure last month") if now is not None else ""
    return now - before, f"{now - before:+.1f} {t('pts')}"


def headline_cards(f: rf.Figures) -> list[Card]:
    h, b = f.now, f.before
    show = lambda minor: amount(f, minor)  # noqa: E731
    vs = t("vs {month}", month=month_name(rf.previous(f.period).first_day)) if f.period.month \
        else t("vs the days before")
    cards = [
        Card(t("Sales"), show(h.sales), *pct_change(h.sales, b.sales), sub=vs),
        Card(t("Purchases"), f"{h.purchases:,}", *pct_change(h.purchases, b.purchases), sub=vs),
        Card(t("Average basket"), show(h.average_basket),
             *pct_change(h.average_basket, b.average_basket), sub=vs),
        Card(t("Identified customers"),
             "—" if h.identified_share is None else f"{h.identified_share:.1f}%",
             *point_change(h.identified_share, b.identified_share),
             sub=t("{n} anonymous", n=f"{h.anonymous:,}")),
        Card(t("New customers"), f"{h.new_customers:,}",
             *pct_change(h.new_customers, b.new_customers), sub=vs),
        Card(t("Active customers"), f"{h.active_customers:,}",
             *pct_change(h.active_customers, b.active_customers), sub=t("bought this month")),
        Card(t("Newly lapsed"), f"{h.lapsed_customers:,}",
             *pct_change(h.lapsed_customers, b.lapsed_customers), good_when_up=False,
             sub=t("crossed the lapsed line")),
        Card(t("NPS"), "—" if h.nps.nps is None else f"{h.nps.nps:+.0f}",
             *point_change(h.nps.nps, b.nps.nps), sub=t("{n} answers", n=f"{h.nps.total:,}")),
    ]
    if h.refunds:
        cards.append(Card(t("Refunds"), show(h.refunds), *pct_change(h.refunds, b.refunds),
                          good_when_up=False, sub=t("gross {amount}", amount=show(h.gross))))
    else:
        cards.append(Card(t("Refunds"), show(0), None, t("none this month")))
    for line in f.loyalty[:3]:
        unit = t("punches") if line.kind == "punch" else t("points")
        cards.append(Card(t("{program}: issued", program=line.program),
                          f"{line.issued:,} {unit}",
                          *pct_change(line.issued, line.issued_before),
                          sub=t("{n} redeemed", n=f"{line.redeemed:,}")))
    if f.loyalty:
        held = ", ".join(f"{x.outstanding:,} {t('punches') if x.kind == 'punch' else t('points')}"
                         for x in f.loyalty[:3])
        cards.append(Card(t("Loyalty held today"), show(sum(x.liability for x in f.loyalty)),
                          None, t("owed as vouchers · {held}", held=held)))
    return cards


# -- pieces of the page -----------------------------------------------------------------------
class Banner(Flowable):
    """The first page's title band: shop, month, what it compares with."""

    def __init__(self, shop_name: str, title: str, subtitle: str):
        super().__init__()
        self.shop_name, self.title, self.subtitle = shop_name, title, subtitle

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 64

    def draw(self):
        c = self.canv
        c.setFillColor(BLUE)
        c.roundRect(0, 0, self.width, 64, 6, stroke=0, fill=1)
        c.setFillColor(AMBER)
        c.rect(0, 0, self.width, 3, stroke=0, fill=1)
        near, far = (self.width - 16, 16) if rtl() else (16, self.width - 16)
        near_side, far_side = ("right", "left") if rtl() else ("left", "right")
        draw_line(c, self.shop_name, near, 38, 20, bold=True, color=white,
                  room=self.width * 0.62, align=near_side)
        draw_line(c, self.subtitle, near, 16, 9, color=HexColor("#C9D6E3"),
                  room=self.width * 0.62, align=near_side)
        draw_line(c, t("MONTHLY REPORT"), far, 42, 8, bold=True, color=AMBER,
                  align=far_side, char_space=0 if rtl() else 1.2)
        draw_line(c, self.title, far, 20, 18, bold=True, color=white, align=far_side)


class Heading(Flowable):
    def __init__(self, text: str, note: str = ""):
        super().__init__()
        self.text, self.note = text, note

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 24

    def draw(self):
        c = self.canv
        mirrored = rtl()
        draw_line(c, self.text, self.width if mirrored else 0, 8, 13, bold=True, color=BLUE,
                  align="right" if mirrored else "left")
        if self.note:
            draw_line(c, self.note, 0 if mirrored else self.width, 8, 8, color=SOFT,
                      align="left" if mirrored else "right", room=self.width * 0.5)
        accent = (self.width - 28, self.width) if mirrored else (0, 28)
        rule = (0, self.width - 30) if mirrored else (30, self.width)
        c.setStrokeColor(AMBER)
        c.setLineWidth(1.2)
        c.line(accent[0], 3, accent[1], 3)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(rule[0], 3, rule[1], 3)


def no_data(text: str = "No data for this month.") -> Flowable:
    return Line(t(text), 9, color=SOFT, space_after=6, align="right" if rtl() else "left")


def table(headers: list[str], rows: list[list[str]], widths: list[float],
          right: set[int] = frozenset(), empty: str = "No data for this month."
          ) -> Flowable:
    """A striped table; cells are shaped lines cut to fit their column."""
    if not rows:
        return no_data(empty)
    mirrored = rtl()  # columns from the right; text against the right edge

    def cell(text, i, bold=False, color: Color = INK):
        side = "right" if (i in right) != mirrored else "left"
        return Line(str(text), 8, bold=bold, color=color, align=side)

    order = (lambda xs: list(reversed(xs))) if mirrored else list
    data = [order([cell(t(h), i, True, SOFT) for i, h in enumerate(headers)])]
    data += [order([cell(v, i) for i, v in enumerate(row)]) for row in rows]
    grid = Table(data, colWidths=order(widths), repeatRows=1)
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), PALE) for r in range(2, len(data), 2)]
    grid.setStyle(TableStyle(style))
    return grid


def side_by_side(left: list[Flowable], right: list[Flowable], width: float) -> Table:
    if rtl():
        left, right = right, left
    gap = 8 * mm
    t = Table([[left, right]], colWidths=[(width - gap) / 2 + gap, (width - gap) / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, -1), gap),
                           ("RIGHTPADDING", (1, 0), (1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


# -- the document -----------------------------------------------------------------------------
def numbered_canvas(header: str, footer: str):
    """A canvas that holds its pages until the end, to write 'Page n of m' on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", font_for("latin", False))
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            w, h = self._pagesize
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            near, far = (w - MARGIN, MARGIN) if rtl() else (MARGIN, w - MARGIN)
            near_side, far_side = ("right", "left") if rtl() else ("left", "right")
            if number > 1:
                draw_line(self, header, near, h - MARGIN + 12, 8, color=SOFT,
                          room=w - 2 * MARGIN - 80, align=near_side)
                self.line(MARGIN, h - MARGIN + 7, w - MARGIN, h - MARGIN + 7)
            self.line(MARGIN, MARGIN - 8, w - MARGIN, MARGIN - 8)
            draw_line(self, footer, near, MARGIN - 20, 7.5, color=SOFT,
                      room=w - 2 * MARGIN - 80, align=near_side)
            draw_line(self, t("Page {n} of {m}", n=number, m=total), far, MARGIN - 20, 7.5,
                      bold=True, color=SOFT, align=far_side)

    return NumberedCanvas


def story(f: rf.Figures, width: float) -> list[Flowable]:
    p = f.period
    show = lambda minor: amount(f, minor)  # noqa: E731
    before = rf.previous(p)
    out: list[Flowable] = [
        Banner(f.shop_name, month_name(p.first_day),
               t("{first} – {last}, compared with {before}", first=day_name(p.first_day),
                 last=day_name(p.last_day, "d MMMM yyyy"),
                 before=month_name(before.first_day))),
        Spacer(1, 10),
        Cards(headline_cards(f)),
        Spacer(1, 8),
    ]
    days = [d for d, _, _ in f.daily]
    out.append(charts.ColumnChart(
        t("Sales per day"), [str(d.day) for d in days], [total / 10 ** money.digits(f.currency)
                                                      for _, _, total in f.daily],
        height=200, label_every=1 if len(days) <= 31 else 7,
        colors=[AMBER if d.weekday() in (4, 5) else TEAL for d in days],
        note=t("{currency}, gross · Fridays and Saturdays in amber", currency=f.currency)))
    out.append(_day_notes(f))
    out.append(Spacer(1, 10))
    out.append(side_by_side([_weekday_chart(f)], [_hour_chart(f)], width))

    # -- customers and feedback
    trend = list(f.nps_trend)
    nps_chart = charts.TrendChart(
        t("NPS over the last 12 months"),
        [day_name(date(int(n.month[:4]), int(n.month[5:]), 1), "MMM") for n in trend],
        [n.nps for n in trend], height=150, note=t("% promoters minus % detractors"))
    seg = charts.BarList(t("Customers by segment (today)"),
                         [(t(SEGMENT_NAMES[k]), v) for k, v in f.segments.items()],
                         fmt=lambda v: f"{v:,.0f}", color=BLUE)
    out.append(KeepTogether([Spacer(1, 6), Heading(t("Customers and feedback")),
                              side_by_side([nps_chart, _nps_split(f)], [seg], width)]))
    out.append(Spacer(1, 10))
    heard = charts.BarList(t("How new customers heard about us"),
                           [(t(HOW_HEARD_NAMES.get(k, k)), v) for k, v in f.how_heard],
                           fmt=lambda v: f"{v:,.0f}", color=GREEN,
                           note=t("asked at registration"))
    out.append(side_by_side([heard], _survey_charts(f), width))

    # -- loyalty
    out += [Spacer(1, 6), CondPageBreak(200),
            Heading(t("Loyalty"), t("issued and redeemed this month; held today"))]
    out.append(charts.PairedBars(
        t("Issued vs redeemed"), [(x.program, x.issued, x.redeemed) for x in f.loyalty],
        (t("issued"), t("redeemed")), fmt=lambda v: f"{v:,.0f}"))
    out.append(table(
        ["Program", "Issued", "Redeemed", "Rewards' value", "Held now", "Holders",
         "Liability"],
        [[x.program, f"{x.issued:,}", f"{x.redeemed:,}",
          show(x.redeemed_value) if x.redeemed_value else "—",
          f"{x.outstanding:,}", f"{x.holders:,}",
          show(x.liability) if x.kind == "points" else "—"] for x in f.loyalty],
        _cols(width, [0.24, 0.11, 0.11, 0.15, 0.13, 0.11, 0.15]), right={1, 2, 3, 4, 5, 6},
        empty="No loyalty program."))

    # -- who bought what
    out += [Spacer(1, 6), CondPageBreak(230), Heading(t("Best customers and best sellers"))]
    half = (width - 8 * mm) / 2
    top = table(["Customer", "Purchases", "Spent"],
                [[c.name, f"{c.purchases:,}", show(c.spent)] for c in f.top_customers],
                _cols(half, [0.52, 0.2, 0.28]), right={1, 2})
    products = table(["Product", "Qty", "Sales"],
                     [[n, f"{q:,}", show(a)] for n, q, a in f.products],
                     _cols(half, [0.52, 0.18, 0.30]), right={1, 2})
    out.append(side_by_side([Line(t("Top customers"), 10, True, BLUE, space_after=3), top],
                            [Line(t("Best-selling products"), 10, True, BLUE, space_after=3),
                             products], width))
    out.append(Spacer(1, 8))
    cat_chart = charts.BarList(
        t("Sales by category"), [(n, a / 10 ** money.digits(f.currency)) for n, _, a in
                              f.categories], fmt=lambda v: f"{v:,.0f}", color=TEAL,
        note=f.currency)
    out.append(cat_chart)

    # -- people to act on
    out += [Spacer(1, 6), CondPageBreak(160), Heading(t("What customers told us"),
                                                      t("detractors' own words, no contact "
                                                        "details"))]
    out.append(table(["Date", "Score", "Comment"],
                     [[short_day(c.at), str(c.score), c.text]
                      for c in f.detractors],
                     _cols(width, [0.14, 0.08, 0.78]), right={1},
                     empty="No detractor comments this month.")
               if not f.detractors else _comments(f, width))
    out += [Spacer(1, 6), CondPageBreak(160),
            Heading(t("Win-back list"), t("lapsed customers who agreed to hear from us"))]
    out.append(table(["Customer", "Last visit", "Visits", "Spent in all"],
                     [[w.name, short_day(w.last_visit) if w.last_visit
                       else "—", f"{w.visits:,}", show(money.parse(w.spend, f.currency,
                                                                    allow_zero=True))]
                      for w in f.winback],
                     _cols(width, [0.46, 0.18, 0.14, 0.22]), right={2, 3},
                     empty="No lapsed customer with consent: no data."))
    if len(f.winback) >= 15:
        out.append(Line(t("The first 15; the Segments screen and `counterpart winback` "
                          "give the whole list."), 7.5, color=SOFT,
                        align="right" if rtl() else "left"))
    nxt = date(int(f.birthday_month[:4]), int(f.birthday_month[5:]), 1) \
        if f.birthday_month else p.last_day
    out += [Spacer(1, 6), CondPageBreak(140),
            Heading(t("Birthdays in {month}", month=month_name(nxt)),
                    t("{n} customers", n=f"{f.birthday_count:,}") if f.birthday_count else "")]
    out.append(_birthdays(f, width))
    out += [Spacer(1, 6), CondPageBreak(150),
            Heading(t("Data quality"), t("the whole book, today"))]
    out.append(_quality(f, width))
    return out


def _weekday_chart(f: rf.Figures) -> Flowable:
    totals: dict[int, list[int]] = {w: [] for w in range(7)}
    for d, _, total in f.daily:
        totals[d.weekday()].append(total)
    scale = 10 ** money.digits(f.currency)
    values = [sum(v) / len(v) / scale if v else 0 for v in totals.values()]
    return charts.ColumnChart(t("Average sales by weekday"), weekday_names("abbreviated"),
                              values, height=120,
                              colors=[AMBER if w in (4, 5) else TEAL for w in range(7)],
                              note=f.currency)


def _hour_chart(f: rf.Figures) -> Flowable:
    used = [h for h, n in enumerate(f.hours) if n]
    first, last = (min(used), max(used)) if used else (8, 20)
    return charts.ColumnChart(t("Purchases by hour"), [f"{h}" for h in range(first, last + 1)],
                              list(f.hours[first:last + 1]) if f.hours else [], height=120,
                              label_every=2 if last - first > 14 else 1,
                              fmt=lambda v: f"{v:,.0f}", note=t("local time, whole month"))


def _day_notes(f: rf.Figures) -> Flowable:
    """Best and quietest trading day, and the busiest weekday on average."""
    open_days = [(d, n, total) for d, n, total in f.daily if n]
    if not open_days:
        return Spacer(1, 1)
    show = lambda minor: amount(f, minor)  # noqa: E731
    best = max(open_days, key=lambda x: x[2])
    least = min(open_days, key=lambda x: x[2])
    by_weekday: dict[int, list[int]] = {}
    for d, _, total in open_days:
        by_weekday.setdefault(d.weekday(), []).append(total)
    busiest = max(by_weekday, key=lambda w: sum(by_weekday[w]) / len(by_weekday[w]))
    average = sum(by_weekday[busiest]) // len(by_weekday[busiest])
    return Lines(t("Best day {day}: {amount} from {n} purchases · quietest {quiet}: "
                   "{quiet_amount} · busiest weekday {weekday}, {average} on average",
                   day=day_name(best[0], "EEE d MMM"), amount=show(best[2]), n=f"{best[1]:,}",
                   quiet=day_name(least[0], "EEE d MMM"), quiet_amount=show(least[2]),
                   weekday=weekday_names()[busiest], average=show(average)),
                 8, color=SOFT)


def _cols(width: float, shares: list[float]) -> list[float]:
    return [width * s for s in shares]


def _nps_split(f: rf.Figures) -> Flowable:
    n = f.now.nps
    if not n.total:
        return Line(t("No NPS answers this month."), 8, color=SOFT)
    return Line(t("This month: {p} promoters, {pa} passives, {d} detractors ({n} answers)",
                  p=f"{n.promoters:,}", pa=f"{n.passives:,}", d=f"{n.detractors:,}",
                  n=f"{n.total:,}"), 7.5, color=SOFT)


def _survey_charts(f: rf.Figures) -> list[Flowable]:
    out: list[Flowable] = []
    questions = list(dict.fromkeys(c.question for c in f.choices))
    for q in questions[:2]:
        out.append(charts.BarList(q, [(c.option, c.count) for c in f.choices
                                      if c.question == q], fmt=lambda v: f"{v:,.0f}",
                                  color=AMBER, note=t("survey answers")))
    for q in list(dict.fromkeys(r.question for r in f.rankings))[:1]:
        ranked = [r for r in f.rankings if r.question == q]
        worst = len(ranked) + 1
        out.append(charts.BarList(
            t("Why customers bought: average rank"), [(r.option, r.average_rank) for r in ranked],
            fmt=lambda v: f"{v:.2f}", bar_value=lambda v, w=worst: w - v, color=GREEN,
            note=t("1 = first reason · {n} answers", n=f"{ranked[0].answers:,}")))
    if not out:
        out.append(charts.BarList(t("Survey answers"), [], note=t("no answers this month")))
    return out


def _comments(f: rf.Figures, width: float) -> Flowable:
    rows = []
    mirrored = rtl()
    for c in f.detractors:
        row = [Line(short_day(c.at), 8, color=SOFT,
                    align="right" if mirrored else "left"),
               Line(f"{c.score}", 8, True, RED, align="centre"),
               Lines(c.text, 8.5, align="right" if mirrored else "left")]
        rows.append(row[::-1] if mirrored else row)
    shares = [0.13, 0.07, 0.80]
    grid = Table(rows, colWidths=_cols(width, shares[::-1] if mirrored else shares))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEBELOW", (0, 0), (-1, -2), 0.4, GRID)]
    grid.setStyle(TableStyle(style))
    return grid


def _birthdays(f: rf.Figures, width: float) -> Flowable:
    if not f.birthdays:
        return no_data("No customer has a birthday next month (or no birthdays are known).")
    per_col = -(-len(f.birthdays) // 3)
    cols = [f.birthdays[i:i + per_col] for i in range(0, len(f.birthdays), per_col)]
    mirrored = rtl()
    side = "right" if mirrored else "left"
    rows = []
    for r in range(per_col):
        row = []
        for col in cols:
            if r < len(col):
                b = col[r]
                pair = [Line(day_name(b.birthday, "d MMM") if b.birthday else "", 8,
                             color=SOFT, align=side), Line(b.name, 8, align=side)]
            else:
                pair = ["", ""]
            row += pair
        rows.append(row[::-1] if mirrored else row)
    third = width / 3
    widths = [third * 0.22, third * 0.78] * len(cols)
    grid = Table(rows, colWidths=widths[::-1] if mirrored else widths)
    grid.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    items: list[Flowable] = [grid]
    if f.birthday_count > len(f.birthdays):
        items.append(Line(t("…and {n} more.", n=f"{f.birthday_count - len(f.birthdays):,}"),
                          7.5, color=SOFT, align=side))
    return KeepTogether(items)


def _quality(f: rf.Figures, width: float) -> Flowable:
    q = f.quality
    if q is None or not q.customers:
        return no_data("No customers yet: no data.")
    pct = lambda n: f"{q.share(n):.1f}%"  # noqa: E731
    cards = [
        Card(t("Customers"), f"{q.customers:,}", None, t("in the book today")),
        Card(t("Marketing consent"), pct(q.consenting), None,
             t("{n} agreed", n=f"{q.consenting:,}")),
        Card(t("Missing phone"), pct(q.no_phone), None, t("{n} customers", n=f"{q.no_phone:,}")),
        Card(t("Missing e-mail"), pct(q.no_email), None,
             t("{n} customers", n=f"{q.no_email:,}")),
        Card(t("No contact at all"), pct(q.no_contact), None, t("neither phone nor e-mail")),
        Card(t("Invalid values"), f"{q.bad_phone + q.bad_email:,}", None,
             t("{p} phones, {e} e-mails", p=f"{q.bad_phone:,}", e=f"{q.bad_email:,}")),
        Card(t("Likely duplicates"), f"{q.shared_phones + q.shared_emails:,}", None,
             t("{p} shared phones, {e} shared e-mails", p=f"{q.shared_phones:,}",
               e=f"{q.shared_emails:,}")),
    ]
    return Cards(cards, columns=4)


def build_pdf(f: rf.Figures, path, paper: str = "A4") -> Path:
    """Write the report for figures `f` to `path`, whole or not at all."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("out", f"Can't write {path}: the folder {folder} doesn't exist.")
    size = LETTER if paper == "Letter" else A4
    language = current.set(f.language)  # the report's words and direction, for this build
    title = f"{f.shop_name} — monthly report, {f.period.first_day:%Y-%m}"
    made = calendars.report_datetime(f.made_at, "fa") if f.language == "fa" \
        else local(f.made_at).strftime("%Y-%m-%d %H:%M")
    header = t("Monthly report, {month} · {shop}", month=month_name(f.period.first_day),
               shop=f.shop_name)
    footer = t("Made by Counterpart on {made} · figures in {currency}", made=made,
               currency=f.currency)
    temp = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=folder)
        os.close(handle)
        doc = BaseDocTemplate(temp, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN + 4, bottomMargin=MARGIN + 2, title=title,
                              author=f.shop_name, creator="Counterpart",
                              subject="Monthly report")
        frame = Frame(MARGIN, MARGIN + 2, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - 6,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame])])
        doc.build(story(f, frame._width), canvasmaker=numbered_canvas(header, footer))
        os.replace(temp, path)
    except OSError as exc:
        raise ValidationError("out", f"Can't write {path}: {exc.strerror or exc}.") from None
    finally:
        current.reset(language)
        if temp and os.path.exists(temp):
            os.unlink(temp)
    return path


def default_path(shop, month: str) -> Path:
    return Path(shop.folder) / "reports" / f"monthly-{month}.pdf"


def write_report(shop, month: str | None, path=None,
                 progress: Callable[[int, int], bool] | None = None) -> Path | None:
    """Make the monthly report for `month` (YYYY-MM; default last month) at `path` (default
    reports/monthly-YYYY-MM.pdf in the data folder). Managers only; noted in the audit
    trail. Returns the file, or None when `progress` returned False (nothing is written)."""
    made = make_report(shop, month, path, progress)
    return made[1] if made else None


def make_report(shop, month: str | None, path=None,
                progress: Callable[[int, int], bool] | None = None
                ) -> tuple[rf.Figures, Path] | None:
    """As write_report, returning the figures printed too."""
    staff.require_manager(shop.actor)
    period = rf.month_period(month or rf.last_month())
    if path is None:
        path = default_path(shop, period.month)
        path.parent.mkdir(parents=True, exist_ok=True)
    figures = rf.figures(shop, period, _share(progress, 0.8))
    if figures is None or (progress is not None and not progress(80, 100)):
        return None
    made = build_pdf(figures, path, shop.settings.paper_size)
    with shop.write() as session:
        audit.record(session, shop.actor, "export", "report", None, "monthly")
    if progress is not None:
        progress(100, 100)
    return figures, made


def _share(progress, part: float):
    """The figures' steps as the first `part` of a 0-100 progress."""
    if progress is None:
        return None
    return lambda done, total: progress(int(100 * part * done / max(total, 1)), 100)

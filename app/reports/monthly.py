"""The printed monthly report: headline figures with the change from the month before,
charts, the lists an owner acts on, and data quality. A4 or Letter from the shop's
settings; fonts embedded and shaped (Hebrew, Persian, Latin); "Page n of m" on every page.

`write_report(shop, month, path)` is the one entry point (the app, the command line and
the benchmark use it). Every section says "No data" rather than vanish when empty.
"""

from __future__ import annotations

import calendar
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from babel.dates import format_date
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

from app.core import audit, money, staff
from app.core import report_figures as rf
from app.core.errors import ValidationError
from app.reports import charts
from app.reports.charts import AMBER, BLUE, GREEN, GRID, RED, SOFT, TEAL
from app.reports.fonts import INK, Line, Lines, draw_line, font_for

MARGIN = 16 * mm
PALE = HexColor("#F4F6F9")
SEGMENT_NAMES = {"new": "New", "active": "Active", "at_risk": "At risk", "lapsed": "Lapsed",
                 "vip": "VIP (top 10%)"}
HOW_HEARD_NAMES = {"friend": "A friend", "social_media": "Social media",
                   "walked_by": "Walked by", "search": "Search", "advert": "Advert",
                   "other": "Other", "not asked": "Not asked"}


def month_name(day: date) -> str:
    return format_date(day, "LLLL yyyy", locale="en")


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
        for i, card in enumerate(self.cards):
            x = (i % self.columns) * (w + gap)
            y = (rows - 1 - i // self.columns) * (self.card_h + gap)
            c.setFillColor(PALE)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.5)
            c.roundRect(x, y, w, self.card_h, 4, stroke=1, fill=1)
            c.setFillColor(TEAL)
            c.rect(x, y + 6, 2.2, self.card_h - 12, stroke=0, fill=1)
            draw_line(c, card.label.upper(), x + 10, y + self.card_h - 14, 7, bold=True,
                      color=SOFT, room=w - 16, char_space=0.4)
            draw_line(c, card.value, x + 10, y + self.card_h - 35, 17, bold=True, color=INK,
                      room=w - 16, smallest=10)
            self._change(c, card, x + 10, y + 9, w - 16)

    @staticmethod
    def _change(c, card: Card, x: float, y: float, room: float) -> None:
        if card.change is None or card.change == 0:
            text = card.change_text or card.sub
            draw_line(c, text, x, y, 7.5, color=SOFT, room=room)
            return
        up = card.change > 0
        good = up == card.good_when_up
        color = GREEN if good else RED
        c.setFillColor(color)
        path = c.beginPath()
        if up:
            path.moveTo(x, y), path.lineTo(x + 7, y), path.lineTo(x + 3.5, y + 6)
        else:
            path.moveTo(x, y + 6), path.lineTo(x + 7, y + 6), path.lineTo(x + 3.5, y)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        draw_line(c, card.change_text, x + 10, y, 7.5, bold=True, color=color,
                  room=room * 0.5)
        if card.sub:
            draw_line(c, card.sub, x + room, y, 7, color=SOFT, align="right", room=room * 0.5)


def pct_change(now: int, before: int) -> tuple[float | None, str]:
    if before == 0:
        return None, "no figure last month" if now else "same as last month"
    change = 100 * (now - before) / before
    return change, f"{change:+.1f}%"


def point_change(now: float | None, before: float | None, unit: str = "pts"
                 ) -> tuple[float | None, str]:
    if now is None or before is None:
        return None, "no figure last month" if now is not None else ""
    return now - before, f"{now - before:+.1f} {unit}"


def headline_cards(f: rf.Figures) -> list[Card]:
    h, b = f.now, f.before
    show = lambda minor: money.display(minor, f.currency)  # noqa: E731
    vs = f"vs {month_name(rf.previous(f.period).first_day)}" if f.period.month \
        else "vs the days before"
    cards = [
        Card("Sales", show(h.sales), *pct_change(h.sales, b.sales), sub=vs),
        Card("Purchases", f"{h.purchases:,}", *pct_change(h.purchases, b.purchases), sub=vs),
        Card("Average basket", show(h.average_basket),
             *pct_change(h.average_basket, b.average_basket), sub=vs),
        Card("Identified customers",
             "—" if h.identified_share is None else f"{h.identified_share:.1f}%",
             *point_change(h.identified_share, b.identified_share),
             sub=f"{h.anonymous:,} anonymous"),
        Card("New customers", f"{h.new_customers:,}",
             *pct_change(h.new_customers, b.new_customers), sub=vs),
        Card("Active customers", f"{h.active_customers:,}",
             *pct_change(h.active_customers, b.active_customers), sub="bought this month"),
        Card("Newly lapsed", f"{h.lapsed_customers:,}",
             *pct_change(h.lapsed_customers, b.lapsed_customers), good_when_up=False,
             sub="crossed the lapsed line"),
        Card("NPS", "—" if h.nps.nps is None else f"{h.nps.nps:+.0f}",
             *point_change(h.nps.nps, b.nps.nps), sub=f"{h.nps.total:,} answers"),
    ]
    if h.refunds:
        cards.append(Card("Refunds", show(h.refunds), *pct_change(h.refunds, b.refunds),
                          good_when_up=False, sub=f"gross {show(h.gross)}"))
    else:
        cards.append(Card("Refunds", show(0), None, "none this month"))
    for line in f.loyalty[:3]:
        unit = "punches" if line.kind == "punch" else "points"
        cards.append(Card(f"{line.program}: issued", f"{line.issued:,} {unit}",
                          *pct_change(line.issued, line.issued_before),
                          sub=f"{line.redeemed:,} redeemed"))
    if f.loyalty:
        held = ", ".join(f"{x.outstanding:,} {'punches' if x.kind == 'punch' else 'points'}"
                         for x in f.loyalty[:3])
        cards.append(Card("Loyalty held today", show(sum(x.liability for x in f.loyalty)),
                          None, f"owed as vouchers · {held}"))
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
        draw_line(c, self.shop_name, 16, 38, 20, bold=True, color=white,
                  room=self.width * 0.62)
        draw_line(c, self.subtitle, 16, 16, 9, color=HexColor("#C9D6E3"),
                  room=self.width * 0.62)
        draw_line(c, "MONTHLY REPORT", self.width - 16, 42, 8, bold=True, color=AMBER,
                  align="right", char_space=1.2)
        draw_line(c, self.title, self.width - 16, 20, 18, bold=True, color=white,
                  align="right")


class Heading(Flowable):
    def __init__(self, text: str, note: str = ""):
        super().__init__()
        self.text, self.note = text, note

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 24

    def draw(self):
        c = self.canv
        draw_line(c, self.text, 0, 8, 13, bold=True, color=BLUE)
        if self.note:
            draw_line(c, self.note, self.width, 8, 8, color=SOFT, align="right",
                      room=self.width * 0.5)
        c.setStrokeColor(AMBER)
        c.setLineWidth(1.2)
        c.line(0, 3, 28, 3)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(30, 3, self.width, 3)


def no_data(text: str = "No data for this month.") -> Flowable:
    return Line(text, 9, color=SOFT, space_after=6)


def table(headers: list[str], rows: list[list[str]], widths: list[float],
          right: set[int] = frozenset(), empty: str = "No data for this month."
          ) -> Flowable:
    """A striped table; cells are shaped lines cut to fit their column."""
    if not rows:
        return no_data(empty)
    def cell(text, i, bold=False, color: Color = INK):
        return Line(str(text), 8, bold=bold, color=color, align="right" if i in right else "left")
    data = [[cell(h, i, True, SOFT) for i, h in enumerate(headers)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), PALE) for r in range(2, len(data), 2)]
    t.setStyle(TableStyle(style))
    return t


def side_by_side(left: list[Flowable], right: list[Flowable], width: float) -> Table:
    gap = 8 * mm
    t = Table([[left, right]], colWidths=[(width - gap) / 2, (width - gap) / 2 + gap])
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
            if number > 1:
                draw_line(self, header, MARGIN, h - MARGIN + 12, 8, color=SOFT,
                          room=w - 2 * MARGIN - 80)
                self.line(MARGIN, h - MARGIN + 7, w - MARGIN, h - MARGIN + 7)
            self.line(MARGIN, MARGIN - 8, w - MARGIN, MARGIN - 8)
            draw_line(self, footer, MARGIN, MARGIN - 20, 7.5, color=SOFT,
                      room=w - 2 * MARGIN - 80)
            draw_line(self, f"Page {number} of {total}", w - MARGIN, MARGIN - 20, 7.5,
                      bold=True, color=SOFT, align="right")

    return NumberedCanvas


def story(f: rf.Figures, width: float) -> list[Flowable]:
    p = f.period
    show = lambda minor: money.display(minor, f.currency)  # noqa: E731
    before = rf.previous(p)
    out: list[Flowable] = [
        Banner(f.shop_name, month_name(p.first_day),
               f"{p.first_day:%-d %B} – {p.last_day:%-d %B %Y}, compared with "
               f"{month_name(before.first_day)}"),
        Spacer(1, 10),
        Cards(headline_cards(f)),
        Spacer(1, 8),
    ]
    days = [d for d, _, _ in f.daily]
    out.append(charts.ColumnChart(
        "Sales per day", [str(d.day) for d in days], [t / 10 ** money.digits(f.currency)
                                                      for _, _, t in f.daily],
        height=200, label_every=1 if len(days) <= 31 else 7,
        colors=[AMBER if d.weekday() in (4, 5) else TEAL for d in days],
        note=f"{f.currency}, gross · Fridays and Saturdays in amber"))
    out.append(_day_notes(f))
    out.append(Spacer(1, 10))
    out.append(side_by_side([_weekday_chart(f)], [_hour_chart(f)], width))

    # -- customers and feedback
    trend = list(f.nps_trend)
    nps_chart = charts.TrendChart(
        "NPS over the last 12 months", [format_date(date(int(n.month[:4]), int(n.month[5:]), 1),
                                                    "MMM", locale="en") for n in trend],
        [n.nps for n in trend], height=150, note="% promoters minus % detractors")
    seg = charts.BarList("Customers by segment (today)",
                         [(SEGMENT_NAMES[k], v) for k, v in f.segments.items()],
                         fmt=lambda v: f"{v:,.0f}", color=BLUE)
    out.append(KeepTogether([Spacer(1, 6), Heading("Customers and feedback"),
                              side_by_side([nps_chart, _nps_split(f)], [seg], width)]))
    out.append(Spacer(1, 10))
    heard = charts.BarList("How new customers heard about us",
                           [(HOW_HEARD_NAMES.get(k, k), v) for k, v in f.how_heard],
                           fmt=lambda v: f"{v:,.0f}", color=GREEN,
                           note="asked at registration")
    out.append(side_by_side([heard], _survey_charts(f), width))

    # -- loyalty
    out += [Spacer(1, 6), CondPageBreak(200), Heading("Loyalty", "issued and redeemed this "
                                                                 "month; held today")]
    out.append(charts.PairedBars(
        "Issued vs redeemed", [(x.program, x.issued, x.redeemed) for x in f.loyalty],
        ("issued", "redeemed"), fmt=lambda v: f"{v:,.0f}"))
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
    out += [Spacer(1, 6), CondPageBreak(230), Heading("Best customers and best sellers")]
    half = (width - 8 * mm) / 2
    top = table(["Customer", "Purchases", "Spent"],
                [[c.name, f"{c.purchases:,}", show(c.spent)] for c in f.top_customers],
                _cols(half, [0.52, 0.2, 0.28]), right={1, 2})
    products = table(["Product", "Qty", "Sales"],
                     [[n, f"{q:,}", show(a)] for n, q, a in f.products],
                     _cols(half, [0.52, 0.18, 0.30]), right={1, 2})
    out.append(side_by_side([Line("Top customers", 10, True, BLUE, space_after=3), top],
                            [Line("Best-selling products", 10, True, BLUE, space_after=3),
                             products], width))
    out.append(Spacer(1, 8))
    cat_chart = charts.BarList(
        "Sales by category", [(n, a / 10 ** money.digits(f.currency)) for n, _, a in
                              f.categories], fmt=lambda v: f"{v:,.0f}", color=TEAL,
        note=f.currency)
    out.append(cat_chart)

    # -- people to act on
    out += [Spacer(1, 6), CondPageBreak(160), Heading("What customers told us",
                                                      "detractors' own words, no contact "
                                                      "details")]
    out.append(table(["Date", "Score", "Comment"],
                     [[local(c.at).strftime("%Y-%m-%d"), str(c.score), c.text]
                      for c in f.detractors],
                     _cols(width, [0.14, 0.08, 0.78]), right={1},
                     empty="No detractor comments this month.")
               if not f.detractors else _comments(f, width))
    out += [Spacer(1, 6), CondPageBreak(160),
            Heading("Win-back list", "lapsed customers who agreed to hear from us")]
    out.append(table(["Customer", "Last visit", "Visits", "Spent in all"],
                     [[w.name, local(w.last_visit).strftime("%Y-%m-%d") if w.last_visit
                       else "—", f"{w.visits:,}", show(money.parse(w.spend, f.currency,
                                                                    allow_zero=True))]
                      for w in f.winback],
                     _cols(width, [0.46, 0.18, 0.14, 0.22]), right={2, 3},
                     empty="No lapsed customer with consent: no data."))
    if len(f.winback) >= 15:
        out.append(Line("The first 15; the Segments screen and `counterpart winback` "
                        "give the whole list.", 7.5, color=SOFT))
    nxt = date(int(f.birthday_month[:4]), int(f.birthday_month[5:]), 1) \
        if f.birthday_month else p.last_day
    out += [Spacer(1, 6), CondPageBreak(140),
            Heading(f"Birthdays in {month_name(nxt)}",
                    f"{f.birthday_count:,} customers" if f.birthday_count else "")]
    out.append(_birthdays(f, width))
    out += [Spacer(1, 6), CondPageBreak(150), Heading("Data quality", "the whole book, today")]
    out.append(_quality(f, width))
    return out


def _weekday_chart(f: rf.Figures) -> Flowable:
    totals: dict[int, list[int]] = {w: [] for w in range(7)}
    for d, _, t in f.daily:
        totals[d.weekday()].append(t)
    scale = 10 ** money.digits(f.currency)
    values = [sum(v) / len(v) / scale if v else 0 for v in totals.values()]
    return charts.ColumnChart("Average sales by weekday", [calendar.day_abbr[w] for w in
                                                             range(7)], values, height=120,
                              colors=[AMBER if w in (4, 5) else TEAL for w in range(7)],
                              note=f.currency)


def _hour_chart(f: rf.Figures) -> Flowable:
    used = [h for h, n in enumerate(f.hours) if n]
    first, last = (min(used), max(used)) if used else (8, 20)
    return charts.ColumnChart("Purchases by hour", [f"{h}" for h in range(first, last + 1)],
                              list(f.hours[first:last + 1]) if f.hours else [], height=120,
                              fmt=lambda v: f"{v:,.0f}", note="local time, whole month")


def _day_notes(f: rf.Figures) -> Flowable:
    """Best and quietest trading day, and the busiest weekday on average."""
    open_days = [(d, n, t) for d, n, t in f.daily if n]
    if not open_days:
        return Spacer(1, 1)
    show = lambda minor: money.display(minor, f.currency)  # noqa: E731
    best = max(open_days, key=lambda x: x[2])
    least = min(open_days, key=lambda x: x[2])
    by_weekday: dict[int, list[int]] = {}
    for d, _, t in open_days:
        by_weekday.setdefault(d.weekday(), []).append(t)
    busiest = max(by_weekday, key=lambda w: sum(by_weekday[w]) / len(by_weekday[w]))
    average = sum(by_weekday[busiest]) // len(by_weekday[busiest])
    return Line(f"Best day {best[0]:%a %-d %b}: {show(best[2])} from {best[1]:,} purchases · "
                f"quietest {least[0]:%a %-d %b}: {show(least[2])} · busiest weekday "
                f"{calendar.day_name[busiest]}s, "
                f"{show(average)} on average", 8, color=SOFT)


def _cols(width: float, shares: list[float]) -> list[float]:
    return [width * s for s in shares]


def _nps_split(f: rf.Figures) -> Flowable:
    n = f.now.nps
    if not n.total:
        return Line("No NPS answers this month.", 8, color=SOFT)
    return Line(f"This month: {n.promoters:,} promoters, {n.passives:,} passives, "
                f"{n.detractors:,} detractors ({n.total:,} answers)", 7.5, color=SOFT)


def _survey_charts(f: rf.Figures) -> list[Flowable]:
    out: list[Flowable] = []
    questions = list(dict.fromkeys(c.question for c in f.choices))
    for q in questions[:2]:
        out.append(charts.BarList(q, [(c.option, c.count) for c in f.choices
                                      if c.question == q], fmt=lambda v: f"{v:,.0f}",
                                  color=AMBER, note="survey answers"))
    for q in list(dict.fromkeys(r.question for r in f.rankings))[:1]:
        ranked = [r for r in f.rankings if r.question == q]
        worst = len(ranked) + 1
        out.append(charts.BarList(
            "Why customers bought: average rank", [(r.option, r.average_rank) for r in ranked],
            fmt=lambda v: f"{v:.2f}", bar_value=lambda v, w=worst: w - v, color=GREEN,
            note=f"1 = first reason · {ranked[0].answers:,} answers"))
    if not out:
        out.append(charts.BarList("Survey answers", [], note="no answers this month"))
    return out


def _comments(f: rf.Figures, width: float) -> Flowable:
    rows = []
    for c in f.detractors:
        rows.append([Line(local(c.at).strftime("%Y-%m-%d"), 8, color=SOFT),
                     Line(f"{c.score}", 8, True, RED, align="centre"),
                     Lines(c.text, 8.5, align="left")])
    t = Table(rows, colWidths=_cols(width, [0.13, 0.07, 0.80]))
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEBELOW", (0, 0), (-1, -2), 0.4, GRID)]
    t.setStyle(TableStyle(style))
    return t


def _birthdays(f: rf.Figures, width: float) -> Flowable:
    if not f.birthdays:
        return no_data("No customer has a birthday next month (or no birthdays are known).")
    per_col = -(-len(f.birthdays) // 3)
    cols = [f.birthdays[i:i + per_col] for i in range(0, len(f.birthdays), per_col)]
    rows = []
    for r in range(per_col):
        row = []
        for col in cols:
            if r < len(col):
                b = col[r]
                row += [Line(b.birthday.strftime("%-d %b") if b.birthday else "", 8,
                             color=SOFT), Line(b.name, 8, align="left")]
            else:
                row += ["", ""]
        rows.append(row)
    third = width / 3
    t = Table(rows, colWidths=[third * 0.22, third * 0.78] * len(cols))
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    items: list[Flowable] = [t]
    if f.birthday_count > len(f.birthdays):
        items.append(Line(f"…and {f.birthday_count - len(f.birthdays):,} more.", 7.5,
                          color=SOFT))
    return KeepTogether(items)


def _quality(f: rf.Figures, width: float) -> Flowable:
    q = f.quality
    if q is None or not q.customers:
        return no_data("No customers yet: no data.")
    pct = lambda n: f"{q.share(n):.1f}%"  # noqa: E731
    cards = [
        Card("Customers", f"{q.customers:,}", None, "in the book today"),
        Card("Marketing consent", pct(q.consenting), None, f"{q.consenting:,} agreed"),
        Card("Missing phone", pct(q.no_phone), None, f"{q.no_phone:,} customers"),
        Card("Missing e-mail", pct(q.no_email), None, f"{q.no_email:,} customers"),
        Card("No contact at all", pct(q.no_contact), None, "neither phone nor e-mail"),
        Card("Invalid values", f"{q.bad_phone + q.bad_email:,}", None,
             f"{q.bad_phone:,} phones, {q.bad_email:,} e-mails"),
        Card("Likely duplicates", f"{q.shared_phones + q.shared_emails:,}", None,
             f"{q.shared_phones:,} shared phones, {q.shared_emails:,} shared e-mails"),
    ]
    return Cards(cards, columns=4)


def build_pdf(f: rf.Figures, path, paper: str = "A4") -> Path:
    """Write the report for figures `f` to `path`, whole or not at all."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("out", f"Can't write {path}: the folder {folder} doesn't exist.")
    size = LETTER if paper == "Letter" else A4
    title = f"{f.shop_name} — monthly report, {month_name(f.period.first_day)}"
    made = local(f.made_at).strftime("%Y-%m-%d %H:%M")
    header = f"Monthly report, {month_name(f.period.first_day)} · {f.shop_name}"
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
        doc.build(story(f, frame._width),
                  canvasmaker=numbered_canvas(header, f"Made by Counterpart on {made} · "
                                                     "figures in " + f.currency))
        os.replace(temp, path)
    except OSError as exc:
        raise ValidationError("out", f"Can't write {path}: {exc.strerror or exc}.") from None
    finally:
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

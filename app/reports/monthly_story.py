"""What the monthly report says, section by section: the headline cards with the change
from the month before, the charts, the lists an owner acts on, and data quality."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from app.core import money
from app.core import report_figures as rf
from app.reports import charts
from app.reports import numbers as num
from app.reports.charts import AMBER, BLUE, GREEN, GRID, RED, SOFT, TEAL
from app.reports.fonts import Line, Lines
from app.reports.monthly_dates import (
    day_name,
    day_number,
    month_title,
    period_title,
    short_day,
    week,
    weekday_names,
)
from app.reports.monthly_pieces import Banner, Card, Cards, Heading, no_data, side_by_side, table
from app.reports.monthly_words import rtl, t

SEGMENT_NAMES = {"new": "New", "active": "Active", "at_risk": "At risk", "lapsed": "Lapsed",
                 "vip": "VIP (top 10%)"}
HOW_HEARD_NAMES = {"friend": "A friend", "social_media": "Social media",
                   "walked_by": "Walked by", "search": "Search", "advert": "Advert",
                   "other": "Other", "not asked": "Not asked"}



def pct_change(now: int, before: int) -> tuple[float | None, str]:
    if before == 0:
        return None, t("no figure last month") if now else t("same as last month")
    change = 100 * (now - before) / before
    return change, num.signed_percent(change, 1)


def amount(f: rf.Figures, minor: int) -> str:
    """Money in the report's currency, language and digits."""
    return num.money(minor, f.currency, f.language)


def point_change(now: float | None, before: float | None,
                 places: int = 1) -> tuple[float | None, str]:
    if now is None or before is None:
        return None, t("no figure last month") if now is not None else ""
    return now - before, f"{num.signed(now - before, places)} {t('pts')}"


def headline_cards(f: rf.Figures) -> list[Card]:
    h, b = f.now, f.before
    show = lambda minor: amount(f, minor)  # noqa: E731
    vs = t("vs {month}", month=period_title(rf.previous(f.period))) if f.period.month \
        else t("vs the days before")
    cards = [
        Card(t("Sales"), show(h.sales), *pct_change(h.sales, b.sales), sub=vs),
        Card(t("Purchases"), num.count(h.purchases), *pct_change(h.purchases, b.purchases), sub=vs),
        Card(t("Average basket"), show(h.average_basket),
             *pct_change(h.average_basket, b.average_basket), sub=vs),
        Card(t("Identified customers"),
             "—" if h.identified_share is None else num.percent(h.identified_share),
             *point_change(h.identified_share, b.identified_share),
             sub=t("{n} anonymous", n=num.count(h.anonymous))),
        Card(t("New customers"), num.count(h.new_customers),
             *pct_change(h.new_customers, b.new_customers), sub=vs),
        Card(t("Active customers"), num.count(h.active_customers),
             *pct_change(h.active_customers, b.active_customers), sub=t("bought this month")),
        Card(t("Newly lapsed"), num.count(h.lapsed_customers),
             *pct_change(h.lapsed_customers, b.lapsed_customers), good_when_up=False,
             sub=t("crossed the lapsed line")),
        Card(t("NPS"), num.nps(h.nps.shown), *point_change(h.nps.shown, b.nps.shown, 0),
             sub=t("{n} answers", n=num.count(h.nps.total))),
    ]
    if h.refunds:
        cards.append(Card(t("Refunds"), show(h.refunds), *pct_change(h.refunds, b.refunds),
                          good_when_up=False, sub=t("gross {amount}", amount=show(h.gross))))
    else:
        cards.append(Card(t("Refunds"), show(0), None, t("none this month")))
    for line in f.loyalty[:3]:
        unit = t("punches") if line.kind == "punch" else t("points")
        cards.append(Card(t("{program}: issued", program=line.program),
                          f"{num.count(line.issued)} {unit}",
                          *pct_change(line.issued, line.issued_before),
                          sub=t("{n} redeemed", n=num.count(line.redeemed))))
    if f.loyalty:
        held = ", ".join(f"{num.count(x.outstanding)} "
                         f"{t('punches') if x.kind == 'punch' else t('points')}"
                         for x in f.loyalty[:3])
        cards.append(Card(t("Loyalty held today"), show(sum(x.liability for x in f.loyalty)),
                          None, t("owed as vouchers · {held}", held=held)))
    return cards



def story(f: rf.Figures, width: float) -> list[Flowable]:
    p = f.period
    show = lambda minor: amount(f, minor)  # noqa: E731
    before = rf.previous(p)
    out: list[Flowable] = [
        Banner(f.shop_name, period_title(p),
               t("{first} – {last}, compared with {before}", first=day_name(p.first_day),
                 last=day_name(p.last_day, "d MMMM yyyy"),
                 before=period_title(before))),
        Spacer(1, 10),
        Cards(headline_cards(f)),
        Spacer(1, 8),
    ]
    days = [d for d, _, _ in f.daily]
    out.append(charts.ColumnChart(
        t("Sales per day"), [day_number(d) for d in days], [total / 10 ** money.digits(f.currency)
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
        [month_title(n.month, short=True) for n in trend],
        [n.shown for n in trend], height=150, note=t("% promoters minus % detractors"))
    seg = charts.BarList(t("Customers by segment (today)"),
                         [(t(SEGMENT_NAMES[k]), v) for k, v in f.segments.items()],
                         fmt=num.count, color=BLUE)
    out.append(KeepTogether([Spacer(1, 6), Heading(t("Customers and feedback")),
                              side_by_side([nps_chart, _nps_split(f)], [seg], width)]))
    out.append(Spacer(1, 10))
    heard = charts.BarList(t("How new customers heard about us"),
                           [(t(HOW_HEARD_NAMES.get(k, k)), v) for k, v in f.how_heard],
                           fmt=num.count, color=GREEN,
                           note=t("asked at registration"))
    out.append(side_by_side([heard], _survey_charts(f), width))

    # -- loyalty
    out += [Spacer(1, 6), CondPageBreak(200),
            Heading(t("Loyalty"), t("issued and redeemed this month; held today"))]
    out.append(charts.PairedBars(
        t("Issued vs redeemed"), [(x.program, x.issued, x.redeemed) for x in f.loyalty],
        (t("issued"), t("redeemed")), fmt=num.count))
    out.append(table(
        ["Program", "Issued", "Redeemed", "Rewards' value", "Held now", "Holders",
         "Liability"],
        [[x.program, num.count(x.issued), num.count(x.redeemed),
          show(x.redeemed_value) if x.redeemed_value else "—",
          num.count(x.outstanding), num.count(x.holders),
          show(x.liability) if x.kind == "points" else "—"] for x in f.loyalty],
        _cols(width, [0.24, 0.11, 0.11, 0.15, 0.13, 0.11, 0.15]), right={1, 2, 3, 4, 5, 6},
        empty="No loyalty program."))

    # -- who bought what
    out += [Spacer(1, 6), CondPageBreak(230), Heading(t("Best customers and best sellers"))]
    half = (width - 8 * mm) / 2
    top = table(["Customer", "Purchases", "Spent"],
                [[c.name, num.count(c.purchases), show(c.spent)] for c in f.top_customers],
                _cols(half, [0.52, 0.2, 0.28]), right={1, 2})
    products = table(["Product", "Qty", "Sales"],
                     [[n, num.count(q), show(a)] for n, q, a in f.products],
                     _cols(half, [0.52, 0.18, 0.30]), right={1, 2})
    out.append(side_by_side([Line(t("Top customers"), 10, True, BLUE, space_after=3), top],
                            [Line(t("Best-selling products"), 10, True, BLUE, space_after=3),
                             products], width))
    out.append(Spacer(1, 8))
    cat_chart = charts.BarList(
        t("Sales by category"), [(n, a / 10 ** money.digits(f.currency)) for n, _, a in
                              f.categories], fmt=num.count, color=TEAL,
        note=f.currency)
    out.append(cat_chart)

    # -- people to act on
    out += [Spacer(1, 6), CondPageBreak(160), Heading(t("What customers told us"),
                                                      t("detractors' own words, no contact "
                                                        "details"))]
    out.append(_comments(f, width) if f.detractors else
               table(["Date", "Score", "Comment"], [], _cols(width, [0.14, 0.08, 0.78]),
                     right={1}, empty="No detractor comments this month."))
    out += [Spacer(1, 6), CondPageBreak(160),
            Heading(t("Win-back list"), t("lapsed customers who agreed to hear from us"))]
    out.append(table(["Customer", "Last visit", "Visits", "Spent in all"],
                     [[w.name, short_day(w.last_visit) if w.last_visit
                       else "—", num.count(w.visits), show(money.parse(w.spend, f.currency,
                                                                    allow_zero=True))]
                      for w in f.winback],
                     _cols(width, [0.46, 0.18, 0.14, 0.22]), right={2, 3},
                     empty="No lapsed customer with consent: no data."))
    if len(f.winback) >= 15:
        out.append(Line(t("The first 15; the Segments screen and `counterpart winback` "
                          "give the whole list."), 7.5, color=SOFT,
                        align="right" if rtl() else "left"))
    nxt = month_title(f.birthday_month) if f.birthday_month else period_title(p)
    out += [Spacer(1, 6), CondPageBreak(140),
            Heading(t("Birthdays in {month}", month=nxt),
                    t("{n} customers", n=num.count(f.birthday_count)) if f.birthday_count
                    else "")]
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
    order, names = week(), weekday_names("abbreviated")
    values = [sum(totals[w]) / len(totals[w]) / scale if totals[w] else 0 for w in order]
    return charts.ColumnChart(t("Average sales by weekday"), [names[w] for w in order],
                              values, height=120,
                              colors=[AMBER if w in (4, 5) else TEAL for w in order],
                              note=f.currency)


def _hour_chart(f: rf.Figures) -> Flowable:
    used = [h for h, n in enumerate(f.hours) if n]
    first, last = (min(used), max(used)) if used else (8, 20)
    hours = [num.count(h) for h in range(first, last + 1)]
    return charts.ColumnChart(t("Purchases by hour"), hours,
                              list(f.hours[first:last + 1]) if f.hours else [], height=120,
                              label_every=2 if last - first > 14 else 1,
                              fmt=num.count, note=t("local time, whole month"))


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
                   day=day_name(best[0], "EEE d MMM"), amount=show(best[2]),
                   n=num.count(best[1]),
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
                  p=num.count(n.promoters), pa=num.count(n.passives),
                  d=num.count(n.detractors), n=num.count(n.total)), 7.5, color=SOFT)


def _survey_charts(f: rf.Figures) -> list[Flowable]:
    out: list[Flowable] = []
    questions = list(dict.fromkeys(c.question for c in f.choices))
    for q in questions[:2]:
        out.append(charts.BarList(q, [(c.option, c.count) for c in f.choices
                                      if c.question == q], fmt=num.count,
                                  color=AMBER, note=t("survey answers")))
    for q in list(dict.fromkeys(r.question for r in f.rankings))[:1]:
        ranked = [r for r in f.rankings if r.question == q]
        worst = len(ranked) + 1
        out.append(charts.BarList(
            t("Why customers bought: average rank"), [(r.option, r.average_rank) for r in ranked],
            fmt=lambda v: num.decimal(v, 2), bar_value=lambda v, w=worst: w - v, color=GREEN,
            note=t("1 = first reason · {n} answers", n=num.count(ranked[0].answers))))
    if not out:
        out.append(charts.BarList(t("Survey answers"), [], note=t("no answers this month")))
    return out


def _comments(f: rf.Figures, width: float) -> Flowable:
    rows = []
    mirrored = rtl()
    for c in f.detractors:
        row = [Line(short_day(c.at), 8, color=SOFT,
                    align="right" if mirrored else "left"),
               Line(num.count(c.score), 8, True, RED, align="centre"),
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
        items.append(Line(t("…and {n} more.", n=num.count(f.birthday_count - len(f.birthdays))),
                          7.5, color=SOFT, align=side))
    return KeepTogether(items)


def _quality(f: rf.Figures, width: float) -> Flowable:
    q = f.quality
    if q is None or not q.customers:
        return no_data("No customers yet: no data.")
    pct = lambda n: num.percent(q.share(n))  # noqa: E731
    cards = [
        Card(t("Customers"), num.count(q.customers), None, t("in the book today")),
        Card(t("Marketing consent"), pct(q.consenting), None,
             t("{n} agreed", n=num.count(q.consenting))),
        Card(t("Missing phone"), pct(q.no_phone), None,
             t("{n} customers", n=num.count(q.no_phone))),
        Card(t("Missing e-mail"), pct(q.no_email), None,
             t("{n} customers", n=num.count(q.no_email))),
        Card(t("No contact at all"), pct(q.no_contact), None, t("neither phone nor e-mail")),
        Card(t("Invalid values"), num.count(q.bad_phone + q.bad_email), None,
             t("{p} phones, {e} e-mails", p=num.count(q.bad_phone),
               e=num.count(q.bad_email))),
        Card(t("Likely duplicates"), num.count(q.shared_phones + q.shared_emails), None,
             t("{p} shared phones, {e} shared e-mails", p=num.count(q.shared_phones),
               e=num.count(q.shared_emails))),
    ]
    return Cards(cards, columns=4)


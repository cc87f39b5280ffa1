"""A customer's figures for the profile and `customers show`: spend, visits, rhythm,
segment, favourite categories, and what similar customers also bought."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core import money, segments
from app.core.errors import NotFound
from app.store import customers as customer_rows
from app.store import purchases as purchase_rows
from app.store import segments as segment_rows

ALSO_KEPT = 15  # products remembered per "also bought" sample, before leaving some out
# Favourites and usual products come from the latest purchases only: what the customer buys
# these days, and a read that stays small however long their history (each purchase's
# lines sit on a page of their own: 500 purchases were ~100 ms the first time after a
# restart, at ten million purchases).
RECENT_PURCHASES = 100


@dataclass(frozen=True)
class CustomerFigures:
    lifetime_spend: int
    visits: int
    average_basket: int
    usual_interval_days: float | None
    first_visit: datetime | None
    last_visit: datetime | None
    segment: str
    vip: bool
    favourite_categories: tuple[str, ...]
    suggestions: tuple[str, ...]
    currency: str
    suggested_for: tuple[str, ...] = ()  # the products X in "who bought X also bought Y"

    def to_json(self) -> dict:
        iso = lambda d: d.replace(tzinfo=UTC).isoformat() if d else None  # noqa: E731
        return {
            "lifetime_spend": money.to_text(self.lifetime_spend, self.currency),
            "visits": self.visits,
            "average_basket": money.to_text(self.average_basket, self.currency),
            "usual_interval_days": self.usual_interval_days,
            "first_visit": iso(self.first_visit), "last_visit": iso(self.last_visit),
            "segment": self.segment, "vip": self.vip,
            "favourite_categories": list(self.favourite_categories),
            "suggestions": list(self.suggestions),
            "suggested_for": list(self.suggested_for),
        }


def vip_threshold(shop, cut: segments.Cutoffs) -> int | None:
    """Top-10% spend line, worked out once a day per open shop (it scans a year of sales)."""
    return segments.vip_line(shop, cut)[0]


def for_customer(shop, customer_id: int, now: datetime | None = None) -> CustomerFigures:
    cut = segments.cutoffs(shop.settings.lapsed_days, now)
    threshold = vip_threshold(shop, cut)
    with shop.read() as session:
        row = customer_rows.get(session, customer_id)
        if row is None:
            raise NotFound("There is no customer {id}.", id=customer_id)
        interval = None
        if row.visits >= 2 and row.first_visit and row.last_visit:
            span = (row.last_visit - row.first_visit).total_seconds() / 86400
            interval = round(span / (row.visits - 1), 1)
        vip = bool(threshold) and segment_rows.spend_since(session, customer_id, cut.year) \
            >= threshold
        lines = purchase_rows.recent_lines(session, customer_id, RECENT_PURCHASES)
        favourites = _ranked((category or product, qty) for product, category, qty in lines)[:3]
        bought = _ranked((product, 1) for product, _, _ in lines)[:20]
        usual, suggestions = _suggestions(shop, session, bought, cut.today)
        return CustomerFigures(
            lifetime_spend=row.spend, visits=row.visits,
            average_basket=row.spend // row.visits if row.visits else 0,
            usual_interval_days=interval, first_visit=row.first_visit,
            last_visit=row.last_visit,
            segment=segments.segment_of(row.visits, row.first_visit, row.last_visit, cut),
            vip=vip, favourite_categories=tuple(favourites),
            suggestions=tuple(suggestions), currency=shop.settings.currency,
            suggested_for=tuple(usual) if suggestions else (),
        )


def _also(shop, session, product: str, day) -> list[tuple[str, int]]:
    """What goes with `product`, worked out once a day per product (it samples buyers)."""
    key = ("also_bought", product, day)
    if key not in shop.cache:
        shop.cache[key] = purchase_rows.also_bought(session, product, limit=ALSO_KEPT)
    return shop.cache[key]


def _ranked(pairs) -> list[str]:
    """Names by their summed amounts, largest first (ties by name)."""
    totals = Counter()
    for name, amount in pairs:
        totals[name] += amount
    return [name for name, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]


def _suggestions(shop, session, bought: list[str], day,
                 limit: int = 5) -> tuple[list[str], list[str]]:
    """'Customers who bought X also bought Y', for X among this customer's three usual
    products (`bought`, most bought first), leaving out what they already buy. Returns
    (the Xs, the Ys)."""
    usual = bought[:3]
    scores: dict[str, int] = {}
    for product in usual:
        for other, n in _also(shop, session, product, day):
            if other not in bought:
                scores[other] = scores.get(other, 0) + n
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return usual, [name for name, _ in ranked][:limit]


def also_bought(shop, product: str, limit: int = 5) -> list[tuple[str, int]]:
    """For the counter: customers who bought `product` also bought these (with how many)."""
    day = segments.cutoffs(shop.settings.lapsed_days).today
    with shop.read() as session:
        return _also(shop, session, product, day)[:limit]

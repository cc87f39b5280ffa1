"""Purchase history for a demo shop: a café-bakery's sales over the demo's months.

Each customer gets a habit (one-off, occasional, regular, daily) and may drift away at
some point, so every segment has members; about a third of sales are anonymous. Rows go in
through the store's bulk inserts, then each customer's running figures are recounted once.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from app.core import audit, demo_surveys, loyalty
from app.core.normalize import name_key
from app.store import loyalty as loyalty_rows
from app.store import purchases as rows

BATCH = 20_000

# name, category, price in minor units (agorot)
CATALOG = (
    ("Espresso", "Coffee", 900), ("Cappuccino", "Coffee", 1400), ("Latte", "Coffee", 1500),
    ("Flat white", "Coffee", 1500), ("Iced coffee", "Coffee", 1600), ("Tea", "Tea", 1000),
    ("Mint tea", "Tea", 1100), ("Croissant", "Bakery", 1100), ("Almond croissant", "Bakery", 1400),
    ("Cinnamon roll", "Bakery", 1300), ("Bagel", "Bakery", 1200), ("Sourdough loaf", "Bread", 2400),
    ("Rye bread", "Bread", 2200), ("Challah", "Bread", 2000), ("Cheesecake", "Cakes", 1900),
    ("Chocolate cake", "Cakes", 2100), ("Cookie", "Cakes", 700), ("Shakshuka", "Kitchen", 4200),
    ("Salad", "Kitchen", 3800), ("Sandwich", "Kitchen", 3200), ("Orange juice", "Drinks", 1600),
    ("Lemonade", "Drinks", 1400), ("Coffee beans 250g", "Shop", 5500), ("Mug", "Shop", 4500),
)
# Coffee lovers take pastries with it, lunch people take drinks: what makes "also bought".
PAIRS = {"Coffee": ("Bakery", "Cakes"), "Kitchen": ("Drinks", "Bread"), "Tea": ("Cakes",)}
HABITS = (  # (share, visits a month)
    (0.30, 0.0), (0.40, 1.0), (0.24, 4.0), (0.06, 14.0),
)


def _basket(rng: random.Random) -> list[tuple[str, str, int, int]]:
    first = rng.choice(CATALOG)
    chosen = [first]
    partners = [p for p in CATALOG if p[1] in PAIRS.get(first[1], ())]
    if partners and rng.random() < 0.6:
        chosen.append(rng.choice(partners))
    if rng.random() < 0.2:
        chosen.append(rng.choice(CATALOG))
    lines: dict[str, tuple[str, str, int, int]] = {}
    for name, category, price in chosen:
        qty = lines[name][3] + 1 if name in lines else (2 if rng.random() < 0.1 else 1)
        lines[name] = (name, category, price, qty)
    return list(lines.values())


def _habit(rng: random.Random) -> float:
    draw, total = rng.random(), 0.0
    for share, rate in HABITS:
        total += share
        if draw < total:
            return rate
    return HABITS[-1][1]


def _visits(rng: random.Random, start: datetime, now: datetime) -> list[datetime]:
    """The moments one customer came in, from their registration on; some drift away."""
    rate = _habit(rng)
    moments = [start]
    if rate:
        end = now if rng.random() < 0.55 else start + (now - start) * rng.random()
        day = start
        while True:
            day += timedelta(days=rng.expovariate(rate / 30.44))
            if day >= end:
                break
            moments.append(day.replace(hour=rng.randint(7, 19), minute=rng.randrange(60)))
    return moments


DEMO_PROGRAMS = (
    {"kind": "punch", "name": "Coffee card", "punches": 9, "per_item": True,
     "reward": "the 10th coffee free", "qualifies": "Coffee"},
    {"kind": "points", "name": "Café points", "points_per_unit": 1, "threshold": 100,
     "reward_value": "10", "expiry_days": 365, "survey_bonus": 10, "birthday_bonus": 50},
)


def demo_programs(shop) -> list[loyalty.Program]:
    """The demo's loyalty programs, made once."""
    have = loyalty.programs(shop)
    if not have:
        have = [loyalty.add_program(shop, raw) for raw in DEMO_PROGRAMS]
    return [p for p in have if p.active]


class _Cards:
    """Earns and redeems on each demo sale as the counter would, as ledger rows."""

    def __init__(self, programs: list[loyalty.Program], rng: random.Random):
        self.programs, self.rng = programs, rng
        self.held: dict[tuple[int, int], int] = {}

    def entries(self, pid: int, cid: int | None, at: datetime, lines: list[dict],
                total: int, refunded: int, staff: int | None) -> list[dict]:
        if cid is None:
            return []
        out = []
        made = {"at": at, "staff_id": staff, "created_at": at, "created_by": staff,
                "created_workstation": "counter-1", "created_channel": "counter",
                "customer_id": cid, "reason": "", "value": 0, "redeemed_on": None,
                "purchase_id": None}
        shown = [_Line(**ln) for ln in lines]
        for program in self.programs:
            key = (program.id, cid)
            if self.held.get(key, 0) >= program.unit and self.rng.random() < 0.8:
                value = program.reward_value or 0
                out.append(made | {"program_id": program.id, "kind": "redeem",
                                   "amount": -program.unit, "value": value,
                                   "redeemed_on": pid, "reason": program.reward})
                self.held[key] -= program.unit
            earned = loyalty.earning(program, shown, total, "ILS")
            if earned and not refunded:
                out.append(made | {"program_id": program.id, "kind": "earn", "amount": earned,
                                   "purchase_id": pid})
                self.held[key] = self.held.get(key, 0) + earned
        return out


class _Line:
    def __init__(self, product, category, quantity, unit_price, **_):
        self.product, self.category = product, category
        self.quantity, self.unit_price = quantity, unit_price


def make_demo_sales(
    shop, customers: list[tuple[int, datetime]], seed: int,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Purchases for (customer id, registered at) pairs, plus anonymous walk-ins over the
    same period. Returns how many purchases were added."""
    rng = random.Random(f"sales/{seed}/{len(customers)}")
    now = audit.now()
    staff = [m.id for m in shop.staff_list()] or [None]
    sales: list[tuple[datetime, int | None]] = []
    for cid, registered in customers:
        sales += [(at, cid) for at in _visits(rng, min(registered, now), now) if at <= now]
    if customers:
        start = min(at for _, at in customers)
        span = (now - start).total_seconds()
        for _ in range(len(sales) // 2):  # anonymous walk-ins
            sales.append((start + timedelta(seconds=rng.random() * span), None))
    sales.sort(key=lambda s: s[0])

    with shop.write() as session:
        next_id = rows.next_purchase_id(session)
    cards = _Cards(demo_programs(shop), rng)
    done = 0
    for offset in range(0, len(sales), BATCH):
        purchases, lines, refunds, entries = [], [], [], []
        for at, cid in sales[offset:offset + BATCH]:
            pid = next_id + done
            done += 1
            basket = _basket(rng)
            total = sum(price * qty for _, _, price, qty in basket)
            who = rng.choice(staff)
            refunded = total if rng.random() < 0.01 else 0
            purchases.append({
                "id": pid, "customer_id": cid, "at": at, "total": total, "refunded": refunded,
                "receipt": f"R{pid:07d}", "note": "", "staff_id": who, "created_at": at,
                "created_by": who, "created_workstation": "counter-1", "created_channel": "counter",
            })
            sent = [{"purchase_id": pid, "product": name, "category": category,
                     "quantity": qty, "unit_price": price, "amount": price * qty}
                    for name, category, price, qty in basket]
            if rng.random() < 0.85:  # most tills send the lines too
                lines += sent
            else:
                sent = []
            entries += cards.entries(pid, cid, at, sent, total, refunded, who)
            if refunded:
                refunds.append({"purchase_id": pid, "at": at, "amount": refunded,
                                "reason": "returned", "staff_id": who, "created_at": at,
                                "created_by": who, "created_workstation": "counter-1",
                                "created_channel": "counter"})
        with shop.write() as session:
            rows.bulk_add(session, purchases, lines, refunds)
            loyalty_rows.bulk_add_entries(session, entries)
        if progress:
            progress(done, len(sales))
    demo_surveys.add_answers(shop, demo_surveys.sampled_sales(rng, sales, next_id, now), rng)
    with shop.write() as session:
        ids = [cid for cid, _ in customers]
        if ids:
            rows.recount_customers(session, min(ids), max(ids))
        for name, category, price in CATALOG:
            rows.remember_product(session, name, name_key(name), category, price, 0)
        audit.record(session, shop.actor, "import", "purchase", None, f"demo purchases={done}")
    return done

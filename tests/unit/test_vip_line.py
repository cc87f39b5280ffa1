"""The VIP line: the top tenth of buyers by spend over 12 months, read from the purchases of
that year (not the whole history), worked out once a day and shared by the profile badge,
the segment count and the VIP list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from app.core import customers, figures, purchases, segments
from app.store import segments as segment_rows
from tests.conftest import MANAGER, staff_named

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC).astimezone()


def at(days_ago: int) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=10, minute=0, second=0, microsecond=0)


def spenders(shop, totals: list[int], days_ago: int = 10) -> list[int]:
    shop.act_as(staff_named(shop, MANAGER[0]))
    ids = []
    for i, total in enumerate(totals):
        cid = customers.register(shop, {"first_name": f"P{i}", "phone": f"052-61{i:05d}"}).id
        purchases.record(shop, cid, total=str(total), at=at(days_ago))
        ids.append(cid)
    return ids


def test_the_line_is_the_tenth_best_spend_of_twenty_buyers(shop):
    ids = spenders(shop, [10 * (i + 1) for i in range(20)])  # 10 .. 200
    cut = segments.cutoffs(30, NOW)
    threshold, reaching = segments.vip_line(shop, cut)
    assert (threshold, reaching) == (19000, 2)  # the 2nd of 20 (10%) spent 190.00
    assert segments.counts(shop, now=NOW)["vip"] == 2
    assert {m.customer.id for m in segments.members(shop, "vip", now=NOW)} == set(ids[-2:])
    assert figures.for_customer(shop, ids[-1], now=NOW).vip
    assert not figures.for_customer(shop, ids[-3], now=NOW).vip


def test_purchases_older_than_a_year_and_voided_ones_do_not_count(shop):
    ids = spenders(shop, [50] * 10)
    purchases.record(shop, ids[0], total="9000", at=at(400))  # outside the year
    big = purchases.record(shop, ids[1], total="9000", at=at(5))
    purchases.void(shop, big.id)
    with shop.read() as session:
        threshold, reaching = segment_rows.vip_line(session, segments.cutoffs(30, NOW).year)
    assert (threshold, reaching) == (5000, 10)  # everyone tied at 50.00


def test_the_line_is_worked_out_once_a_day(shop):
    ids = spenders(shop, [10 * (i + 1) for i in range(10)])
    cut = segments.cutoffs(30, NOW)
    first = segments.vip_line(shop, cut)
    purchases.record(shop, ids[0], total="5000", at=at(1))
    assert segments.vip_line(shop, cut) == first  # the same day: the remembered line
    tomorrow = segments.cutoffs(30, NOW + timedelta(days=1))
    assert segments.vip_line(shop, tomorrow) == (500000 + 1000, 1)


def test_the_year_is_read_by_date_not_by_customer(shop):
    """The plan reads purchases by `at`: the cost follows a year of sales, not all of them."""
    spenders(shop, [10, 20])
    since = segments.cutoffs(30, NOW).year
    with shop.read() as session:
        sql = str(
            segment_rows._year_spend(since).element.compile(compile_kwargs={"literal_binds": True})
        )
        plan = " ".join(row[3] for row in session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_purchases_at" in plan, plan
    assert "customer_at" not in plan, plan


def test_the_warm_up_leaves_today_s_line_ready_for_the_first_profile(shop):
    spenders(shop, [10 * (i + 1) for i in range(10)], days_ago=2)
    today = segments.cutoffs(shop.settings.lapsed_days)
    assert ("vip_line", today.today) not in shop.cache
    segments.warm_up(shop)
    assert shop.cache[("vip_line", today.today)] == segments.vip_line(shop, today)
    assert shop.cache[("vip_line", today.today)][1] == 1  # the top 10% of ten buyers

"""Segment rules at their edges, with a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core import customers, figures, purchases, segments
from tests.conftest import MANAGER, staff_named

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC).astimezone()  # local noon-ish, fixed


def day(n: int) -> datetime:
    """n days before NOW, at 10:00 local time."""
    return (NOW - timedelta(days=n)).replace(hour=10, minute=0, second=0, microsecond=0)


def new_customer(shop, name: str, phone: str, consent: bool = False) -> int:
    return customers.register(
        shop, {"first_name": name, "phone": phone, "marketing_consent": consent}).id


def buy(shop, cid, days_ago: int, total: str = "10") -> None:
    purchases.record(shop, cid, total=total, at=day(days_ago))


def names(members) -> set[str]:
    return {m.customer.first_name for m in members}


@pytest.fixture
def town(shop):
    shop.act_as(staff_named(shop, MANAGER[0]))
    people = {
        "thirty": new_customer(shop, "Thirty", "052-5000001"),
        "thirtyone": new_customer(shop, "Thirtyone", "052-5000002", consent=True),
        "fresh": new_customer(shop, "Fresh", "052-5000003"),
        "regular": new_customer(shop, "Regular", "052-5000004"),
        "lapsedquiet": new_customer(shop, "Quiet", "052-5000005"),
        "big": new_customer(shop, "Big", "052-5000006"),
    }
    buy(shop, people["thirty"], 60)
    buy(shop, people["thirty"], 30)  # exactly the 30th day: still active
    buy(shop, people["thirtyone"], 31)  # the 31st day: lapsed
    buy(shop, people["fresh"], 2)  # first purchase this month: new and active
    for d in (29, 27, 25, 23):  # every two days, then silent for 23 days: at risk
        buy(shop, people["regular"], d)
    buy(shop, people["lapsedquiet"], 200)
    buy(shop, people["big"], 100, total="5000")
    return people


def test_the_30th_day_is_active_the_31st_is_lapsed(shop, town):
    active = names(segments.members(shop, "active", now=NOW))
    lapsed = names(segments.members(shop, "lapsed", now=NOW))
    assert "Thirty" in active and "Thirty" not in lapsed
    assert "Thirtyone" in lapsed and "Thirtyone" not in active


def test_new_is_a_first_purchase_within_30_days(shop, town):
    assert names(segments.members(shop, "new", now=NOW)) == {"Fresh", "Regular"}


def test_at_risk_is_a_regular_overdue_by_their_own_rhythm(shop, town):
    assert names(segments.members(shop, "at_risk", now=NOW)) == {"Regular"}
    assert figures.for_customer(shop, town["regular"], now=NOW).segment == "at_risk"


def test_lapsed_days_is_a_setting(shop, town):
    assert "Thirtyone" not in names(segments.members(shop, "lapsed", now=NOW, lapsed_days=31))
    assert "Thirtyone" in names(segments.members(shop, "lapsed", now=NOW, lapsed_days=30))
    shop.save_settings(lapsed_days=60)
    assert names(segments.members(shop, "lapsed", now=NOW)) == {"Quiet", "Big"}
    assert figures.for_customer(shop, town["thirtyone"], now=NOW).segment == "quiet"


def test_vip_is_the_top_tenth_by_spend_over_a_year(shop, town):
    assert names(segments.members(shop, "vip", now=NOW)) == {"Big"}
    assert figures.for_customer(shop, town["big"], now=NOW).vip
    assert not figures.for_customer(shop, town["fresh"], now=NOW).vip


def test_counts_match_the_lists(shop, town):
    counts = segments.counts(shop, now=NOW)
    for name in segments.SEGMENTS:
        assert counts[name] == len(segments.members(shop, name, now=NOW, limit=1000)), name


def test_winback_is_lapsed_and_consenting_only(shop, town):
    back = segments.winback(shop, now=NOW)
    assert names(back) == {"Thirtyone"}
    row = back[0].to_json()
    assert row["lifetime_spend"] == "10.00" and row["visits"] == 1 and row["last_visit"]


def test_a_refund_that_empties_a_purchase_keeps_the_visit(shop, town):
    bought = purchases.record(shop, town["fresh"], total="40", at=day(1))
    purchases.refund(shop, bought.id, None, "returned")
    fig = figures.for_customer(shop, town["fresh"], now=NOW)
    assert fig.visits == 2 and fig.lifetime_spend == 1000


def test_segment_pages_do_not_overlap(shop, town):
    for i in range(7):
        buy(shop, new_customer(shop, f"Old{i}", f"052-60000{i:02d}"), 100 + i)
    first = segments.members(shop, "lapsed", now=NOW, limit=4)
    last = first[-1]
    second = segments.members(shop, "lapsed", now=NOW, limit=50,
                              before=(last.last_visit, last.customer.id))
    assert not names(first) & names(second)
    assert len(first) + len(second) == segments.counts(shop, now=NOW)["lapsed"]

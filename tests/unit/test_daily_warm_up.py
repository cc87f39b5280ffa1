"""The daily warm-up works out what the first profile of the day needs: the VIP line and
what goes with each best seller, so the counter finds them ready."""

from __future__ import annotations

from app.core import customers, figures, purchases, segments
from app.core.purchases import LineInput


def test_the_warm_up_works_out_what_goes_with_the_best_sellers(shop):
    ids = [c.id for c in customers.find(shop, "")]
    for cid in ids[:3]:
        purchases.record(shop, cid, lines=[LineInput("Bagel", 2, "8"), LineInput("Latte", 1, "12")])
    purchases.record(shop, ids[3], lines=[LineInput("Bagel", 1, "8")])
    day = segments.cutoffs(shop.settings.lapsed_days).today
    shop.cache.clear()

    segments.warm_up(shop)

    assert shop.cache[("also_bought", "Bagel", day)] == [("Latte", 3)]
    assert ("also_bought", "Latte", day) in shop.cache
    assert ("vip_line", day) in shop.cache
    # The profile reads the warmed figures: the bagel-only customer is offered the latte.
    assert figures.for_customer(shop, ids[3]).suggestions == ("Latte",)

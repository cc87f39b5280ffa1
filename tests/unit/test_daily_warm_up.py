"""The daily warm-up reads what the counter's searches touch and works out what the first
profile of the day needs: the VIP line and what goes with each best seller, so the counter
finds them ready."""

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


def test_the_warm_up_reads_through_everything_a_search_touches(shop):
    listed = customers.count(shop)
    customers.register(shop, {"first_name": "Noa", "phone": "052-555-7010",
                              "email": "noa@example.com"})
    walked = customers.warm_search(shop)
    # Every customer's row, card and name keys; phones and e-mails where there are some;
    # the trigram index's blocks. The named indexes exist (SQLite refuses an unknown one).
    assert walked["customers"] == walked["by card_number"] == walked["by first_key"] \
        == walked["by last_key"] == listed + 1
    assert 0 < walked["by phone"] <= listed + 1 and 0 < walked["by email"] <= listed + 1
    assert walked["trigram index"] > 0


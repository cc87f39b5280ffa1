"""A points balance that expired reads in the screen's language in the customer's ledger:
the reason core stores ("no purchase for 30 days") translated, the days in local digits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core import loyalty, purchases
from app.ui import i18n
from app.ui.widgets.loyalty_labels import reason_text
from tests.unit.loyalty_setup import dana, points_program


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "no purchase for 30 days"),
    ("he", "אין קנייה כבר 30 ימים"),
    ("fa", "۳۰ روز بدون خرید"),
])
def test_an_expiry_reason_in_the_ledger_reads_in_the_screen_language(
        shop, qapp, language, expected):
    points_program(shop, expiry_days="30")
    cid = dana(shop)
    now = datetime.now(UTC)
    purchases.record(shop, cid, total="40", at=now - timedelta(days=40))
    assert loyalty.expire_due(shop, now=now.replace(tzinfo=None)) == 1
    expired = loyalty.ledger(shop, cid)[0]
    assert expired.kind == "expire"
    i18n.install(language)
    try:
        shown = reason_text(expired.reason).translate({0x2066: None, 0x2067: None,
                                                       0x2068: None, 0x2069: None})
        assert shown == expected
        assert reason_text("a gift from the owner") == "a gift from the owner"  # typed
    finally:
        i18n.install("en")

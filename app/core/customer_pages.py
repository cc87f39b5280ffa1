"""The customer book as a long list for the customers screen: how many are listed, and any
page of them, newest first, located from the nearest row already known."""

from __future__ import annotations

from app.core.customers import CustomerSummary, _summary
from app.store import customer_pages as rows


def count_listed(shop) -> int:
    with shop.read() as session:
        return rows.count_listed(session)


def listed_page(
    shop, limit: int, skip: int = 0, before_id: int | None = None, after_id: int | None = None
) -> list[CustomerSummary]:
    """See app/store/customer_pages.listed_page: `skip` rows on from `before_id` (going
    down) or from `after_id` (going up; 0 is the oldest end)."""
    with shop.read() as session:
        found = rows.listed_page(session, limit, skip, before_id, after_id)
        return [_summary(r, shop.settings.region) for r in found]


def first_page(shop, limit: int) -> tuple[int, list[CustomerSummary]]:
    """How many customers are listed, and the newest `limit` of them."""
    with shop.read() as session:
        total = rows.count_listed(session)
        found = rows.listed_page(session, limit)
        return total, [_summary(r, shop.settings.region) for r in found]

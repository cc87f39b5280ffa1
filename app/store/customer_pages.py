"""The whole customer book as a list, newest first, reachable at any row without reading
the rows before it: the row is located on the small index of listed ids (an index-only
step, counted from the nearest known row or from either end), then one page is read by
its id range."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.customers import LISTED
from app.store.models import Customer


def count_listed(session: Session) -> int:
    return session.scalar(select(func.count(Customer.id)).where(LISTED)) or 0


def listed_page(
    session: Session,
    limit: int,
    skip: int = 0,
    before_id: int | None = None,
    after_id: int | None = None,
) -> list[Customer]:
    """`limit` listed customers, newest first, starting `skip` rows below `before_id` (or the
    newest), or, with `after_id` (0 for the oldest end), ending `skip` rows above it."""
    upward = after_id is not None
    ids = select(Customer.id).where(LISTED)
    if upward:
        ids = ids.where(Customer.id > after_id).order_by(Customer.id)
    else:
        ids = ids.where(Customer.id < before_id) if before_id is not None else ids
        ids = ids.order_by(Customer.id.desc())
    start = session.scalar(ids.limit(1).offset(skip))
    if start is None:
        return []
    rows = select(Customer).where(LISTED)
    if upward:
        found = session.scalars(rows.where(Customer.id >= start).order_by(Customer.id).limit(limit))
        return list(found)[::-1]
    found = session.scalars(
        rows.where(Customer.id <= start).order_by(Customer.id.desc()).limit(limit)
    )
    return list(found)

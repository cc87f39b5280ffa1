"""Segment queries over the customers' running figures (visits, spend, first/last visit),
each an index range with a LIMIT; VIP aggregates one year of purchases (once a day: see
app/core/segments.vip_line)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, and_, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.store.models import Customer, Purchase


def rule(segment: str, today: datetime, cut_active: datetime,
         cut_lapsed: datetime) -> ColumnElement[bool]:
    """The WHERE clause of a segment, given the day boundaries (UTC): the start of today,
    of the active window and of the lapsed cut-off."""
    c = Customer
    if segment == "new":
        return c.first_visit >= cut_active
    if segment == "active":
        return c.last_visit >= cut_active
    if segment == "lapsed":
        return c.last_visit < cut_lapsed
    if segment == "at_risk":
        # Regulars overdue by their own rhythm: more than twice their usual interval
        # since the last visit, not yet lapsed.
        days_since = func.julianday(today) - func.julianday(c.last_visit)
        interval = (func.julianday(c.last_visit) - func.julianday(c.first_visit)) / (c.visits - 1)
        return and_(c.last_visit >= cut_lapsed, c.visits >= 3, days_since > 2 * interval)
    if segment == "never":  # merged customers and hidden import rows are nobody's "never"
        return and_(c.last_visit.is_(None), c.merged_into.is_(None))
    raise ValueError(segment)


def count(session: Session, where: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Customer).where(where)) or 0


def members(session: Session, where: ColumnElement[bool], limit: int = 50,
            before: tuple[datetime, int] | None = None, consenting: bool = False) -> list[Customer]:
    """Newest last visit first; `before` = (last_visit, id) of the previous page's last row."""
    stmt = select(Customer).where(where)
    if consenting:
        stmt = stmt.where(Customer.marketing_consent.is_(True))
    if before is not None:
        at, cid = before
        stmt = stmt.where(
            (Customer.last_visit < at) | and_(Customer.last_visit == at, Customer.id < cid)
        )
    order = (Customer.last_visit.desc(), Customer.id.desc())
    return list(session.scalars(stmt.order_by(*order).limit(limit)))


def _year_spend(since: datetime):
    """Spend per customer since `since`. Grouped by `customer_id + 0` so SQLite reads the
    range of `at` (index-only with ix_purchases_at_spend) instead of walking every purchase
    in customer order to skip the group-by sort: a year, not the whole history."""
    buyer = (Purchase.customer_id + 0).label("customer_id")
    return (
        select(buyer, func.sum(Purchase.total - Purchase.refunded).label("spent"))
        .where(Purchase.at >= since, Purchase.customer_id.is_not(None),
               Purchase.voided_at.is_(None))
        .group_by(buyer)
    ).subquery()


def vip_line(session: Session, since: datetime, share: float = 0.1) -> tuple[int | None, int]:
    """(the spend since `since` that puts a customer in the top `share` of buyers, how
    many customers reach it), from one pass over the period's purchases."""
    spend = _year_spend(since)
    ranked = select(
        spend.c.spent,
        func.row_number().over(order_by=spend.c.spent.desc()).label("rank"),
        func.count().over().label("buyers"),
    ).cte("ranked")  # one row back, not one per buyer: the worker stays in SQLite
    line = select(ranked.c.spent).where(
        ranked.c.rank == func.max(1, cast(ranked.c.buyers * share, Integer))
    ).scalar_subquery()
    reaching = select(func.max(ranked.c.rank)).where(ranked.c.spent >= line).scalar_subquery()
    found = session.execute(select(line, reaching)).one()
    return (found[0], found[1]) if found[0] is not None else (None, 0)


def vip_threshold(session: Session, since: datetime, share: float = 0.1) -> int | None:
    """The spend since `since` that puts a customer in the top `share` of buyers."""
    return vip_line(session, since, share)[0]


def vip_members(session: Session, since: datetime, threshold: int, limit: int = 50,
                offset: int = 0) -> list[tuple[Customer, int]]:
    spend = _year_spend(since)
    stmt = (
        select(Customer, spend.c.spent).join(spend, spend.c.customer_id == Customer.id)
        .where(spend.c.spent >= threshold)
        .order_by(spend.c.spent.desc(), Customer.id).limit(limit).offset(offset)
    )
    return [(c, int(s)) for c, s in session.execute(stmt)]


def vip_count(session: Session, since: datetime, threshold: int) -> int:
    spend = _year_spend(since)
    return session.scalar(
        select(func.count()).select_from(spend).where(spend.c.spent >= threshold)
    ) or 0


def spend_since(session: Session, customer_id: int, since: datetime) -> int:
    return session.scalar(
        select(func.coalesce(func.sum(Purchase.total - Purchase.refunded), 0)).where(
            Purchase.customer_id == customer_id, Purchase.at >= since,
            Purchase.voided_at.is_(None),
        )
    ) or 0

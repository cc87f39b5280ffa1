"""Loyalty programs, the ledger and retired cards. Balances are sums over the ledger, read
through the (customer, program) index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from app.store.models import Customer, LoyaltyEntry, LoyaltyProgram, RetiredCard


def programs(session: Session, active_only: bool = False) -> list[LoyaltyProgram]:
    stmt = select(LoyaltyProgram).order_by(LoyaltyProgram.id)
    if active_only:
        stmt = stmt.where(LoyaltyProgram.active.is_(True))
    return list(session.scalars(stmt))


def get_program(session: Session, program_id: int) -> LoyaltyProgram | None:
    return session.get(LoyaltyProgram, program_id)


def add_program(session: Session, **fields) -> LoyaltyProgram:
    row = LoyaltyProgram(**fields)
    session.add(row)
    session.flush()
    return row


def add_entries(session: Session, entries: list[dict]) -> None:
    """Ledger entries in one statement (a checkout's earnings in every program at once)."""
    session.execute(insert(LoyaltyEntry), entries)


def balances(session: Session, customer_id: int) -> dict[int, int]:
    # Naming the programs lets SQLite sum from the (program, customer, amount) index alone;
    # by customer alone it read each entry's row, a page apiece scattered over the file.
    stmt = (
        select(LoyaltyEntry.program_id, func.sum(LoyaltyEntry.amount))
        .where(LoyaltyEntry.program_id.in_(select(LoyaltyProgram.id)),
               LoyaltyEntry.customer_id == customer_id)
        .group_by(LoyaltyEntry.program_id)
    )
    return {pid: int(total) for pid, total in session.execute(stmt)}


def balance(session: Session, customer_id: int, program_id: int) -> int:
    return int(session.scalar(
        select(func.coalesce(func.sum(LoyaltyEntry.amount), 0)).where(
            LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.program_id == program_id)
    ) or 0)


def earned_on(session: Session, purchase_id: int) -> dict[int, int]:
    """Per program, what a purchase earned net of reversals."""
    stmt = (
        select(LoyaltyEntry.program_id, func.sum(LoyaltyEntry.amount))
        .where(LoyaltyEntry.purchase_id == purchase_id,
               LoyaltyEntry.kind.in_(("earn", "reverse")))
        .group_by(LoyaltyEntry.program_id)
    )
    return {pid: int(total) for pid, total in session.execute(stmt)}


def earned_first(session: Session, purchase_id: int) -> dict[int, int]:
    """Per program, what a purchase earned at first (before any reversal)."""
    stmt = (
        select(LoyaltyEntry.program_id, func.sum(LoyaltyEntry.amount))
        .where(LoyaltyEntry.purchase_id == purchase_id, LoyaltyEntry.kind == "earn")
        .group_by(LoyaltyEntry.program_id)
    )
    return {pid: int(total) for pid, total in session.execute(stmt)}


def redeemed_on(session: Session, purchase_id: int) -> dict[int, tuple[int, int]]:
    """Per program, (net amount, net value) of rewards used on a purchase (negative)."""
    stmt = (
        select(LoyaltyEntry.program_id, func.sum(LoyaltyEntry.amount),
               func.sum(LoyaltyEntry.value))
        .where(LoyaltyEntry.redeemed_on == purchase_id).group_by(LoyaltyEntry.program_id)
    )
    return {pid: (int(a), int(v)) for pid, a, v in session.execute(stmt)}


def ledger(session: Session, customer_id: int, limit: int = 50,
           before_id: int | None = None) -> list[LoyaltyEntry]:
    stmt = select(LoyaltyEntry).where(LoyaltyEntry.customer_id == customer_id)
    if before_id is not None:
        stmt = stmt.where(LoyaltyEntry.id < before_id)
    return list(session.scalars(stmt.order_by(LoyaltyEntry.id.desc()).limit(limit)))


def bonus_since(session: Session, customer_id: int, program_id: int, reason: str,
                since: datetime) -> bool:
    return session.scalar(
        select(LoyaltyEntry.id).where(
            LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.program_id == program_id,
            LoyaltyEntry.kind == "bonus", LoyaltyEntry.reason == reason,
            LoyaltyEntry.at >= since).limit(1)
    ) is not None


def expiring(session: Session, program_id: int, quiet_since: datetime,
             limit: int = 1000) -> list[tuple[int, int]]:
    """(customer, positive balance) in a program for customers with no purchase since
    `quiet_since`: the points that expire."""
    stmt = (
        select(LoyaltyEntry.customer_id, func.sum(LoyaltyEntry.amount))
        .join(Customer, Customer.id == LoyaltyEntry.customer_id)
        .where(LoyaltyEntry.program_id == program_id,
               (Customer.last_visit < quiet_since) | Customer.last_visit.is_(None))
        .group_by(LoyaltyEntry.customer_id)
        .having(func.sum(LoyaltyEntry.amount) > 0).limit(limit)
    )
    return [(cid, int(total)) for cid, total in session.execute(stmt)]


def outstanding(session: Session, program_id: int) -> tuple[int, int]:
    """(sum of all balances, number of customers holding some) in a program."""
    per_customer = (
        select(func.sum(LoyaltyEntry.amount).label("balance"))
        .where(LoyaltyEntry.program_id == program_id).group_by(LoyaltyEntry.customer_id)
        .subquery()
    )
    total, holders = session.execute(
        select(func.coalesce(func.sum(per_customer.c.balance), 0),
               func.count().filter(per_customer.c.balance > 0))
    ).one()
    return int(total), int(holders)


def month_flow(session: Session, program_id: int, start: datetime,
               end: datetime) -> tuple[int, int, int]:
    """(issued, redeemed, redeemed value) in [start, end): earned and bonuses net of
    reversals; redemptions net of give-backs."""
    given_back = (LoyaltyEntry.kind == "reverse") & LoyaltyEntry.redeemed_on.is_not(None)
    issued = case((LoyaltyEntry.kind.in_(("earn", "bonus")), LoyaltyEntry.amount),
                  ((LoyaltyEntry.kind == "reverse") & ~given_back, LoyaltyEntry.amount),
                  else_=0)
    spent = (LoyaltyEntry.kind == "redeem") | given_back
    used = case((spent, -LoyaltyEntry.amount), else_=0)
    value = case((spent, LoyaltyEntry.value), else_=0)
    row = session.execute(
        select(func.coalesce(func.sum(issued), 0), func.coalesce(func.sum(used), 0),
               func.coalesce(func.sum(value), 0))
        .where(LoyaltyEntry.program_id == program_id, LoyaltyEntry.at >= start,
               LoyaltyEntry.at < end)
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def retire_card(session: Session, card_number: str, customer_id: int, at: datetime) -> None:
    session.add(RetiredCard(card_number=card_number, customer_id=customer_id, retired_at=at))


def retired(session: Session, card_number: str) -> RetiredCard | None:
    return session.get(RetiredCard, card_number)


def bulk_add_entries(session: Session, entries: list[dict]) -> None:
    """Fast path for imports and demo shops: one executemany."""
    if entries:
        session.execute(insert(LoyaltyEntry.__table__), entries)

"""Staff rows."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.models import Staff


def get(session: Session, staff_id: int) -> Staff | None:
    return session.get(Staff, staff_id)


def by_name(session: Session, name: str) -> Staff | None:
    return session.scalar(select(Staff).where(func.lower(Staff.name) == name.lower()))


def listing(session: Session, include_inactive: bool = False) -> list[Staff]:
    stmt = select(Staff).order_by(Staff.name)
    if not include_inactive:
        stmt = stmt.where(Staff.active.is_(True))
    return list(session.scalars(stmt))


def add(session: Session, **fields) -> Staff:
    row = Staff(**fields)
    session.add(row)
    session.flush()
    return row

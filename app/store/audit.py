"""The audit log table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import AuditEntry, Staff


def add(session: Session, **fields) -> None:
    session.add(AuditEntry(**fields))


def for_entity(session: Session, entity: str, entity_id: int, limit: int = 200) -> list[tuple]:
    """Newest first: (entry, staff name or None)."""
    stmt = (
        select(AuditEntry, Staff.name)
        .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(stmt)]


def listing(
    session: Session,
    *,
    staff_id: int | None = None,
    no_staff: bool = False,
    action: str = "",
    entity: str = "",
    since=None,
    until=None,
    before_id: int | None = None,
    limit: int = 100,
) -> list[tuple]:
    """Newest first, filtered, one page: entries older than `before_id` (keyset paging on
    the primary key, so a page costs the same deep in the log as at its top)."""
    stmt = select(AuditEntry, Staff.name).outerjoin(Staff, Staff.id == AuditEntry.staff_id)
    if no_staff:
        stmt = stmt.where(AuditEntry.staff_id.is_(None))
    elif staff_id is not None:
        stmt = stmt.where(AuditEntry.staff_id == staff_id)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if since is not None:
        stmt = stmt.where(AuditEntry.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEntry.at < until)
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    stmt = stmt.order_by(AuditEntry.id.desc()).limit(limit)
    return [tuple(row) for row in session.execute(stmt)]


def kinds(session: Session) -> tuple[list[str], list[str]]:
    """The actions and the kinds of record that appear in the log, for filter lists."""
    actions = session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action))
    entities = session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
    return list(actions), list(entities)

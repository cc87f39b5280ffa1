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

"""The audit trail: who did what to which record, when, where and through which channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.core.context import Actor
from app.store import audit as audit_rows


def now() -> datetime:
    """UTC, naive (stored as such; shown in local time)."""
    return datetime.now(UTC).replace(tzinfo=None)


def record(
    session: Session, actor: Actor, action: str, entity: str, entity_id: int | None,
    detail: str = "",
) -> None:
    """Add an entry in the caller's transaction. `detail` names fields, never their values."""
    audit_rows.add(
        session, at=now(), staff_id=actor.staff_id, workstation=actor.workstation,
        channel=actor.channel, action=action, entity=entity, entity_id=entity_id, detail=detail,
    )


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    staff: str
    workstation: str
    channel: str
    action: str
    detail: str


def trail(session: Session, entity: str, entity_id: int, limit: int = 200) -> list[AuditLine]:
    return [
        AuditLine(e.at, name or "", e.workstation, e.channel, e.action, e.detail)
        for e, name in audit_rows.for_entity(session, entity, entity_id, limit)
    ]

"""The audit trail: who did what to which record, when, where and through which channel."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

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


# -- the audit viewer and its export (managers only) ---------------------------------------
PAGE = 200
CSV_COLUMNS = ("id", "at_utc", "staff", "workstation", "channel", "action", "entity",
               "entity_id", "detail")


@dataclass(frozen=True)
class AuditFilters:
    """Who, what and when. Times are UTC, naive; `until` is exclusive."""

    staff_id: int | None = None  # None: everyone
    no_staff: bool = False  # only entries made by no staff member (command line, kiosk)
    action: str = ""
    entity: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    staff: str
    workstation: str
    channel: str
    action: str
    entity: str
    entity_id: int | None
    detail: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="seconds"),
            "staff": self.staff,
            "workstation": self.workstation,
            "channel": self.channel,
            "action": self.action,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "detail": self.detail,
        }


def _require_manager(actor: Actor) -> None:
    from app.core.staff import require_manager  # noqa: PLC0415 - staff records through us

    require_manager(actor)


def listing(
    shop, filters: AuditFilters | None = None, after_id: int | None = None, limit: int = PAGE
) -> list[AuditRecord]:
    """One page of the log, newest first; the next page starts after the last id shown."""
    _require_manager(shop.actor)
    f = filters or AuditFilters()
    with shop.read() as session:
        rows = audit_rows.listing(
            session, staff_id=f.staff_id, no_staff=f.no_staff, action=f.action,
            entity=f.entity, since=f.since, until=f.until, before_id=after_id,
            limit=max(1, min(limit, 5000)),
        )
        return [
            AuditRecord(e.id, e.at, name or "", e.workstation, e.channel, e.action, e.entity,
                        e.entity_id, e.detail)
            for e, name in rows
        ]


def filter_choices(shop) -> tuple[list[str], list[str]]:
    """(actions, kinds of record) that appear in the log."""
    _require_manager(shop.actor)
    with shop.read() as session:
        return audit_rows.kinds(session)


def export_csv(shop, path: Path, filters: AuditFilters | None = None) -> int:
    """Write the filtered log to a CSV file (whole or not at all); the export is itself in
    the log. Returns how many entries were written."""
    _require_manager(shop.actor)
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    written = 0
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle)
            out.writerow(CSV_COLUMNS)
            after: int | None = None
            while page := listing(shop, filters, after, 2000):
                for r in page:
                    out.writerow([r.id, r.at.isoformat(timespec="seconds"), r.staff,
                                  r.workstation, r.channel, r.action, r.entity,
                                  "" if r.entity_id is None else r.entity_id, r.detail])
                written += len(page)
                after = page[-1].id
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    with shop.write() as session:
        record(session, shop.actor, "export", "audit", None, f"{written} entries")
    return written

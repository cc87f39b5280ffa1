"""Merging two customers into one golden record, the merge preview and the list of merges.

A merge is one transaction: the duplicate's history moves to the kept customer, the chosen
field values apply, and a snapshot is kept so `merge_undo` can part them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.core import audit
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.normalize import name_key, phone_search_digits
from app.core.staff import require_manager
from app.store import customers as customer_rows
from app.store import dedupe as rows
from app.store import purchases as purchase_rows

MERGE_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "address",
    "birthday",
    "how_heard",
    "notes",
    "tags",
    "marketing_consent",
    "income_range",
    "children",
    "education",
    "occupation",
)
_CONSENT = ("consent_at", "consent_channel", "consent_by")


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    merged_id: int
    taken: tuple[str, ...]  # fields whose value came from the merged customer
    moved: dict[str, int] = field(default_factory=dict)  # rows moved, per table

    def to_json(self) -> dict:
        return {
            "merge_id": self.merge_id,
            "kept_id": self.kept_id,
            "merged_id": self.merged_id,
            "taken": list(self.taken),
            "moved": self.moved,
        }


@dataclass(frozen=True)
class MergePreview:
    """Both customers' field values side by side and what a merge would move."""

    keep: dict  # field -> value
    dup: dict
    suggested: dict  # field -> "keep" | "dup"
    moving: dict  # table -> rows the duplicate owns


@dataclass(frozen=True)
class MergeLine:
    id: int
    at: datetime
    kept_id: int
    merged_id: int
    kept_name: str
    merged_name: str
    staff: str
    undone_at: datetime | None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "kept_id": self.kept_id,
            "merged_id": self.merged_id,
            "kept_name": self.kept_name,
            "merged_name": self.merged_name,
            "staff": self.staff,
            "undone_at": self.undone_at.isoformat() if self.undone_at else None,
        }


def _empty(value) -> bool:
    return value in (None, "", False)


def preview(shop, keep_id: int, dup_id: int) -> MergePreview:
    """What the merge screen shows: a value is suggested from the duplicate only where the
    kept customer has none."""
    with shop.read() as session:
        keep, dup = _pair(session, keep_id, dup_id)
        keep_values = {f: getattr(keep, f) for f in MERGE_FIELDS}
        dup_values = {f: getattr(dup, f) for f in MERGE_FIELDS}
        suggested = {
            f: "dup" if _empty(keep_values[f]) and not _empty(dup_values[f]) else "keep"
            for f in MERGE_FIELDS
        }
        moving = {
            name: rows.count_owned(session, model, dup.id) for name, model in rows.OWNED.items()
        }
        return MergePreview(keep_values, dup_values, suggested, moving)


def _pair(session, keep_id: int, dup_id: int):
    if keep_id == dup_id:
        raise ValidationError("dup", "A customer can't be merged with themselves.")
    found = []
    for cid in (keep_id, dup_id):
        row = customer_rows.get(session, cid)
        if row is None:
            raise NotFound("There is no customer {id}.", id=cid)
        if row.merged_into is not None:
            raise Conflict("Customer {id} was already merged into customer {into}.",
                           id=cid, into=row.merged_into)
        if row.erased_at is not None:
            raise Conflict("Customer {id} was erased.", id=cid)
        found.append(row)
    return found


def _clean_choices(choices: dict | None) -> dict[str, str]:
    out = {}
    for name, side in (choices or {}).items():
        if name not in MERGE_FIELDS:
            raise ValidationError("choices", "{name} is not a field a merge can choose.", name=name)
        if side not in ("keep", "dup"):
            raise ValidationError("choices", "Choose keep or dup for {name}, not {side}.",
                                  name=name, side=side)
        out[name] = side
    return out


def merge(shop, keep_id: int, dup_id: int, choices: dict | None = None) -> MergeResult:
    """Make `dup_id` part of `keep_id`. `choices`: field -> "keep" | "dup" (unnamed fields
    keep the kept customer's value). Managers only."""
    require_manager(shop.actor)
    picked = _clean_choices(choices)
    actor = shop.actor
    with shop.write() as session:
        keep, dup = _pair(session, keep_id, dup_id)
        now = audit.now()
        before = {"kept": rows.fields_of(keep), "merged": rows.fields_of(dup)}
        entries_before = rows.last_entry_id(session)
        moved = rows.move_owned(session, dup.id, keep.id)
        taken = tuple(
            f
            for f in MERGE_FIELDS
            if picked.get(f) == "dup" and getattr(keep, f) != getattr(dup, f)
        )
        for name in taken:
            setattr(keep, name, getattr(dup, name))
            if name == "marketing_consent":
                for extra in _CONSENT:
                    setattr(keep, extra, getattr(dup, extra))
        keep.first_key, keep.last_key = name_key(keep.first_name), name_key(keep.last_name)
        keep.phone_digits = phone_search_digits(keep.phone)
        keep.updated_at, keep.updated_by = now, actor.staff_id
        keep.updated_workstation, keep.updated_channel = actor.workstation, actor.channel
        dup.merged_into = keep.id
        rows.retire_card(session, dup.card_number, keep.id, now)
        session.flush()
        for cid in (keep.id, dup.id):
            purchase_rows.recount_customer(session, cid)
        session.flush()
        session.refresh(keep)
        session.refresh(dup)
        snapshot = {
            **before,
            "moved": moved,
            "last_entry_id": entries_before,
            "after": {"kept": rows.fields_of(keep), "merged": rows.fields_of(dup)},
        }
        row = rows.add_merge(
            session,
            snapshot,
            kept_id=keep.id,
            merged_id=dup.id,
            at=now,
            staff_id=actor.staff_id,
            workstation=actor.workstation,
            channel=actor.channel,
        )
        detail = f"merge {row.id}: " + ",".join(taken)
        audit.record(session, actor, "merge", "customer", keep.id, detail)
        audit.record(session, actor, "merged_into", "customer", dup.id, f"merge {row.id}")
        counts = {name: len(ids) for name, ids in moved.items()}
        return MergeResult(row.id, keep.id, dup.id, taken, counts)


def recent_merges(shop, limit: int = 50) -> list[MergeLine]:
    with shop.read() as session:
        return [
            MergeLine(m.id, m.at, m.kept_id, m.merged_id, kept, dup, staff, m.undone_at)
            for m, kept, dup, staff in rows.recent_merges(session, limit)
        ]

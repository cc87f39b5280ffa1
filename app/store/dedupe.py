"""Rows for the duplicate finder and for merging two customers (and undoing it).

The finder never compares all pairs: it asks for groups sharing an exact value (phone,
e-mail, birthday) in one grouped pass each, and walks the name indexes in keyset chunks so
that customers with the same last (or first) name arrive together.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime

from sqlalchemy import Date, DateTime, delete, func, select, update
from sqlalchemy.orm import Session

from app.store.models import (
    Alert,
    ConsentEvent,
    Customer,
    KioskRequest,
    LoyaltyEntry,
    Merge,
    Purchase,
    Refund,
    RetiredCard,
    Staff,
    SurveyResponse,
)

# Every table whose rows belong to a customer and move with a merge.
OWNED = {
    "purchases": Purchase,
    "loyalty_entries": LoyaltyEntry,
    "survey_responses": SurveyResponse,
    "alerts": Alert,
    "consent_events": ConsentEvent,
    "kiosk_requests": KioskRequest,
}
FIGURES = ("visits", "spend", "first_visit", "last_visit")
_BATCH = 500  # ids per IN (...) list
_LIVE = (Customer.merged_into.is_(None), Customer.erased_at.is_(None))
_CANDIDATE = (
    Customer.id,
    Customer.first_key,
    Customer.last_key,
    Customer.phone,
    Customer.email,
    Customer.birthday,
)


# -- the finder ---------------------------------------------------------------------------
def live_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer).where(*_LIVE)) or 0


def sharing(session: Session, column: str, most: int) -> list[list[int]]:
    """Ids of live customers sharing one exact value of `column`, a group per value; groups
    bigger than `most` (a shop's own phone typed for many) are left out."""
    col = getattr(Customer, column)
    stmt = (
        select(func.group_concat(Customer.id))
        .where(col.is_not(None), col != "", *_LIVE)
        .group_by(col)
        .having(func.count() > 1, func.count() <= most)
    )
    return [[int(i) for i in ids.split(",")] for ids in session.scalars(stmt)]


def candidates(session: Session, ids: list[int]) -> list[tuple]:
    """(id, first_key, last_key, phone, email, birthday) of these customers."""
    out: list[tuple] = []
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        out += [
            tuple(r) for r in session.execute(select(*_CANDIDATE).where(Customer.id.in_(chunk)))
        ]
    return out


def name_blocks(session: Session, column: str, chunk: int = 20_000) -> Iterator[list[tuple]]:
    """Live customers in order of `column` (first_key or last_key, both indexed), as lists
    of rows sharing one value, read in keyset chunks. Empty names are skipped."""
    col = getattr(Customer, column)
    key_at = 1 if column == "first_key" else 2
    after = ""
    while True:
        rows = [
            tuple(r)
            for r in session.execute(
                select(*_CANDIDATE).where(col > after, *_LIVE).order_by(col).limit(chunk)
            )
        ]
        if not rows:
            return
        full = len(rows) == chunk
        last = rows[-1][key_at]
        if full:
            rows = [r for r in rows if r[key_at] != last]
            if not rows:  # one name fills the whole chunk: read that name alone
                rows = [
                    tuple(r)
                    for r in session.execute(select(*_CANDIDATE).where(col == last, *_LIVE))
                ]
            else:
                last = rows[-1][key_at]
        yield from _runs(rows, key_at)
        if not full:
            return
        after = last


def _runs(rows: list[tuple], key_at: int) -> Iterator[list[tuple]]:
    block: list[tuple] = []
    for row in rows:
        if block and block[-1][key_at] != row[key_at]:
            yield block
            block = []
        block.append(row)
    if block:
        yield block


# -- merging ------------------------------------------------------------------------------
def fields_of(row: Customer) -> dict:
    """Every column of a customer but its id, JSON-safe."""
    out = {}
    for column in Customer.__table__.columns:
        if column.name == "id":
            continue
        value = getattr(row, column.name)
        out[column.name] = value.isoformat() if isinstance(value, (date, datetime)) else value
    return out


def restore_fields(row: Customer, stored: dict, skip: tuple[str, ...] = ()) -> None:
    for column in Customer.__table__.columns:
        name = column.name
        if name == "id" or name in skip or name not in stored:
            continue
        value = stored[name]
        if value is not None and isinstance(column.type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = date.fromisoformat(value)
        setattr(row, name, value)


def move_owned(session: Session, from_id: int, to_id: int) -> dict[str, list[int]]:
    """Give every row `from_id` owns to `to_id`; the ids moved, per table."""
    moved: dict[str, list[int]] = {}
    for name, model in OWNED.items():
        ids = list(session.scalars(select(model.id).where(model.customer_id == from_id)))
        _set_owner(session, model, ids, to_id)
        moved[name] = ids
    cards = list(
        session.scalars(select(RetiredCard.card_number).where(RetiredCard.customer_id == from_id))
    )
    _set_owner(session, RetiredCard, cards, to_id)
    moved["retired_cards"] = cards
    return moved


def move_back(session: Session, moved: dict[str, list], to_id: int) -> None:
    for name, ids in moved.items():
        _set_owner(session, RetiredCard if name == "retired_cards" else OWNED[name], ids, to_id)


def _set_owner(session: Session, model, ids: list, to_id: int) -> None:
    key = RetiredCard.card_number if model is RetiredCard else model.id
    for start in range(0, len(ids), _BATCH):
        session.execute(
            update(model).where(key.in_(ids[start : start + _BATCH])).values(customer_id=to_id)
        )


def still_owned(session: Session, moved: dict[str, list], owner: int) -> bool:
    """Whether every moved row still belongs to `owner`."""
    for name, ids in moved.items():
        model = RetiredCard if name == "retired_cards" else OWNED[name]
        key = RetiredCard.card_number if model is RetiredCard else model.id
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            held = (
                session.scalar(
                    select(func.count())
                    .select_from(model)
                    .where(key.in_(chunk), model.customer_id == owner)
                )
                or 0
            )
            if held != len(chunk):
                return False
    return True


def purchases_changed_since(session: Session, purchase_ids: list[int], at: datetime) -> bool:
    """Whether any of these purchases was voided or refunded after `at`."""
    for start in range(0, len(purchase_ids), _BATCH):
        chunk = purchase_ids[start : start + _BATCH]
        voided = session.scalar(
            select(func.count())
            .select_from(Purchase)
            .where(Purchase.id.in_(chunk), Purchase.voided_at > at)
        )
        refunded = session.scalar(
            select(func.count())
            .select_from(Refund)
            .where(Refund.purchase_id.in_(chunk), Refund.at > at)
        )
        if voided or refunded:
            return True
    return False


def last_entry_id(session: Session) -> int:
    return session.scalar(select(func.max(LoyaltyEntry.id))) or 0


def entries_since(session: Session, customer_id: int, after_id: int) -> list[LoyaltyEntry]:
    return list(
        session.scalars(
            select(LoyaltyEntry).where(
                LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.id > after_id
            )
        )
    )


def retire_card(session: Session, card_number: str, customer_id: int, at: datetime) -> None:
    session.add(RetiredCard(card_number=card_number, customer_id=customer_id, retired_at=at))


def unretire_card(session: Session, card_number: str) -> None:
    session.execute(delete(RetiredCard).where(RetiredCard.card_number == card_number))


def add_merge(session: Session, snapshot: dict, **fields) -> Merge:
    row = Merge(snapshot=json.dumps(snapshot, ensure_ascii=False), **fields)
    session.add(row)
    session.flush()
    return row


def get_merge(session: Session, merge_id: int) -> Merge | None:
    return session.get(Merge, merge_id)


def snapshot_of(row: Merge) -> dict:
    return json.loads(row.snapshot)


def later_merges(session: Session, merge: Merge) -> int:
    """Merges still in force, made after this one, that touched either of its customers."""
    ids = (merge.kept_id, merge.merged_id)
    return (
        session.scalar(
            select(func.count())
            .select_from(Merge)
            .where(
                Merge.id > merge.id,
                Merge.undone_at.is_(None),
                Merge.kept_id.in_(ids) | Merge.merged_id.in_(ids),
            )
        )
        or 0
    )


def recent_merges(session: Session, limit: int = 50) -> list[tuple[Merge, str, str, str]]:
    """Newest first: (merge, kept's name, merged one's name, staff name)."""
    kept = Customer.__table__.alias("kept")
    dup = Customer.__table__.alias("dup")
    stmt = (
        select(
            Merge,
            kept.c.first_name + " " + kept.c.last_name,
            dup.c.first_name + " " + dup.c.last_name,
            Staff.name,
        )
        .join(kept, kept.c.id == Merge.kept_id)
        .join(dup, dup.c.id == Merge.merged_id)
        .outerjoin(Staff, Staff.id == Merge.staff_id)
        .order_by(Merge.id.desc())
        .limit(limit)
    )
    return [(m, a.strip(), b.strip(), s or "") for m, a, b, s in session.execute(stmt)]


def count_owned(session: Session, model, customer_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(model).where(model.customer_id == customer_id)
        )
        or 0
    )

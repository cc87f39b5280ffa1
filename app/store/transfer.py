"""SQL for imports and exports: contact look-ups in batches, bulk inserts with given ids,
pending customer batches (hidden until published), and keyset pages of customers and
purchases for streaming a CSV file.

An import inserts its rows in short transactions, hidden behind its batch's marker (an
`import_batches` row names the batch): a customer's `merged_into` holds minus the batch id
(every listing, search, report and duplicate check leaves out rows with a `merged_into`); a
purchase is marked voided with the batch in `void_reason` (reports and figures leave voided
purchases out). `publish` clears the marks of a whole batch at once; `discard` deletes its
rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from app.store.customers import LISTED
from app.store.models import ConsentEvent, Customer, ImportBatch, Purchase, PurchaseLine
from app.store.purchases import PENDING_IMPORT

_IN_CHUNK = 500  # values per IN (...) list, well under SQLite's variable limit


def _chunks(values: list, size: int = _IN_CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _lookup(session: Session, column, values: set[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(values)):
        stmt = select(column, Customer.id).where(column.in_(chunk), LISTED)
        for value, customer_id in session.execute(stmt.order_by(Customer.id)):
            out.setdefault(value, customer_id)
    return out


def ids_by_phone(session: Session, phones: set[str]) -> dict[str, int]:
    """E.164 phone -> the (oldest) listed customer holding it, for the given phones."""
    return _lookup(session, Customer.phone, phones)


def ids_by_email(session: Session, emails: set[str]) -> dict[str, int]:
    return _lookup(session, Customer.email, emails)


def ids_by_card(session: Session, cards: set[str]) -> dict[str, int]:
    """Card number -> customer; a merged customer's card gives the one it was merged into."""
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(cards)):
        stmt = select(Customer.card_number, Customer.id, Customer.merged_into).where(
            Customer.card_number.in_(chunk))
        for card, customer_id, merged_into in session.execute(stmt):
            if merged_into is None or merged_into > 0:  # not a pending import's row
                out[card] = merged_into or customer_id
    return out


def cards_in_use(session: Session, cards: set[str]) -> set[str]:
    """Every card held by a row, pending imports' rows included (the column is unique)."""
    out: set[str] = set()
    for chunk in _chunks(sorted(cards)):
        out.update(session.scalars(select(Customer.card_number).where(
            Customer.card_number.in_(chunk))))
    return out


def listed_ids(session: Session, ids: set[int]) -> set[int]:
    """Which of these customers are listed (not merged into another, not pending)."""
    out: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        out.update(session.scalars(select(Customer.id).where(Customer.id.in_(chunk), LISTED)))
    return out


def next_customer_id(session: Session) -> int:
    return (session.scalar(select(func.max(Customer.id))) or 0) + 1


def add_customers(session: Session, rows: list[dict]) -> None:
    """One executemany; the search index triggers index each row. Same keys in every dict."""
    if rows:
        session.execute(insert(Customer.__table__), rows)


def add_consents(session: Session, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(ConsentEvent.__table__), rows)


# -- imports in progress: rows written, hidden until the batch is published ----------------
def start_batch(session: Session, kind: str, now: datetime, staff_id: int | None,
                workstation: str) -> int:
    batch = ImportBatch(kind=kind, started_at=now, touched_at=now, staff_id=staff_id,
                        workstation=workstation)
    session.add(batch)
    session.flush()
    return batch.id


def touch_batch(session: Session, batch_id: int, first: int, last: int,
                now: datetime) -> None:
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                    .values(first_id=first, last_id=last, touched_at=now))


def end_batch(session: Session, batch_id: int) -> None:
    session.execute(delete(ImportBatch).where(ImportBatch.id == batch_id))


def stale_batches(session: Session, before: datetime) -> list[tuple[int, str, int, int]]:
    """(id, kind, first id, last id) of the batches nobody has written to since `before`:
    their import died half-way."""
    stmt = select(ImportBatch.id, ImportBatch.kind, ImportBatch.first_id, ImportBatch.last_id)
    return [tuple(row) for row in session.execute(
        stmt.where(ImportBatch.touched_at < before).order_by(ImportBatch.id))]


def customer_marker(batch_id: int) -> int:
    """`merged_into` of a hidden customer: every listing and search leaves such rows out."""
    return -batch_id


def purchase_marker(batch_id: int) -> str:
    """`void_reason` of a hidden purchase (its `voided_at` is set: reports leave it out)."""
    return f"{PENDING_IMPORT}{batch_id}"


def _hidden(kind: str, batch_id: int, first: int, last: int):
    # The id range lets SQLite walk the rows by rowid instead of scanning the table.
    if kind == "customers":
        return and_(Customer.id.between(first, last),
                    Customer.merged_into == customer_marker(batch_id))
    return and_(Purchase.id.between(first, last),
                Purchase.void_reason == purchase_marker(batch_id))


def hidden_ids(session: Session, kind: str, batch_id: int, first: int, last: int) -> list[int]:
    model = Customer if kind == "customers" else Purchase
    return list(session.scalars(select(model.id).where(_hidden(kind, batch_id, first, last))))


def discard(session: Session, kind: str, batch_id: int, ids: list[int]) -> None:
    """Delete hidden rows of a batch with what hangs on them (consents, lines)."""
    for chunk in _chunks(ids):
        if kind == "customers":
            session.execute(delete(ConsentEvent).where(ConsentEvent.customer_id.in_(chunk)))
            session.execute(delete(Customer).where(
                Customer.id.in_(chunk), Customer.merged_into == customer_marker(batch_id)))
        else:
            mine = select(Purchase.id).where(Purchase.id.in_(chunk),
                                             Purchase.void_reason == purchase_marker(batch_id))
            session.execute(delete(PurchaseLine).where(PurchaseLine.purchase_id.in_(mine)))
            session.execute(delete(Purchase).where(
                Purchase.id.in_(chunk), Purchase.void_reason == purchase_marker(batch_id)))


def contact_clashes(session: Session, batch_id: int, first: int,
                    last: int) -> list[tuple[int, str, int]]:
    """(hidden id, "phone" or "email", listed customer id) for each hidden customer of the
    batch whose phone or e-mail a listed customer now holds (registered meanwhile)."""
    other = aliased(Customer)
    out = []
    for name in ("phone", "email"):
        mine, theirs = getattr(Customer, name), getattr(other, name)
        stmt = (
            select(Customer.id, func.min(other.id))
            .join(other, and_(theirs == mine, other.merged_into.is_(None)))
            .where(_hidden("customers", batch_id, first, last), mine.is_not(None))
            .group_by(Customer.id)
        )
        out.extend((hidden_id, name, listed_id)
                   for hidden_id, listed_id in session.execute(stmt))
    return out


def receipt_clashes(session: Session, batch_id: int, first: int, last: int) -> list[int]:
    """Hidden purchases of the batch whose receipt another purchase now has."""
    other = aliased(Purchase)
    stmt = (
        select(Purchase.id).distinct()
        .join(other, and_(other.receipt == Purchase.receipt, other.id != Purchase.id))
        .where(_hidden("purchases", batch_id, first, last), Purchase.receipt != "",
               or_(other.void_reason.is_(None),
                   other.void_reason != purchase_marker(batch_id)))
    )
    return list(session.scalars(stmt))


def orphaned(session: Session, batch_id: int, first: int, last: int) -> list[int]:
    """Hidden purchases of the batch whose customer was merged into another meanwhile."""
    stmt = (
        select(Purchase.id).join(Customer, Customer.id == Purchase.customer_id)
        .where(_hidden("purchases", batch_id, first, last), ~LISTED)
    )
    return list(session.scalars(stmt))


def add_to_figures(session: Session, batch_id: int, first: int, last: int) -> None:
    """Add a batch's hidden purchases to their customers' visits, spend, first and last
    visit (just before publishing them): one aggregate over the batch's own rows, so a
    customer's older purchases are not read again."""
    agg = (
        select(
            Purchase.customer_id.label("cid"), func.count().label("visits"),
            func.sum(Purchase.total - Purchase.refunded).label("spend"),
            func.min(Purchase.at).label("first"), func.max(Purchase.at).label("last"),
        )
        .where(_hidden("purchases", batch_id, first, last), Purchase.customer_id.is_not(None))
        .group_by(Purchase.customer_id).subquery()
    )
    c = Customer
    session.execute(
        update(c).where(c.id == agg.c.cid).values(
            visits=c.visits + agg.c.visits, spend=c.spend + agg.c.spend,
            first_visit=case((or_(c.first_visit.is_(None), agg.c.first < c.first_visit),
                              agg.c.first), else_=c.first_visit),
            last_visit=case((or_(c.last_visit.is_(None), agg.c.last > c.last_visit),
                             agg.c.last), else_=c.last_visit),
        )
    )


def publish(session: Session, kind: str, batch_id: int, first: int, last: int) -> int:
    """The hidden rows of a batch become ordinary rows, all in this transaction."""
    if kind == "customers":
        values = {"merged_into": None}
        model = Customer
    else:
        values = {"voided_at": None, "voided_by": None, "void_reason": None}
        model = Purchase
    done = session.execute(update(model).where(_hidden(kind, batch_id, first, last))
                           .values(**values))
    return done.rowcount


def customer_page(session: Session, after_id: int, limit: int,
                  consented_only: bool = False) -> list[Customer]:
    """Listed, not erased customers by id, after `after_id` (keyset paging)."""
    stmt = select(Customer).where(Customer.id > after_id, LISTED, Customer.erased_at.is_(None))
    if consented_only:
        stmt = stmt.where(Customer.marketing_consent.is_(True))
    return list(session.scalars(stmt.order_by(Customer.id).limit(limit)))


def purchase_page(session: Session, after_id: int, limit: int) -> list[tuple]:
    """(purchase, card, phone, email) of purchases that were not voided, by id."""
    stmt = (
        select(Purchase, Customer.card_number, Customer.phone, Customer.email)
        .outerjoin(Customer, Customer.id == Purchase.customer_id)
        .where(Purchase.id > after_id, Purchase.voided_at.is_(None))
        .order_by(Purchase.id).limit(limit)
    )
    return [tuple(row) for row in session.execute(stmt)]


def lines_of(session: Session, purchase_ids: list[int]) -> dict[int, list[PurchaseLine]]:
    out: dict[int, list[PurchaseLine]] = {pid: [] for pid in purchase_ids}
    for chunk in _chunks(purchase_ids):
        stmt = select(PurchaseLine).where(PurchaseLine.purchase_id.in_(chunk))
        for line in session.scalars(stmt.order_by(PurchaseLine.id)):
            out[line.purchase_id].append(line)
    return out


def next_purchase_id(session: Session) -> int:
    return (session.scalar(select(func.max(Purchase.id))) or 0) + 1


def receipts_in_use(session: Session, receipts: set[str]) -> set[str]:
    out: set[str] = set()
    for chunk in _chunks(sorted(receipts)):
        out.update(session.scalars(select(Purchase.receipt).where(Purchase.receipt.in_(chunk))))
    return out


def add_purchases(session: Session, purchases: list[dict], lines: list[dict]) -> None:
    for table, batch in ((Purchase, purchases), (PurchaseLine, lines)):
        if batch:
            session.execute(insert(table.__table__), batch)


def customer_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0

"""SQL for imports and exports: contact look-ups in batches, bulk inserts with given ids,
pending customer batches (hidden until published), and keyset pages of customers and
purchases for streaming a CSV file.

A customer import inserts its rows in short transactions with `merged_into` set to the
batch's marker, a negative number (minus the batch's first id): every listing, search,
report and duplicate check already leaves out rows with a `merged_into`, so the rows stay
out of sight until `publish_customers` clears the marker for the whole batch at once, or
`discard_customers` deletes them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from app.store.customers import LISTED
from app.store.models import ConsentEvent, Customer, Purchase, PurchaseLine

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


def _pending(marker: int, first: int, last: int):
    # The id range lets SQLite walk the rows by rowid instead of scanning the table.
    return and_(Customer.id.between(first, last), Customer.merged_into == marker)


def contact_clashes(session: Session, marker: int, first: int,
                    last: int) -> list[tuple[int, str, int]]:
    """(pending id, "phone" or "email", listed customer id) for each pending row of the
    batch whose phone or e-mail a listed customer now holds (registered meanwhile)."""
    other = aliased(Customer)
    out = []
    for name in ("phone", "email"):
        mine, theirs = getattr(Customer, name), getattr(other, name)
        stmt = (
            select(Customer.id, func.min(other.id))
            .join(other, and_(theirs == mine, other.merged_into.is_(None)))
            .where(_pending(marker, first, last), mine.is_not(None))
            .group_by(Customer.id)
        )
        out.extend((pending_id, name, listed_id)
                   for pending_id, listed_id in session.execute(stmt))
    return out


def publish_customers(session: Session, marker: int, first: int, last: int) -> int:
    """The pending rows of a batch become ordinary customers, all in this transaction."""
    done = session.execute(update(Customer).where(_pending(marker, first, last))
                           .values(merged_into=None))
    return done.rowcount


def discard_customers(session: Session, marker: int, ids: list[int]) -> None:
    """Delete pending rows of a batch (and their consent history): a cancelled or failed
    import, or a row refused at the last moment."""
    for chunk in _chunks(ids):
        session.execute(delete(ConsentEvent).where(ConsentEvent.customer_id.in_(chunk)))
        session.execute(delete(Customer).where(Customer.id.in_(chunk),
                                               Customer.merged_into == marker))


def pending_batches(session: Session) -> list[tuple[int, int, int, datetime]]:
    """(marker, first id, last id, last insert time) of every batch not yet published."""
    stmt = (
        select(Customer.merged_into, func.min(Customer.id), func.max(Customer.id),
               func.max(Customer.created_at))
        .where(Customer.merged_into < 0).group_by(Customer.merged_into)
    )
    return [tuple(row) for row in session.execute(stmt)]


def pending_ids(session: Session, marker: int, first: int, last: int) -> list[int]:
    return list(session.scalars(select(Customer.id).where(_pending(marker, first, last))))


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


def recount_customers(session: Session, customer_ids: set[int]) -> None:
    """Visits, spend, first and last visit of these customers from their purchases (after
    an import added some): one aggregate per chunk, over the customer/date index."""
    for chunk in _chunks(sorted(customer_ids)):
        agg = (
            select(
                Purchase.customer_id.label("cid"), func.count().label("visits"),
                func.sum(Purchase.total - Purchase.refunded).label("spend"),
                func.min(Purchase.at).label("first"), func.max(Purchase.at).label("last"),
            )
            .where(Purchase.customer_id.in_(chunk), Purchase.voided_at.is_(None))
            .group_by(Purchase.customer_id).subquery()
        )
        session.execute(
            update(Customer).where(Customer.id == agg.c.cid)
            .values(visits=agg.c.visits, spend=agg.c.spend, first_visit=agg.c.first,
                    last_visit=agg.c.last)
        )


def customer_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0

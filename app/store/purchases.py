"""Purchases, their lines and refunds, products sold, and each customer's running figures.
Every read is bounded by an index and a LIMIT."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, func, insert, or_, select, update
from sqlalchemy.dialects.sqlite import insert as upsert
from sqlalchemy.orm import Session

from app.store.models import Customer, Product, Purchase, PurchaseLine, Refund


def add(session: Session, lines: list[dict], **fields) -> Purchase:
    row = Purchase(**fields)
    session.add(row)
    session.flush()
    if lines:
        session.execute(insert(PurchaseLine), [dict(line, purchase_id=row.id) for line in lines])
    return row


def get(session: Session, purchase_id: int) -> Purchase | None:
    return session.get(Purchase, purchase_id)


def lines_of(session: Session, purchase_ids: list[int]) -> dict[int, list[PurchaseLine]]:
    out: dict[int, list[PurchaseLine]] = {pid: [] for pid in purchase_ids}
    if purchase_ids:
        stmt = select(PurchaseLine).where(PurchaseLine.purchase_id.in_(purchase_ids))
        for line in session.scalars(stmt.order_by(PurchaseLine.id)):
            out[line.purchase_id].append(line)
    return out


PENDING_IMPORT = "pending import "  # void reason of an import's rows until it is published
_not_pending_import = or_(Purchase.void_reason.is_(None),
                          Purchase.void_reason.not_like(PENDING_IMPORT + "%"))


def for_customer(session: Session, customer_id: int, limit: int = 50,
                 before: tuple[datetime, int] | None = None) -> list[Purchase]:
    """Newest first; `before` = (at, id) of the last row of the previous page."""
    stmt = select(Purchase).where(Purchase.customer_id == customer_id,
                                  _not_pending_import)
    if before is not None:
        at, pid = before
        stmt = stmt.where((Purchase.at < at) | and_(Purchase.at == at, Purchase.id < pid))
    return list(session.scalars(stmt.order_by(Purchase.at.desc(), Purchase.id.desc()).limit(limit)))


def add_refund(session: Session, **fields) -> Refund:
    row = Refund(**fields)
    session.add(row)
    session.flush()
    return row


def refunds_of(session: Session, purchase_id: int) -> list[Refund]:
    stmt = select(Refund).where(Refund.purchase_id == purchase_id).order_by(Refund.id)
    return list(session.scalars(stmt))


def next_purchase_id(session: Session) -> int:
    return (session.scalar(select(func.max(Purchase.id))) or 0) + 1


def bulk_add(session: Session, purchases: list[dict], lines: list[dict],
             refunds: list[dict]) -> None:
    """Fast path for imports and demo shops: plain executemany inserts with given ids. The
    caller recounts the customers' figures afterwards (recount_customers)."""
    for table, batch in ((Purchase, purchases), (PurchaseLine, lines), (Refund, refunds)):
        if batch:
            session.execute(insert(table.__table__), batch)


def recount_customers(session: Session, first_id: int, last_id: int) -> None:
    """Every figure of customers first_id..last_id from their purchases, in one statement."""
    agg = (
        select(
            Purchase.customer_id.label("cid"), func.count().label("visits"),
            func.sum(Purchase.total - Purchase.refunded).label("spend"),
            func.min(Purchase.at).label("first"), func.max(Purchase.at).label("last"),
        )
        .where(Purchase.customer_id.between(first_id, last_id), Purchase.voided_at.is_(None))
        .group_by(Purchase.customer_id).subquery()
    )
    session.execute(
        update(Customer).where(Customer.id == agg.c.cid)
        .values(visits=agg.c.visits, spend=agg.c.spend, first_visit=agg.c.first,
                last_visit=agg.c.last)
    )


# -- customer figures ---------------------------------------------------------------------
def count_visit(session: Session, customer_id: int, amount: int, at: datetime) -> None:
    """One more purchase for this customer: a single UPDATE, no re-aggregation. The
    customer already loaded in the session keeps its other fields (no re-read for the
    birthday bonus); these four are not read again before the sale commits."""
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .values(
            visits=Customer.visits + 1,
            spend=Customer.spend + amount,
            first_visit=func.coalesce(func.min(Customer.first_visit, at), at),
            last_visit=func.coalesce(func.max(Customer.last_visit, at), at),
        )
        .execution_options(synchronize_session=False)
    )


def recount_customer(session: Session, customer_id: int) -> None:
    """Figures from the customer's own purchases (after a void or refund): one indexed pass."""
    live = and_(Purchase.customer_id == customer_id, Purchase.voided_at.is_(None))
    visits, spend, first, last = session.execute(
        select(
            func.count(), func.coalesce(func.sum(Purchase.total - Purchase.refunded), 0),
            func.min(Purchase.at), func.max(Purchase.at),
        ).where(live)
    ).one()
    session.execute(
        update(Customer).where(Customer.id == customer_id)
        .values(visits=visits, spend=spend, first_visit=first, last_visit=last)
    )


def recent_lines(session: Session, customer_id: int,
                 recent: int) -> list[tuple[str, str, int]]:
    """(product, category, quantity) of each line of the customer's latest `recent`
    purchases, voided ones left out."""
    latest = (
        select(Purchase.id).where(Purchase.customer_id == customer_id, Purchase.voided_at.is_(None))
        .order_by(Purchase.at.desc()).limit(recent).subquery()
    )
    stmt = select(PurchaseLine.product, PurchaseLine.category, PurchaseLine.quantity).where(
        PurchaseLine.purchase_id.in_(select(latest.c.id)))
    return [(product, category, quantity) for product, category, quantity in session.execute(stmt)]


def also_bought(session: Session, product: str, limit: int = 5, buyers: int = 100,
                recent: int = 10, exclude: tuple[str, ...] = ()) -> list[tuple[str, int]]:
    """Products that appear with `product`: in the latest `recent` purchases of the latest
    `buyers` customers who bought it, counted once per customer. Bounded by the sample,
    not by the shop's history."""
    who = (
        select(Purchase.customer_id)
        .join(PurchaseLine, PurchaseLine.purchase_id == Purchase.id)
        .where(PurchaseLine.product == product, Purchase.customer_id.is_not(None))
        .order_by(PurchaseLine.purchase_id.desc()).limit(buyers * 3)
    ).subquery()
    sample = select(who.c.customer_id).distinct().limit(buyers).subquery()
    ranked = (
        select(Purchase.id, Purchase.customer_id,
               func.row_number().over(partition_by=Purchase.customer_id,
                                      order_by=Purchase.at.desc()).label("n"))
        .where(Purchase.customer_id.in_(select(sample.c.customer_id)),
               Purchase.voided_at.is_(None))
    ).subquery()
    per_customer = (
        select(PurchaseLine.product.label("product"), ranked.c.customer_id)
        .join(ranked, ranked.c.id == PurchaseLine.purchase_id)
        .where(ranked.c.n <= recent, PurchaseLine.product.not_in((product, *exclude)))
        .distinct().subquery()
    )
    stmt = (
        select(per_customer.c.product, func.count()).group_by(per_customer.c.product)
        .order_by(func.count().desc(), per_customer.c.product).limit(limit)
    )
    return [(name, int(n)) for name, n in session.execute(stmt)]


# -- products -----------------------------------------------------------------------------
def remember_product(session: Session, name: str, name_key: str, category: str,
                     price: int, quantity: int) -> None:
    row = session.scalar(select(Product).where(Product.name_key == name_key))
    if row is None:
        session.add(Product(name=name, name_key=name_key, category=category, last_price=price,
                            times_sold=quantity))
        session.flush()
    else:
        row.last_price = price
        row.times_sold += quantity
        if category:
            row.category = category


def remember_products(session: Session, sold: list[dict]) -> None:
    """`remember_product` for a sale's lines in one statement (a checkout's round trips):
    each dict holds name, name_key, category, last_price and times_sold (the quantity)."""
    if sold:
        session.execute(_REMEMBER, sold)  # one statement, compiled once, for every line


def _remembering():
    products = Product.__table__
    stmt = upsert(products)
    new = stmt.excluded
    return stmt.on_conflict_do_update(
        index_elements=[products.c.name_key],
        set_={
            "last_price": new.last_price,
            "times_sold": products.c.times_sold + new.times_sold,
            "category": case((new.category != "", new.category), else_=products.c.category),
        },
    )


_REMEMBER = _remembering()


def best_sellers(session: Session, limit: int) -> list[str]:
    """The names of the products sold most, most first."""
    stmt = select(Product.name).order_by(Product.times_sold.desc(), Product.id).limit(limit)
    return list(session.scalars(stmt))


def complete_products(session: Session, prefix_key: str, limit: int = 8) -> list[Product]:
    stmt = (
        select(Product)
        .where(Product.name_key >= prefix_key, Product.name_key < prefix_key + "\U0010ffff")
        .order_by(Product.name_key).limit(limit)
    )
    return list(session.scalars(stmt))

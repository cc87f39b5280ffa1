"""Customer rows and their search index. Every query here is bounded by an index and a LIMIT."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import column, func, insert, select, table, text
from sqlalchemy.orm import Session

from app.store.models import Customer

MIN_TRIGRAM = 3  # the trigram index can't match fewer characters
_FTS = table("customers_fts", column("rowid"))
LISTED = Customer.merged_into.is_(None)  # a merged customer lives on in the one kept
# What a result list shows (and the name keys a short prefix is checked against): reading
# these instead of whole rows keeps a keystroke's 50 results off the ORM's identity map.
SUMMARY = (Customer.id, Customer.first_name, Customer.last_name, Customer.phone,
           Customer.email, Customer.card_number, Customer.first_key, Customer.last_key)


def _rows(session: Session, stmt, summary: bool) -> list:
    """Whole Customer rows, or (with `summary`) named tuples of the SUMMARY columns."""
    if summary:
        return list(session.execute(stmt.with_only_columns(*SUMMARY, maintain_column_froms=True)))
    return list(session.scalars(stmt))


def get(session: Session, customer_id: int) -> Customer | None:
    return session.get(Customer, customer_id)


def by_card(session: Session, card_number: str) -> Customer | None:
    row = session.scalar(select(Customer).where(Customer.card_number == card_number))
    for _ in range(20):  # a merged customer's card finds the customer they were merged into
        if row is None or row.merged_into is None:
            break
        row = session.get(Customer, row.merged_into)
    return row


def by_phone(session: Session, phone: str, limit: int = 5) -> list[Customer]:
    stmt = select(Customer).where(Customer.phone == phone, LISTED)
    return list(session.scalars(stmt.limit(limit)))


def by_email(session: Session, email: str, limit: int = 5) -> list[Customer]:
    stmt = select(Customer).where(Customer.email == email, LISTED)
    return list(session.scalars(stmt.limit(limit)))


def card_taken(session: Session, card_number: str) -> bool:
    found = session.scalar(select(Customer.id).where(Customer.card_number == card_number))
    return found is not None


def cards_in_use(session: Session, numbers: list[str]) -> set[str]:
    """Which of these card numbers customers already hold."""
    stmt = select(Customer.card_number).where(Customer.card_number.in_(numbers))
    return set(session.scalars(stmt))


def add(session: Session, **fields) -> Customer:
    row = Customer(**fields)
    session.add(row)
    session.flush()
    return row


def bulk_add(session: Session, rows: list[dict]) -> None:
    """Fast path for imports and demo shops: one executemany, the triggers index each row.
    Every dict has the same keys. Core insert: the ORM's bulk path would split the batch
    wherever the rows' None values differ."""
    if rows:
        session.execute(insert(Customer.__table__), rows)


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer).where(LISTED)) or 0


def _fts_phrase(term: str) -> str:
    return '"' + term.replace("\x00", "").replace('"', '""') + '"'  # NUL ends an FTS5 query


def search(
    session: Session,
    *,
    name_words: Iterable[str] = (),
    digits: str = "",
    email: str = "",
    limit: int = 50,
    before_id: int | None = None,
    summary: bool = False,
) -> list[Customer]:
    """Customers matching every given part, newest first, `limit` at most (with `summary`,
    only the SUMMARY columns).

    name_words: normalized words, each a substring of the name or e-mail (a word shorter
    than the trigram minimum must start a word of the name); digits: a substring of the phone in
    any stored form, or of the card number; email: a substring of the e-mail.
    `before_id` pages on (keyset): pass the last id of the previous page.
    """
    long_words = [w for w in name_words if len(w) >= MIN_TRIGRAM]
    short_words = [w for w in name_words if len(w) < MIN_TRIGRAM]
    terms = [f"{{name email}} : {_fts_phrase(w)}" for w in long_words]
    if len(digits) >= MIN_TRIGRAM:
        terms.append(f"{{phone card}} : {_fts_phrase(digits)}")
    if len(email) >= MIN_TRIGRAM:
        terms.append(f"email : {_fts_phrase(email)}")
    if not terms:
        return _name_prefix(session, short_words, limit, summary) if short_words else []

    # Walk the index newest first and stop at `limit`: the cost follows the page, not the shop.
    stmt = (
        select(Customer)
        .join(_FTS, _FTS.c.rowid == Customer.id)
        .where(text("customers_fts MATCH :q").bindparams(q=" AND ".join(terms)), LISTED)
    )
    for word in short_words:
        name = " " + Customer.first_key + " " + Customer.last_key
        stmt = stmt.where(name.like(f"% {_like_escape(word)}%", escape="\\"))
    if before_id is not None:
        stmt = stmt.where(_FTS.c.rowid < before_id)
    return _rows(session, stmt.order_by(_FTS.c.rowid.desc()).limit(limit), summary)


def _name_prefix(session: Session, words: list[str], limit: int,
                 summary: bool = False) -> list[Customer]:
    """One or two letters: first or last names that start with them, in name order."""
    word = words[0]
    found: dict[int, Customer] = {}
    for key in (Customer.first_key, Customer.last_key):
        stmt = (
            select(Customer)
            .where(key >= word, key < word + "\U0010ffff", LISTED)
            .order_by(key, Customer.id)
            .limit(limit)
        )
        for row in _rows(session, stmt, summary):
            found.setdefault(row.id, row)
    rows = list(found.values())[:limit]
    return [r for r in rows if all(_starts_a_word(r, w) for w in words[1:])]


def _starts_a_word(row: Customer, word: str) -> bool:
    return any(part.startswith(word) for part in f"{row.first_key} {row.last_key}".split())


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def recent(session: Session, limit: int = 50, before_id: int | None = None,
           summary: bool = False) -> list[Customer]:
    stmt = select(Customer).where(LISTED)
    if before_id is not None:
        stmt = stmt.where(Customer.id < before_id)
    return _rows(session, stmt.order_by(Customer.id.desc()).limit(limit), summary)


def max_id(session: Session) -> int:
    return session.scalar(select(func.max(Customer.id))) or 0


def registered_since(session: Session, after_id: int) -> list[tuple[int, object]]:
    """(id, created_at) of customers added after `after_id`, for bulk follow-ups."""
    stmt = select(Customer.id, Customer.created_at).where(Customer.id > after_id)
    return [tuple(r) for r in session.execute(stmt.order_by(Customer.id))]


# Every page a search may read: the trigram index's blocks, the customers' rows, and the
# indexes behind exact and short lookups (the card's is its UNIQUE constraint's, named by
# SQLite, so looked up).
_SEARCH_PAGES = {
    "trigram index": "SELECT count(length(block)) FROM customers_fts_data",
    "customers": "SELECT count(length(first_name)) FROM customers",
}
_SEARCH_INDEXES = (("phone", "ix_customers_phone"), ("email", "ix_customers_email"),
                   ("first_key", "ix_customers_first_key"), ("last_key", "ix_customers_last_key"))


def _card_index(session: Session) -> str:
    """The unique index on card_number alone (SQLite names a UNIQUE constraint's itself)."""
    for _, name, unique, *_ in session.execute(text("PRAGMA index_list(customers)")):
        if unique:
            columns = [row[2] for row in session.execute(text(f'PRAGMA index_info("{name}")'))]
            if columns == ["card_number"]:
                return name
    raise LookupError("customers has no unique index on card_number")


def read_search_pages(session: Session) -> dict[str, int]:
    """Read through everything a search touches, once: {what: rows walked}."""
    pages = dict(_SEARCH_PAGES)
    for name, index in (*_SEARCH_INDEXES, ("card_number", _card_index(session))):
        pages[f"by {name}"] = f'SELECT count({name}) FROM customers INDEXED BY "{index}"'
    return {what: session.execute(text(sql)).scalar_one() for what, sql in pages.items()}

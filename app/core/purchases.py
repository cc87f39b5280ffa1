"""Purchases at the counter: record, undo (void), refund, history, product completion."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.core import audit, loyalty, money
from app.core.errors import (
    Amount,
    Conflict,
    Message,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.core.normalize import name_key
from app.store import customers as customer_rows
from app.store import purchases as rows

MAX_QUANTITY = 10_000
UNDO_WINDOW = timedelta(minutes=5)  # how long "undo last purchase" stays offered


@dataclass(frozen=True)
class LineInput:
    product: str
    quantity: str | int = 1
    unit_price: str | int = ""
    category: str = ""


@dataclass(frozen=True)
class Line:
    product: str
    category: str
    quantity: int
    unit_price: int
    amount: int


@dataclass(frozen=True)
class PurchaseView:
    id: int
    customer_id: int | None
    at: datetime
    total: int
    refunded: int
    receipt: str
    note: str
    staff_id: int | None
    voided: bool
    currency: str
    created_at: datetime
    lines: tuple[Line, ...] = field(default=())
    loyalty: tuple = ()  # loyalty.Earned: what this event did to the customer's cards

    @property
    def refundable(self) -> int:
        return 0 if self.voided else self.total - self.refunded

    def to_json(self) -> dict:
        text = lambda minor: money.to_text(minor, self.currency)  # noqa: E731
        return {
            "id": self.id, "customer_id": self.customer_id,
            "at": self.at.replace(tzinfo=UTC).isoformat(), "total": text(self.total),
            "refunded": text(self.refunded), "receipt": self.receipt, "note": self.note,
            "staff_id": self.staff_id, "voided": self.voided,
            "lines": [
                {"product": ln.product, "category": ln.category, "quantity": ln.quantity,
                 "unit_price": text(ln.unit_price), "amount": text(ln.amount)}
                for ln in self.lines
            ],
            "loyalty": [e.to_json() for e in self.loyalty],
        }


def parse_line(spec: str) -> LineInput:
    """'NAME;QTY;UNIT_PRICE[;CATEGORY]' as the command line takes it."""
    parts = [p.strip() for p in spec.split(";")]
    if len(parts) not in (3, 4):
        raise ValidationError("line", "Write a line as NAME;QTY;UNIT_PRICE[;CATEGORY].")
    return LineInput(parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else "")


def _clean_lines(lines: list[LineInput], currency: str) -> list[Line]:
    out = []
    for number, line in enumerate(lines, start=1):
        where = Message("line {number}", number=number)
        product = " ".join(str(line.product).split())
        if not product:
            raise ValidationError("lines", "{where}: name the product or category.", where=where)
        if len(product) > 80:
            raise ValidationError("lines", "{where}: the product name is too long.", where=where)
        try:
            quantity = int(str(line.quantity).strip())
        except ValueError:
            raise ValidationError("lines", "{where}: the quantity must be a whole number.",
                                  where=where) from None
        if not 1 <= quantity <= MAX_QUANTITY:
            raise ValidationError("lines", "{where}: the quantity must be 1 to {most}.",
                                  where=where, most=MAX_QUANTITY)
        try:
            price = money.parse(line.unit_price, currency, "unit_price", allow_zero=True)
        except ValidationError as err:
            raise ValidationError("lines", "{where}: {problem}", where=where,
                                  problem=err.message) from None
        category = " ".join(str(line.category).split())[:60]
        out.append(Line(product, category, quantity, price, price * quantity))
    return out


def _parse_time(at: datetime | str | None) -> datetime:
    """UTC, naive. A time without a zone is the workstation's local time."""
    now = audit.now()
    if at is None or at == "":
        return now
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at.strip())
        except ValueError:
            raise ValidationError("at", "Write the time as YYYY-MM-DDTHH:MM.") from None
    if at.tzinfo is None:
        at = at.astimezone()  # local
    at = at.astimezone(UTC).replace(tzinfo=None)
    if at > now + timedelta(minutes=5):
        raise ValidationError("at", "A purchase can't be in the future.")
    if at.year < 2000:
        raise ValidationError("at", "That date can't be right.")
    return at



def _check_buyer(session, customer_id: int):
    """A sale goes to a customer who still is one: not erased, not merged into another.
    Returns the row: held by the caller, the session finds it again without a SELECT."""
    row = customer_rows.get(session, customer_id)
    if row is None:
        raise NotFound("There is no customer {id}.", id=customer_id)
    if row.erased_at is not None:
        raise Conflict("This customer was erased; record the sale without a customer.")
    if row.merged_into is not None:
        raise Conflict("This customer was merged into customer {id}; record the sale on that one.",
                       id=row.merged_into)
    return row

def record(shop, customer_id: int | None, total: str | int | None = None,
           lines: list[LineInput] = (), receipt: str = "", note: str = "",
           at: datetime | str | None = None) -> PurchaseView:
    """Record a sale. With lines, the total is their sum (a different total is refused)."""
    currency = shop.settings.currency
    clean = _clean_lines(list(lines), currency)
    if clean:
        amount = sum(line.amount for line in clean)
        if total not in (None, ""):
            given = money.parse(total, currency)
            if given != amount:
                raise ValidationError(
                    "total", "The lines add up to {lines}, not {total}.",
                    lines=Amount(amount, currency), total=Amount(given, currency),
                )
        if amount <= 0:
            raise ValidationError("total", "The purchase total can't be zero.")
    else:
        amount = money.parse("" if total is None else total, currency)
    receipt = receipt.strip()
    if len(receipt) > 40:
        raise ValidationError("receipt", "A receipt number is at most 40 characters.")
    when = _parse_time(at)
    actor = shop.actor
    with shop.write() as session:
        buyer = _check_buyer(session, customer_id) if customer_id is not None else None
        row = rows.add(
            session, [line.__dict__ for line in clean], customer_id=customer_id, at=when,
            total=amount, refunded=0, receipt=receipt, note=note.strip()[:500],
            staff_id=actor.staff_id, created_at=audit.now(), created_by=actor.staff_id,
            created_workstation=actor.workstation, created_channel=actor.channel,
        )
        rows.remember_products(session, [
            {"name": line.product, "name_key": name_key(line.product), "category": line.category,
             "last_price": line.unit_price, "times_sold": line.quantity} for line in clean])
        earned = []
        if customer_id is not None:
            rows.count_visit(session, customer_id, amount, when)
            earned = loyalty.earn_for_purchase(session, actor, row, clean, currency)
            earned += loyalty.give_bonus(session, actor, customer_id, "birthday",
                                         datetime.now().date())
        audit.record(session, actor, "create", "purchase", row.id)
        del buyer  # kept until here so the birthday bonus reads it from the session
        return _view(row, clean, currency, earned)


def _view(row, lines, currency: str, earned=()) -> PurchaseView:
    return PurchaseView(
        row.id, row.customer_id, row.at, row.total, row.refunded, row.receipt, row.note,
        row.staff_id, row.voided_at is not None, currency, row.created_at,
        tuple(Line(ln.product, ln.category, ln.quantity, ln.unit_price, ln.amount)
              for ln in lines),
        tuple(earned),
    )


def get(shop, purchase_id: int) -> PurchaseView:
    with shop.read() as session:
        row = rows.get(session, purchase_id)
        if row is None:
            raise NotFound("There is no purchase {id}.", id=purchase_id)
        return _view(row, rows.lines_of(session, [row.id])[row.id], shop.settings.currency)


def void(shop, purchase_id: int, reason: str = "undo") -> PurchaseView:
    """Undo a purchase recorded by mistake: it stays on file, marked void, and stops counting."""
    actor = shop.actor
    with shop.write() as session:
        row = rows.get(session, purchase_id)
        if row is None:
            raise NotFound("There is no purchase {id}.", id=purchase_id)
        if row.voided_at is not None:
            raise Conflict("That purchase was already undone.")
        if row.refunded:
            raise Conflict("That purchase has a refund; it can't be undone.")
        if not actor.is_manager and audit.now() - row.created_at > UNDO_WINDOW:
            raise PermissionDenied("Only a manager can undo an older purchase.")
        row.voided_at, row.voided_by, row.void_reason = audit.now(), actor.staff_id, reason[:200]
        if row.customer_id is not None:
            rows.recount_customer(session, row.customer_id)
        taken = loyalty.take_back(session, actor, row)
        audit.record(session, actor, "void", "purchase", row.id)
        return _view(row, rows.lines_of(session, [row.id])[row.id], shop.settings.currency,
                     taken)


def refund(shop, purchase_id: int, amount: str | int | None = None, reason: str = ""
           ) -> PurchaseView:
    """Give money back against a purchase: all that is left (no amount) or part of it."""
    currency = shop.settings.currency
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "Say why the money goes back.")
    actor = shop.actor
    with shop.write() as session:
        row = rows.get(session, purchase_id)
        if row is None:
            raise NotFound("There is no purchase {id}.", id=purchase_id)
        if row.voided_at is not None:
            raise Conflict("That purchase was undone; there is nothing to refund.")
        left = row.total - row.refunded
        if left <= 0:
            raise Conflict("That purchase was already refunded in full.")
        value = left if amount in (None, "") else money.parse(amount, currency, "amount")
        if value > left:
            raise Conflict(
                "At most {amount} is left to refund on that purchase.",
                amount=Amount(left, currency),
            )
        now = audit.now()
        rows.add_refund(
            session, purchase_id=row.id, at=now, amount=value, reason=reason[:200],
            staff_id=actor.staff_id, created_at=now, created_by=actor.staff_id,
            created_workstation=actor.workstation, created_channel=actor.channel,
        )
        row.refunded += value
        if row.customer_id is not None:
            rows.recount_customer(session, row.customer_id)
        taken = loyalty.take_back(session, actor, row)
        audit.record(session, actor, "refund", "purchase", row.id)
        return _view(row, rows.lines_of(session, [row.id])[row.id], currency, taken)


def history(shop, customer_id: int, limit: int = 50,
            before: tuple[datetime, int] | None = None) -> list[PurchaseView]:
    """A customer's purchases, newest first, one page at a time."""
    with shop.read() as session:
        found = rows.for_customer(session, customer_id, limit, before)
        lines = rows.lines_of(session, [p.id for p in found])
        return [_view(p, lines[p.id], shop.settings.currency) for p in found]


def complete_products(shop, typed: str, limit: int = 8) -> list[tuple[str, str, int]]:
    """(name, category, last unit price) of products sold before whose name starts so."""
    key = name_key(typed)
    if not key:
        return []
    with shop.read() as session:
        return [(p.name, p.category, p.last_price)
                for p in rows.complete_products(session, key, limit)]

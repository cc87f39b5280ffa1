"""The shop's loyalty programs and customers as the loyalty tests set them up."""

from __future__ import annotations

from app.core import customers, loyalty
from app.core.purchases import LineInput
from app.store import loyalty as ledger_rows


def dana(shop) -> int:
    return customers.resolve(shop, "052-555-1234").id


def zoe(shop) -> int:
    return customers.resolve(shop, "zoe@example.com").id


def points_program(shop, **extra) -> loyalty.Program:
    """1 point per shekel; 10 points are a 5.00 voucher."""
    return loyalty.add_program(shop, {"kind": "points", "name": "Café points",
                                      "points_per_unit": "1", "threshold": "10",
                                      "reward_value": "5"} | extra)


def punch_program(shop, **extra) -> loyalty.Program:
    """3 punches are a free coffee."""
    return loyalty.add_program(shop, {"kind": "punch", "name": "Coffee card", "punches": "3",
                                      "reward": "A free coffee"} | extra)


def held(shop, customer_id: int, program: loyalty.Program) -> int:
    return next((b.balance for b in loyalty.balances(shop, customer_id)
                 if b.program.id == program.id), 0)


def earned(view, program: loyalty.Program) -> int:
    """What a purchase (or refund, or undo) did to one program, as the counter is told."""
    return sum(e.amount for e in view.loyalty if e.program.id == program.id)


def entries(shop, customer_id: int) -> list[dict]:
    """The customer's ledger, oldest first, as plain values."""
    with shop.read() as session:
        return [{"kind": e.kind, "amount": e.amount, "value": e.value,
                 "purchase_id": e.purchase_id, "redeemed_on": e.redeemed_on,
                 "reason": e.reason, "staff_id": e.staff_id, "at": e.at,
                 "program_id": e.program_id}
                for e in reversed(ledger_rows.ledger(session, customer_id, limit=10_000))]


def coffee(quantity=1, price="12", category="drinks") -> LineInput:
    return LineInput("Coffee", quantity, price, category)

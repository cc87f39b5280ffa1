"""Loyalty: punch cards and points, kept as a ledger that never lies.

Every earn, redeem, reverse, adjust, expire and bonus is an entry; a balance is the sum of
its entries and never goes below zero.
  punch card  N punches earn a reward. A purchase earns one punch, or one per qualifying
              item (per_item); only named products/categories qualify when `qualifies` is
              set, and only from `min_spend` (per purchase, or per item's unit price).
  points      points = floor(qualifying amount in currency units x points_per_unit), whole
              points, rounded down per purchase. `threshold` points are a voucher worth
              `reward_value`; points are redeemed in whole vouchers, as many as wanted.
A refund takes back what its purchase earned, in proportion (rounded so the customer keeps
the floor of what is left), and a full refund or an undo gives back rewards used on it. A
take-back never makes a balance negative: what was already spent stays spent.
Programs themselves live in loyalty_programs (Program, programs and add_program are
re-exported here); per-program figures and liability in loyalty_figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.core import audit, money
from app.core.errors import Conflict, Message, NotFound, ValidationError
from app.core.loyalty_programs import (  # noqa: F401 - Program, programs, add_program re-exported
    MILLI,
    Program,
    _program,
    _require_manager,
    add_program,
    programs,
)
from app.core.normalize import name_key
from app.store import customers as customer_rows
from app.store import loyalty as rows
from app.store import purchases as purchase_rows


@dataclass(frozen=True)
class Balance:
    program: Program
    balance: int

    @property
    def rewards_ready(self) -> int:
        return self.balance // self.program.unit

    @property
    def to_next(self) -> int:
        return self.program.unit - self.balance % self.program.unit

    def to_json(self) -> dict:
        return {"program_id": self.program.id, "program": self.program.name,
                "kind": self.program.kind, "balance": self.balance,
                "rewards_ready": self.rewards_ready, "to_next_reward": self.to_next}


@dataclass(frozen=True)
class Earned:
    """What one event did to one program's balance, for the counter to say."""
    program: Program
    amount: int
    balance: int

    @property
    def rewards_ready(self) -> int:
        return self.balance // self.program.unit

    @property
    def to_next(self) -> int:
        return self.program.unit - self.balance % self.program.unit

    def to_json(self) -> dict:
        return {"program_id": self.program.id, "program": self.program.name,
                "kind": self.program.kind, "earned": self.amount, "balance": self.balance,
                "rewards_ready": self.rewards_ready, "to_next_reward": self.to_next}


# -- earning at checkout (inside the purchase's transaction) --------------------------------
def _qualifying(program: Program, lines, total: int) -> list[tuple[int, int]]:
    """(quantity, unit price) that count for the program; no lines = the whole purchase."""
    if not lines:
        return [] if program.qualifies else [(1, total)]
    wanted = set(program.qualifies)
    return [(ln.quantity, ln.unit_price) for ln in lines
            if not wanted or name_key(ln.product) in wanted or name_key(ln.category) in wanted]


def earning(program: Program, lines, total: int, currency: str) -> int:
    """What a purchase earns in a program (0 when nothing qualifies)."""
    counted = _qualifying(program, lines, total)
    if program.kind == "punch":
        if program.per_item:
            return sum(q for q, price in counted if price >= program.min_spend)
        spent = sum(q * price for q, price in counted)
        return 1 if counted and spent >= max(program.min_spend, 1) else 0
    spent = sum(q * price for q, price in counted)
    milli = round((program.points_per_unit or 0) * MILLI)
    return spent * milli // (MILLI * 10 ** money.digits(currency))


def earn_for_purchase(session, actor, purchase, lines, currency: str) -> list[Earned]:
    if purchase.customer_id is None:
        return []
    earned = []
    for program in (_program(r) for r in rows.programs(session, active_only=True)):
        if program.runs_on(purchase.at.date()):
            amount = earning(program, lines, purchase.total, currency)
            if amount:
                earned.append((program, amount))
    if not earned:
        return []
    rows.add_entries(session, [
        _entry_fields(actor, program.id, purchase.customer_id, "earn", amount,
                      purchase_id=purchase.id)
        for program, amount in earned
    ])
    held = rows.balances(session, purchase.customer_id)
    return [Earned(program, amount, held.get(program.id, 0)) for program, amount in earned]


def take_back(session, actor, purchase) -> list[Earned]:
    """After a refund or an undo: give back rewards used on a purchase that is gone whole,
    then bring what it earned down to its share of what is left."""
    if purchase.customer_id is None:
        return []
    gone = purchase.voided_at is not None or purchase.refunded >= purchase.total
    left = 0 if gone else purchase.total - purchase.refunded
    out = []
    if gone:
        for program_id, (amount, value) in rows.redeemed_on(session, purchase.id).items():
            if amount < 0:
                _entry(session, actor, program_id, purchase.customer_id, "reverse", -amount,
                       value=-value, redeemed_on=purchase.id, reason="reward given back")
                out.append(_earned(session, program_id, purchase.customer_id, -amount))
    first = rows.earned_first(session, purchase.id)
    for program_id, net in rows.earned_on(session, purchase.id).items():
        keep = first.get(program_id, 0) * left // purchase.total
        cut = min(net - keep, rows.balance(session, purchase.customer_id, program_id))
        if cut > 0:
            _entry(session, actor, program_id, purchase.customer_id, "reverse", -cut,
                   purchase_id=purchase.id, reason="refund" if not purchase.voided_at
                   else "undo")
            out.append(_earned(session, program_id, purchase.customer_id, -cut))
    return out


def _earned(session, program_id: int, customer_id: int, amount: int) -> Earned:
    return Earned(_program(rows.get_program(session, program_id)), amount,
                  rows.balance(session, customer_id, program_id))


def _entry(session, actor, program_id: int, customer_id: int, kind: str, amount: int,
           **fields) -> None:
    rows.add_entries(session, [_entry_fields(actor, program_id, customer_id, kind, amount,
                                             **fields)])


def _entry_fields(actor, program_id: int, customer_id: int, kind: str, amount: int,
                  **fields) -> dict:
    now = audit.now()
    return dict(program_id=program_id, customer_id=customer_id, at=now, kind=kind,
                amount=amount, staff_id=actor.staff_id, created_at=now,
                created_by=actor.staff_id, created_workstation=actor.workstation,
                created_channel=actor.channel, **fields)


# -- balances, redeeming, adjusting -----------------------------------------------------------
def balances(shop, customer_id: int) -> list[Balance]:
    """Every active program, with the customer's balance (0 where they have none)."""
    with shop.read() as session:
        held = rows.balances(session, customer_id)
        return [Balance(_program(p), held.get(p.id, 0)) for p in rows.programs(session)
                if p.active or held.get(p.id)]


def _live_program(session, program_id: int) -> Program:
    row = rows.get_program(session, program_id)
    if row is None:
        raise NotFound("There is no loyalty program {id}.", id=program_id)
    return _program(row)


def _customer(session, customer_id: int) -> None:
    if customer_rows.get(session, customer_id) is None:
        raise NotFound("There is no customer {id}.", id=customer_id)


def redeem(shop, customer_id: int, program_id: int, amount: int | None = None,
           purchase_id: int | None = None) -> Earned:
    """Use a reward: one punch card's worth, or `amount` points in whole vouchers (default
    one voucher). Refused (Conflict) beyond the balance."""
    with shop.write() as session:
        _customer(session, customer_id)
        program = _live_program(session, program_id)
        amount = program.unit if amount is None else amount
        if amount <= 0 or amount % program.unit:
            raise ValidationError(
                "points", "Redeem in whole rewards of {count}.",
                count=_count(program.unit, program.kind))
        held = rows.balance(session, customer_id, program_id)
        if amount > held:
            raise Conflict("Not enough on the card: {held}, {needed} needed.",
                           held=_count(held, program.kind), needed=amount)
        if purchase_id is not None:
            _check_used_on(session, customer_id, purchase_id)
        value = (program.reward_value or 0) * (amount // program.unit)
        _entry(session, shop.actor, program_id, customer_id, "redeem", -amount, value=value,
               redeemed_on=purchase_id, reason=program.reward)
        audit.record(session, shop.actor, "redeem", "customer", customer_id, program.name)
        return _earned(session, program_id, customer_id, -amount)


def _count(n: int, kind: str) -> Message:
    if kind == "punch":
        return Message("{n} punch", n=n) if n == 1 else Message("{n} punches", n=n)
    return Message("{n} point", n=n) if n == 1 else Message("{n} points", n=n)


def _check_used_on(session, customer_id: int, purchase_id: int) -> None:
    """A reward is used on one of the customer's own purchases that still stands, so that
    refunding or undoing that purchase gives the reward back to the one who used it."""
    bought = purchase_rows.get(session, purchase_id)
    if bought is None:
        raise NotFound("There is no purchase {id}.", id=purchase_id)
    if bought.customer_id != customer_id:
        raise Conflict("That purchase is not this customer's; use the reward on one of theirs.")
    if bought.voided_at is not None or bought.refunded >= bought.total:
        raise Conflict("That purchase was undone or refunded in full; the reward can't be "
                       "used on it.")


def adjust(shop, customer_id: int, program_id: int, delta: int, reason: str) -> Earned:
    """A manager's correction, with a reason; never below zero."""
    _require_manager(shop)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "Say why the balance changes.")
    if delta == 0:
        raise ValidationError("delta", "The change can't be zero.")
    with shop.write() as session:
        _customer(session, customer_id)
        _live_program(session, program_id)
        held = rows.balance(session, customer_id, program_id)
        if held + delta < 0:
            raise Conflict("The balance is {balance}; it can't go below zero.", balance=held)
        _entry(session, shop.actor, program_id, customer_id, "adjust", delta, reason=reason[:200])
        audit.record(session, shop.actor, "adjust", "customer", customer_id, "loyalty")
        return _earned(session, program_id, customer_id, delta)


def bonus(shop, customer_id: int, why: str, today: date | None = None) -> list[Earned]:
    """A reward for feedback ("survey") or a birthday ("birthday": once a year, in the
    birthday month). Programs without that bonus give nothing."""
    with shop.write() as session:
        return give_bonus(session, shop.actor, customer_id, why, today or date.today())


def give_bonus(session, actor, customer_id: int, why: str, today: date) -> list[Earned]:
    customer = customer_rows.get(session, customer_id)
    if customer is None:
        raise NotFound("There is no customer {id}.", id=customer_id)
    if why == "birthday" and (customer.birthday is None
                              or customer.birthday.month != today.month):
        return []
    year_start = datetime(today.year, 1, 1)
    out = []
    for program in (_program(r) for r in rows.programs(session, active_only=True)):
        amount = program.survey_bonus if why == "survey" else program.birthday_bonus
        if not amount or not program.runs_on(today):
            continue
        if why == "birthday" and rows.bonus_since(session, customer_id, program.id,
                                                  "birthday", year_start):
            continue
        _entry(session, actor, program.id, customer_id, "bonus", amount, reason=why)
        out.append(_earned(session, program.id, customer_id, amount))
    return out


def expire_due(shop, now: datetime | None = None) -> int:
    """Points of customers who haven't bought for a program's expiry period expire.
    Returns how many balances expired."""
    now = now or audit.now()
    done = 0
    with shop.write() as session:
        for program in (_program(r) for r in rows.programs(session, active_only=True)):
            if program.kind != "points" or not program.expiry_days:
                continue
            quiet = now - timedelta(days=program.expiry_days)
            for customer_id, held in rows.expiring(session, program.id, quiet):
                _entry(session, shop.actor, program.id, customer_id, "expire", -held,
                       reason=f"no purchase for {program.expiry_days} days")
                done += 1
    return done


@dataclass(frozen=True)
class LedgerLine:
    id: int
    at: datetime
    program: str
    kind: str
    amount: int
    purchase_id: int | None
    reason: str


def ledger(shop, customer_id: int, limit: int = 50,
           before_id: int | None = None) -> list[LedgerLine]:
    with shop.read() as session:
        names = {p.id: p.name for p in rows.programs(session)}
        return [LedgerLine(e.id, e.at, names.get(e.program_id, ""), e.kind, e.amount,
                           e.purchase_id or e.redeemed_on, e.reason)
                for e in rows.ledger(session, customer_id, limit, before_id)]


# -- cards ------------------------------------------------------------------------------------
def replace_card(shop, customer_id: int) -> str:
    """A lost card: a new number for the customer; the old one is retired for good."""
    from app.core.customers import _unused_card  # noqa: PLC0415 - one card maker

    with shop.write() as session:
        row = customer_rows.get(session, customer_id)
        if row is None:
            raise NotFound("There is no customer {id}.", id=customer_id)
        rows.retire_card(session, row.card_number, customer_id, audit.now())
        row.card_number = _unused_card(session)
        audit.record(session, shop.actor, "replace_card", "customer", customer_id)
        return row.card_number


def retired_card_owner(shop, card_number: str) -> int | None:
    with shop.read() as session:
        found = rows.retired(session, card_number)
        return found.customer_id if found else None

"""Property tests of the loyalty ledger against a real shop file.

Hypothesis plays any sequence of purchases (customer A, B or nobody; lines of qualifying and
non-qualifying products, or a bare total), refunds (part, all, or too much) of an earlier
purchase, undos, redemptions (right, wrong and too large amounts, linked to a purchase or
not), manual adjustments, feedback bonuses and expiry runs at any `now`. After every step:

  1. no balance is below zero;
  2. every balance that `loyalty.balances` shows equals the sum of that customer's entries in
     that program, read one by one from the ledger;
  3. ... and equals a model the test keeps from the documented rules;
  4. every entry says when, who (staff) and why: earns and take-backs name their purchase,
     give-backs the purchase the reward was used on, adjustments and expiries a reason;
  5. what a purchase earned, net of take-backs, is between 0 and what it earned at first;
  6. a purchase gone whole (refunded in full or undone) has, in every program it earned in,
         net earnings (its earn + reverse entries) == 0
     OR  the take-back that made it whole was capped: right after that refund or undo the
         customer's balance in the program was 0 (a take-back never makes a balance
         negative: what was already spent stays spent; rewards used on the purchase are
         given back first, so they are taken back before anything is left unrecovered).
     Its net never changes afterwards, and every reward redeemed on it has been given back
     to the customer who redeemed it (net of entries redeemed on it, per customer, is 0);
     rewards are only ever used on the customer's own purchases;
  7. a refused operation (ValidationError, Conflict, NotFound) leaves the ledger unchanged.

One fresh copy of a template shop (the conftest template plus four programs) per example.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from app.core import customers, loyalty, money, purchases
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.purchases import LineInput
from app.core.shop import Shop
from app.store import loyalty as ledger_rows
from app.store.models import LoyaltyEntry
from tests.conftest import FAST_KDF, MANAGER, PASSPHRASE

CURRENCY = "ILS"
REFUSED = (ValidationError, Conflict, NotFound)

# name, category, counts for the coffee card, counts for the bakery points
PRODUCTS = [
    ("Coffee", "drinks", True, False),
    ("  cOFFEE ", "", True, False),
    ("Café latte", "Coffee", True, False),
    ("Croissant", "Bakery", False, True),
    ("Bagel", "BAKERY", False, True),
    ("Tea", "drinks", False, False),
    ("Bakery box", "", False, False),  # "bakery box" is not "bakery"
]


@dataclass(frozen=True)
class Rules:
    """What the test's model knows about a program (the same numbers as PROGRAMS)."""
    kind: str
    unit: int
    survey: int
    expiry_days: int | None


PROGRAMS = {
    # points on everything: 1 point per shekel, 10 points = a 5.00 voucher, expire after 30 days
    "P1": ({"kind": "points", "name": "Café points", "points_per_unit": "1", "threshold": "10",
            "reward_value": "5", "expiry_days": "30", "survey_bonus": "5"},
           Rules("points", 10, 5, 30)),
    # half a point per shekel of bakery, 7 points a voucher, expire after 60 days
    "P2": ({"kind": "points", "name": "Bakery points", "points_per_unit": "0.5",
            "threshold": "7", "reward_value": "3", "qualifies": "bakery",
            "expiry_days": "60"},
           Rules("points", 7, 0, 60)),
    # a punch a visit from 10.00, 3 punches a reward
    "K1": ({"kind": "punch", "name": "Visit card", "punches": "3", "reward": "A free pastry",
            "min_spend": "10", "survey_bonus": "1"},
           Rules("punch", 3, 1, None)),
    # a punch per coffee of at least 5.00, 4 punches a free coffee
    "K2": ({"kind": "punch", "name": "Coffee card", "punches": "4", "reward": "A free coffee",
            "per_item": True, "qualifies": "Coffee", "min_spend": "5"},
           Rules("punch", 4, 0, None)),
}


def expected_earning(key: str, lines, total: int) -> int:
    """The documented earning rules, written out for these four programs."""
    if key == "P1":
        return (sum(q * p for _, q, p in lines) if lines else total) // 100
    if key == "P2":
        return sum(q * p for i, q, p in lines if PRODUCTS[i][3]) * 5 // 1000
    if key == "K1":
        return int((sum(q * p for _, q, p in lines) if lines else total) >= 1000)
    return sum(q for i, q, p in lines if PRODUCTS[i][2] and p >= 500)


@pytest.fixture(scope="module")
def loyalty_template(template_shop, tmp_path_factory):
    """The conftest template with the four programs added; (folder, {key: program id})."""
    folder = tmp_path_factory.mktemp("loyalty_template") / "shop"
    shutil.copytree(template_shop, folder)
    shop = Shop.open(folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    shop.act_as(next(m for m in shop.staff_list() if m.name == MANAGER[0]))
    ids = {key: loyalty.add_program(shop, raw).id for key, (raw, _) in PROGRAMS.items()}
    shop.db.checkpoint()
    shop.close()
    return folder, ids


# -- what the steps draw -------------------------------------------------------------------
def often(*choices):
    """sampled_from with weights: (value, weight) pairs."""
    return st.sampled_from([value for value, weight in choices for _ in range(weight)])


who = st.sampled_from(["A", "B"])
programs = st.sampled_from(sorted(PROGRAMS))
pick = st.integers(0, 1000)  # an earlier purchase, modulo how many there are
lines = st.lists(st.tuples(st.integers(0, len(PRODUCTS) - 1), st.integers(1, 4),
                           st.integers(1, 3000)), min_size=1, max_size=4)


class Entry(NamedTuple):
    """One ledger line as read, detached from its session."""
    id: int
    program_id: int
    customer_id: int
    at: datetime
    kind: str
    amount: int
    value: int
    purchase_id: int | None
    redeemed_on: int | None
    reason: str
    staff_id: int | None


# -- the model ------------------------------------------------------------------------------
@dataclass
class Bought:
    id: int
    who: str | None
    total: int
    at: datetime
    refunded: int = 0
    voided: bool = False
    first: dict = field(default_factory=dict)  # program key -> earned at first
    net: dict = field(default_factory=dict)  # program key -> earned net of take-backs
    used: list = field(default_factory=list)  # (who, program key, amount) redeemed on it
    gone_net: dict | None = None  # program key -> (net right after it went whole, capped)

    @property
    def gone(self) -> bool:
        return self.voided or self.refunded >= self.total


class LedgerMachine(RuleBasedStateMachine):
    """One fresh shop per run; the rules are what the counter and the manager do."""

    def __init__(self, template: Path, ids: dict):
        super().__init__()
        self.scratch = tempfile.mkdtemp(prefix="ledger-")
        folder = Path(self.scratch) / "shop"
        shutil.copytree(template, folder)
        shop = Shop.open(folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
        shop.act_as(next(m for m in shop.staff_list() if m.name == MANAGER[0]))
        self.shop, self.ids = shop, ids
        self.key_of = {pid: key for key, pid in ids.items()}
        self.cid = {"A": customers.resolve(shop, "052-555-1234").id,
                    "B": customers.resolve(shop, "zoe@example.com").id}
        self.staff_id = shop.actor.staff_id
        self.bal = {(w, k): 0 for w in self.cid for k in ids}
        self.bought: list[Bought] = []

    # what the file says
    def entries(self) -> list[Entry]:
        with self.shop.read() as session:
            return [Entry(*(getattr(e, f) for f in Entry._fields))
                    for e in session.scalars(select(LoyaltyEntry).order_by(LoyaltyEntry.id))]

    def snapshot(self) -> list[Entry]:
        return self.entries()

    def shown(self, w: str) -> dict:
        return {self.key_of[b.program.id]: b.balance
                for b in loyalty.balances(self.shop, self.cid[w])}

    def net_on(self, purchase_id: int) -> dict:
        with self.shop.read() as session:
            return {self.key_of[p]: n
                    for p, n in ledger_rows.earned_on(session, purchase_id).items()}

    def held(self, w: str) -> dict:
        with self.shop.read() as session:
            return {k: ledger_rows.balance(session, self.cid[w], pid)
                    for k, pid in self.ids.items()}

    def refuses(self, call, error=REFUSED):
        """`call` must be refused with `error`, and leave the ledger exactly as it was."""
        before = self.snapshot()
        with pytest.raises(error) as raised:
            call()
        assert self.snapshot() == before, "a refused operation changed the ledger"
        return raised.value

    def teardown(self) -> None:
        self.shop.close()
        shutil.rmtree(self.scratch, ignore_errors=True)

    # -- the steps ---------------------------------------------------------------------------
    @rule(w=often(("A", 2), ("B", 2), (None, 1)), lines=lines, days_ago=st.integers(0, 90))
    def buy_lines(self, w, lines, days_ago) -> None:
        self.buy(w, lines, 0, days_ago)

    @rule(w=often(("A", 2), ("B", 2), (None, 1)), total=st.integers(1, 20_000),
          days_ago=st.integers(0, 90))
    def buy_total(self, w, total, days_ago) -> None:
        self.buy(w, [], total, days_ago)

    def buy(self, w, lines, total, days_ago) -> None:
        at = datetime.now(UTC) - timedelta(days=days_ago, minutes=1)
        view = purchases.record(
            self.shop, self.cid[w] if w else None,
            total=None if lines else money.to_text(total, CURRENCY),
            lines=[LineInput(PRODUCTS[i][0], q, money.to_text(p, CURRENCY), PRODUCTS[i][1])
                   for i, q, p in lines],
            at=at,
        )
        total = sum(q * p for _, q, p in lines) if lines else total
        made = Bought(view.id, w, total, at.replace(tzinfo=None))
        self.bought.append(made)
        want = {k: expected_earning(k, lines, total) for k in self.ids} if w else {}
        want = {k: n for k, n in want.items() if n}
        for key, n in want.items():
            self.bal[w, key] += n
        made.first, made.net = dict(want), dict(want)
        assert {self.key_of[e.program.id]: e.amount for e in view.loyalty} == want
        for e in view.loyalty:
            assert e.balance == self.bal[w, self.key_of[e.program.id]]

    def _take_back(self, made: Bought, call) -> None:
        """Refund or undo `made` through `call`. The model follows the documented order: a
        purchase gone whole first gives back the rewards used on it (to whoever used them),
        then what it earned comes down to its share of what is left, never below zero."""
        call()
        gone = made.gone
        for redeemer, key, amount in made.used if gone else ():
            self.bal[redeemer, key] += amount
        left = 0 if gone else made.total - made.refunded
        for key, first in made.first.items():
            keep = first * left // made.total
            cut = max(0, min(made.net[key] - keep, self.bal[made.who, key]))
            made.net[key] -= cut
            self.bal[made.who, key] -= cut
        if gone and made.who:  # as the file has it, not the model
            net_after, held_after = self.net_on(made.id), self.held(made.who)
            made.gone_net = {key: (net_after[key], held_after[key] == 0) for key in made.first}

    @precondition(lambda self: self.bought)
    @rule(index=pick, how=often(("full", 2), ("part", 3), ("over", 1)), frac=st.integers(1, 999))
    def refund(self, index, how, frac) -> None:
        made = self.bought[index % len(self.bought)]
        left = made.total - made.refunded
        amount = {"full": None, "part": max(1, left * frac // 1000), "over": left + 1}[how]
        text = None if amount is None else money.to_text(amount, CURRENCY)
        if made.voided or left <= 0 or how == "over":
            self.refuses(lambda: purchases.refund(self.shop, made.id, text, "test"), Conflict)
            return
        made.refunded += left if amount is None else amount
        self._take_back(made, lambda: purchases.refund(self.shop, made.id, text, "test"))

    @precondition(lambda self: self.bought)
    @rule(index=pick)
    def void(self, index) -> None:
        made = self.bought[index % len(self.bought)]
        if made.voided or made.refunded:
            self.refuses(lambda: purchases.void(self.shop, made.id), Conflict)
            return
        made.voided = True
        self._take_back(made, lambda: purchases.void(self.shop, made.id))

    @precondition(lambda self: any(b.used and not b.gone for b in self.bought))
    @rule(index=pick, undo=st.booleans())
    def take_back_a_used_reward(self, index, undo) -> None:
        """Refund in full or undo a purchase a reward was used on (the case that matters)."""
        used = [b for b in self.bought if b.used and not b.gone]
        made = used[index % len(used)]
        if undo and not made.refunded:
            self.void(self.bought.index(made))
        else:
            self.refund(self.bought.index(made), "full", 1)

    @rule(w=who, key=programs,
          units=often((None, 2), (1, 4), (2, 1), (3, 1), (0, 1), (-1, 1)),  # whole rewards
          odd=often((False, 4), (True, 1)),  # one point or punch more than whole rewards
          link=often((None, 2), ("own", 3), ("any", 3)), index=pick)
    def redeem(self, w, key, units, odd, link, index) -> None:
        rules = PROGRAMS[key][1]
        amount = None if units is None else units * rules.unit + int(odd)
        worth = rules.unit if amount is None else amount
        among = [b for b in self.bought if link == "any" or b.who == w] if link else []
        on = among[index % len(among)] if among else None
        call = lambda: loyalty.redeem(  # noqa: E731
            self.shop, self.cid[w], self.ids[key], amount, on.id if on else None)
        if worth <= 0 or worth % rules.unit:
            self.refuses(call, ValidationError)
            return
        if worth > self.bal[w, key]:
            message = self.refuses(call, Conflict).message
            assert f"{self.bal[w, key]} " in message and f"{worth} needed" in message
            return
        fitting = on is None or (on.who == w and not on.gone)
        if fitting:
            done = call()
        else:  # someone else's, an anonymous or a gone purchase: refusing it is fine too
            before = self.snapshot()
            try:
                done = call()
            except REFUSED:
                assert self.snapshot() == before
                return
        self.bal[w, key] -= worth
        assert done.amount == -worth and done.balance == self.bal[w, key]
        if on is not None:
            on.used.append((w, key, worth))

    @rule(w=who, key=programs, delta=st.integers(-60, 60),
          reason=often(("goodwill", 5), ("  ", 1)))
    def adjust(self, w, key, delta, reason) -> None:
        call = lambda: loyalty.adjust(  # noqa: E731
            self.shop, self.cid[w], self.ids[key], delta, reason)
        if delta == 0 or not reason.strip():
            self.refuses(call, ValidationError)
            return
        if self.bal[w, key] + delta < 0:
            self.refuses(call, Conflict)
            return
        done = call()
        self.bal[w, key] += delta
        assert done.balance == self.bal[w, key]

    @rule(w=who)
    def survey(self, w) -> None:
        given = loyalty.bonus(self.shop, self.cid[w], "survey")
        want = {k: PROGRAMS[k][1].survey for k in self.ids if PROGRAMS[k][1].survey}
        assert {self.key_of[e.program.id]: e.amount for e in given} == want
        for key, n in want.items():
            self.bal[w, key] += n

    @rule(days=st.integers(-5, 130))
    def expire(self, days) -> None:
        now = datetime.now(UTC).replace(tzinfo=None) + timedelta(days=days)
        due = 0
        for key, (_, rules) in PROGRAMS.items():
            if not rules.expiry_days:
                continue
            quiet = now - timedelta(days=rules.expiry_days)
            for w in self.cid:
                visits = [b.at for b in self.bought if b.who == w and not b.voided]
                if (not visits or max(visits) < quiet) and self.bal[w, key] > 0:
                    self.bal[w, key] = 0
                    due += 1
        assert loyalty.expire_due(self.shop, now=now) == due

    # -- after every step ------------------------------------------------------------------
    @invariant()
    def check(self) -> None:
        entries = self.entries()
        for w, cid in self.cid.items():
            summed = {k: 0 for k in self.ids}
            with self.shop.read() as session:
                for e in ledger_rows.ledger(session, cid, limit=1_000_000):
                    summed[self.key_of[e.program_id]] += e.amount  # one entry at a time
            shown = self.shown(w)
            for key in self.ids:
                assert shown.get(key, 0) >= 0, f"{w} {key} is negative"
                assert shown.get(key, 0) == summed[key], f"{w} {key} is not its entries' sum"
                assert summed[key] == self.bal[w, key], f"{w} {key} differs from the model"
        known = set(self.cid.values())
        for e in entries:
            assert e.customer_id in known and e.at is not None and e.staff_id == self.staff_id
            if e.kind == "earn":
                assert e.purchase_id is not None and e.amount > 0
            elif e.kind == "reverse" and e.redeemed_on is None:
                assert e.purchase_id is not None and e.amount < 0
                assert e.reason in ("refund", "undo")
            elif e.kind == "reverse":
                assert e.amount > 0 and e.reason == "reward given back"
            elif e.kind == "redeem":
                assert e.amount < 0 and e.reason
            elif e.kind in ("adjust", "expire"):
                assert e.amount != 0 and e.reason.strip()
            else:
                assert e.kind == "bonus" and e.amount > 0 and e.reason == "survey"
        for made in self.bought:
            net = self.net_on(made.id)
            assert set(net) <= set(made.first)
            for key, first in made.first.items():
                assert 0 <= net[key] <= first
                assert net[key] == made.net[key]
            if made.gone and made.who:
                # the full-refund invariant, as stated in the module docstring
                for key, (net_then, capped) in made.gone_net.items():
                    assert net[key] == net_then, "a gone purchase's earnings changed later"
                    assert net[key] == 0 or capped, (
                        f"purchase {made.id} ({key}) still has {net[key]} earned after going "
                        "whole, and its take-back was not capped by the balance")
            used: dict = {}
            for e in entries:
                if e.redeemed_on == made.id:
                    used[e.customer_id, e.program_id] = used.get(
                        (e.customer_id, e.program_id), 0) + e.amount
            for (cid, pid), n in used.items():
                assert made.who and cid == self.cid[made.who], (
                    f"a reward of customer {cid} was used on purchase {made.id}, which is "
                    "not theirs: its refund would give the reward to someone else")
                if made.gone:
                    assert n == 0, (f"a reward used on gone purchase {made.id} was not given "
                                    f"back to customer {cid} in program {pid}: {n} left")
                else:
                    assert n < 0


def test_the_ledger_holds_for_any_sequence_of_operations(loyalty_template):
    template, ids = loyalty_template
    run_state_machine_as_test(
        lambda: LedgerMachine(template, ids),
        settings=settings(max_examples=40, stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow]),
    )

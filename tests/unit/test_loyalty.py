"""Loyalty: programs, earning at checkout, redeeming, take-backs on refunds and undos,
adjustments, bonuses, expiry, card replacement and the figures a manager reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core import cards, customers, loyalty, loyalty_figures, loyalty_programs, purchases
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.purchases import LineInput
from app.store import loyalty as ledger_rows
from tests.conftest import CASHIER, MANAGER, staff_named


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


# -- programs -------------------------------------------------------------------------------------
POINTS = {"kind": "points", "name": "Café points", "points_per_unit": "1", "threshold": "10",
          "reward_value": "5"}
PUNCH = {"kind": "punch", "name": "Coffee card", "punches": "3", "reward": "A free coffee"}


@pytest.mark.parametrize("raw, field, words", [
    ({"kind": "stamps", "name": "X"}, "kind", "punch card or points"),
    ({"kind": "", "name": "X"}, "kind", "punch card or points"),
    (PUNCH | {"name": "   "}, "name", "Give the program a name"),
    (PUNCH | {"name": "x" * 81}, "name", "at most 80"),
    (PUNCH | {"punches": "1"}, "punches", "from 2 to 100"),
    (PUNCH | {"punches": "101"}, "punches", "from 2 to 100"),
    (PUNCH | {"punches": "three"}, "punches", "from 2 to 100"),
    (PUNCH | {"punches": None}, "punches", "from 2 to 100"),
    (PUNCH | {"reward": "  "}, "reward", "Say what the reward is"),
    (PUNCH | {"min_spend": "-1"}, "min_spend", "negative"),
    (POINTS | {"points_per_unit": "abc"}, "points_per_unit", "is a number"),
    (POINTS | {"points_per_unit": None}, "points_per_unit", "is a number"),
    (POINTS | {"points_per_unit": "0"}, "points_per_unit", "0.001 to 100"),
    (POINTS | {"points_per_unit": "100.5"}, "points_per_unit", "0.001 to 100"),
    (POINTS | {"threshold": "0"}, "threshold", "from 1 to 1000000"),
    (POINTS | {"threshold": ""}, "threshold", "whole number"),
    (POINTS | {"reward_value": ""}, "reward_value", "Type an amount"),
    (POINTS | {"reward_value": "0"}, "reward_value", "can't be zero"),
    (POINTS | {"reward_value": "1.234"}, "reward_value", "decimal places"),
    (POINTS | {"expiry_days": "0"}, "expiry_days", "from 1 to 3650"),
    (POINTS | {"expiry_days": "3651"}, "expiry_days", "from 1 to 3650"),
    (PUNCH | {"survey_bonus": "-1"}, "survey_bonus", "from 0 to 1000"),
    (PUNCH | {"starts_on": "2025-03-01", "ends_on": "2025-02-28"}, "ends_on",
     "can't end before it starts"),
    (POINTS | {"starts_on": "01/03/2025"}, "starts_on", "YYYY-MM-DD"),
])
def test_a_program_is_refused_with_a_clear_message(shop, raw, field, words):
    with pytest.raises(ValidationError) as err:
        loyalty.add_program(shop, raw)
    assert err.value.field == field
    assert words in err.value.message
    assert loyalty.programs(shop) == []


def test_a_program_keeps_clean_values(shop):
    card = punch_program(shop, name="  Coffee   card ", qualifies="Coffee, Pâtisserie ,,",
                         min_spend="4.50", per_item=True, starts_on="2025-01-01")
    assert (card.name, card.kind, card.punches_needed, card.unit) == ("Coffee card", "punch", 3, 3)
    assert card.qualifies == ("coffee", "patisserie") and card.min_spend == 450
    assert card.per_item and card.starts_on == date(2025, 1, 1) and card.ends_on is None
    points = points_program(shop, points_per_unit="0.5", expiry_days="365")
    assert points.reward == "5.00 ILS"  # a points program's reward is its voucher
    assert (points.points_per_unit, points.threshold, points.reward_value, points.unit) == (
        0.5, 10, 500, 10)
    assert points.to_json("ILS")["reward_value"] == "5.00"
    assert [p.id for p in loyalty.programs(shop)] == [card.id, points.id]


def test_only_a_manager_adds_or_changes_programs(shop):
    card = punch_program(shop)
    shop.act_as(staff_named(shop, CASHIER[0]))
    with pytest.raises(PermissionDenied):
        points_program(shop)
    with pytest.raises(PermissionDenied):
        loyalty_programs.update_program(shop, card.id, {"punches": "5"})
    assert [(p.id, p.punches_needed) for p in loyalty.programs(shop)] == [(card.id, 3)]


def test_changing_an_unknown_program_is_not_found(shop):
    with pytest.raises(NotFound):
        loyalty_programs.update_program(shop, 999, {"name": "X"})


# -- punch cards at checkout ----------------------------------------------------------------------
def test_a_punch_a_purchase(shop):
    card = punch_program(shop)
    cid = dana(shop)
    bought = purchases.record(shop, cid, lines=[coffee(2), LineInput("Bagel", 1, "8")])
    assert earned(bought, card) == 1
    (told,) = bought.loyalty
    assert (told.balance, told.rewards_ready, told.to_next) == (1, 0, 2)
    assert told.to_json()["to_next_reward"] == 2
    purchases.record(shop, cid, total="5")  # no lines, no filter: the whole purchase counts
    assert held(shop, cid, card) == 2


def test_a_punch_per_qualifying_item(shop):
    card = punch_program(shop, per_item=True, qualifies="coffee")
    bought = purchases.record(shop, dana(shop), lines=[
        coffee(2), LineInput("Tea", 3, "9", "drinks"), LineInput("COFFÉE ", 1, "12")])
    assert earned(bought, card) == 3  # 2 + 1 coffees; the teas don't count


@pytest.mark.parametrize("line, counts", [
    (LineInput("Croissant", 1, "9", "Pâtisserie"), True),
    (LineInput("croissant", 1, "9", ""), False),
    (LineInput("PATISSERIE", 1, "9", ""), True),  # a product named like the category
    (LineInput("Éclair", 1, "9", "PÂTISSERIE"), True),
    (LineInput("Eclair", 1, "9", "pastries"), True),
    (LineInput("Éclairs", 1, "9", "pastries"), False),
    (LineInput("Tea", 1, "9", "drinks"), False),
])
def test_qualifying_by_product_or_category_ignores_case_and_accents(shop, line, counts):
    card = punch_program(shop, qualifies="patisserie, ÉCLAIR")
    assert earned(purchases.record(shop, dana(shop), lines=[line]), card) == int(counts)


def test_min_spend_per_purchase(shop):
    card = punch_program(shop, min_spend="10")
    cid = dana(shop)
    assert earned(purchases.record(shop, cid, total="9.99"), card) == 0
    assert earned(purchases.record(shop, cid, total="10"), card) == 1
    assert earned(purchases.record(shop, cid, lines=[coffee(2, "5")]), card) == 1  # 10.00
    assert earned(purchases.record(shop, cid, lines=[coffee(1, "9.99")]), card) == 0
    assert held(shop, cid, card) == 2


def test_min_spend_per_item_is_the_unit_price(shop):
    card = punch_program(shop, per_item=True, min_spend="5")
    bought = purchases.record(shop, dana(shop), lines=[
        coffee(3, "5"), LineInput("Biscotti", 4, "4.99")])
    assert earned(bought, card) == 3


def test_no_lines_earn_nothing_where_only_some_products_qualify(shop):
    card = punch_program(shop, qualifies="coffee")
    points = points_program(shop, qualifies="coffee")
    everything = points_program(shop, name="All points")
    bought = purchases.record(shop, dana(shop), total="50")
    assert earned(bought, card) == 0 and earned(bought, points) == 0
    assert earned(bought, everything) == 50


def test_an_anonymous_purchase_earns_nothing(shop):
    punch_program(shop)
    points_program(shop)
    bought = purchases.record(shop, None, lines=[coffee(5)])
    assert bought.loyalty == ()
    purchases.refund(shop, bought.id, "12", "spilt")
    with shop.read() as session:
        assert ledger_rows.earned_on(session, bought.id) == {}


def test_programs_earn_only_within_their_dates_and_while_active(shop):
    today = datetime.now(UTC).date()
    later = points_program(shop, name="From tomorrow", starts_on=today + timedelta(days=1))
    since = points_program(shop, name="Last ten days", starts_on=today - timedelta(days=10))
    over = points_program(shop, name="Ended", starts_on=today - timedelta(days=60),
                          ends_on=today - timedelta(days=5))
    off = points_program(shop, name="Paused", active=False)
    cid = dana(shop)
    old = purchases.record(shop, cid, total="20", at=datetime.now(UTC) - timedelta(days=20))
    assert [earned(old, p) for p in (later, since, over, off)] == [0, 0, 20, 0]
    new = purchases.record(shop, cid, total="30")
    assert [earned(new, p) for p in (later, since, over, off)] == [0, 30, 0, 0]
    shown = {b.program.name for b in loyalty.balances(shop, cid)}
    assert "Paused" not in shown  # inactive and nothing held
    assert {"From tomorrow", "Last ten days", "Ended"} <= shown


# -- points at checkout ---------------------------------------------------------------------------
@pytest.mark.parametrize("rate, total, points", [
    ("1", "12.99", 12), ("1", "0.99", 0), ("0.5", "12.99", 6), ("0.5", "13", 6),
    ("0.5", "14", 7), ("2", "12.99", 25), ("0.001", "999", 0), ("0.001", "1000", 1),
    ("1.5", "10.10", 15),
])
def test_points_are_whole_and_rounded_down_per_purchase(shop, rate, total, points):
    program = points_program(shop, points_per_unit=rate)
    assert earned(purchases.record(shop, dana(shop), total=total), program) == points


def test_points_count_only_what_qualifies(shop):
    program = points_program(shop, qualifies="bakery")
    bought = purchases.record(shop, dana(shop), lines=[
        LineInput("Croissant", 2, "4.75", "Bakery"), coffee(1, "20"),
        LineInput("Bakery", 1, "0.60")])
    assert earned(bought, program) == 10  # 9.50 + 0.60 of bakery; the coffee doesn't count


def test_rewards_ready_and_to_next(shop):
    program = points_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="25.80")
    (balance,) = loyalty.balances(shop, cid)
    assert (balance.balance, balance.rewards_ready, balance.to_next) == (25, 2, 5)
    assert balance.to_json() == {"program_id": program.id, "program": "Café points",
                                 "kind": "points", "balance": 25, "rewards_ready": 2,
                                 "to_next_reward": 5}
    (empty,) = loyalty.balances(shop, zoe(shop))
    assert (empty.balance, empty.rewards_ready, empty.to_next) == (0, 0, 10)


# -- redeeming ------------------------------------------------------------------------------------
def test_redeem_one_punch_card(shop):
    card = punch_program(shop)
    cid = dana(shop)
    for _ in range(4):
        purchases.record(shop, cid, lines=[coffee()])
    used = loyalty.redeem(shop, cid, card.id)
    assert (used.amount, used.balance, used.to_next) == (-3, 1, 2)
    last = entries(shop, cid)[-1]
    assert (last["kind"], last["amount"], last["reason"]) == ("redeem", -3, "A free coffee")
    with pytest.raises(ValidationError) as err:
        loyalty.redeem(shop, cid, card.id, 2)
    assert "3 punches" in err.value.message


@pytest.mark.parametrize("amount", [15, 0, -10, 5])
def test_points_are_redeemed_only_in_whole_vouchers(shop, amount):
    program = points_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="40")
    before = entries(shop, cid)
    with pytest.raises(ValidationError) as err:
        loyalty.redeem(shop, cid, program.id, amount)
    assert "10 points" in err.value.message
    assert entries(shop, cid) == before


def test_redeem_several_vouchers_at_once(shop):
    program = points_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="40")
    used = loyalty.redeem(shop, cid, program.id, 30)
    assert (used.amount, used.balance) == (-30, 10)
    assert entries(shop, cid)[-1]["value"] == 1500  # three 5.00 vouchers


def test_redeeming_more_than_the_balance_is_refused_and_says_the_balance(shop):
    program = points_program(shop)
    card = punch_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="12")
    before = entries(shop, cid)
    with pytest.raises(Conflict) as err:
        loyalty.redeem(shop, cid, program.id, 20)
    assert "12 points" in err.value.message and "20" in err.value.message
    with pytest.raises(Conflict) as err:
        loyalty.redeem(shop, cid, card.id)
    assert "1 punch" in err.value.message
    assert entries(shop, cid) == before and held(shop, cid, program) == 12


def test_redeeming_for_unknown_customers_or_programs_is_not_found(shop):
    program = points_program(shop)
    with pytest.raises(NotFound):
        loyalty.redeem(shop, 999_999, program.id, 10)
    with pytest.raises(NotFound):
        loyalty.redeem(shop, dana(shop), 999, 10)


@pytest.mark.parametrize("undo", ["void", "refund"])
def test_a_reward_used_on_a_purchase_comes_back_when_the_purchase_goes(shop, undo):
    program = points_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="30")
    today = purchases.record(shop, cid, total="4")  # the 4 points it earns are taken back
    loyalty.redeem(shop, cid, program.id, 10, purchase_id=today.id)
    assert held(shop, cid, program) == 24
    if undo == "void":
        gone = purchases.void(shop, today.id)
    else:
        gone = purchases.refund(shop, today.id, None, "wrong order")
    assert held(shop, cid, program) == 30
    assert earned(gone, program) == 10 - 4
    back, cut = entries(shop, cid)[-2:]  # the reward comes back first, then the take-back
    assert (back["kind"], back["amount"], back["redeemed_on"], back["value"]) == (
        "reverse", 10, today.id, -500)
    assert (cut["kind"], cut["amount"], cut["purchase_id"]) == ("reverse", -4, today.id)
    assert [line.purchase_id for line in loyalty.ledger(shop, cid)[:2]] == [today.id] * 2


def test_a_partial_refund_keeps_the_reward_used(shop):
    program = points_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="30")
    today = purchases.record(shop, cid, total="20")
    loyalty.redeem(shop, cid, program.id, 10, purchase_id=today.id)
    purchases.refund(shop, today.id, "5", "one cold coffee")
    assert held(shop, cid, program) == 30 + 15 - 10
    purchases.refund(shop, today.id, None, "the rest")
    assert held(shop, cid, program) == 30


def test_a_reward_is_used_only_on_the_customers_own_standing_purchase(shop):
    program = points_program(shop)
    cid, other = dana(shop), zoe(shop)
    purchases.record(shop, cid, total="50")
    theirs = purchases.record(shop, other, total="5")
    anonymous = purchases.record(shop, None, total="5")
    undone = purchases.record(shop, cid, total="5")
    purchases.void(shop, undone.id)
    refunded = purchases.record(shop, cid, total="5")
    purchases.refund(shop, refunded.id, None, "all of it")
    before = entries(shop, cid)
    for purchase_id in (theirs.id, anonymous.id, undone.id, refunded.id):
        with pytest.raises(Conflict):
            loyalty.redeem(shop, cid, program.id, 10, purchase_id=purchase_id)
    with pytest.raises(NotFound):
        loyalty.redeem(shop, cid, program.id, 10, purchase_id=999_999)
    assert entries(shop, cid) == before
    # so undoing Zoë's purchase can't hand Dana's reward to Zoë
    purchases.void(shop, theirs.id)
    assert held(shop, other, program) == 0 and held(shop, cid, program) == 50


# -- take-backs on refunds and undos --------------------------------------------------------------
def test_a_partial_refund_takes_back_in_proportion(shop):
    program = points_program(shop)
    cid = dana(shop)
    bought = purchases.record(shop, cid, total="40")
    assert earned(bought, program) == 40
    back = purchases.refund(shop, bought.id, "10", "one shirt back")
    assert earned(back, program) == -10 and held(shop, cid, program) == 30
    purchases.refund(shop, bought.id, "10", "another")
    assert held(shop, cid, program) == 20
    purchases.refund(shop, bought.id, None, "the rest")
    assert held(shop, cid, program) == 0
    kinds = [(e["kind"], e["amount"], e["purchase_id"], e["reason"]) for e in entries(shop, cid)]
    assert kinds == [("earn", 40, bought.id, ""), ("reverse", -10, bought.id, "refund"),
                     ("reverse", -10, bought.id, "refund"), ("reverse", -20, bought.id, "refund")]


def test_a_partial_refund_leaves_the_customer_the_floor_of_what_is_left(shop):
    program = points_program(shop)
    card = punch_program(shop)
    cid = dana(shop)
    bought = purchases.record(shop, cid, total="33")
    purchases.refund(shop, bought.id, "10.50", "part")
    assert held(shop, cid, program) == 22  # floor(33 x 22.50 / 33.00)
    assert held(shop, cid, card) == 0  # a punch can't be split: it goes with any refund


def test_an_undo_takes_back_everything_it_earned(shop):
    program = points_program(shop)
    card = punch_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="15")
    mistake = purchases.record(shop, cid, total="25")
    undone = purchases.void(shop, mistake.id)
    assert earned(undone, program) == -25 and earned(undone, card) == -1
    assert (held(shop, cid, program), held(shop, cid, card)) == (15, 1)
    assert {e["reason"] for e in entries(shop, cid) if e["kind"] == "reverse"} == {"undo"}


def test_a_refund_after_the_points_were_spent_never_goes_below_zero(shop):
    program = points_program(shop)
    cid = dana(shop)
    bought = purchases.record(shop, cid, total="40")
    loyalty.redeem(shop, cid, program.id, 30)  # spent elsewhere
    back = purchases.refund(shop, bought.id, None, "returned")
    assert earned(back, program) == -10 and held(shop, cid, program) == 0
    with shop.read() as session:  # what was spent stays spent: 30 of it is not taken back
        assert ledger_rows.earned_on(session, bought.id) == {program.id: 30}

    spent = purchases.record(shop, cid, total="20")
    loyalty.redeem(shop, cid, program.id, 20)
    back = purchases.refund(shop, spent.id, "10", "half")
    assert back.loyalty == () and held(shop, cid, program) == 0


# -- adjustments ----------------------------------------------------------------------------------
def test_an_adjustment_needs_a_manager(shop):
    program = points_program(shop)
    cid = dana(shop)
    shop.act_as(staff_named(shop, CASHIER[0]))
    with pytest.raises(PermissionDenied):
        loyalty.adjust(shop, cid, program.id, 5, "goodwill")
    assert entries(shop, cid) == []


@pytest.mark.parametrize("delta, reason, field", [(5, "", "reason"), (5, "   ", "reason"),
                                                   (0, "goodwill", "delta")])
def test_an_adjustment_needs_a_reason_and_a_change(shop, delta, reason, field):
    program = points_program(shop)
    with pytest.raises(ValidationError) as err:
        loyalty.adjust(shop, dana(shop), program.id, delta, reason)
    assert err.value.field == field


def test_an_adjustment_never_goes_below_zero_and_is_audited(shop):
    program = points_program(shop)
    cid = dana(shop)
    done = loyalty.adjust(shop, cid, program.id, 5, "  card   lost  at the till ")
    assert (done.amount, done.balance) == (5, 5)
    with pytest.raises(Conflict) as err:
        loyalty.adjust(shop, cid, program.id, -6, "typo")
    assert "5" in err.value.message
    assert loyalty.adjust(shop, cid, program.id, -5, "typo").balance == 0
    manager = staff_named(shop, MANAGER[0])
    assert [(e["kind"], e["amount"], e["reason"], e["staff_id"]) for e in entries(shop, cid)] == [
        ("adjust", 5, "card lost at the till", manager.id), ("adjust", -5, "typo", manager.id)]
    trail = [(a.action, a.detail, a.staff) for a in customers.history(shop, cid)]
    assert trail.count(("adjust", "loyalty", MANAGER[0])) == 2


def test_every_entry_names_who_when_and_what_for(shop):
    program = points_program(shop)
    cid = dana(shop)
    shop.act_as(staff_named(shop, CASHIER[0]))
    start = datetime.now(UTC).replace(tzinfo=None) - timedelta(seconds=1)
    bought = purchases.record(shop, cid, total="20")
    loyalty.redeem(shop, cid, program.id, 10, purchase_id=bought.id)
    purchases.void(shop, bought.id)
    cashier = staff_named(shop, CASHIER[0]).id
    rows = entries(shop, cid)
    assert [(e["kind"], e["amount"]) for e in rows] == [
        ("earn", 20), ("redeem", -10), ("reverse", 10), ("reverse", -20)]
    assert held(shop, cid, program) == 0  # nothing left from an undone purchase
    assert all(e["staff_id"] == cashier and e["at"] >= start for e in rows)
    assert rows[0]["purchase_id"] == rows[3]["purchase_id"] == bought.id
    assert rows[1]["redeemed_on"] == rows[2]["redeemed_on"] == bought.id
    assert [e["reason"] for e in rows] == ["", "5.00 ILS", "reward given back", "undo"]
    assert [line.kind for line in loyalty.ledger(shop, cid)] == [
        "reverse", "reverse", "redeem", "earn"]  # newest first
    assert all(line.program == "Café points" for line in loyalty.ledger(shop, cid))


# -- bonuses --------------------------------------------------------------------------------------
def test_a_survey_bonus(shop):
    program = points_program(shop, survey_bonus="20")
    card = punch_program(shop)  # no survey bonus: gives nothing
    cid = dana(shop)
    (given,) = loyalty.bonus(shop, cid, "survey")
    assert (given.program.id, given.amount, given.balance) == (program.id, 20, 20)
    assert held(shop, cid, card) == 0
    assert entries(shop, cid)[-1]["reason"] == "survey"


def test_a_birthday_bonus_in_the_birthday_month_once_a_year(shop):
    program = points_program(shop, birthday_bonus="50")
    cid = dana(shop)
    assert loyalty.bonus(shop, cid, "birthday", today=date(2025, 3, 10)) == []  # no birthday
    customers.update(shop, cid, {"birthday": "1990-03-15"})
    assert loyalty.bonus(shop, cid, "birthday", today=date(2025, 4, 10)) == []
    (given,) = loyalty.bonus(shop, cid, "birthday", today=date(2025, 3, 1))
    assert given.amount == 50
    assert loyalty.bonus(shop, cid, "birthday", today=date(2025, 3, 31)) == []
    with shop.write() as session:
        again = loyalty.give_bonus(session, shop.actor, cid, "birthday", date(2025, 3, 20))
    assert again == []
    assert held(shop, cid, program) == 50


def test_the_birthday_bonus_comes_again_the_next_year(shop):
    program = points_program(shop, birthday_bonus="50")
    cid = dana(shop)
    customers.update(shop, cid, {"birthday": "1990-03-15"})
    with shop.write() as session:  # a bonus given last year, in last year's birthday month
        ledger_rows.add_entries(session, [dict(
            program_id=program.id, customer_id=cid, at=datetime(2024, 3, 2),
            kind="bonus", amount=50, reason="birthday", staff_id=shop.actor.staff_id,
            created_at=datetime(2024, 3, 2), created_by=shop.actor.staff_id,
            created_workstation="till", created_channel="counter")])
    assert len(loyalty.bonus(shop, cid, "birthday", today=date(2025, 3, 2))) == 1
    assert held(shop, cid, program) == 100


def test_checkout_gives_the_birthday_bonus_when_due(shop):
    program = points_program(shop, birthday_bonus="50")
    cid = dana(shop)
    today = datetime.now().date()
    customers.update(shop, cid, {"birthday": date(1990, today.month, 1).isoformat()})
    first = purchases.record(shop, cid, total="12")
    assert [e.amount for e in first.loyalty] == [12, 50]
    second = purchases.record(shop, cid, total="12")
    assert [e.amount for e in second.loyalty] == [12]
    other = zoe(shop)
    customers.update(shop, other, {"birthday": date(1990, today.month % 12 + 1, 1).isoformat()})
    assert [e.amount for e in purchases.record(shop, other, total="12").loyalty] == [12]
    assert held(shop, cid, program) == 74


# -- expiry ---------------------------------------------------------------------------------------
def test_points_expire_for_customers_quiet_longer_than_the_expiry(shop):
    program = points_program(shop, expiry_days="30")
    card = punch_program(shop)
    quiet, regular = dana(shop), zoe(shop)
    now = datetime.now(UTC)
    purchases.record(shop, quiet, total="40", at=now - timedelta(days=40))
    purchases.record(shop, regular, total="25", at=now - timedelta(days=40))
    purchases.record(shop, regular, total="5", at=now - timedelta(days=5))
    naive = now.replace(tzinfo=None)
    assert loyalty.expire_due(shop, now=naive) == 1
    assert held(shop, quiet, program) == 0 and held(shop, regular, program) == 30
    assert held(shop, quiet, card) == 1  # punches don't expire
    last = entries(shop, quiet)[-1]
    assert (last["kind"], last["amount"], last["reason"]) == (
        "expire", -40, "no purchase for 30 days")
    assert loyalty.expire_due(shop, now=naive) == 0  # nothing left to expire
    assert loyalty.expire_due(shop, now=naive + timedelta(days=26)) == 1
    assert held(shop, regular, program) == 0


def test_an_undone_purchase_does_not_keep_points_alive(shop):
    program = points_program(shop, expiry_days="30")
    cid = dana(shop)
    now = datetime.now(UTC)
    purchases.record(shop, cid, total="40", at=now - timedelta(days=40))
    purchases.void(shop, purchases.record(shop, cid, total="1").id)
    assert loyalty.expire_due(shop, now=now.replace(tzinfo=None)) == 1
    assert held(shop, cid, program) == 0


# -- changing a program ---------------------------------------------------------------------------
def test_editing_a_program_changes_earning_from_now_on_only(shop):
    program = points_program(shop)
    card = punch_program(shop)
    cid = dana(shop)
    old = purchases.record(shop, cid, total="40")
    purchases.record(shop, cid, lines=[coffee()])
    changed = loyalty_programs.update_program(shop, program.id, {"points_per_unit": "2"})
    assert changed.points_per_unit == 2 and changed.threshold == 10 and changed.reward == "5.00 ILS"
    loyalty_programs.update_program(shop, card.id, {"punches": "5", "name": "Big coffee card"})
    assert [(e["kind"], e["amount"]) for e in entries(shop, cid)] == [
        ("earn", 40), ("earn", 1), ("earn", 12), ("earn", 1)]  # past entries as they were
    assert earned(purchases.record(shop, cid, total="10"), program) == 20
    by_name = {b.program.name: b for b in loyalty.balances(shop, cid)}
    assert by_name["Big coffee card"].balance == 3
    assert by_name["Big coffee card"].to_next == 2  # 3 punches of 5 now
    purchases.refund(shop, old.id, "10", "one back")  # taken back from what it earned then
    assert held(shop, cid, program) == 40 + 12 + 20 - 10
    trail = [a.detail for a in loyalty_trail(shop, program.id)]
    assert "points_per_unit" in trail[0]


def loyalty_trail(shop, program_id: int):
    from app.core import audit

    with shop.read() as session:
        return audit.trail(session, "program", program_id)


def test_a_paused_program_stops_earning_but_keeps_its_balances(shop):
    program = points_program(shop)
    cid = dana(shop)
    purchases.record(shop, cid, total="20")
    paused = loyalty_programs.update_program(shop, program.id, {"active": False})
    assert not paused.active
    assert purchases.record(shop, cid, total="20").loyalty == ()
    (shown,) = loyalty.balances(shop, cid)
    assert shown.balance == 20 and not shown.program.active


# -- cards ----------------------------------------------------------------------------------------
def test_a_lost_card_is_replaced_and_the_old_number_retired(shop):
    cid = dana(shop)
    old = customers.get(shop, cid).card_number
    new = loyalty.replace_card(shop, cid)
    assert new != old and cards.is_card_number(new)
    assert customers.get(shop, cid).card_number == new
    assert customers.find_by_card(shop, new).id == cid
    assert customers.find_by_card(shop, old) is None
    assert loyalty.retired_card_owner(shop, old) == cid
    assert loyalty.retired_card_owner(shop, new) is None
    assert ("replace_card", MANAGER[0]) in [(a.action, a.staff)
                                           for a in customers.history(shop, cid)]
    with pytest.raises(NotFound):
        loyalty.replace_card(shop, 999_999)


# -- figures --------------------------------------------------------------------------------------
def test_figures_outstanding_liability_and_flow(shop):
    program = points_program(shop)
    card = punch_program(shop)
    cid, other = dana(shop), zoe(shop)
    start = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)
    purchases.record(shop, cid, total="45.50")  # 45 points, 1 punch
    bought = purchases.record(shop, other, total="17")  # 17 points, 1 punch
    loyalty.redeem(shop, cid, program.id, 20)
    purchases.refund(shop, bought.id, "7", "part")  # 7 points back: 10 left
    third = customers.resolve(shop, "054-765-4321").id
    purchases.record(shop, third, total="10")
    loyalty.redeem(shop, third, program.id, 10)  # holds nothing any more
    end = datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=1)
    by_id = {f.program.id: f for f in loyalty_figures.figures(shop, start, end)}
    points = by_id[program.id]
    assert (points.outstanding, points.holders) == (35, 2)
    assert points.liability == 35 * 500 // 10 == 1750
    assert (points.issued, points.redeemed, points.redeemed_value) == (45 + 17 - 7 + 10, 30, 1500)
    punches = by_id[card.id]
    assert (punches.outstanding, punches.holders, punches.liability) == (2, 2, 0)
    before = loyalty_figures.figures(shop, start - timedelta(days=30), start)
    assert [(f.issued, f.redeemed, f.redeemed_value) for f in before] == [(0, 0, 0)] * 2
    assert before[0].outstanding == 35  # what is held now, whatever the range


def test_figures_count_a_reward_given_back_as_not_redeemed(shop):
    program = points_program(shop)
    cid = dana(shop)
    start = datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)
    purchases.record(shop, cid, total="30")
    today = purchases.record(shop, cid, total="1")
    loyalty.redeem(shop, cid, program.id, 10, purchase_id=today.id)
    purchases.void(shop, today.id)
    end = datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=1)
    (points,) = loyalty_figures.figures(shop, start, end)
    assert (points.issued, points.redeemed, points.redeemed_value) == (30, 0, 0)
    assert points.outstanding == 30 and points.liability == 1500

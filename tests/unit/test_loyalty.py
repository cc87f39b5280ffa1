"""Loyalty: programs, earning at checkout, redeeming, and take-backs on refunds and undos."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core import loyalty, loyalty_programs, purchases
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.purchases import LineInput
from app.store import loyalty as ledger_rows
from tests.conftest import CASHIER, staff_named
from tests.unit.loyalty_setup import (
    coffee,
    dana,
    earned,
    entries,
    held,
    points_program,
    punch_program,
    zoe,
)

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

"""Loyalty upkeep: adjustments, the ledger's trail, bonuses, expiry, program edits and
pauses, card replacement and the figures a manager reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.core import cards, customers, loyalty, loyalty_figures, loyalty_programs, purchases
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.store import loyalty as ledger_rows
from tests.conftest import CASHIER, MANAGER, staff_named
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

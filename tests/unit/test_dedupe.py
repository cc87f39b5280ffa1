"""Duplicates and the golden record: the finder's blocks and scores, a merge that moves
every row a customer owns and recounts the figures, and an undo that gives back exactly
what was there (or refuses, saying why, when later changes make it unsafe)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.core import (
    customer_merge,
    customers,
    duplicate_finder,
    loyalty,
    merge_undo,
    purchases,
    surveys,
)
from app.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.core.purchases import LineInput
from app.store import dedupe as dedupe_rows
from app.store.models import ConsentEvent, Customer
from tests.conftest import CASHIER, staff_named


def add(shop, **raw) -> int:
    return customers.register(shop, raw, force=True).id


def pair_ids(scan: duplicate_finder.Scan) -> dict[frozenset, duplicate_finder.Pair]:
    return {frozenset((p.keep.id, p.dup.id)): p for p in scan.pairs}


def row_of(shop, customer_id: int) -> dict:
    with shop.read() as session:
        return dedupe_rows.fields_of(session.get(Customer, customer_id))


def owned(shop, customer_id: int) -> dict[str, int]:
    with shop.read() as session:
        counts = {
            name: dedupe_rows.count_owned(session, model, customer_id)
            for name, model in dedupe_rows.OWNED.items()
        }
        counts["retired_cards"] = dedupe_rows.count_owned(
            session, dedupe_rows.RetiredCard, customer_id
        )
        return counts


def total_rows(shop) -> dict[str, int]:
    with shop.read() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model))
            for name, model in {**dedupe_rows.OWNED, "customers": Customer}.items()
        }


# -- finding ------------------------------------------------------------------------------
def test_the_same_phone_in_another_format_is_a_pair(shop):
    dana = customers.resolve(shop, "052-555-1234").id
    again = add(shop, first_name="Dana", last_name="Cohen", phone="+972 52 555 1234")
    pair = pair_ids(duplicate_finder.find(shop))[frozenset((dana, again))]
    assert pair.score == 95 and pair.reasons == ("phone", "name")
    assert pair.reason_text() == ["same phone", "same name"]
    assert pair.keep.id == dana  # the older record when neither has visits


def test_the_same_email_in_other_letters_is_a_pair(shop):
    zoe = customers.resolve(shop, "zoe@example.com").id
    again = add(shop, first_name="Zoe", last_name="MARTIN", email="ZOE@Example.COM")
    pair = pair_ids(duplicate_finder.find(shop))[frozenset((zoe, again))]
    assert "email" in pair.reasons and pair.name_score == 100 and pair.score >= 90


def test_jon_and_john_smith_born_the_same_day_are_a_pair(shop):
    john = add(
        shop, first_name="John", last_name="Smith", phone="052-555-2233", birthday="1980-04-02"
    )
    jon = add(
        shop, first_name="Jon", last_name="Smith", email="jon@example.com", birthday="1980-04-02"
    )
    pair = pair_ids(duplicate_finder.find(shop))[frozenset((john, jon))]
    assert "birthday" in pair.reasons and "name" in pair.reasons
    assert 90 <= pair.name_score < 100 and pair.score >= 75
    assert pair.reason_text() == ["same birthday", f"similar name {pair.name_score}"]


def test_hebrew_and_persian_names_pair_up(shop):
    avigail = customers.resolve(shop, "054-765-4321").id
    again = add(shop, first_name="אביגיל", last_name="לוי", phone="+972-54-765-4321")
    maryam = customers.resolve(shop, "+98 912 345 6789").id
    customers.update(shop, maryam, {"birthday": "1990-01-31"})
    # Arabic yeh typed on another keyboard: the same name once normalized
    arabic = add(
        shop,
        first_name="مريم",
        last_name="احمدي",
        email="maryam@example.com",
        birthday="1990-01-31",
    )
    found = pair_ids(duplicate_finder.find(shop))
    assert found[frozenset((avigail, again))].reasons == ("phone", "name")
    assert found[frozenset((maryam, arabic))].reasons == ("birthday", "name")


def test_unrelated_people_are_not_paired(shop):
    add(shop, first_name="Noa", last_name="Cohen", phone="052-555-9001")
    add(shop, first_name="David", last_name="Cohen", phone="052-555-9002", birthday="1975-05-05")
    add(shop, first_name="Dan", last_name="Levi", phone="052-555-9003", birthday="1975-05-05")
    add(shop, first_name="Dana", phone="052-555-9004")
    add(shop, first_name="Dana", phone="052-555-9005")
    scan = duplicate_finder.find(shop)
    assert scan.pairs == () and scan.found == 0 and scan.customers == 9


def test_the_scan_is_limited_reports_progress_and_can_be_cancelled(shop):
    for n in range(5):
        add(
            shop,
            first_name="Ruth",
            last_name=f"Ben{n}",
            phone=f"052-555-60{n}0",
            email=f"ruth{n}@example.com",
        )
        add(shop, first_name="Ruth", last_name=f"Ben{n}", phone=f"+97252555 60{n}0")
    seen = []
    scan = duplicate_finder.find(
        shop, limit=3, progress=lambda done, total: seen.append((done, total)) or True
    )
    assert len(scan.pairs) == 3 and scan.found == 5
    assert [p.score for p in scan.pairs] == sorted((p.score for p in scan.pairs), reverse=True)
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)
    stopped = duplicate_finder.find(shop, progress=lambda done, total: False)
    assert stopped.cancelled and stopped.pairs == ()
    with pytest.raises(ValidationError):
        duplicate_finder.find(shop, limit=0)


def test_name_blocks_never_split_one_name_across_chunks(shop):
    for n in range(7):
        add(shop, first_name=f"P{n}", last_name="Same", phone=f"052-555-800{n}")
    with shop.read() as session:
        blocks = list(dedupe_rows.name_blocks(session, "last_key", chunk=3))
    same = [b for b in blocks if b[0][2] == "same"]
    assert len(same) == 1 and len(same[0]) == 7
    assert sum(len(b) for b in blocks) == 11


# -- merging ------------------------------------------------------------------------------
@pytest.fixture
def twins(shop):
    """Dana Cohen twice: the second record with an e-mail, purchases (one refunded), points,
    a detractor's survey answer (so an alert), a kiosk hand-off, a consent event and an
    older lost card."""
    program = loyalty.add_program(
        shop,
        {
            "kind": "points",
            "name": "Café points",
            "points_per_unit": "1",
            "threshold": "10",
            "reward_value": "5",
        },
    )
    keep = customers.resolve(shop, "052-555-1234").id
    purchases.record(shop, keep, "30.00", at="2024-03-01T10:00")
    dup = add(
        shop,
        first_name="Dana",
        last_name="Cohn",
        phone="+972 52 555 1234",
        email="dana@example.com",
        notes="likes oat milk",
    )
    loyalty.replace_card(shop, dup)
    first = purchases.record(shop, dup, lines=[LineInput("Coffee", 2, "12")], at="2023-12-24T09:00")
    purchases.record(shop, dup, "50.00", at="2024-05-02T18:30")
    purchases.refund(shop, first.id, "4.00", reason="cold")
    nps = next(s for s in surveys.list_surveys(shop) if s.questions[0].kind == "nps")
    surveys.answer(
        shop, nps.id, {str(nps.questions[0].id): 2}, customer_id=dup, purchase_id=first.id
    )
    surveys.send_to_kiosk(shop, nps.id, customer_id=dup)
    with shop.write() as session:
        session.add(
            ConsentEvent(
                customer_id=dup,
                given=True,
                at=first.at,
                channel="counter",
                staff_id=None,
                workstation="till",
            )
        )
    return {"keep": keep, "dup": dup, "program": program}


def test_a_merge_moves_everything_and_recounts_the_figures(shop, twins):
    keep, dup = twins["keep"], twins["dup"]
    dup_card = customers.get(shop, dup).card_number
    rows_before = total_rows(shop)
    moving = customer_merge.preview(shop, keep, dup)
    assert moving.moving["purchases"] == 2 and moving.moving["alerts"] >= 1
    assert moving.suggested["email"] == "dup" and moving.suggested["first_name"] == "keep"

    done = customer_merge.merge(
        shop, keep, dup, {"email": "dup", "last_name": "dup", "phone": "dup"}
    )
    assert done.taken == ("last_name", "email")  # the phone is the same: nothing to take
    assert done.moved["purchases"] == 2 and done.moved["loyalty_entries"] >= 2
    assert done.moved["survey_responses"] == 1 and done.moved["kiosk_requests"] == 1
    assert done.moved["consent_events"] == 1 and done.moved["retired_cards"] == 1
    assert owned(shop, dup) == dict.fromkeys(owned(shop, dup), 0)
    assert total_rows(shop) == rows_before  # moved, nothing made or lost

    kept = row_of(shop, keep)
    assert kept["visits"] == 3 and kept["spend"] == 3000 + 2400 - 400 + 5000
    assert kept["first_visit"].startswith("2023-12-24") and kept["last_visit"].startswith(
        "2024-05-02"
    )
    assert kept["email"] == "dana@example.com" and kept["last_name"] == "Cohn"
    assert kept["notes"] == ""  # not chosen
    assert row_of(shop, dup)["visits"] == 0 and row_of(shop, dup)["merged_into"] == keep
    balance = next(b.balance for b in loyalty.balances(shop, keep))
    assert balance == 30 + 24 - 4 + 50
    # the merged card still finds the one kept; search shows only them
    assert customers.find_by_card(shop, dup_card).id == keep
    assert loyalty.retired_card_owner(shop, dup_card) == keep
    assert [c.id for c in customers.find(shop, "Dana")] == [keep]
    assert [c.id for c in customers.find(shop, "052-555-1234")] == [keep]
    assert customers.resolve(shop, "dana@example.com").id == keep
    actions = [(a.action, a.detail) for a in customers.history(shop, keep)]
    assert ("merge", f"merge {done.merge_id}: last_name,email") in actions
    assert customer_merge.recent_merges(shop)[0].merged_id == dup


def test_undo_gives_back_both_customers_exactly(shop, twins):
    keep, dup = twins["keep"], twins["dup"]
    before = (
        row_of(shop, keep),
        row_of(shop, dup),
        owned(shop, keep),
        owned(shop, dup),
        total_rows(shop),
    )
    dup_card = customers.get(shop, dup).card_number
    done = customer_merge.merge(shop, keep, dup, {f: "dup" for f in customer_merge.MERGE_FIELDS})
    assert row_of(shop, keep)["notes"] == "likes oat milk"

    undone = merge_undo.undo_merge(shop, done.merge_id)
    after = (
        row_of(shop, keep),
        row_of(shop, dup),
        owned(shop, keep),
        owned(shop, dup),
        total_rows(shop),
    )
    assert after == before and undone.moved == done.moved
    assert customers.find_by_card(shop, dup_card).id == dup
    assert loyalty.retired_card_owner(shop, dup_card) is None
    assert sorted(c.id for c in customers.find(shop, "Dana")) == sorted((keep, dup))
    assert customer_merge.recent_merges(shop)[0].undone_at is not None
    with pytest.raises(Conflict, match="already undone"):
        merge_undo.undo_merge(shop, done.merge_id)
    # once parted, they can be merged again
    assert customer_merge.merge(shop, keep, dup).merge_id > done.merge_id


@pytest.mark.parametrize(
    "later, words",
    [
        (lambda shop, t: customers.update(shop, t["keep"], {"notes": "VIP"}), "changed since"),
        (lambda shop, t: loyalty.redeem(shop, t["keep"], t["program"].id), "loyalty"),
        (lambda shop, t: loyalty.replace_card(shop, t["keep"]), "card_number"),
        (
            lambda shop, t: purchases.refund(
                shop, purchases.history(shop, t["keep"])[0].id, reason="broken"
            ),
            "refunded",
        ),
    ],
)
def test_undo_is_refused_when_later_changes_make_it_unsafe(shop, twins, later, words):
    done = customer_merge.merge(shop, twins["keep"], twins["dup"])
    later(shop, twins)
    before = row_of(shop, twins["keep"])
    with pytest.raises(Conflict, match=words):
        merge_undo.undo_merge(shop, done.merge_id)
    assert row_of(shop, twins["keep"]) == before


def test_a_new_purchase_after_the_merge_stays_with_the_kept_customer(shop, twins):
    keep, dup = twins["keep"], twins["dup"]
    before_dup = row_of(shop, dup)
    done = customer_merge.merge(shop, keep, dup)
    purchases.record(shop, keep, "10.00")
    merge_undo.undo_merge(shop, done.merge_id)
    assert row_of(shop, dup) == before_dup
    assert row_of(shop, keep)["visits"] == 2 and row_of(shop, keep)["spend"] == 4000


def test_a_later_merge_must_be_undone_first(shop, twins):
    keep, dup = twins["keep"], twins["dup"]
    first = customer_merge.merge(shop, keep, dup)
    zoe = customers.resolve(shop, "zoe@example.com").id
    second = customer_merge.merge(shop, zoe, keep)
    with pytest.raises(Conflict, match="later merge"):
        merge_undo.undo_merge(shop, first.merge_id)
    assert customers.find_by_card(shop, customers.get(shop, dup).card_number).id == zoe
    merge_undo.undo_merge(shop, second.merge_id)
    merge_undo.undo_merge(shop, first.merge_id)
    assert row_of(shop, dup)["merged_into"] is None


def test_a_cashier_may_not_merge_or_undo(shop, twins):
    done = customer_merge.merge(shop, twins["keep"], twins["dup"])
    shop.act_as(staff_named(shop, CASHIER[0]))
    with pytest.raises(PermissionDenied):
        customer_merge.merge(shop, twins["keep"], customers.resolve(shop, "zoe@example.com").id)
    with pytest.raises(PermissionDenied):
        merge_undo.undo_merge(shop, done.merge_id)
    assert row_of(shop, twins["dup"])["merged_into"] == twins["keep"]


def test_merging_oneself_a_merged_or_a_missing_customer_is_refused(shop, twins):
    keep, dup = twins["keep"], twins["dup"]
    with pytest.raises(ValidationError, match="themselves"):
        customer_merge.merge(shop, keep, keep)
    with pytest.raises(ValidationError, match="not a field"):
        customer_merge.merge(shop, keep, dup, {"card_number": "dup"})
    with pytest.raises(ValidationError, match="keep or dup"):
        customer_merge.merge(shop, keep, dup, {"email": "both"})
    with pytest.raises(NotFound):
        customer_merge.merge(shop, keep, 999_999)
    with pytest.raises(NotFound):
        merge_undo.undo_merge(shop, 999_999)
    customer_merge.merge(shop, keep, dup)
    zoe = customers.resolve(shop, "zoe@example.com").id
    for a, b in ((zoe, dup), (dup, zoe)):
        with pytest.raises(Conflict, match="already merged"):
            customer_merge.merge(shop, a, b)
    assert all(p.dup.id != dup and p.keep.id != dup for p in duplicate_finder.find(shop).pairs)


def test_birthdays_differ_and_names_alike_are_not_enough(shop):
    a = add(
        shop, first_name="Sara", last_name="Katz", phone="052-555-7001", birthday=date(1970, 1, 1)
    )
    b = add(
        shop, first_name="Sarah", last_name="Katz", phone="052-555-7002", birthday=date(1985, 6, 6)
    )
    assert frozenset((a, b)) not in pair_ids(duplicate_finder.find(shop))

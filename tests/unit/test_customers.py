"""The customer book in core: register, validate, duplicates, update, provenance, resolve."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core import cards, customers
from app.core.errors import DuplicateCustomer, NotFound, ValidationError
from tests.conftest import CASHIER, MANAGER, staff_named


def register(shop, **raw):
    return customers.register(shop, raw)


# -- registering --------------------------------------------------------------------------
def test_register_with_a_first_name_and_a_phone(shop):
    before = customers.count(shop)
    member = register(shop, first_name="Avi", phone="052-700-1000")
    assert (member.first_name, member.last_name) == ("Avi", "")
    assert member.phone == "+972527001000"
    assert member.phone_display == "052-700-1000"
    assert member.email is None
    assert customers.count(shop) == before + 1
    assert customers.get(shop, member.id) == member


def test_register_with_a_first_name_and_an_email(shop):
    member = register(shop, first_name="Bea", email="bea@example.net")
    assert member.phone is None and member.email == "bea@example.net"


def test_register_needs_a_phone_or_an_email(shop):
    before = customers.count(shop)
    for raw in ({"first_name": "Cleo"}, {"first_name": "Cleo", "phone": "", "email": "  "}):
        with pytest.raises(ValidationError) as caught:
            customers.register(shop, raw)
        assert caught.value.field == "phone"
        assert "phone number or an e-mail" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        register(shop, phone="052-700-1001")
    assert caught.value.field == "first_name"
    assert customers.count(shop) == before


def test_every_bad_field_is_reported_at_once(shop):
    before = customers.count(shop)
    with pytest.raises(ValidationError) as caught:
        register(shop, first_name="", phone="12", email="no-at-sign", birthday="31/12/1990",
                 how_heard="carrier pigeon", income_range="millions", last_name="x" * 81)
    errors = caught.value.errors
    assert set(errors) == {"first_name", "phone", "email", "birthday", "how_heard",
                           "income_range", "last_name"}
    assert errors["birthday"] == "Write the birthday as YYYY-MM-DD."
    assert errors["how_heard"].startswith("Choose one of: friend")
    assert errors["email"].startswith("That e-mail address is not valid")
    assert "phone" in errors["phone"]
    assert errors["last_name"] == "That is too long: at most 80 characters."
    assert caught.value.field in errors and caught.value.message == errors[caught.value.field]
    assert customers.count(shop) == before


def test_a_future_birthday_is_reported_with_the_other_bad_fields(shop):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as caught:
        register(shop, first_name="Fay", phone="052-555-12", email="fay@", birthday=tomorrow,
                 how_heard="tv")
    assert set(caught.value.errors) == {"phone", "email", "birthday", "how_heard"}
    assert caught.value.errors["birthday"] == "That birthday can't be right."


@pytest.mark.parametrize("birthday", [
    (date.today() + timedelta(days=1)).isoformat(), "1899-12-31", "2023-02-30",
], ids=["tomorrow", "before-1900", "no-such-day"])
def test_impossible_birthdays_are_refused(shop, birthday):
    with pytest.raises(ValidationError) as caught:
        register(shop, first_name="Dov", phone="052-700-1002", birthday=birthday)
    assert set(caught.value.errors) == {"birthday"}


def test_optional_fields_are_kept(shop):
    member = register(
        shop, first_name="  Eli ", last_name="Mor", email="eli@example.com",
        birthday="1980-05-17", how_heard="friend", tags="vip, coffee,vip", notes=" likes oat ",
        income_range="25k_50k", children="3+", marketing_consent="yes",
    )
    assert member.first_name == "Eli"
    assert member.birthday == date(1980, 5, 17)
    assert member.how_heard == "friend"
    assert member.tags == ("vip", "coffee")
    assert member.notes == "likes oat"
    assert (member.income_range, member.children) == ("25k_50k", "3+")
    assert member.marketing_consent and member.consent_at is not None
    assert member.consent_channel == "counter"


def test_an_unknown_field_is_refused(shop):
    with pytest.raises(ValidationError) as caught:
        register(shop, first_name="Gil", phone="052-700-1003", salary="100")
    assert caught.value.field == "salary"


@pytest.mark.parametrize("typed", ["052-555 7777", "+972 52 555 7777", "(052) 5557777",
                                   "0525557777", "00972-52-555-7777"])
def test_phones_are_stored_in_e164(shop, typed):
    member = register(shop, first_name="Hila", phone=typed)
    assert member.phone == "+972525557777"


def test_emails_are_stored_in_lower_case(shop):
    member = register(shop, first_name="Ido", email="  Ido.Katz@Example.COM ")
    assert member.email == "ido.katz@example.com"


def test_card_numbers_are_valid_and_unique(shop):
    made = [register(shop, first_name=f"Card{i}", phone=f"052-710-{i:04d}") for i in range(40)]
    numbers = [m.card_number for m in made]
    assert all(cards.is_card_number(n) for n in numbers)
    everyone = customers.find(shop, "", limit=1000)
    assert len({c.card_number for c in everyone}) == len(everyone)


# -- duplicates -------------------------------------------------------------------------------
def test_the_same_phone_in_another_format_is_a_duplicate(shop):
    dana = customers.resolve(shop, "052-555-1234")
    before = customers.count(shop)
    with pytest.raises(DuplicateCustomer) as caught:
        register(shop, first_name="Someone", phone="+972 (52) 555-1234")
    assert [m.customer.id for m in caught.value.matches] == [dana.id]
    assert caught.value.matches[0].reason == "phone"
    assert "Dana Cohen" in caught.value.message
    assert customers.count(shop) == before

    forced = customers.register(shop, {"first_name": "Someone", "phone": "0525551234"},
                                force=True)
    assert forced.phone == dana.phone and forced.id != dana.id


def test_the_same_email_in_another_case_is_a_duplicate(shop):
    with pytest.raises(DuplicateCustomer) as caught:
        register(shop, first_name="Z", email="ZOE@Example.com")
    assert caught.value.matches[0].reason == "email"
    assert caught.value.matches[0].customer.first_name == "Zoë"


def test_likely_duplicates_while_typing(shop):
    dana = customers.resolve(shop, "052-555-1234")
    zoe = customers.resolve(shop, "zoe@example.com")

    by_phone = customers.likely_duplicates(shop, {"phone": "052 555 1234"})
    assert [(m.customer.id, m.reason, m.score) for m in by_phone] == [(dana.id, "phone", 100)]

    by_email = customers.likely_duplicates(shop, {"email": "Zoe@Example.com"})
    assert [(m.customer.id, m.reason) for m in by_email] == [(zoe.id, "email")]

    by_name = customers.likely_duplicates(shop, {"first_name": "Dana", "last_name": "Cohenn"})
    assert [(m.customer.id, m.reason) for m in by_name] == [(dana.id, "name")]
    assert 90 <= by_name[0].score < 100

    accents = customers.likely_duplicates(shop, {"first_name": "zoe", "last_name": "MARTIN"})
    assert [m.customer.id for m in accents] == [zoe.id]

    assert customers.likely_duplicates(shop, {"first_name": "Dana", "last_name": "Levi"}) == []
    assert customers.likely_duplicates(shop, {"phone": "052-55"}) == []  # half typed
    assert customers.likely_duplicates(shop, {"email": "zoe@"}) == []
    # Editing Dana herself: she is not her own duplicate.
    assert customers.likely_duplicates(
        shop, {"first_name": "Dana", "last_name": "Cohen", "phone": "0525551234"},
        exclude_id=dana.id) == []


# -- updates and provenance ---------------------------------------------------------------
def test_provenance_on_create(shop):
    shop.act_as(staff_named(shop, CASHIER[0]))
    member = register(shop, first_name="Jon", phone="052-700-1004")
    assert member.created_by == CASHIER[0]
    assert member.created_channel == "counter"
    assert member.created_workstation == shop.actor.workstation != ""
    assert member.created_at is not None
    assert member.updated_at is None and member.updated_by == ""
    [entry] = customers.history(shop, member.id)
    assert (entry.action, entry.staff, entry.channel) == ("create", CASHIER[0], "counter")
    assert entry.detail == "first_name,phone"  # the fields given, never their values


def test_update_changes_only_the_given_fields(shop):
    dana = customers.get(shop, customers.resolve(shop, "052-555-1234").id)
    shop.act_as(staff_named(shop, CASHIER[0]))
    updated = customers.update(shop, dana.id, {"last_name": "Cohen-Levi",
                                               "notes": "Secret note 4711"})
    assert (updated.last_name, updated.notes) == ("Cohen-Levi", "Secret note 4711")
    for unchanged in ("first_name", "phone", "email", "card_number", "birthday", "created_by",
                      "created_at", "created_channel"):
        assert getattr(updated, unchanged) == getattr(dana, unchanged)
    assert updated.created_by == MANAGER[0]
    assert updated.updated_by == CASHIER[0]
    assert updated.updated_workstation == shop.actor.workstation
    assert updated.updated_channel == "counter"
    assert updated.updated_at is not None
    assert customers.get(shop, dana.id) == updated

    entry = customers.history(shop, dana.id)[0]
    assert (entry.action, entry.staff) == ("update", CASHIER[0])
    assert entry.detail == "last_name,notes"
    assert "Cohen-Levi" not in entry.detail and "4711" not in entry.detail


def test_an_update_that_changes_nothing_records_nothing(shop):
    dana = customers.resolve(shop, "052-555-1234")
    trail = customers.history(shop, dana.id)
    same = customers.update(shop, dana.id, {"phone": "+972 52-555-1234", "first_name": "Dana"})
    assert same.updated_at is None
    assert customers.history(shop, dana.id) == trail


def test_update_validates_like_register(shop):
    dana = customers.resolve(shop, "052-555-1234")
    with pytest.raises(ValidationError) as caught:
        customers.update(shop, dana.id, {"email": "bad", "birthday": "tomorrow"})
    assert set(caught.value.errors) == {"email", "birthday"}
    with pytest.raises(ValidationError):
        customers.update(shop, dana.id, {"first_name": " "})
    with pytest.raises(DuplicateCustomer):
        customers.update(shop, dana.id, {"email": "zoe@example.com"})
    assert customers.get(shop, dana.id).email is None
    with pytest.raises(NotFound):
        customers.update(shop, 999_999, {"notes": "x"})


def test_update_may_not_clear_both_phone_and_email(shop):
    zoe = customers.resolve(shop, "zoe@example.com")
    with pytest.raises(ValidationError) as caught:
        customers.update(shop, zoe.id, {"email": ""})
    assert caught.value.field == "phone"
    assert customers.get(shop, zoe.id).email == "zoe@example.com"

    both = register(shop, first_name="Kim", phone="052-700-1005", email="kim@example.com")
    with pytest.raises(ValidationError):
        customers.update(shop, both.id, {"phone": "", "email": None})
    kept = customers.update(shop, both.id, {"phone": ""})  # one of them is enough
    assert kept.phone is None and kept.email == "kim@example.com"
    with pytest.raises(ValidationError):
        customers.update(shop, both.id, {"email": " "})


def test_open_profile_records_who_looked(shop):
    zoe = customers.resolve(shop, "zoe@example.com")
    shop.act_as(staff_named(shop, CASHIER[0]))
    profile = customers.open_profile(shop, zoe.id)
    assert profile.email == "zoe@example.com"
    entry = customers.history(shop, zoe.id)[0]
    assert (entry.action, entry.staff, entry.channel) == ("view", CASHIER[0], "counter")
    with pytest.raises(NotFound):
        customers.open_profile(shop, 999_999)


# -- resolving a reference ------------------------------------------------------------------
def test_resolve_by_id_card_email_and_phone(shop):
    dana = customers.resolve(shop, "052-555-1234")
    for ref in (str(dana.id), dana.card_number, f" {dana.card_number} ", "+972525551234",
                "+972 52 555 1234", "(052) 555-1234", "0525551234"):
        assert customers.resolve(shop, ref).id == dana.id, ref
    zoe = customers.resolve(shop, "ZOE@EXAMPLE.COM")
    assert zoe.first_name == "Zoë"
    assert customers.resolve(shop, "+98 912 345 6789").first_name == "مریم"


@pytest.mark.parametrize("ref", ["999999", "nobody@example.com", "052-000-0000",
                                 "290000000000", "not@valid", "", "dana", "+1"])
def test_resolve_finds_nobody(shop, ref):
    with pytest.raises(NotFound):
        customers.resolve(shop, ref)

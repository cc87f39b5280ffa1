"""Staff accounts: PIN sign-in, the growing lock-out, roles and who may manage staff."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from app.core import audit
from app.core import staff as staff_core
from app.core.errors import AccountLocked, NotFound, PermissionDenied, ValidationError, WrongPin
from app.core.shop import Shop
from app.store.models import AuditEntry, Staff
from tests.conftest import CASHIER, FAST_KDF, MANAGER, PASSPHRASE, staff_named


def staff_row(shop: Shop, staff_id: int) -> SimpleNamespace:
    """The stored row, as it is on disk now."""
    with shop.db.read() as session:
        row = session.get(Staff, staff_id)
        return SimpleNamespace(failed_pins=row.failed_pins, locked_until=row.locked_until,
                               active=row.active, pin_hash=row.pin_hash)


def reopen(shop: Shop) -> Shop:
    shop.close()
    return Shop.open(shop.folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)


def unlock_now(shop: Shop, staff_id: int) -> None:
    """What waiting out the lock-out does: its end moves into the past."""
    with shop.db.write() as session:
        session.execute(update(Staff).where(Staff.id == staff_id)
                        .values(locked_until=audit.now() - timedelta(seconds=1)))


# -- sign-in ----------------------------------------------------------------------------------
def test_sign_in_with_the_right_pin(shop):
    shop.sign_out()
    sam = staff_named(shop, CASHIER[0])
    member = shop.sign_in(sam.id, CASHIER[1])
    assert (member.name, member.role) == (CASHIER[0], "cashier")
    assert (shop.actor.staff_id, shop.actor.role) == (sam.id, "cashier")
    assert not shop.actor.is_manager


def test_a_wrong_pin_is_refused_and_counted(shop):
    shop.sign_out()
    sam = staff_named(shop, CASHIER[0])
    with pytest.raises(WrongPin) as caught:
        shop.sign_in(sam.id, "9999")
    assert caught.value.message == "That PIN is not right."
    assert shop.actor.staff_id is None  # still nobody signed in
    assert staff_row(shop, sam.id).failed_pins == 1
    shop.sign_in(sam.id, CASHIER[1])  # the right PIN resets the count
    assert staff_row(shop, sam.id).failed_pins == 0
    assert staff_row(shop, sam.id).locked_until is None


def test_sign_in_attempts_are_audited(shop):
    sam = staff_named(shop, CASHIER[0])
    with pytest.raises(WrongPin):
        shop.sign_in(sam.id, "0000")
    shop.sign_in(sam.id, CASHIER[1])
    with shop.db.read() as session:
        actions = list(session.execute(
            select(AuditEntry.action, AuditEntry.staff_id)
            .where(AuditEntry.entity == "staff", AuditEntry.entity_id == sam.id)
            .order_by(AuditEntry.id)).all())
    assert [a for a, _ in actions[-2:]] == ["login_failed", "login"]
    assert actions[-1][1] == sam.id  # the sign-in is Sam's own entry


def test_unknown_staff_cannot_sign_in(shop):
    with pytest.raises(NotFound):
        shop.sign_in(9999, "1234")


# -- lock-out ---------------------------------------------------------------------------------
def test_lock_seconds_grow_and_are_capped():
    assert [staff_core.lock_seconds(n) for n in range(12)] == [
        0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert staff_core.lock_seconds(50) == 3600
    assert staff_core.lock_seconds(10_000) == 3600  # no overflow, no huge number


def test_three_wrong_pins_lock_even_the_right_pin(shop):
    sam = staff_named(shop, CASHIER[0])
    for _ in range(2):
        with pytest.raises(WrongPin):
            shop.sign_in(sam.id, "0000")
    with pytest.raises(AccountLocked) as caught:
        shop.sign_in(sam.id, "0000")
    assert caught.value.seconds_left == 30
    assert "30 seconds" in caught.value.message

    with pytest.raises(AccountLocked) as caught:
        shop.sign_in(sam.id, CASHIER[1])
    assert 0 < caught.value.seconds_left <= 31
    assert staff_row(shop, sam.id).failed_pins == 3  # tries while locked don't count


def test_the_failed_count_survives_a_reopen(shop):
    """The count is committed even though sign_in raises: closing the app doesn't reset it."""
    sam = staff_named(shop, CASHIER[0])
    for _ in range(2):
        with pytest.raises(WrongPin):
            shop.sign_in(sam.id, "0000")
    shop = reopen(shop)
    try:
        assert staff_row(shop, sam.id).failed_pins == 2
        with pytest.raises(AccountLocked) as caught:  # the third try overall locks
            shop.sign_in(sam.id, "0000")
        assert caught.value.seconds_left == 30
        shop = reopen(shop)
        row = staff_row(shop, sam.id)
        assert row.failed_pins == 3
        assert row.locked_until is not None and row.locked_until > audit.now()
        with pytest.raises(AccountLocked):
            shop.sign_in(sam.id, CASHIER[1])
    finally:
        shop.close()


def test_the_lock_out_grows_after_each_wrong_pin(shop):
    sam = staff_named(shop, CASHIER[0])
    seen = []
    for _ in range(6):
        try:
            shop.sign_in(sam.id, "0000")
        except WrongPin:
            seen.append(0)
        except AccountLocked as locked:
            seen.append(locked.seconds_left)
            unlock_now(shop, sam.id)
    assert seen == [0, 0, 30, 60, 120, 240]
    member = shop.sign_in(sam.id, CASHIER[1])  # after the wait, the right PIN works
    assert member.id == sam.id
    assert staff_row(shop, sam.id).failed_pins == 0


# -- accounts ---------------------------------------------------------------------------------
def test_disabled_staff_cannot_sign_in(shop):
    sam = staff_named(shop, CASHIER[0])
    shop.set_staff_active(sam.id, False)
    assert CASHIER[0] not in [m.name for m in shop.staff_list()]
    assert CASHIER[0] in [m.name for m in shop.staff_list(include_inactive=True)]
    with pytest.raises(NotFound):
        shop.sign_in(sam.id, CASHIER[1])
    shop.set_staff_active(sam.id, True)
    assert shop.sign_in(sam.id, CASHIER[1]).name == CASHIER[0]


def test_the_last_active_manager_cannot_be_disabled(shop):
    maya = staff_named(shop, MANAGER[0])
    with pytest.raises(ValidationError) as caught:
        shop.set_staff_active(maya.id, False)
    assert caught.value.field == "active"
    assert "at least one active manager" in caught.value.message
    assert staff_row(shop, maya.id).active

    second = shop.add_staff("Noa", "manager", "5678")
    shop.set_staff_active(maya.id, False)  # another manager is left: allowed
    assert not staff_row(shop, maya.id).active
    shop.act_as(second)
    with pytest.raises(ValidationError):
        shop.set_staff_active(second.id, False)


def test_a_disabled_manager_does_not_count_as_active(shop):
    noa = shop.add_staff("Noa", "manager", "5678")
    shop.set_staff_active(noa.id, False)
    with pytest.raises(ValidationError):
        shop.set_staff_active(staff_named(shop, MANAGER[0]).id, False)


@pytest.mark.parametrize(("name", "role", "pin", "field", "message"), [
    ("", "cashier", "1234", "name", "Type the staff member's name."),
    ("   ", "cashier", "1234", "name", "Type the staff member's name."),
    ("x" * 81, "cashier", "1234", "name", "A name can be at most 80 characters."),
    ("maya", "cashier", "1234", "name", "There is already a staff member called maya."),
    ("Lior", "owner", "1234", "role", "The role is cashier or manager."),
    ("Lior", "cashier", "123", "pin", "A PIN is 4 to 8 digits."),
    ("Lior", "cashier", "123456789", "pin", "A PIN is 4 to 8 digits."),
    ("Lior", "cashier", "12a4", "pin", "A PIN is 4 to 8 digits."),
    ("Lior", "cashier", "12 34", "pin", "A PIN is 4 to 8 digits."),
    ("Lior", "cashier", "", "pin", "A PIN is 4 to 8 digits."),
])
def test_staff_validation_messages(shop, name, role, pin, field, message):
    before = shop.staff_list(include_inactive=True)
    with pytest.raises(ValidationError) as caught:
        shop.add_staff(name, role, pin)
    assert (caught.value.field, caught.value.message) == (field, message)
    assert shop.staff_list(include_inactive=True) == before


def test_names_are_tidied(shop):
    member = shop.add_staff("  Lior   Ben  David ", "cashier", "87654321")
    assert member.name == "Lior Ben David"
    assert shop.sign_in(member.id, "87654321").name == "Lior Ben David"


def test_only_a_manager_manages_staff(shop):
    shop.act_as(staff_named(shop, CASHIER[0]))
    maya = staff_named(shop, MANAGER[0])
    with pytest.raises(PermissionDenied):
        shop.add_staff("Lior", "cashier", "4321")
    with pytest.raises(PermissionDenied):
        shop.set_staff_active(maya.id, False)
    with pytest.raises(PermissionDenied):
        shop.save_settings(shop_name="Cashier's shop")
    shop.sign_out()
    with pytest.raises(PermissionDenied):
        shop.add_staff("Lior", "cashier", "4321")
    assert "Lior" not in [m.name for m in shop.staff_list(include_inactive=True)]
    assert shop.settings.shop_name == "Corner Café"


def test_pins_are_stored_as_argon2id_hashes(shop):
    shop.add_staff("Lior", "cashier", "13579")
    with shop.db.read() as session:
        hashes = {row.name: row.pin_hash for row in session.scalars(select(Staff))}
    assert set(hashes) == {MANAGER[0], CASHIER[0], "Lior"}
    for name, pin in (MANAGER, CASHIER, ("Lior", "13579")):
        assert hashes[name].startswith("$argon2id$")
        assert pin not in hashes[name]
    assert len(set(hashes.values())) == 3  # salted
    # Two staff with the same PIN still get different hashes.
    shop.add_staff("Noa", "cashier", CASHIER[1])
    with shop.db.read() as session:
        noa = session.scalar(select(Staff.pin_hash).where(Staff.name == "Noa"))
    assert noa != hashes[CASHIER[0]]


def test_a_pin_in_persian_digits_is_the_same_pin(shop):
    added = shop.add_staff("Parisa", "cashier", "۵۶۷۸")
    assert shop.sign_in(added.id, "5678").name == "Parisa"
    assert shop.sign_in(added.id, "٥٦٧٨").name == "Parisa"  # Arabic-Indic digits too

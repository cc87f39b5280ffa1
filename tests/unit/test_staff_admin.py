"""A manager sets a new PIN for a staff member: the old PIN stops working, a lock-out ends,
the change is audited, and nobody else may do it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core import audit
from app.core import staff as staff_core
from app.core.errors import AccountLocked, NotFound, PermissionDenied, ValidationError, WrongPin
from app.store.models import AuditEntry, Staff
from tests.conftest import CASHIER, MANAGER, staff_named


def lock_out(shop, staff_id: int) -> None:
    for _ in range(staff_core.FREE_TRIES):
        with pytest.raises((WrongPin, AccountLocked)):
            shop.sign_in(staff_id, "0000")


def stored(shop, staff_id: int) -> Staff:
    with shop.db.read() as session:
        row = session.get(Staff, staff_id)
        session.expunge(row)
        return row


def test_a_new_pin_replaces_the_old_one(shop):
    sam = staff_named(shop, CASHIER[0])
    member = staff_core.reset_staff_pin(shop, sam.id, "86420")
    assert (member.id, member.locked_until) == (sam.id, None)
    with pytest.raises(WrongPin):
        shop.sign_in(sam.id, CASHIER[1])
    assert shop.sign_in(sam.id, "86420").id == sam.id


def test_a_new_pin_ends_a_lock_out(shop):
    sam = staff_named(shop, CASHIER[0])
    lock_out(shop, sam.id)
    assert stored(shop, sam.id).locked_until > audit.now()
    staff_core.reset_staff_pin(shop, sam.id, "13579")
    row = stored(shop, sam.id)
    assert (row.failed_pins, row.locked_until) == (0, None)
    assert shop.sign_in(sam.id, "13579").name == CASHIER[0]


def test_the_pin_is_hashed_and_persian_digits_count(shop):
    sam = staff_named(shop, CASHIER[0])
    staff_core.reset_staff_pin(shop, sam.id, "۱۲۳۴۵")
    assert "12345" not in stored(shop, sam.id).pin_hash
    assert stored(shop, sam.id).pin_hash.startswith("$argon2id$")
    assert shop.sign_in(sam.id, "12345").id == sam.id


def test_reset_is_audited_and_stamped(shop):
    sam, maya = staff_named(shop, CASHIER[0]), staff_named(shop, MANAGER[0])
    staff_core.reset_staff_pin(shop, sam.id, "24680")
    with shop.db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (entry.action, entry.entity, entry.entity_id, entry.staff_id) == (
            "reset_pin", "staff", sam.id, maya.id)
        assert "24680" not in entry.detail
    assert stored(shop, sam.id).updated_by == maya.id


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "12 34"])
def test_a_bad_pin_changes_nothing(shop, pin):
    sam = staff_named(shop, CASHIER[0])
    before = stored(shop, sam.id).pin_hash
    with pytest.raises(ValidationError) as caught:
        staff_core.reset_staff_pin(shop, sam.id, pin)
    assert (caught.value.field, caught.value.message) == ("pin", "A PIN is 4 to 8 digits.")
    assert stored(shop, sam.id).pin_hash == before
    assert shop.sign_in(sam.id, CASHIER[1]).id == sam.id


def test_only_a_manager_may_reset_a_pin(shop):
    sam, maya = staff_named(shop, CASHIER[0]), staff_named(shop, MANAGER[0])
    shop.act_as(sam)
    before = stored(shop, maya.id).pin_hash
    with pytest.raises(PermissionDenied):
        staff_core.reset_staff_pin(shop, maya.id, "99999")
    assert stored(shop, maya.id).pin_hash == before


def test_an_unknown_member_is_not_found(shop):
    with pytest.raises(NotFound):
        staff_core.reset_staff_pin(shop, 9999, "12345")

"""Staff accounts, PINs (Argon2id) and sign-in with a growing lock-out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.core import audit
from app.core.errors import (
    AccountLocked,
    CounterpartError,
    NotFound,
    PermissionDenied,
    ValidationError,
    WrongPin,
)
from app.core.normalize import digits_of
from app.store import staff as staff_rows

ROLES = ("cashier", "manager")
FREE_TRIES = 3  # wrong PINs before the first lock-out
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600
_hasher = PasswordHasher()  # Argon2id with the library's current recommended cost


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    active: bool
    locked_until: datetime | None

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "role": self.role, "active": self.active}


def _view(row) -> StaffMember:
    return StaffMember(row.id, row.name, row.role, row.active, row.locked_until)


def validate_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("name", "Type the staff member's name.")
    if len(name) > 80:
        raise ValidationError("name", "A name can be at most 80 characters.")
    return name


def validate_pin(pin: str) -> str:
    """4-8 digits; Persian or Arabic-Indic digits count as the same 0-9 a numpad types."""
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValidationError("pin", "A PIN is 4 to 8 digits.")
    return digits_of(pin)


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role", "The role is cashier or manager.")
    return role


def add(session, actor, name: str, role: str, pin: str) -> StaffMember:
    """Add an account. The caller checks the actor may (see require_manager)."""
    name, role, pin = validate_name(name), validate_role(role), validate_pin(pin)
    if staff_rows.by_name(session, name):
        raise ValidationError("name", "There is already a staff member called {name}.", name=name)
    row = staff_rows.add(
        session, name=name, role=role, pin_hash=_hasher.hash(pin), active=True, failed_pins=0,
        created_at=audit.now(), created_by=actor.staff_id,
        created_workstation=actor.workstation, created_channel=actor.channel,
    )
    audit.record(session, actor, "create", "staff", row.id, f"role={role}")
    return _view(row)


def listing(session, include_inactive: bool = False) -> list[StaffMember]:
    return [_view(r) for r in staff_rows.listing(session, include_inactive)]


def set_active(session, actor, staff_id: int, active: bool) -> StaffMember:
    row = staff_rows.get(session, staff_id)
    if row is None:
        raise NotFound("No such staff member.")
    if not active and row.role == "manager" and _active_managers(session) == [row.id]:
        raise ValidationError("active", "The shop needs at least one active manager.")
    row.active = active
    _stamp_update(row, actor)
    audit.record(session, actor, "enable" if active else "disable", "staff", row.id)
    return _view(row)


def _active_managers(session) -> list[int]:
    return [r.id for r in staff_rows.listing(session) if r.role == "manager"]


def _stamp_update(row, actor) -> None:
    row.updated_at = audit.now()
    row.updated_by = actor.staff_id
    row.updated_workstation = actor.workstation
    row.updated_channel = actor.channel


def lock_seconds(failed: int) -> int:
    """0 while tries are free; then 30 s, 60 s, 120 s ... up to an hour."""
    if failed < FREE_TRIES:
        return 0
    return min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failed - FREE_TRIES))


def check_pin(session, actor, staff_id: int, pin: str) -> StaffMember | CounterpartError:
    """Check a PIN. Wrong PINs count up and lock the account for a growing time.

    A refusal is returned, not raised, so the caller commits the count before raising it."""
    row = staff_rows.get(session, staff_id)
    if row is None or not row.active:
        raise NotFound("No such staff member.")
    now = audit.now()
    if row.locked_until and row.locked_until > now:
        left = int((row.locked_until - now).total_seconds()) + 1
        return AccountLocked("Too many wrong PINs. Try again in {seconds} seconds.", left,
                             seconds=left)
    try:
        _hasher.verify(row.pin_hash, digits_of(pin))
    except (VerificationError, InvalidHashError):
        row.failed_pins += 1
        wait = lock_seconds(row.failed_pins)
        row.locked_until = now + timedelta(seconds=wait) if wait else None
        audit.record(session, actor, "login_failed", "staff", row.id)
        if wait:
            return AccountLocked("Too many wrong PINs. Try again in {seconds} seconds.", wait,
                                 seconds=wait)
        return WrongPin("That PIN is not right.")
    if _hasher.check_needs_rehash(row.pin_hash):
        row.pin_hash = _hasher.hash(pin)
    row.failed_pins = 0
    row.locked_until = None
    # the entry names who signed in: before it, the workstation had nobody signed in
    audit.record(session, replace(actor, staff_id=row.id, staff_name=row.name, role=row.role),
                 "login", "staff", row.id)
    return _view(row)


def require_manager(actor) -> None:
    if not actor.is_manager:
        raise PermissionDenied("Only a manager can do that.")


def reset_pin(session, actor, staff_id: int, new_pin: str) -> StaffMember:
    """A manager sets a new PIN for someone; it also ends any lock-out. The caller checks
    the actor may (see require_manager)."""
    pin = validate_pin(new_pin)
    row = staff_rows.get(session, staff_id)
    if row is None:
        raise NotFound("No such staff member.")
    row.pin_hash = _hasher.hash(pin)
    row.failed_pins = 0
    row.locked_until = None
    _stamp_update(row, actor)
    audit.record(session, actor, "reset_pin", "staff", row.id)
    return _view(row)


def reset_staff_pin(shop, staff_id: int, pin: str) -> StaffMember:
    """reset_pin for the GUI and the command line: managers only, in its own transaction."""
    require_manager(shop.actor)
    with shop.write() as session:
        return reset_pin(session, shop.actor, staff_id, pin)

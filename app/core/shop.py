"""The Shop facade: one open, unlocked shop file, its settings, and who is signed in."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from app.core import audit, paths, staff
from app.core.context import Actor, this_workstation
from app.core.errors import Message, ShopExists, ShopMissing, StoreCorrupt, ValidationError
from app.core.settings import ShopSettings
from app.store import schema
from app.store import settings as settings_rows
from app.store.engine import Database

MIN_PASSPHRASE = 8


def passphrase_strength(passphrase: str) -> tuple[int, Message]:
    """0-4 and a hint in plain words (a Message a screen translates). Length matters most
    for a passphrase."""
    kinds = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    n = len(passphrase)
    if n < MIN_PASSPHRASE:
        return 0, Message("Too short: use at least {least} characters.", least=MIN_PASSPHRASE)
    if n < 12 and kinds < 3:
        return 1, Message("Weak: add words, or mix letters, digits and symbols.")
    if n < 16:
        return 2 if kinds < 3 else 3, Message("Fair: a few more words make it strong.")
    return 4, Message("Strong.")


def validate_passphrase(passphrase: str, repeat: str | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase", "The passphrase needs at least {count} characters.", count=MIN_PASSPHRASE
        )
    if repeat is not None and repeat != passphrase:
        raise ValidationError("passphrase_repeat", "The two passphrases are not the same.")


def shop_exists(folder: Path) -> bool:
    return paths.db_path(folder).exists()


class Shop:
    def __init__(self, db: Database, folder: Path, channel: str, workstation: str | None = None):
        self.db = db
        self.folder = folder
        self.actor = Actor(None, "", "", workstation or this_workstation(), channel)
        self._local = threading.local()
        self.cache: dict = {}  # figures that are costly and change slowly (e.g. VIP line)
        with db.read() as session:
            self.settings = ShopSettings.from_stored(settings_rows.load_all(session))

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, settings: ShopSettings, manager_name: str,
        manager_pin: str, *, channel: str, workstation: str | None = None,
        kdf_iter: int | None = None,
    ) -> Shop:
        """A new shop file with its settings and first manager; all or nothing."""
        validate_passphrase(passphrase)
        settings.validate()
        staff.validate_name(manager_name)
        staff.validate_pin(manager_pin)
        path = paths.db_path(folder)
        if path.exists():
            raise ShopExists("There is already a shop in {folder}.", folder=folder)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            db = Database(path, passphrase, kdf_iter)
            schema.upgrade(db)
            with db.write() as session:
                settings_rows.save(session, settings.as_dict())
                actor = Actor(None, "", "", workstation or this_workstation(), channel)
                staff.add(session, actor, manager_name, "manager", manager_pin)
                audit.record(session, actor, "create", "shop", None)
        except BaseException:
            with contextlib.suppress(NameError):
                db.close()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        return cls(db, folder, channel, workstation)

    @classmethod
    def open(
        cls, folder: Path, passphrase: str, *, channel: str, workstation: str | None = None,
        kdf_iter: int | None = None,
    ) -> Shop:
        """Unlock an existing shop (WrongPassphrase leaves the file untouched) and bring its
        schema up to date, backing it up first."""
        path = paths.db_path(folder)
        if not path.exists():
            raise ShopMissing("There is no shop in {folder}. Create one first.", folder=folder)
        if path.stat().st_size == 0:  # SQLCipher would take any key and make a new shop
            raise StoreCorrupt(
                "{path} is empty: it is not a shop. Restore it from a backup.", path=path)
        db = Database(path, passphrase, kdf_iter)
        try:
            current = schema.current_revision(db)
            if current is None:
                raise StoreCorrupt("{path} is not a Counterpart shop.", path=path)
            schema.upgrade(db, backup_dir=paths.backups_dir(folder), current=current)
        except BaseException:
            db.close()
            raise
        return cls(db, folder, channel, workstation)

    # -- transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator:
        """A write transaction; nested calls on the same thread join the outer one, so a
        composite (register + purchase) commits or rolls back whole."""
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with self.db.write() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextlib.contextmanager
    def read(self) -> Iterator:
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with self.db.read() as session:
            yield session

    # -- who is signed in -------------------------------------------------------------
    def sign_in(self, staff_id: int, pin: str) -> staff.StaffMember:
        with self.db.write() as session:
            outcome = staff.check_pin(session, self.actor, staff_id, pin)
        if isinstance(outcome, Exception):
            raise outcome
        self.actor = Actor(
            outcome.id, outcome.name, outcome.role, self.actor.workstation, self.actor.channel
        )
        return outcome

    def sign_out(self) -> None:
        self.actor = Actor(None, "", "", self.actor.workstation, self.actor.channel)

    def act_as(self, member: staff.StaffMember) -> None:
        """For the command line and tests: act as a staff member without a PIN prompt."""
        self.actor = Actor(member.id, member.name, member.role, self.actor.workstation,
                           self.actor.channel)

    def staff_list(self, include_inactive: bool = False) -> list[staff.StaffMember]:
        with self.db.read() as session:
            return staff.listing(session, include_inactive)

    def add_staff(self, name: str, role: str, pin: str) -> staff.StaffMember:
        staff.require_manager(self.actor)
        with self.db.write() as session:
            return staff.add(session, self.actor, name, role, pin)

    def set_staff_active(self, staff_id: int, active: bool) -> staff.StaffMember:
        staff.require_manager(self.actor)
        with self.db.write() as session:
            return staff.set_active(session, self.actor, staff_id, active)

    # -- settings -----------------------------------------------------------------------
    def reload_settings(self) -> ShopSettings:
        """Settings as stored now: another process on this file (the counter, for a kiosk)
        may have saved new ones."""
        with self.db.read() as session:
            self.settings = ShopSettings.from_stored(settings_rows.load_all(session))
        return self.settings

    def save_settings(self, **changes) -> ShopSettings:
        staff.require_manager(self.actor)
        updated = self.settings.with_changes(**changes)
        with self.db.write() as session:
            settings_rows.save(session, updated.as_dict())
            audit.record(session, self.actor, "update", "settings", None, ",".join(changes))
        self.settings = updated
        return updated

    def close(self) -> None:
        self.db.close()

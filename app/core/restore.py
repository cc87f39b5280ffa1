"""Putting a backup back, and noticing at open that the shop file is damaged.

A restore first backs up the shop as it is now (or, when it is too damaged to read, keeps
the damaged file's bytes aside), then swaps the backup in with one atomic rename while the
shop is closed, then opens it again (bringing an older schema up to date).
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core import audit, backups, paths
from app.core.context import Actor
from app.core.errors import (
    CounterpartError,
    Message,
    NotFound,
    StoreCorrupt,
    ValidationError,
    WrongPassphrase,
)
from app.core.shop import Shop
from app.core.staff import require_manager
from app.store import backup as store
from app.store import schema
from app.store.engine import Database

log = logging.getLogger(__name__)
TRIED_BACKUPS = 3  # how many of the newest backups to check when looking for a good one
# Every page's authentication code is checked at open up to this size (~3.5 ms per MB,
# ~0.45 s at most, so unlocking stays under 1.5 s). A bigger shop is read through by its
# daily backup instead: sqlcipher_export fails on a damaged page.
FULL_CHECK_UP_TO = 128 * 1024 * 1024


class ShopDamaged(StoreCorrupt):
    """The shop file can't be trusted. `good` is the newest backup that opens with the
    passphrase given and passes its check (None: there is none)."""

    def __init__(self, message: str, problem: str, good: backups.BackupInfo | None, /,
                 **values):
        super().__init__(message, **values)
        self.problem = problem
        self.good = good


@dataclass(frozen=True)
class Restored:
    backup: backups.BackupInfo
    safety_copy: Path  # the shop as it was before (a backup, or the damaged file's bytes)

    def to_json(self) -> dict:
        return {"restored": self.backup.to_json(), "previous_state": str(self.safety_copy)}


# -- noticing damage --------------------------------------------------------------------
def latest_good(
    folder: Path, passphrase: str, kdf_iter: int | None = None, tries: int = TRIED_BACKUPS
) -> backups.BackupInfo | None:
    """The newest backup in the known folders that opens with this passphrase and is
    sound (only the newest few are checked: each check reads the whole file)."""
    candidates = [
        b
        for b in backups.listing_in(backups.known_folders(folder))
        if b.kind != "before-restore" or b.verified
    ]
    for info in candidates[:tries]:
        checked = backups.verify_file(info.path, passphrase, kdf_iter)
        if checked.verified:
            return checked
    return None


def _damaged(folder: Path, passphrase: str, kdf_iter: int | None, problem: str) -> ShopDamaged:
    good = latest_good(folder, passphrase, kdf_iter)
    if good is None:
        advice = Message("There is no backup that opens with this passphrase to restore.")
    else:
        advice = Message("The latest good backup is {name} ({made}).", name=good.name,
                         made=backups.stamp(good.made_at))
    return ShopDamaged("The shop file is damaged. {advice}", problem, good, advice=advice)


def open_checked(
    folder: Path,
    passphrase: str,
    *,
    channel: str,
    workstation: str | None = None,
    kdf_iter: int | None = None,
) -> Shop:
    """Shop.open, then a check of every page before anyone works in it. A damaged file
    raises ShopDamaged naming the latest good backup. A passphrase that doesn't open the
    file but does open its newest backup is also reported as likely damage."""
    try:
        shop = Shop.open(
            folder, passphrase, channel=channel, workstation=workstation, kdf_iter=kdf_iter
        )
    except WrongPassphrase:
        newest = backups.listing_in(backups.known_folders(folder))
        if newest and store.check_file(newest[0].path, passphrase, kdf_iter).ok:
            raise ShopDamaged(
                "This passphrase does not open the shop file, but it opens its newest "
                "backup, {name} ({made}). If the passphrase has not been changed since, the "
                "shop file is damaged: restore that backup.",
                "wrong key or damaged first page",
                backups.verify_file(newest[0].path, passphrase, kdf_iter),
                name=newest[0].name, made=backups.stamp(newest[0].made_at),
            ) from None
        raise
    except (CounterpartError, OSError):
        raise
    except Exception as exc:  # noqa: BLE001 - SQLite's "malformed" and kin: damage
        log.warning("the shop file failed to open: %s", type(exc).__name__)
        raise _damaged(folder, passphrase, kdf_iter, str(exc)) from None
    if paths.db_path(folder).stat().st_size > FULL_CHECK_UP_TO:
        return shop
    check = store.check_open(shop.db)
    if not check.ok:
        shop.close()
        raise _damaged(folder, passphrase, kdf_iter, check.problem)
    return shop


# -- restoring --------------------------------------------------------------------------
def _swap_in(folder: Path, source: Path) -> None:
    """Replace the (closed) shop file with a copy of `source` in one rename."""
    db = paths.db_path(folder)
    incoming = db.with_name(db.name + ".restoring")
    shutil.copyfile(source, incoming)
    store.fsync_dir(folder)
    with open(incoming, "rb+") as handle:
        os.fsync(handle.fileno())
    # A WAL left beside the old file would be replayed onto the restored one: it goes first
    # (the old state is already kept aside).
    for leftover in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    incoming.replace(db)
    store.fsync_dir(folder)


def _checked_backup(path: Path, passphrase: str, kdf_iter: int | None) -> backups.BackupInfo:
    path = Path(path)
    if not path.is_file():
        raise NotFound("There is no backup {path}.", path=path)
    info = backups.verify_file(path, passphrase, kdf_iter)
    if not info.verified:
        if "passphrase" in info.problem:
            raise WrongPassphrase(
                "The backup {name} does not open with this passphrase. It may be from "
                "before the passphrase was changed: give the passphrase it was made with.",
                name=path.name,
            )
        raise ValidationError("backup", "The backup {name} is damaged: {problem}",
                              name=path.name, problem=info.problem)
    return info


def restore(shop: Shop, path: Path, passphrase: str | None = None) -> Restored:
    """A manager puts a backup back: the shop as it is now is backed up first. `passphrase`
    is the backup's (default: the shop's); the shop opens with it afterwards."""
    require_manager(shop.actor)
    current = store.passphrase_of(shop.db)
    passphrase = passphrase or current
    kdf_iter = shop.db.kdf_iter
    info = _checked_backup(path, passphrase, kdf_iter)
    safety = backups._make(shop, "before-restore")  # noqa: SLF001 - same service
    shop.db.close()
    swapped = False
    try:
        _swap_in(shop.folder, info.path)
        swapped = True
    finally:
        _reopen(shop, passphrase if swapped else current, kdf_iter)
    _record_restore(shop, info)
    return Restored(info, safety.path)


def restore_damaged(
    folder: Path, path: Path, passphrase: str, kdf_iter: int | None = None
) -> Restored:
    """Restore a shop that can't be opened (nobody can sign in to a damaged shop, so the
    passphrase that opens the backup is what allows it). The damaged file's bytes are kept
    in backups/ first."""
    info = _checked_backup(path, passphrase, kdf_iter)
    db = paths.db_path(folder)
    keep = paths.backups_dir(folder)
    keep.mkdir(parents=True, exist_ok=True)
    stamp = audit.now().strftime("%Y%m%d-%H%M%S")
    safety = keep / f"damaged-{stamp}.db"
    if db.exists():
        shutil.copyfile(db, safety)
        wal = Path(f"{db}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{safety}-wal"))
    _swap_in(folder, info.path)
    shop = Shop.open(folder, passphrase, channel="cli", kdf_iter=kdf_iter)
    try:
        _record_restore(shop, info)
    finally:
        shop.close()
    return Restored(info, safety)


def _reopen(shop: Shop, passphrase: str, kdf_iter: int | None) -> None:
    db = Database(paths.db_path(shop.folder), passphrase, kdf_iter)
    try:
        schema.upgrade(db, backup_dir=paths.backups_dir(shop.folder))
    except BaseException:
        db.close()
        raise
    shop.db = db
    shop.cache.clear()
    shop.reload_settings()


def _record_restore(shop: Shop, info: backups.BackupInfo) -> None:
    actor = shop.actor
    known = {m.id for m in shop.staff_list(include_inactive=True)}
    if actor.staff_id is not None and actor.staff_id not in known:  # not in the older file
        actor = Actor(None, actor.staff_name, actor.role, actor.workstation, actor.channel)
    with shop.write() as session:
        audit.record(
            session, actor, "restore", "shop", None, f"{info.kind} {info.made_at:%Y-%m-%d %H:%M}"
        )

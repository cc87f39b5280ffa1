"""Changing the shop's passphrase (a rekey of the encrypted file).

Every page of the shop file is rewritten under the new passphrase. Backups are separate
files: those made before the change still open ONLY with the old passphrase, so a fresh
backup under the new one is made straight away. A passphrase remembered in this
workstation's keyring is updated; other workstations that remember it must be told.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass

from app.core import audit, backups, paths, remember
from app.core.errors import WrongPassphrase
from app.core.shop import Shop, validate_passphrase
from app.core.staff import require_manager
from app.store import backup as store
from app.store.engine import Database

log = logging.getLogger(__name__)

OLDER_BACKUPS_NOTE = (
    "Backups made before this change still open only with the OLD passphrase. Keep the old "
    "passphrase somewhere safe for as long as you keep those backups."
)


@dataclass(frozen=True)
class Rekeyed:
    older_backups: int  # backups that still need the old passphrase
    fresh_backup: backups.BackupInfo | None  # the first one under the new passphrase

    def to_json(self) -> dict:
        return {
            "older_backups": self.older_backups,
            "fresh_backup": self.fresh_backup.to_json() if self.fresh_backup else None,
            "note": OLDER_BACKUPS_NOTE,
        }


def change_passphrase(shop: Shop, current: str, new: str, repeat: str | None = None) -> Rekeyed:
    """A manager changes the passphrase. The current one is asked again (someone at an
    unlocked counter must not be able to lock the owner out)."""
    require_manager(shop.actor)
    if not hmac.compare_digest(current.encode(), store.passphrase_of(shop.db).encode()):
        raise WrongPassphrase("The current passphrase is not right.")
    validate_passphrase(new, repeat)
    if new == current:
        raise WrongPassphrase("The new passphrase is the same as the current one.")
    older = len(backups.listing(shop))
    with shop.write() as session:
        audit.record(session, shop.actor, "rekey", "shop", None)
    kdf_iter = shop.db.kdf_iter
    path = paths.db_path(shop.folder)
    shop.db.close()  # every connection under the old key goes
    try:
        store.rekey(path, current, new, kdf_iter)
    except BaseException:
        shop.db = Database(path, current, kdf_iter)
        raise
    shop.db = Database(path, new, kdf_iter)
    if remember.load(shop.folder):
        remember.save(shop.folder, new)
    fresh = backups._auto(shop, "after-rekey")  # noqa: SLF001 - same service
    return Rekeyed(older, fresh)

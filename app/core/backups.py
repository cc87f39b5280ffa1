"""Encrypted backups: made by hand, daily and at close, each one verified, kept by rotation.

A backup is a whole shop file under the shop's passphrase at the time it was made (a later
change of passphrase does not reach it), named `counterpart-YYYYMMDD-HHMMSS-KIND.db` (UTC)
with a small `.verified.json` beside it saying what the verification found. Backups go to
the folder in the `backup_folder` setting (e.g. a USB stick) or `backups/` in the data
folder; the data folder remembers a chosen folder in plain text, so a damaged shop, whose
settings can't be read, still finds its backups.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core import audit, paths
from app.core.errors import Conflict, Message, NotFound, ValidationError
from app.core.staff import require_manager
from app.store import backup as store

log = logging.getLogger(__name__)

KINDS = ("manual", "daily", "close", "before-restore", "after-rekey")
ROTATED = ("daily", "close", "after-rekey")  # made by hand or for safety: kept until deleted
DAILY, WEEKLY, MONTHLY = 7, 4, 12
DUE_AFTER = timedelta(days=1)
POINTER = "backup-folder.txt"  # in the data folder: where a chosen backup folder is
_NAME = re.compile(r"^counterpart-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.db$")
_UPGRADE = re.compile(r"^before-upgrade-.+-(\d{8}-\d{6})\.db$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC, naive
    kind: str
    size: int
    verified: bool  # the last verification of this very file passed
    revision: str | None = None
    problem: str = ""
    last_audit_id: int = 0

    @property
    def name(self) -> str:
        return self.path.name

    def to_json(self) -> dict:
        return {
            "file": str(self.path),
            "made_at": self.made_at.isoformat(timespec="seconds"),
            "kind": self.kind,
            "size": self.size,
            "verified": self.verified,
            "revision": self.revision,
            "problem": self.problem,
        }


# -- names and rotation (pure) ------------------------------------------------------------
def parse_name(name: str) -> tuple[datetime, str] | None:
    """(when, kind) for a backup's file name; None for anything else."""
    if m := _NAME.match(name):  # a second one in the same second sorts after the first
        when = datetime.strptime(m.group(1), _STAMP).replace(microsecond=int(m.group(2) or 0))
        return when, m.group(3)
    if m := _UPGRADE.match(name):
        return datetime.strptime(m.group(1), _STAMP), "before-upgrade"
    return None


def file_name(made_at: datetime, kind: str, n: int = 0) -> str:
    extra = f"-{n}" if n else ""
    return f"counterpart-{made_at.strftime(_STAMP)}{extra}-{kind}.db"


@dataclass(frozen=True)
class Rotation:
    """Which backups each rule keeps (the newest of each of the latest N days, ISO weeks
    and months), and which go."""

    daily: list[str] = field(default_factory=list)
    weekly: list[str] = field(default_factory=list)
    monthly: list[str] = field(default_factory=list)
    keep: set[str] = field(default_factory=set)
    drop: list[str] = field(default_factory=list)


def rotation(
    names: Iterable[str], daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> Rotation:
    """Grandfather-father-son over file names. Names that aren't rotated backups (safety
    copies, other files) are kept and not counted."""
    dated = sorted(
        (
            (parsed[0], name)
            for name in names
            if (parsed := parse_name(name)) and parsed[1] in ROTATED
        ),
        reverse=True,
    )
    rules: list[tuple[int, Callable[[datetime], object]]] = [
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ]
    kept: list[list[str]] = []
    for count, bucket in rules:
        seen: set = set()
        chosen: list[str] = []
        for when, name in dated:
            key = bucket(when)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            chosen.append(name)
        kept.append(chosen)
    keep = {name for chosen in kept for name in chosen}
    drop = [name for _when, name in dated if name not in keep]
    return Rotation(kept[0], kept[1], kept[2], keep, drop)


# -- where ----------------------------------------------------------------------------------
def folder_of(shop) -> Path:
    chosen = shop.settings.backup_folder.strip()
    return Path(chosen).expanduser() if chosen else paths.backups_dir(shop.folder)


def known_folders(data_folder: Path) -> list[Path]:
    """The data folder's backups/ and, when one was chosen, the chosen folder."""
    found = [paths.backups_dir(data_folder)]
    pointer = data_folder / POINTER
    try:
        chosen = Path(pointer.read_text(encoding="utf-8").strip())
    except OSError:
        chosen = None
    if chosen and chosen not in found:
        found.insert(0, chosen)
    return found


def _remember_folder(data_folder: Path, chosen: str) -> None:
    pointer = data_folder / POINTER
    if chosen:
        pointer.write_text(chosen + "\n", encoding="utf-8")
    else:
        pointer.unlink(missing_ok=True)


def set_folder(shop, chosen: str) -> Path:
    """Back up to `chosen` (e.g. a USB stick) from now on; "" for the data folder."""
    require_manager(shop.actor)
    chosen = chosen.strip()
    if chosen:
        where = Path(chosen).expanduser()
        if not where.is_dir():
            raise ValidationError("backup_folder", "There is no folder {folder}.", folder=where)
        try:
            probe = where / ".counterpart-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise ValidationError(
                "backup_folder", "Can't write in {folder}: {reason}.",
                folder=where, reason=str(exc.strerror or exc),
            ) from None
        chosen = str(where.resolve())
    shop.save_settings(backup_folder=chosen)
    _remember_folder(shop.folder, chosen)
    return folder_of(shop)


# -- listing and verifying ------------------------------------------------------------------
def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".verified.json")


def _read_info(path: Path) -> BackupInfo | None:
    parsed = parse_name(path.name)
    if parsed is None or not path.is_file():
        return None
    size = path.stat().st_size
    try:
        note = json.loads(_sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        note = {}
    verified = bool(note.get("ok")) and note.get("size") == size
    return BackupInfo(
        path,
        parsed[0],
        parsed[1],
        size,
        verified,
        note.get("revision"),
        _problem(note),
        int(note.get("last_audit_id", 0)),
    )


def _problem(note: dict) -> str:
    """What a verification found, as a Message a screen can translate again."""
    template, values = note.get("problem_template"), note.get("problem_values")
    if isinstance(template, str) and isinstance(values, dict):
        try:
            return Message(template, **values)
        except (KeyError, IndexError, ValueError):
            pass
    return note.get("problem", "")


def listing_in(folders: Iterable[Path]) -> list[BackupInfo]:
    """Every backup in these folders, newest first."""
    found: dict[Path, BackupInfo] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            info = _read_info(path)
            if info is not None:
                found[path.resolve()] = info
    return sorted(found.values(), key=lambda b: b.made_at, reverse=True)


def listing(shop) -> list[BackupInfo]:
    folders = [folder_of(shop), *known_folders(shop.folder)]
    return listing_in(dict.fromkeys(folders))


def verify_file(path: Path, passphrase: str, kdf_iter: int | None = None) -> BackupInfo:
    """Check a backup all the way through (it is opened read-only) and note the outcome."""
    path = Path(path)
    if not path.is_file():
        raise NotFound("There is no backup {path}.", path=path)
    check = store.check_file(path, passphrase, kdf_iter)
    note = {
        "ok": check.ok,
        "size": path.stat().st_size,
        "revision": check.revision,
        "problem": str(check.problem),  # English, for whoever reads the file
        "problem_template": getattr(check.problem, "template", check.problem),
        "problem_values": getattr(check.problem, "values", {}),
        "last_audit_id": check.last_audit_id,
        "verified_at": audit.now().isoformat(timespec="seconds"),
    }
    if parse_name(path.name) is not None:
        try:
            _sidecar(path).write_text(json.dumps(note), encoding="utf-8")
        except OSError:
            log.warning("could not write the verification note beside a backup")
    parsed = parse_name(path.name) or (audit.now(), "other")
    return BackupInfo(
        path,
        parsed[0],
        parsed[1],
        note["size"],
        check.ok,
        check.revision,
        check.problem,
        check.last_audit_id,
    )


def verify(shop, path: Path) -> BackupInfo:
    """Verify a backup with the shop's passphrase (older backups may need an older one)."""
    return verify_file(path, store.passphrase_of(shop.db), shop.db.kdf_iter)


# -- making -------------------------------------------------------------------------------
def make(
    shop, progress: Callable[[int, int], bool] | None = None, folder: Path | None = None
) -> BackupInfo:
    """Back up now (a manager's action), verify it, then rotate the folder."""
    require_manager(shop.actor)
    return _make(shop, "manual", folder, progress)


def make_to(shop, target: Path) -> BackupInfo:
    """Back up now into one named file (e.g. for the command line's --out); it is the
    caller's to keep, so the rotation leaves it alone."""
    require_manager(shop.actor)
    target = Path(target)
    if target.exists():
        raise Conflict("{path} is already there: choose another name.", path=target)
    if not target.parent.is_dir():
        raise ValidationError("out", "There is no folder {folder}.", folder=target.parent)
    with shop.write() as session:
        audit.record(session, shop.actor, "backup", "shop", None, "file")
    _export(shop, target)
    info = verify(shop, target)
    if not info.verified:
        raise ValidationError(
            "backup", "The backup {name} failed its check: {problem}",
            name=target.name, problem=info.problem,
        )
    return info


def _export(shop, target: Path) -> None:
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        store.export(shop.db, partial)
        partial.replace(target)
        store.fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _make(
    shop, kind: str, folder: Path | None = None, progress: Callable[[int, int], bool] | None = None
) -> BackupInfo:
    where = Path(folder) if folder else folder_of(shop)
    if where == paths.backups_dir(shop.folder):
        where.mkdir(parents=True, exist_ok=True)
    elif not where.is_dir():
        raise ValidationError(
            "backup_folder",
            "The backup folder {folder} is not there (is the USB stick plugged in?).",
            folder=where,
        )
    if progress:
        progress(0, 3)
    with shop.write() as session:  # the backup holds its own entry: nothing changed since
        audit.record(session, shop.actor, "backup", "shop", None, kind)
    made_at = audit.now().replace(microsecond=0)
    n = 0
    while list(where.glob(file_name(made_at, "*", n))):
        n += 1
    target = where / file_name(made_at, kind, n)
    _export(shop, target)
    if progress:
        progress(1, 3)
    info = verify(shop, target)
    if progress:
        progress(2, 3)
    if not info.verified:
        raise ValidationError(
            "backup",
            "The backup {name} failed its check: {problem} Try again, or choose another folder.",
            name=target.name, problem=info.problem,
        )
    rotate(where)
    if progress:
        progress(3, 3)
    return info


def rotate(folder: Path) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns what was removed."""
    plan = rotation(p.name for p in folder.iterdir())
    removed = []
    for name in plan.drop:
        path = folder / name
        path.unlink(missing_ok=True)
        _sidecar(path).unlink(missing_ok=True)
        removed.append(path)
    return removed


def newest(shop) -> BackupInfo | None:
    regular = [b for b in listing(shop) if b.kind in KINDS]
    return regular[0] if regular else None


def backup_if_due(shop, now: datetime | None = None) -> BackupInfo | None:
    """The daily backup: made when the newest one is more than a day old (checked at open
    and now and then while the app runs). Anyone signed in, or no one, triggers it."""
    now = now or audit.now()
    last = newest(shop)
    if last is not None and now - last.made_at < DUE_AFTER:
        return None
    return _auto(shop, "daily")


def backup_on_close(shop) -> BackupInfo | None:
    """At close: a backup unless nothing was written since the newest one (every change
    leaves an audit entry)."""
    last = newest(shop)
    if (
        last is not None
        and last.verified
        and store.last_audit_id(shop.db) <= last.last_audit_id
        and audit.now() - last.made_at < DUE_AFTER
    ):
        return None
    return _auto(shop, "close")


def _auto(shop, kind: str) -> BackupInfo | None:
    """Automatic backups never stop the app: a missing USB stick falls back to the data
    folder, and any failure is logged."""
    try:
        try:
            return _make(shop, kind)
        except ValidationError:
            if not shop.settings.backup_folder:
                raise
            log.warning("the chosen backup folder is not there; backing up to the data folder")
            return _make(shop, kind, paths.backups_dir(shop.folder))
    except Exception:  # noqa: BLE001 - an automatic backup must never break the counter
        log.exception("automatic %s backup failed", kind)
        return None


def close_with_backup(shop) -> None:
    """Close the shop, backing it up first (the counter app's way out)."""
    try:
        backup_on_close(shop)
    finally:
        shop.close()


def stamp(made_at: datetime) -> str:
    """A backup's time for people: local time."""
    return made_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")

"""`counterpart backup | verify | restore | rekey | audit`: the shop's safety from a script.

Backups are encrypted copies under the passphrase of the day they were made. A restore
and a rekey replace or rewrite the shop file, so they hold the counter app's lock while
they work (a counter app with the shop open makes them stop, exit 3)."""

from __future__ import annotations

import getpass
import os
from datetime import UTC, date, datetime, time
from pathlib import Path

from app.cli_common import (
    Context,
    UsageError,
    _read_secret_file,
    act_as_command_line,
    can_ask,
    no_shop,
    opened_shop,
    passphrase,
    table,
)
from app.core import audit, backups, instance_lock, rekey, restore
from app.core.errors import NotFound, ValidationError
from app.core.shop import shop_exists

NEW_PASSPHRASE_ENV = "COUNTERPART_NEW_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "COUNTERPART_BACKUP_PASSPHRASE"


def add_parsers(commands, common) -> None:
    made = commands.add_parser(
        "backup",
        parents=[common],
        help="an encrypted, verified backup of the shop now",
        description="Backs the shop up under its passphrase, verifies the copy, then "
        "rotates the folder (7 daily, 4 weekly, 12 monthly). Without --out the "
        "copy goes to the backup folder in the shop's settings, else backups/.",
    )
    made.add_argument(
        "--out",
        metavar="FILE_OR_FOLDER",
        help="a folder to put the backup in, or a file name for it",
    )
    made.set_defaults(handler=cmd_backup)

    check = commands.add_parser(
        "verify",
        parents=[common],
        help="check a backup, or the shop file and its backups",
        description="With FILE: checks that backup all the way through (every page, the "
        "database structure, the schema). Without: checks the shop file itself "
        "and its newest backup.",
    )
    check.add_argument("file", nargs="?", metavar="FILE")
    check.set_defaults(handler=cmd_verify)

    back = commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup back (the shop now is backed up first)",
        description="The backup's passphrase: COUNTERPART_BACKUP_PASSPHRASE or "
        "--backup-passphrase-file (default: the shop's own). Afterwards the shop "
        "opens with the backup's passphrase.",
    )
    back.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        help="the backup (default with --latest: the newest good one)",
    )
    back.add_argument("--latest", action="store_true", help="the newest good backup")
    back.add_argument("--backup-passphrase-file", metavar="FILE")
    back.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    back.set_defaults(handler=cmd_restore)

    change = commands.add_parser(
        "rekey",
        parents=[common],
        help="change the shop's passphrase",
        description="The new passphrase: COUNTERPART_NEW_PASSPHRASE, --new-passphrase-file, "
        "or a prompt (twice). Backups made before keep the OLD passphrase.",
    )
    change.add_argument("--new-passphrase-file", metavar="FILE")
    change.set_defaults(handler=cmd_rekey)

    log = commands.add_parser("audit", parents=[common], help="the audit log, newest first")
    log.add_argument("--since", metavar="YYYY-MM-DD", help="from this day (local time)")
    log.add_argument("--until", metavar="YYYY-MM-DD", help="up to and with this day")
    log.add_argument(
        "--staff",
        metavar="NAME_OR_ID",
        help="one staff member; 'none' for the command line and kiosk",
    )
    log.add_argument("--action", metavar="ACTION", help="e.g. create, update, export")
    log.add_argument("--entity", metavar="KIND", help="e.g. customer, staff, shop")
    log.add_argument("--limit", type=int, default=100, metavar="N")
    log.add_argument("--out", metavar="FILE.csv", help="export every matching entry to CSV")
    log.set_defaults(handler=cmd_audit)


# -- backup and verify ---------------------------------------------------------------------
def cmd_backup(ctx: Context) -> int:
    out = Path(ctx.args.out).expanduser() if ctx.args.out else None
    with opened_shop(ctx) as shop:
        if out is not None and not out.is_dir():
            info = backups.make_to(shop, out)
        else:
            info = backups.make(shop, folder=out)
    ctx.emit(
        info.to_json(),
        [
            f"Backed up to {info.path} ({_size(info.size)}); verified.",
            "It opens with the shop's passphrase of today; keep that passphrase as long as "
            "you keep the backup.",
        ],
    )
    return 0


def cmd_verify(ctx: Context) -> int:
    if ctx.args.file:
        return _verify_one(ctx, Path(ctx.args.file).expanduser())
    if not shop_exists(ctx.folder):
        raise no_shop(ctx.folder)
    secret = passphrase(ctx)
    try:
        shop = restore.open_checked(ctx.folder, secret, channel="cli")
    except restore.ShopDamaged as damaged:
        ctx.emit(_damage_json(damaged), _damage_lines(ctx, damaged))
        return 1
    try:
        act_as_command_line(shop)
        newest = backups.newest(shop)
        checked = backups.verify(shop, newest.path) if newest else None
    finally:
        shop.close()
    lines = ["The shop file is sound."]
    if checked is None:
        lines.append("There is no backup yet: run `counterpart backup`.")
    elif checked.verified:
        lines.append(f"The newest backup, {checked.path}, is sound.")
    else:
        lines.append(f"The newest backup, {checked.path}, failed: {checked.problem}")
    ctx.emit({"shop": {"ok": True}, "backup": checked.to_json() if checked else None}, lines)
    return 0 if checked is None or checked.verified else 1


def _verify_one(ctx: Context, path: Path) -> int:
    secret = _backup_passphrase(ctx) or passphrase(ctx)
    info = backups.verify_file(path, secret)
    if info.verified:
        text = f"{path} is sound (schema {info.revision})."
    else:
        text = f"{path} FAILED its check: {info.problem}"
    ctx.emit(info.to_json(), text)
    return 0 if info.verified else 1


def _damage_json(damaged: restore.ShopDamaged) -> dict:
    return {
        "shop": {"ok": False, "problem": damaged.problem, "message": damaged.message},
        "latest_good_backup": damaged.good.to_json() if damaged.good else None,
    }


def _damage_lines(ctx: Context, damaged: restore.ShopDamaged) -> list[str]:
    lines = [damaged.message, f"What was found: {damaged.problem}"]
    if damaged.good is not None:
        lines.append(
            f"To restore it: counterpart --data-dir {ctx.folder} restore {damaged.good.path}"
        )
    return lines


# -- restore -------------------------------------------------------------------------------
def cmd_restore(ctx: Context) -> int:
    a = ctx.args
    if not shop_exists(ctx.folder):
        raise no_shop(ctx.folder)
    if bool(a.file) == a.latest:
        raise UsageError("Name the backup to restore, or use --latest (not both).")
    shop_secret = passphrase(ctx)
    backup_secret = _backup_passphrase(ctx) or shop_secret
    with instance_lock.InstanceLock(ctx.folder):
        shop = None
        try:
            shop = act_as_command_line(restore.open_checked(ctx.folder, shop_secret, channel="cli"))
        except restore.ShopDamaged as damaged:
            target = _chosen(a, damaged.good)
            _confirm(
                a,
                f"The shop file is damaged. Replace it with {target.name}? The "
                "damaged file is kept in backups/.",
            )
            done = restore.restore_damaged(ctx.folder, target, backup_secret)
        if shop is not None:
            try:
                good = restore.latest_good(ctx.folder, backup_secret) if a.latest else None
                target = _chosen(a, good)
                _confirm(
                    a,
                    f"Replace the shop with the backup {target.name}? Everything "
                    "since will be in a backup of the shop as it is now.",
                )
                done = restore.restore(shop, target, backup_secret)
            finally:
                shop.close()
    lines = [
        f"Restored {done.backup.path.name} ({backups.stamp(done.backup.made_at)}).",
        f"The shop as it was before is kept in {done.safety_copy}.",
    ]
    if backup_secret != shop_secret:
        lines.append("The shop now opens with the backup's passphrase.")
    ctx.emit(done.to_json(), lines)
    return 0


def _chosen(a, good) -> Path:
    if a.file:
        return Path(a.file).expanduser()
    if good is None:
        raise NotFound("There is no backup that opens with this passphrase and passes its check.")
    return good.path


def _confirm(a, question: str) -> None:
    if a.yes:
        return
    if not can_ask():
        raise UsageError(f"{question} Add --yes to go ahead without a question.")
    answer = input(f"{question} Type yes to go ahead: ")
    if answer.strip().casefold() != "yes":
        raise UsageError("Nothing was restored.")


def _backup_passphrase(ctx: Context) -> str | None:
    if os.environ.get(BACKUP_PASSPHRASE_ENV):
        return os.environ[BACKUP_PASSPHRASE_ENV]
    given = getattr(ctx.args, "backup_passphrase_file", None)
    return _read_secret_file(Path(given)) if given else None


# -- rekey ---------------------------------------------------------------------------------
def cmd_rekey(ctx: Context) -> int:
    if not shop_exists(ctx.folder):
        raise no_shop(ctx.folder)
    current = passphrase(ctx)
    new, repeat = _new_passphrase(ctx)
    with instance_lock.InstanceLock(ctx.folder), opened_shop(ctx) as shop:
        done = rekey.change_passphrase(shop, current, new, repeat)
    lines = ["The passphrase is changed: the shop opens only with the new one now."]
    if done.fresh_backup is not None:
        lines.append(f"A first backup under the new passphrase: {done.fresh_backup.path}.")
    if done.older_backups:
        lines.append(
            f"{done.older_backups} older backup(s) still open only with the OLD "
            "passphrase. Keep the old passphrase as long as you keep them."
        )
    else:
        lines.append(rekey.OLDER_BACKUPS_NOTE)
    ctx.emit(done.to_json(), lines)
    return 0


def _new_passphrase(ctx: Context) -> tuple[str, str | None]:
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV], None
    if ctx.args.new_passphrase_file:
        return _read_secret_file(Path(ctx.args.new_passphrase_file)), None
    if can_ask():
        first = getpass.getpass("The new passphrase: ")
        return first, getpass.getpass("The new passphrase again: ")
    raise UsageError(
        f"No new passphrase: set {NEW_PASSPHRASE_ENV}, or use "
        "--new-passphrase-file FILE, or run in a terminal to type it."
    )


# -- the audit log -------------------------------------------------------------------------
def cmd_audit(ctx: Context) -> int:
    a = ctx.args
    if not 1 <= a.limit <= 5000:
        raise ValidationError("limit", "Choose 1 to 5000 entries.")
    since = _day(a.since, "since")
    until = _day(a.until, "until")
    with opened_shop(ctx) as shop:
        filters = audit.AuditFilters(
            action=(a.action or "").strip(),
            entity=(a.entity or "").strip(),
            since=since,
            until=until + _ONE_DAY if until else None,
            **_who(shop, a.staff),
        )
        if a.out:
            count = audit.export_csv(shop, Path(a.out).expanduser(), filters)
            ctx.emit(
                {"file": a.out, "entries": count}, f"Wrote {count:,} audit entries to {a.out}."
            )
            return 0
        entries = audit.listing(shop, filters, None, a.limit)
    ctx.emit(
        [e.to_json() for e in entries],
        table(
            ["ID", "When", "Who", "Where", "Action", "Record", "Detail"],
            [
                [
                    e.id,
                    _local(e.at),
                    e.staff or f"({e.channel})",
                    e.workstation,
                    e.action,
                    f"{e.entity} {e.entity_id}" if e.entity_id is not None else e.entity,
                    e.detail,
                ]
                for e in entries
            ],
        )
        if entries
        else "No audit entries match.",
    )
    return 0


_ONE_DAY = datetime(2000, 1, 2) - datetime(2000, 1, 1)


def _day(text: str | None, field: str) -> datetime | None:
    """The start of a local day, in UTC (naive, as stored)."""
    if not text:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, f"{text!r} is not a date like 2026-03-31.") from None
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def _who(shop, ref: str | None) -> dict:
    if not ref:
        return {}
    ref = ref.strip()
    if ref.casefold() == "none":
        return {"no_staff": True}
    members = shop.staff_list(include_inactive=True)
    match = [m for m in members if str(m.id) == ref or m.name.casefold() == ref.casefold()]
    if not match:
        raise NotFound(f"There is no staff member {ref}.")
    return {"staff_id": match[0].id}


def _local(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"

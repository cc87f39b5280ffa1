"""`counterpart customers erase | export-data` and `counterpart privacy ...`: a customer's
own data on request, erasure, the shop's privacy policy and the customers inactive long
enough to erase.

The command line acts as a manager (see cli_common), so it may export and erase; both are
audited like the counter's."""

from __future__ import annotations

from pathlib import Path

from app.cli_common import Context, UsageError, can_ask, local_time, opened_shop, table
from app.core import customer_data, customers, erasure, privacy, retention
from app.core.errors import ValidationError

RETENTION_LIMIT = 50


def add_customer_actions(actions, common) -> None:
    erase = actions.add_parser(
        "erase",
        parents=[common],
        help="erase a customer's identity for good (their sales stay, anonymous)",
        description="Removes the name, phone, e-mail, address, notes, tags, birthday, card "
        "number and their own words in surveys; purchase totals, loyalty balances and "
        "survey scores stay, without a name, so reports remain right. It can't be undone; "
        "backups made before keep the customer until they are rotated out.",
    )
    erase.add_argument("ref", metavar="REF", help="id, phone, e-mail or card number")
    erase.add_argument(
        "--reason",
        default="request",
        choices=erasure.ERASE_REASONS,
        help="kept in the audit log (default: request)",
    )
    erase.add_argument("--yes", action="store_true", help="erase without asking")
    erase.set_defaults(handler=cmd_erase)

    export = actions.add_parser(
        "export-data",
        parents=[common],
        help="everything kept about a customer, as a PDF and a JSON file",
    )
    export.add_argument("ref", metavar="REF", help="id, phone, e-mail or card number")
    export.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    export.set_defaults(handler=cmd_export_data)


def add_parsers(commands, common) -> None:
    group = commands.add_parser(
        "privacy", help="the privacy policy and customers to erase", parents=[common]
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    policy = sub.add_parser("policy", help="the current privacy policy", parents=[common])
    policy.add_argument("--print", dest="pdf", metavar="FILE.pdf", help="print it to a PDF")
    policy.add_argument(
        "--set",
        dest="text_file",
        metavar="FILE.txt",
        help="make the text of FILE (UTF-8) the policy's next version",
    )
    policy.set_defaults(handler=cmd_policy)
    retention_parser = sub.add_parser(
        "retention", help="customers inactive for more than N years", parents=[common]
    )
    retention_parser.add_argument(
        "--years", type=int, metavar="N", help="default: the shop's retention setting"
    )
    retention_parser.add_argument("--limit", type=int, default=RETENTION_LIMIT, metavar="N")
    retention_parser.set_defaults(handler=cmd_retention)


# -- customers ----------------------------------------------------------------------------
def cmd_erase(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        who = customers.resolve(shop, ctx.args.ref)
        if not ctx.args.yes:
            _confirm(who)
        done = erasure.erase(shop, who.id, ctx.args.reason)
    ctx.emit(
        done.to_json(),
        f"Erased customer {who.id}. Their purchases, loyalty balance and survey scores "
        "stay, without a name.",
    )
    return 0


def _confirm(who) -> None:
    if not can_ask():
        raise UsageError("Add --yes to erase without being asked.")
    typed = input(
        f"Erase customer {who.id} ({who.full_name}) for good? Type their first name to confirm: "
    )
    if typed.strip().casefold() != who.first_name.strip().casefold():
        raise UsageError("Nothing erased.")


def cmd_export_data(ctx: Context) -> int:
    folder = Path(ctx.args.out).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError("out", f"Can't make the folder {folder}: {exc.strerror}.") from None
    with opened_shop(ctx) as shop:
        who = customers.resolve(shop, ctx.args.ref)
        done = customer_data.export_data(shop, who.id, folder)
    ctx.emit(
        {"customer_id": who.id, "json": str(done.json_path), "pdf": str(done.pdf_path)},
        [f"Customer {who.id}'s data:", f"  {done.pdf_path}", f"  {done.json_path}"],
    )
    return 0


# -- the policy and retention -----------------------------------------------------------------
def cmd_policy(ctx: Context) -> int:
    a = ctx.args
    with opened_shop(ctx) as shop:
        if a.text_file:
            try:
                text = Path(a.text_file).expanduser().read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or "it is not UTF-8 text"
                raise ValidationError("set", f"Can't read {a.text_file}: {reason}.") from None
            policy = privacy.save_policy(shop, text)
        else:
            policy = privacy.current_policy(shop)
        if a.pdf:
            privacy.print_policy(shop, a.pdf, policy.version)
    data = {
        "version": policy.version,
        "created_at": policy.created_at.isoformat(),
        "created_by": policy.created_by,
        "text": policy.text,
    }
    lines = [
        f"Privacy policy, version {policy.version} ({local_time(policy.created_at)})",
        "",
        policy.text,
    ]
    if a.pdf:
        data["pdf"] = str(a.pdf)
        lines = [f"Printed version {policy.version} to {a.pdf}."]
    ctx.emit(data, lines)
    return 0


def cmd_retention(ctx: Context) -> int:
    a = ctx.args
    if a.years is not None and not 0 <= a.years <= 50:
        raise ValidationError("years", "Choose 0 to 50 years.")
    with opened_shop(ctx) as shop:
        years = shop.settings.retention_years if a.years is None else a.years
        page = retention.retention_candidates(shop, years, limit=max(1, a.limit))
        total = retention.retention_count(shop, years)
    found = page.candidates
    if years <= 0:
        lines = ["No retention period is set (privacy retention --years N to try one)."]
    else:
        who = "1 customer" if total == 1 else f"{total:,} customers"
        lines = [f"{who} inactive for more than {years} year{'s' if years != 1 else ''}."]
        if found:
            lines += table(
                ["ID", "Name", "Registered", "Last visit", "Visits"],
                [
                    [
                        c.id,
                        c.full_name,
                        local_time(c.created_at)[:10],
                        local_time(c.last_visit)[:10] or "never",
                        c.visits,
                    ]
                    for c in found
                ],
            )
            lines.append("Erase one with: counterpart customers erase ID")
    ctx.emit({"years": years, "total": total, "customers": [c.to_json() for c in found]}, lines)
    return 0

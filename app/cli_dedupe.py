"""`counterpart customers duplicates | merge | unmerge | merges`: likely duplicate pairs,
merging one customer into another (choosing field values), and undoing a merge.

The command line acts as a manager (see cli_common), so it may merge; every merge is
audited and kept so `unmerge MERGE_ID` can part the two customers again."""

from __future__ import annotations

from app.cli_common import Context, UsageError, can_ask, local_time, opened_shop, table
from app.core import customer_merge, customers, duplicate_finder, merge_undo

DUPLICATES_LIMIT = 20
MAX_DUPLICATES_LIMIT = 10_000


def add_customer_actions(actions, common) -> None:
    found = actions.add_parser(
        "duplicates", parents=[common], help="likely duplicate customers, best first"
    )
    found.add_argument(
        "--limit",
        type=int,
        default=DUPLICATES_LIMIT,
        metavar="N",
        help=f"at most N pairs (default {DUPLICATES_LIMIT})",
    )
    found.set_defaults(handler=cmd_duplicates)

    merge = actions.add_parser(
        "merge",
        parents=[common],
        help="merge DUP_REF into KEEP_REF, moving all its history",
        description="The kept customer keeps their own field values unless --take names a "
        "field to take from the duplicate. Purchases, loyalty, survey answers, alerts and "
        "consents move; the duplicate's card keeps finding the kept customer.",
    )
    merge.add_argument("keep", metavar="KEEP_REF", help="id, phone, e-mail or card to keep")
    merge.add_argument("dup", metavar="DUP_REF", help="id, phone, e-mail or card to merge in")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD=dup",
        help="take this field's value from the duplicate (FIELD=keep keeps it); repeat. "
        "Fields: " + ", ".join(customer_merge.MERGE_FIELDS),
    )
    merge.add_argument("--yes", action="store_true", help="merge without asking")
    merge.set_defaults(handler=cmd_merge)

    unmerge = actions.add_parser(
        "unmerge", parents=[common], help="undo a merge, parting the two customers again"
    )
    unmerge.add_argument("merge_id", type=int, metavar="MERGE_ID")
    unmerge.set_defaults(handler=cmd_unmerge)

    merges = actions.add_parser("merges", parents=[common], help="the latest merges")
    merges.add_argument("--limit", type=int, default=DUPLICATES_LIMIT, metavar="N")
    merges.set_defaults(handler=cmd_merges)


def _limit(value: int) -> int:
    if not 1 <= value <= MAX_DUPLICATES_LIMIT:
        raise UsageError(f"--limit must be 1 to {MAX_DUPLICATES_LIMIT}.")
    return value


def parse_takes(takes: list[str]) -> dict[str, str]:
    """['email=dup', 'phone'] -> {'email': 'dup', 'phone': 'dup'} (a bare field means dup)."""
    out = {}
    for take in takes:
        name, _, side = take.partition("=")
        out[name.strip().replace("-", "_")] = side.strip() or "dup"
    return out


def cmd_duplicates(ctx: Context) -> int:
    limit = _limit(ctx.args.limit)
    with opened_shop(ctx) as shop:
        scan = duplicate_finder.find(shop, limit=limit)
    rows = [
        [
            p.score,
            f"{p.keep.id} {p.keep.full_name}",
            f"{p.dup.id} {p.dup.full_name}",
            ", ".join(p.reason_text()),
        ]
        for p in scan.pairs
    ]
    if rows:
        text = table(["Score", "Keep", "Duplicate", "Why"], rows)
        if scan.found > len(rows):
            text.append(f"(the best {len(rows)} of {scan.found}; --limit N shows more)")
        text.append("Merge a pair with: counterpart customers merge KEEP DUPLICATE")
    else:
        text = [f"No likely duplicates among {scan.customers:,} customers."]
    ctx.emit([p.to_json() for p in scan.pairs], text)
    return 0


def cmd_merge(ctx: Context) -> int:
    choices = parse_takes(ctx.args.take)
    with opened_shop(ctx) as shop:
        keep = customers.resolve(shop, ctx.args.keep)
        dup = customers.resolve(shop, ctx.args.dup)
        if not ctx.args.yes:
            _confirm(keep, dup)
        done = customer_merge.merge(shop, keep.id, dup.id, choices)
    moved = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in done.moved.items() if n)
    text = [
        f"Merged customer {dup.id} ({dup.full_name}) into {keep.id} ({keep.full_name}).",
        f"Moved: {moved or 'nothing'}.",
    ]
    if done.taken:
        text.append("Taken from the duplicate: " + ", ".join(done.taken) + ".")
    text.append(f"Undo with: counterpart customers unmerge {done.merge_id}")
    ctx.emit(done.to_json(), text)
    return 0


def _confirm(keep, dup) -> None:
    if not can_ask():
        raise UsageError("Add --yes to merge without being asked.")
    answer = input(
        f"Merge customer {dup.id} ({dup.full_name}) into {keep.id} ({keep.full_name})? [y/N] "
    )
    if answer.strip().lower() not in ("y", "yes"):
        raise UsageError("Nothing merged.")


def cmd_unmerge(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        done = merge_undo.undo_merge(shop, ctx.args.merge_id)
    ctx.emit(
        done.to_json(),
        f"Merge {done.merge_id} undone: customers {done.kept_id} and {done.merged_id} "
        "are two again.",
    )
    return 0


def cmd_merges(ctx: Context) -> int:
    limit = _limit(ctx.args.limit)
    with opened_shop(ctx) as shop:
        found = customer_merge.recent_merges(shop, limit)
    rows = [
        [
            m.id,
            local_time(m.at),
            f"{m.kept_id} {m.kept_name}",
            f"{m.merged_id} {m.merged_name}",
            m.staff or "command line",
            f"undone {local_time(m.undone_at)}" if m.undone_at else "",
        ]
        for m in found
    ]
    text = (
        table(["Merge", "When", "Kept", "Merged", "By", ""], rows) if rows else ["No merges yet."]
    )
    ctx.emit([m.to_json() for m in found], text)
    return 0

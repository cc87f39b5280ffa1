"""`counterpart purchases ...`, `segments` and `winback`: a till pushes each sale with one
call; a script reads who is lapsing."""

from __future__ import annotations

from app.cli_common import Context, UsageError, local_time, opened_shop, table
from app.core import customers, purchases, segments
from app.core.purchases import PurchaseView

MAX_LIST = 100_000


def add_parsers(commands, common) -> None:
    group = commands.add_parser("purchases", help="record and refund sales", parents=[common])
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="record a purchase", parents=[common])
    add.add_argument("--customer", required=True, metavar="REF",
                     help="id, phone, e-mail or card number; - for an anonymous sale")
    add.add_argument("--total", metavar="AMOUNT", help="e.g. 12.50 (the lines' sum if omitted)")
    add.add_argument("--line", action="append", default=[], metavar="NAME;QTY;UNIT_PRICE[;CAT]",
                     help="a line of the receipt; repeat for more")
    add.add_argument("--receipt", default="", metavar="R", help="the till's receipt number")
    add.add_argument("--note", default="", metavar="TEXT")
    add.add_argument("--at", metavar="ISO_TIME",
                     help="when it was sold (default now; no zone = local time)")
    add.set_defaults(handler=cmd_add)

    refund = sub.add_parser("refund", help="give money back against a purchase",
                            parents=[common])
    refund.add_argument("purchase_id", type=int, metavar="PURCHASE_ID")
    refund.add_argument("--amount", metavar="AMOUNT", help="default: all that is left")
    refund.add_argument("--reason", default="refund at the counter", metavar="TEXT")
    refund.set_defaults(handler=cmd_refund)

    seg = commands.add_parser("segments", help="customers by segment, with counts",
                              parents=[common])
    seg.add_argument("--lapsed-days", type=int, metavar="N",
                     help="lapsed after N days without a purchase (default: the shop's)")
    seg.add_argument("--list", choices=segments.SEGMENTS, metavar="SEGMENT",
                     help="list the members of one segment: " + ", ".join(segments.SEGMENTS))
    seg.add_argument("--limit", type=int, default=50, metavar="N")
    seg.set_defaults(handler=cmd_segments)

    back = commands.add_parser("winback", help="lapsed customers who agreed to offers",
                               parents=[common])
    back.add_argument("--lapsed-days", type=int, metavar="N")
    back.add_argument("--limit", type=int, default=1000, metavar="N")
    back.set_defaults(handler=cmd_winback)


def cmd_add(ctx: Context) -> int:
    a = ctx.args
    lines = [purchases.parse_line(spec) for spec in a.line]
    if a.total is None and not lines:
        raise UsageError("Give --total or at least one --line.")
    with opened_shop(ctx) as shop:
        customer_id = None if a.customer == "-" else customers.resolve(shop, a.customer).id
        bought = purchases.record(shop, customer_id, a.total, lines, a.receipt, a.note, a.at)
    ctx.emit(bought.to_json(), _purchase_lines("Recorded", bought))
    return 0


def cmd_refund(ctx: Context) -> int:
    a = ctx.args
    with opened_shop(ctx) as shop:
        bought = purchases.refund(shop, a.purchase_id, a.amount, a.reason)
    ctx.emit(bought.to_json(), _purchase_lines("Refunded on", bought))
    return 0


def _purchase_lines(verb: str, p: PurchaseView) -> list[str]:
    data = p.to_json()
    who = f"customer {p.customer_id}" if p.customer_id else "an anonymous customer"
    out = [f"{verb} purchase {p.id}: {data['total']} {p.currency} for {who}, "
           f"{local_time(p.at)}" + (f", receipt {p.receipt}" if p.receipt else "") + "."]
    if p.refunded:
        out.append(f"Refunded so far: {data['refunded']} {p.currency}.")
    out += [f"  {ln['quantity']} × {ln['product']} at {ln['unit_price']} = {ln['amount']}"
            for ln in data["lines"]]
    out += [f"  {e['program']}: {e['earned']:+d}, now {e['balance']}"
            + (f" ({e['rewards_ready']} ready)" if e["rewards_ready"] else "")
            for e in data["loyalty"]]
    return out


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIST:
        raise UsageError(f"--limit must be 1 to {MAX_LIST:,}.")


def _check_days(days: int | None) -> None:
    if days is not None and not 1 <= days <= 3650:
        raise UsageError("--lapsed-days must be 1 to 3650.")


def cmd_segments(ctx: Context) -> int:
    a = ctx.args
    _check_limit(a.limit)
    _check_days(a.lapsed_days)
    with opened_shop(ctx) as shop:
        counts = segments.counts(shop, lapsed_days=a.lapsed_days)
        members = segments.members(shop, a.list, lapsed_days=a.lapsed_days, limit=a.limit) \
            if a.list else None
    if members is None:
        ctx.emit(counts, table(["Segment", "Customers"],
                               [[name.replace("_", " "), f"{n:,}"] for name, n in counts.items()]))
    else:
        ctx.emit({"segment": a.list, "count": counts[a.list],
                  "members": [m.to_json() for m in members]}, _member_table(members))
    return 0


def cmd_winback(ctx: Context) -> int:
    a = ctx.args
    _check_limit(a.limit)
    _check_days(a.lapsed_days)
    with opened_shop(ctx) as shop:
        members = segments.winback(shop, lapsed_days=a.lapsed_days, limit=a.limit)
    ctx.emit([m.to_json() for m in members],
             _member_table(members) if members else ["Nobody to win back right now."])
    return 0


def _member_table(members: list[segments.Member]) -> list[str]:
    return table(
        ["ID", "Name", "Phone", "E-mail", "Last visit", "Visits", "Spent"],
        [[m.customer.id, m.customer.full_name, m.customer.phone_display, m.customer.email or "",
          local_time(m.last_visit), m.visits, m.spend] for m in members],
    )

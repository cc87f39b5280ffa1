"""`counterpart customers ...`: add, find, show and update customers from a script."""

from __future__ import annotations

from app.cli_common import Context, UsageError, local_time, open_shop, table
from app.core import customers, figures, money
from app.core.customers import CHOICES, Customer

FIND_LIMIT = 20
MAX_FIND_LIMIT = 1000

# (field, help) for the flags `add` and `update` share; the flag is --field-name.
FIELD_FLAGS = (
    ("first_name", "first name (needed for a new customer)"),
    ("last_name", "last name"),
    ("phone", "phone number in any common format (a phone or an e-mail is needed)"),
    ("email", "e-mail address"),
    ("birthday", "birthday, YYYY-MM-DD"),
    ("how_heard", "how they heard of the shop: " + ", ".join(CHOICES["how_heard"])),
    ("address", "postal address"),
    ("notes", "notes for the staff"),
    ("tags", "tags, comma separated"),
    ("income_range", "household income range: " + ", ".join(CHOICES["income_range"])),
    ("children", "number of children: " + ", ".join(CHOICES["children"])),
    ("education", "education: " + ", ".join(CHOICES["education"])),
    ("occupation", "occupation: " + ", ".join(CHOICES["occupation"])),
)
_METAVARS = {"birthday": "YYYY-MM-DD", "how_heard": "CODE", "tags": "TAG,TAG"}


def add_parsers(commands, common):
    """The `customers` command; returns its actions so other modules can add theirs."""
    group = commands.add_parser("customers", help="the customer book", parents=[common])
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="register a new customer", parents=[common])
    _field_flags(add)
    add.add_argument("--consent", dest="marketing_consent", action="store_const", const=True,
                     help="they agreed to marketing messages")
    add.add_argument("--force", action="store_true",
                     help="save even when someone already has this phone or e-mail")
    add.set_defaults(handler=cmd_add)

    find = sub.add_parser("find", help="search by any part of a name, phone, e-mail or card",
                          parents=[common])
    find.add_argument("query", metavar="QUERY", help='what to look for ("" for the newest)')
    find.add_argument("--limit", type=int, default=FIND_LIMIT, metavar="N",
                      help=f"at most N customers (default {FIND_LIMIT})")
    find.set_defaults(handler=cmd_find)

    show = sub.add_parser("show", help="one customer's profile", parents=[common])
    show.add_argument("ref", metavar="REF", help="id, phone, e-mail or card number")
    show.set_defaults(handler=cmd_show)

    update = sub.add_parser("update", help="change some of a customer's fields",
                            parents=[common])
    update.add_argument("ref", metavar="REF", help="id, phone, e-mail or card number")
    _field_flags(update)
    consent = update.add_mutually_exclusive_group()
    consent.add_argument("--consent", dest="marketing_consent", action="store_const",
                         const=True, help="they agreed to marketing messages")
    consent.add_argument("--no-consent", dest="marketing_consent", action="store_const",
                         const=False, help="they withdrew their marketing consent")
    update.add_argument("--force", action="store_true",
                        help="save even when someone else has this phone or e-mail")
    update.set_defaults(handler=cmd_update)
    return sub


def _field_flags(parser) -> None:
    for name, help_text in FIELD_FLAGS:
        parser.add_argument("--" + name.replace("_", "-"), dest=name, metavar=_METAVARS.get(
            name, name.split("_")[0].upper()), help=help_text)


def _raw(args) -> dict:
    names = [name for name, _ in FIELD_FLAGS] + ["marketing_consent"]
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


# -- commands -----------------------------------------------------------------------------
def cmd_add(ctx: Context) -> int:
    shop = open_shop(ctx)
    try:
        customer = customers.register(shop, _raw(ctx.args), force=ctx.args.force)
    finally:
        shop.close()
    ctx.emit(customer.to_json(), [f"Added customer {customer.id}.", *profile_lines(customer)])
    return 0


def cmd_find(ctx: Context) -> int:
    limit = ctx.args.limit
    if not 1 <= limit <= MAX_FIND_LIMIT:
        raise UsageError(f"--limit must be 1 to {MAX_FIND_LIMIT}.")
    shop = open_shop(ctx)
    try:
        found = customers.find(shop, ctx.args.query, limit=limit)
    finally:
        shop.close()
    if not found:
        text = [f'No customer matches "{ctx.args.query}".']
    else:
        text = table(
            ["ID", "Name", "Phone", "E-mail", "Card"],
            [[c.id, c.full_name, c.phone_display, c.email or "", c.card_number] for c in found],
        )
        if len(found) == limit:
            text.append(f"(the first {limit}; --limit N shows more)")
    ctx.emit([c.to_json() for c in found], text)
    return 0


def cmd_show(ctx: Context) -> int:
    shop = open_shop(ctx)
    try:
        found = customers.resolve(shop, ctx.args.ref)
        customer = customers.open_profile(shop, found.id)
        numbers = figures.for_customer(shop, found.id)
    finally:
        shop.close()
    ctx.emit(customer.to_json() | numbers.to_json(), profile_lines(customer, numbers))
    return 0


def cmd_update(ctx: Context) -> int:
    raw = _raw(ctx.args)
    if not raw:
        raise UsageError("Nothing to change: give at least one field, e.g. --email ADDRESS.")
    shop = open_shop(ctx)
    try:
        found = customers.resolve(shop, ctx.args.ref)
        customer = customers.update(shop, found.id, raw, force=ctx.args.force)
    finally:
        shop.close()
    ctx.emit(customer.to_json(), [f"Updated customer {customer.id}.", *profile_lines(customer)])
    return 0


# -- the profile as text ------------------------------------------------------------------
def profile_lines(c: Customer, numbers: figures.CustomerFigures | None = None) -> list[str]:
    consent = "no"
    if c.marketing_consent:
        consent = f"yes, since {local_time(c.consent_at)} ({c.consent_channel or '?'})"
    pairs = [
        ("Name", c.full_name), ("Customer", str(c.id)), ("Card", c.card_number),
        ("Phone", c.phone_display), ("E-mail", c.email or ""), ("Address", c.address),
        ("Birthday", c.birthday.isoformat() if c.birthday else ""),
        ("Heard of us", c.how_heard), ("Tags", ", ".join(c.tags)), ("Notes", c.notes),
        ("Income", c.income_range), ("Children", c.children), ("Education", c.education),
        ("Occupation", c.occupation), ("Marketing", consent),
        ("Added", _provenance(c.created_at, c.created_by, c.created_workstation,
                              c.created_channel)),
        ("Changed", _provenance(c.updated_at, c.updated_by, c.updated_workstation,
                                c.updated_channel)),
    ]
    pairs = [(label, value) for label, value in pairs if value]
    if numbers is not None:
        pairs += _figure_pairs(numbers)
    width = max(len(label) for label, _ in pairs)
    return [f"{label.ljust(width)}  {value}" for label, value in pairs]


def _figure_pairs(f: figures.CustomerFigures) -> list[tuple[str, str]]:
    amount = lambda minor: money.to_text(minor, f.currency)  # noqa: E731
    pairs = [("Spent", f"{amount(f.lifetime_spend)} {f.currency} in {f.visits} visits"
              + (f", {amount(f.average_basket)} a visit" if f.visits else ""))]
    if f.last_visit:
        rhythm = f", about every {f.usual_interval_days:g} days" if f.usual_interval_days \
            else ""
        pairs.append(("Last visit", f"{local_time(f.last_visit)}{rhythm}"))
    pairs.append(("Segment", f.segment.replace("_", " ") + (", VIP" if f.vip else "")))
    if f.favourite_categories:
        pairs.append(("Favourites", ", ".join(f.favourite_categories)))
    if f.suggestions:
        pairs.append(("Suggest", ", ".join(f.suggestions)))
    return pairs


def _provenance(at, by: str, workstation: str, channel: str) -> str:
    if at is None:
        return ""
    who = f" by {by}" if by else ""
    where = f" on {workstation}" if workstation else ""
    return f"{local_time(at)}{who}{where} ({channel})"

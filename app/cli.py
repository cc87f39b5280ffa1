"""The `counterpart` command: the counter app (default) and everything scriptable.

Conventions (see CLI.md): the passphrase comes from COUNTERPART_PASSPHRASE, a file or a
prompt, never an argument; --json prints machine-readable results; errors are one line on
stderr; exit codes 0 done, 2 bad input, 3 wrong passphrase or locked, 4 not found,
5 conflict, 1 unexpected (logged, with no customer data, to <data dir>/logs).
Qt is imported only by the `gui` command.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time

from sqlalchemy.exc import OperationalError

from app import (
    __version__,
    cli_backup,
    cli_customers,
    cli_dedupe,
    cli_loyalty,
    cli_privacy,
    cli_reports,
    cli_sales,
    cli_surveys,
    cli_transfer,
)
from app.cli_common import (
    Context,
    Parser,
    act_as_command_line,
    can_ask,
    open_shop,
    passphrase,
    pin,
    report_error,
    table,
)
from app.core import customers, paths, staff
from app.core.demo import make_demo
from app.core.errors import CounterpartError, NotFound, ShopExists, ShopMissing, ValidationError
from app.core.settings import LANGUAGES, ShopSettings
from app.core.shop import Shop, shop_exists

log = logging.getLogger("app.cli")

DEMO_PASSPHRASE = "counterpart-demo"
DEMO_STAFF = (("Maya", "manager", "1234"), ("Sam", "cashier", "2222"))
MAX_DEMO_CUSTOMERS = 2_000_000
DEMO_SALES_UP_TO = 20_000  # beyond this, purchase history only when asked (it takes a while)


def build_parser() -> Parser:
    common = Parser(add_help=False)  # --json is also accepted after the command
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="machine-readable results on stdout")
    parser = Parser(
        prog="counterpart",
        description="Counterpart, the shop's customer book. Without a command it opens the "
                    "counter app.",
        epilog="The passphrase comes from COUNTERPART_PASSPHRASE, --passphrase-file, or a "
               "prompt. Exit codes: 0 done, 2 bad input, 3 wrong passphrase, 4 not found, "
               "5 conflict, 1 unexpected.",
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the shop folder (default: COUNTERPART_DATA_DIR or the user "
                             "data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE")
    parser.add_argument("--json", action="store_true", help="machine-readable results")
    parser.add_argument("--version", action="version", version=f"counterpart {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="the counter app (the default)").set_defaults(
        handler=cmd_gui)
    commands.add_parser("kiosk", help="the customer-facing feedback screen").set_defaults(
        handler=cmd_kiosk)

    init = commands.add_parser("init", help="make a new shop", parents=[common])
    init.add_argument("--shop-name", required=True, metavar="NAME")
    init.add_argument("--currency", default="EUR", metavar="CODE",
                      help="ISO 4217 code, e.g. ILS, EUR, USD (default EUR)")
    init.add_argument("--region", default="US", metavar="CODE",
                      help="country code for phone numbers, e.g. IL (default US)")
    init.add_argument("--language", default="en", metavar="CODE",
                      help="one of " + ", ".join(LANGUAGES) + " (default en)")
    init.add_argument("--manager-name", metavar="NAME", help="the first manager's name")
    init.add_argument("--manager-pin", metavar="PIN",
                      help="4-8 digits; COUNTERPART_MANAGER_PIN or the prompt keep it out "
                           "of `ps`")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser(
        "demo", parents=[common],
        help=f"a shop full of realistic customers (passphrase {DEMO_PASSPHRASE} unless "
             "given)")
    demo.add_argument("--customers", type=int, default=2000, metavar="N")
    demo.add_argument("--months", type=int, default=24, metavar="M",
                      help="spread over the last M months (default 24)")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    sales = demo.add_mutually_exclusive_group()
    sales.add_argument("--purchases", dest="purchases", action="store_const", const=True,
                       help="also make their purchase history (the default up to "
                            f"{DEMO_SALES_UP_TO:,} customers: about 30 purchases each)")
    sales.add_argument("--no-purchases", dest="purchases", action="store_const", const=False,
                       help="customers only, without purchase history")
    demo.set_defaults(handler=cmd_demo)

    customer_actions = cli_customers.add_parsers(commands, common)  # noqa: F841 - extended below
    cli_dedupe.add_customer_actions(customer_actions, common)
    cli_privacy.add_customer_actions(customer_actions, common)
    cli_privacy.add_parsers(commands, common)
    for module in (cli_sales, cli_loyalty, cli_surveys, cli_transfer, cli_backup,
                   cli_reports):
        module.add_parsers(commands, common)

    staff_cmd = commands.add_parser("staff", help="staff accounts", parents=[common])
    staff_sub = staff_cmd.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = staff_sub.add_parser("add", help="add a staff member", parents=[common])
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=("cashier", "manager"))
    add.add_argument("--pin", metavar="PIN",
                     help="4-8 digits; COUNTERPART_STAFF_PIN or the prompt keep it out of `ps`")
    add.set_defaults(handler=cmd_staff_add)
    staff_sub.add_parser("list", help="everyone, disabled too",
                         parents=[common]).set_defaults(handler=cmd_staff_list)
    for action, text in (("disable", "stop a staff member signing in"),
                         ("enable", "let a disabled staff member sign in again")):
        one = staff_sub.add_parser(action, help=text, parents=[common])
        one.add_argument("who", metavar="NAME_OR_ID")
        one.set_defaults(handler=cmd_staff_active, active=action == "enable")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    as_json = "--json" in argv
    ctx = None
    try:
        args = build_parser().parse_args(argv)
        ctx = Context(args, paths.data_dir(args.data_dir), bool(getattr(args, "json", False)))
        handler = getattr(args, "handler", cmd_gui)
        return handler(ctx) or 0
    except CounterpartError as err:
        report_error(err, ctx.json if ctx else as_json)
        return err.exit_code
    except OperationalError as err:
        if "locked" not in str(err.orig) and "busy" not in str(err.orig):
            return _unexpected(ctx, as_json)
        report_error(CounterpartError(
            "The shop file is busy: another program is writing to it. Try again."), as_json)
        return 3
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `counterpart customers find a | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except SystemExit as done:  # --help, --version
        return done.code if isinstance(done.code, int) else 0
    except Exception:
        return _unexpected(ctx, as_json)


def _unexpected(ctx: Context | None, as_json: bool) -> int:
    """Logged with its traceback (SQL parameters are hidden: no customer data), then one
    plain line for the person."""
    from app.logs import setup_logging  # noqa: PLC0415

    folder = ctx.folder if ctx else paths.data_dir(None)
    where = setup_logging(folder)
    log.exception("unexpected error in the command line")
    detail = f" The details are in {where}." if where else ""
    report_error(CounterpartError(f"Something unexpected went wrong.{detail}"), as_json)
    return 1


# -- the apps ------------------------------------------------------------------------------
def cmd_gui(ctx: Context) -> int:
    from app.ui.app import run_gui  # noqa: PLC0415 - Qt only for the GUI

    return run_gui(ctx.folder)


def cmd_kiosk(ctx: Context) -> int:
    if not shop_exists(ctx.folder):  # said here, before a window nobody may be watching
        raise ShopMissing(f"There is no shop in {ctx.folder}. Set it up at the counter first.")
    from app.ui.kiosk.app import run_kiosk  # noqa: PLC0415 - Qt only for the GUI

    return run_kiosk(ctx.folder)


# -- a new shop ----------------------------------------------------------------------------
def cmd_init(ctx: Context) -> int:
    a = ctx.args
    if shop_exists(ctx.folder):
        raise ShopExists(f"There is already a shop in {ctx.folder}.")
    settings = ShopSettings(shop_name=a.shop_name.strip(), currency=a.currency.upper(),
                            region=a.region.upper(), language=a.language.lower())
    settings.validate()
    name = a.manager_name
    if not name and can_ask():
        name = input("The first manager's name: ")
    if not name:
        raise ValidationError("manager_name", "Give the first manager's name (--manager-name).")
    with _as_field("manager_name"):
        name = staff.validate_name(name)
    manager_pin = pin(a.manager_pin, "COUNTERPART_MANAGER_PIN",
                      f"{name}'s PIN (4-8 digits): ", "manager_pin")
    with _as_field("manager_pin"):
        staff.validate_pin(manager_pin)
    shop = Shop.create(ctx.folder, passphrase(ctx, confirm=True), settings, name, manager_pin,
                       channel="cli")
    manager = shop.staff_list()[0]
    shop.close()
    ctx.emit(
        {"folder": str(ctx.folder), "shop_name": settings.shop_name,
         "currency": settings.currency, "region": settings.region,
         "language": settings.language, "manager": manager.to_json()},
        f'Made the shop "{settings.shop_name}" in {ctx.folder}. Manager: {manager.name}.',
    )
    return 0


@contextlib.contextmanager
def _as_field(field: str):
    """A staff check's error, named after the option the person typed."""
    try:
        yield
    except ValidationError as err:
        raise ValidationError(field, err.message) from None


def cmd_demo(ctx: Context) -> int:
    a = ctx.args
    if not 0 <= a.customers <= MAX_DEMO_CUSTOMERS:
        raise ValidationError("customers", f"Choose 0 to {MAX_DEMO_CUSTOMERS:,} customers.")
    if not 1 <= a.months <= 240:
        raise ValidationError("months", "Choose 1 to 240 months.")
    created = not shop_exists(ctx.folder)
    if created:
        shop = Shop.create(
            ctx.folder, passphrase(ctx, fallback=DEMO_PASSPHRASE),
            ShopSettings(shop_name="Café Dizengoff", currency="ILS", region="IL"),
            DEMO_STAFF[0][0], DEMO_STAFF[0][2], channel="cli",
        )
        shop.act_as(shop.staff_list()[0])
        for name, role, staff_pin in DEMO_STAFF[1:]:
            shop.add_staff(name, role, staff_pin)
        act_as_command_line(shop)
    else:
        shop = open_shop(ctx, fallback=DEMO_PASSPHRASE)
    show_progress = not ctx.json and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(f"\rAdding: {done:,} of {total:,}   ", end="", file=sys.stderr, flush=True)

    try:
        started = time.perf_counter()
        added = make_demo(shop, a.customers, a.months, a.seed,
                          progress if show_progress else None,
                          sales=a.purchases if a.purchases is not None
                          else a.customers <= DEMO_SALES_UP_TO)
        seconds = round(time.perf_counter() - started, 2)
        total = customers.count(shop)
        shop.db.checkpoint()
    finally:
        shop.close()
    if show_progress:
        print(file=sys.stderr)
    lines = [f"{'Made a demo shop' if created else 'Demo customers added'} in {ctx.folder}: "
             f"{added:,} customers added in {seconds} s ({total:,} in all)."]
    if created:
        given = os.environ.get("COUNTERPART_PASSPHRASE") or a.passphrase_file
        lines.append(f"Passphrase: {'as given' if given else DEMO_PASSPHRASE}. Staff: "
                     + ", ".join(f"{n} ({r}, PIN {p})" for n, r, p in DEMO_STAFF) + ".")
    ctx.emit({"folder": str(ctx.folder), "created": created, "customers_added": added,
              "customers_total": total, "seconds": seconds}, lines)
    return 0


# -- staff ---------------------------------------------------------------------------------
def cmd_staff_add(ctx: Context) -> int:
    a = ctx.args
    staff_pin = pin(a.pin, "COUNTERPART_STAFF_PIN", f"{a.name}'s PIN (4-8 digits): ", "pin")
    shop = open_shop(ctx)
    try:
        member = shop.add_staff(a.name, a.role, staff_pin)
    finally:
        shop.close()
    ctx.emit(member.to_json(), f"Added {member.name} ({member.role}), staff {member.id}.")
    return 0


def cmd_staff_list(ctx: Context) -> int:
    shop = open_shop(ctx)
    try:
        members = shop.staff_list(include_inactive=True)
    finally:
        shop.close()
    ctx.emit([m.to_json() for m in members], table(
        ["ID", "Name", "Role", "Status"],
        [[m.id, m.name, m.role, "active" if m.active else "disabled"] for m in members],
    ))
    return 0


def cmd_staff_active(ctx: Context) -> int:
    who = ctx.args.who.strip()
    shop = open_shop(ctx)
    try:
        members = shop.staff_list(include_inactive=True)
        match = [m for m in members if str(m.id) == who or m.name.casefold() == who.casefold()]
        if not match:
            raise NotFound(f"There is no staff member {who}.")
        member = shop.set_staff_active(match[0].id, ctx.args.active)
    finally:
        shop.close()
    state = "can sign in again" if member.active else "can no longer sign in"
    ctx.emit(member.to_json(), f"{member.name} {state}.")
    return 0

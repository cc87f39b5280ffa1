"""`counterpart loyalty ...`: programs, balances, rewards, corrections and printed cards.

The command line acts as a manager (see cli_common), so it may add programs and adjust
balances; every change lands in the ledger and the audit trail like the counter's."""

from __future__ import annotations

from pathlib import Path

from app.cli_common import Context, UsageError, opened_shop, table
from app.core import customers, loyalty, loyalty_programs, money
from app.core.errors import NotFound, ValidationError
from app.core.loyalty import Balance, Earned, Program

PUNCH_ONLY = ("punches", "per_item", "min_spend", "category")
POINTS_ONLY = ("points_per_unit", "threshold", "reward_value", "expiry_days")


def add_parsers(commands, common) -> None:
    group = commands.add_parser("loyalty", help="punch cards, points and loyalty cards",
                                parents=[common])
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    programs = sub.add_parser("programs", help="the shop's loyalty programs",
                              parents=[common])
    programs.set_defaults(handler=cmd_programs)

    add = sub.add_parser(
        "program-add", parents=[common], help="start a punch card or a points program",
        description="A punch card: --kind punch --name NAME --punches N --reward TEXT "
                    "[--category C ...] [--min-spend AMOUNT] [--per-item]. Points: --kind "
                    "points --name NAME --points-per-unit X --threshold P --reward-value "
                    "AMOUNT [--expiry-days D].")
    add.add_argument("--kind", required=True, metavar="punch|points")
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--reward", metavar="TEXT",
                     help="what the reward is, e.g. 'a free coffee' (needed for punch cards)")
    punch = add.add_argument_group("punch cards")
    punch.add_argument("--punches", metavar="N", help="punches for a reward, 2 to 100")
    punch.add_argument("--category", action="append", metavar="C",
                       help="only these products or categories earn; repeat for more")
    punch.add_argument("--min-spend", metavar="AMOUNT",
                       help="the least a purchase (or an item, with --per-item) costs to earn")
    punch.add_argument("--per-item", action="store_true", default=None,
                       help="a punch for each qualifying item instead of each purchase")
    points = add.add_argument_group("points")
    points.add_argument("--points-per-unit", metavar="X",
                        help="points per unit of currency, e.g. 1 or 0.5")
    points.add_argument("--threshold", metavar="P", help="points for one voucher")
    points.add_argument("--reward-value", metavar="AMOUNT", help="one voucher's value")
    points.add_argument("--expiry-days", metavar="D",
                        help="points expire after D days without a purchase")
    both = add.add_argument_group("both kinds")
    both.add_argument("--survey-bonus", metavar="N", help="given for a completed survey")
    both.add_argument("--birthday-bonus", metavar="N", help="given once a year, birthday month")
    both.add_argument("--starts-on", metavar="YYYY-MM-DD")
    both.add_argument("--ends-on", metavar="YYYY-MM-DD")
    add.set_defaults(handler=cmd_program_add)

    balance = sub.add_parser("balance", help="a customer's balances", parents=[common])
    _ref(balance)
    balance.set_defaults(handler=cmd_balance)

    redeem = sub.add_parser("redeem", help="use a reward", parents=[common])
    _ref(redeem)
    _program_option(redeem)
    redeem.add_argument("--points", metavar="N",
                        help="points (or punches) to use, in whole rewards (default one)")
    redeem.add_argument("--purchase", metavar="ID", help="the purchase the reward is used on")
    redeem.set_defaults(handler=cmd_redeem)

    adjust = sub.add_parser("adjust", help="correct a balance, with a reason",
                            parents=[common])
    _ref(adjust)
    _program_option(adjust)
    adjust.add_argument("--delta", required=True, metavar="N",
                        help="what to add (negative to take away), e.g. 3 or -2")
    adjust.add_argument("--reason", required=True, metavar="TEXT")
    adjust.set_defaults(handler=cmd_adjust)

    card = sub.add_parser("card", help="the customer's loyalty card as a PDF to print",
                          parents=[common])
    _ref(card)
    card.add_argument("--out", required=True, metavar="FILE.pdf")
    card.set_defaults(handler=cmd_card)

    replace = sub.add_parser("replace-card", help="a new card number for a lost card",
                             parents=[common])
    _ref(replace)
    replace.set_defaults(handler=cmd_replace_card)

    sub.add_parser("expire", help="expire points of customers who stopped buying",
                   parents=[common]).set_defaults(handler=cmd_expire)


def _ref(parser) -> None:
    parser.add_argument("ref", metavar="REF", help="id, phone, e-mail or card number")


def _program_option(parser) -> None:
    parser.add_argument("--program", required=True, metavar="ID",
                        help="the program's id (or its exact name)")


# -- helpers -------------------------------------------------------------------------------
def _whole_number(text: str | None, field: str) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(field, f"{text!r} is not a whole number.") from None


def _program(shop, ref: str) -> Program:
    ref = ref.strip()
    found = loyalty.programs(shop)
    match = [p for p in found if str(p.id) == ref] or \
        [p for p in found if p.name.casefold() == ref.casefold()]
    if not match:
        raise NotFound(f"There is no loyalty program {ref}. `counterpart loyalty programs` "
                       "lists them.")
    return match[0]


def _unit_word(program: Program, amount: int) -> str:
    word = "punch" if program.kind == "punch" else "point"
    return f"{amount} {word}{'' if abs(amount) == 1 else ('es' if word == 'punch' else 's')}"


def _rule(p: Program, currency: str) -> str:
    if p.kind == "punch":
        rule = f"{p.punches_needed} punches" + (" (one per item)" if p.per_item else "")
        if p.min_spend:
            rule += f", from {money.to_text(p.min_spend, currency)}"
    else:
        rule = f"{p.points_per_unit:g} per {currency}, {p.threshold} = " \
               f"{money.to_text(p.reward_value or 0, currency)}"
        if p.expiry_days:
            rule += f", expire after {p.expiry_days} days"
    if p.qualifies:
        rule += "; only " + ", ".join(p.qualifies)
    return rule


def _earned_line(verb: str, e: Earned) -> str:
    return (f"{verb} {_unit_word(e.program, abs(e.amount))} on {e.program.name}: balance "
            f"{e.balance}, {e.rewards_ready} reward{'' if e.rewards_ready == 1 else 's'} "
            "ready.")


# -- commands ------------------------------------------------------------------------------
def cmd_programs(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        found = loyalty.programs(shop)
        currency = shop.settings.currency
    if not found:
        text = ["No loyalty programs yet. `counterpart loyalty program-add --help` says how."]
    else:
        text = table(["ID", "Name", "Kind", "Rule", "Reward", "Status"],
                     [[p.id, p.name, p.kind, _rule(p, currency), p.reward,
                       "active" if p.active else "stopped"] for p in found])
    ctx.emit([p.to_json(currency) for p in found], text)
    return 0


def _program_raw(a) -> dict:
    kind = a.kind.strip().lower()
    given = {key: getattr(a, key) for key in (*PUNCH_ONLY, *POINTS_ONLY)
             if getattr(a, key) is not None}
    wrong = [k for k in given if k in (POINTS_ONLY if kind == "punch" else PUNCH_ONLY)]
    if kind in loyalty_programs.KINDS and wrong:
        flag = "--" + wrong[0].replace("_", "-")
        raise UsageError(f"{flag} is not for a {kind} program.")
    raw = {"kind": kind, "name": a.name, "reward": a.reward,
           "survey_bonus": a.survey_bonus, "birthday_bonus": a.birthday_bonus,
           "starts_on": a.starts_on, "ends_on": a.ends_on} | given
    if a.category:
        raw["qualifies"] = ",".join(a.category)
        raw.pop("category")
    return {k: v for k, v in raw.items() if v is not None}


def cmd_program_add(ctx: Context) -> int:
    raw = _program_raw(ctx.args)
    with opened_shop(ctx) as shop:
        program = loyalty.add_program(shop, raw)
        currency = shop.settings.currency
    ctx.emit(program.to_json(currency),
             f"Added {program.kind} program {program.id}, {program.name}: "
             f"{_rule(program, currency)}; reward: {program.reward}.")
    return 0


def cmd_balance(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        customer = customers.resolve(shop, ctx.args.ref)
        held = loyalty.balances(shop, customer.id)
    data = [b.to_json() for b in held]
    if not held:
        text = [f"{customer.full_name} ({customer.card_number}): the shop has no loyalty "
                "programs yet."]
    else:
        text = [f"{customer.full_name}, card {customer.card_number}:", *table(
            ["ID", "Program", "Kind", "Balance", "Rewards ready", "To next reward"],
            [[b.program.id, b.program.name, b.program.kind, b.balance, b.rewards_ready,
              _to_next(b)] for b in held])]
    ctx.emit(data, text)
    return 0


def _to_next(b: Balance) -> str:
    return _unit_word(b.program, b.to_next)


def cmd_redeem(ctx: Context) -> int:
    a = ctx.args
    amount = _whole_number(a.points, "points")
    purchase_id = _whole_number(a.purchase, "purchase")
    with opened_shop(ctx) as shop:
        customer = customers.resolve(shop, a.ref)
        program = _program(shop, a.program)
        done = loyalty.redeem(shop, customer.id, program.id, amount, purchase_id)
    rewards = abs(done.amount) // program.unit
    ctx.emit(done.to_json() | {"customer_id": customer.id, "rewards": rewards},
             [f"Redeemed {rewards} × {program.reward} for {customer.full_name}.",
              _earned_line("Used", done)])
    return 0


def cmd_adjust(ctx: Context) -> int:
    a = ctx.args
    delta = _whole_number(a.delta, "delta")
    with opened_shop(ctx) as shop:
        customer = customers.resolve(shop, a.ref)
        program = _program(shop, a.program)
        done = loyalty.adjust(shop, customer.id, program.id, delta, a.reason)
    ctx.emit(done.to_json() | {"customer_id": customer.id, "reason": " ".join(a.reason.split())},
             _earned_line("Added" if delta > 0 else "Took away", done))
    return 0


def cmd_card(ctx: Context) -> int:
    from app.reports.loyalty_card import card_pdf  # noqa: PLC0415 - ReportLab only here

    out = Path(ctx.args.out).expanduser()
    if out.is_dir():
        raise ValidationError("out", f"{out} is a folder; give a file name, e.g. card.pdf.")
    with opened_shop(ctx) as shop:
        customer = customers.resolve(shop, ctx.args.ref)
        try:
            written = card_pdf(shop, customer.id, out)
        except ValidationError as err:
            if err.field != "path":
                raise
            raise ValidationError("out", err.message) from None
    ctx.emit({"customer_id": customer.id, "card_number": customer.card_number,
              "path": str(written.resolve())},
             f"Wrote {customer.first_name}'s card ({customer.card_number}) to {written}.")
    return 0


def cmd_replace_card(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        customer = customers.resolve(shop, ctx.args.ref)
        number = loyalty.replace_card(shop, customer.id)
    ctx.emit({"customer_id": customer.id, "card_number": number,
              "old_card_number": customer.card_number},
             f"{customer.full_name} has a new card number: {number} (the old "
             f"{customer.card_number} no longer works). Print it with `counterpart loyalty "
             "card`.")
    return 0


def cmd_expire(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        expired = loyalty.expire_due(shop)
    ctx.emit({"expired": expired},
             f"Expired the points of {expired} balance{'' if expired == 1 else 's'}."
             if expired else "Nothing to expire.")
    return 0

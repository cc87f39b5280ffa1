"""`counterpart surveys ...`, `counterpart nps` and `counterpart alerts ...`: checkout
surveys answered from a script (a till, a kiosk of its own), the NPS with its trend, and
the alerts that negative answers raise, acknowledged and resolved with a note."""

from __future__ import annotations

import json

from app.cli_common import Context, local_time, opened_shop, table
from app.core import alerts, customers, surveys
from app.core.errors import ValidationError
from app.core.surveys import Nps

CHANNELS = ("counter", "kiosk")
TREND_MONTHS = 12


def add_parsers(commands, common) -> None:
    group = commands.add_parser("surveys", help="checkout surveys: list, answer", parents=[common])
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser(
        "list", help="the surveys with their question ids and kinds", parents=[common]
    )
    listing.add_argument("--active", action="store_true", help="only the active surveys")
    listing.set_defaults(handler=cmd_list)

    answer = sub.add_parser(
        "answer",
        parents=[common],
        help="keep one response to a survey",
        description="--answers is a JSON object, question id -> value: a number for nps "
        'and rating (or {"score": 3, "why": "..."} for nps), an option '
        "for single, a list of options for multi and ranking (ranking: in "
        "rank order), a string for text.",
    )
    answer.add_argument("survey", metavar="SURVEY_ID")
    answer.add_argument("--answers", required=True, metavar="JSON")
    answer.add_argument("--customer", metavar="REF", help="id, phone, e-mail or card number")
    answer.add_argument("--purchase", metavar="ID", help="the purchase it is about")
    answer.add_argument(
        "--channel",
        metavar="counter|kiosk",
        help="where it was answered (default: the command line)",
    )
    answer.add_argument(
        "--partial", action="store_true", help="keep it although required questions are unanswered"
    )
    answer.set_defaults(handler=cmd_answer)

    score = commands.add_parser(
        "nps", help="the month's NPS and its 12-month trend", parents=[common]
    )
    score.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    score.set_defaults(handler=cmd_nps)

    raised = commands.add_parser(
        "alerts", help="alerts from survey answers; resolve, ack", parents=[common]
    )
    raised.add_argument("--open", action="store_true", help="only the unresolved ones")
    raised.set_defaults(handler=cmd_alerts)
    alert_sub = raised.add_subparsers(dest="action", metavar="ACTION")
    resolve = alert_sub.add_parser(
        "resolve", help="close an alert with what was done", parents=[common]
    )
    resolve.add_argument("alert", metavar="ALERT_ID")
    resolve.add_argument("--note", required=True, metavar="TEXT")
    resolve.set_defaults(handler=cmd_resolve)
    ack = alert_sub.add_parser("ack", help="someone is on it", parents=[common])
    ack.add_argument("alert", metavar="ALERT_ID")
    ack.set_defaults(handler=cmd_ack)


# -- helpers -------------------------------------------------------------------------------
def _id(text: str | None, field: str) -> int | None:
    if text is None:
        return None
    text = text.strip()
    if not text.isdecimal() or len(text) > 18:
        raise ValidationError(field, f"{text!r} is not an id (a whole number).")
    return int(text)


def _answers(text: str) -> dict:
    try:
        given = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "answers", f"Not valid JSON ({exc.msg} at character {exc.pos})."
        ) from None
    if not isinstance(given, dict):
        raise ValidationError("answers", 'Give a JSON object: {"QUESTION_ID": VALUE, ...}.')
    return given


def _status(a: alerts.AlertView) -> str:
    if a.resolved_at:
        return "resolved"
    return "acknowledged" if a.acknowledged_at else "open"


def _nps_text(n: Nps) -> str:
    return "no data" if n.shown is None else f"{n.shown:+d}"


def _bar(n: Nps) -> str:
    """-100..+100 drawn as a bar either side of a centre line, 10 points a character."""
    if n.nps is None:
        return ""
    width = round(abs(n.nps) / 10)
    return " " * 10 + "|" + "#" * width if n.nps >= 0 else " " * (10 - width) + "#" * width + "|"


# -- commands ------------------------------------------------------------------------------
def cmd_list(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        found = surveys.list_surveys(shop, active_only=ctx.args.active)
    text: list[str] = []
    for s in found:
        state = "active" if s.active else "stopped"
        text.append(f"Survey {s.id}: {s.name} (version {s.version}, {state})")
        text += [
            "  " + line
            for line in table(
                ["Question", "Kind", "Prompt", "Options"],
                [
                    [
                        q.id,
                        q.kind,
                        q.prompt + ("" if q.required else " (optional)"),
                        " | ".join(q.options),
                    ]
                    for q in s.questions
                ],
            )
        ]
    ctx.emit([s.to_json() for s in found], text or ["No surveys yet."])
    return 0


def cmd_answer(ctx: Context) -> int:
    a = ctx.args
    survey_id = _id(a.survey, "survey")
    purchase_id = _id(a.purchase, "purchase")
    channel = a.channel.strip().lower() if a.channel is not None else None
    if channel is not None and channel not in CHANNELS:
        raise ValidationError("channel", f"Choose {' or '.join(CHANNELS)}.")
    given = _answers(a.answers)
    with opened_shop(ctx) as shop:
        customer = customers.resolve(shop, a.customer) if a.customer else None
        done = surveys.answer(
            shop,
            survey_id,
            given,
            customer_id=customer.id if customer else None,
            purchase_id=purchase_id,
            channel=channel,
            complete=not a.partial,
        )
    text = [
        f"Kept response {done.response_id} to survey {survey_id}"
        + ("" if done.complete else " (partial)")
        + (f" from {customer.first_name}." if customer else ".")
    ]
    text += [f"Alert {r.id} ({r.kind}): {r.summary}" for r in done.alerts]
    text += [
        f"{e.program.name}: +{e.amount} for the feedback, balance {e.balance}."
        for e in done.loyalty
    ]
    ctx.emit(
        done.to_json() | {"survey_id": survey_id, "customer_id": customer.id if customer else None},
        text,
    )
    return 0


def cmd_nps(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        month = surveys.nps(shop, ctx.args.month)
        trend = surveys.nps_trend(shop, TREND_MONTHS, month.month)
    text = [
        f"NPS {month.month}: {_nps_text(month)}"
        + (
            f" ({month.promoters} promoters, {month.passives} passives, "
            f"{month.detractors} detractors; {month.total} answers)"
            if month.total
            else ""
        ),
        "",
        f"The last {TREND_MONTHS} months:",
    ]
    text += table(
        ["Month", "NPS", "Answers", "-100      0       +100"],
        [[n.month, _nps_text(n), n.total, _bar(n)] for n in trend],
    )
    ctx.emit(month.to_json() | {"trend": [n.to_json() for n in trend]}, text)
    return 0


def cmd_alerts(ctx: Context) -> int:
    with opened_shop(ctx) as shop:
        found = surveys.alert_lines(shop, open_only=ctx.args.open)
    data = [
        line.alert.to_json()
        | {"customer_first_name": line.customer_name or None, "staff_name": line.staff_name or None}
        for line in found
    ]
    if not found:
        text = ["No open alerts." if ctx.args.open else "No alerts yet."]
    else:
        text = table(
            ["ID", "Kind", "Raised", "Status", "Customer", "Summary"],
            [
                [
                    line.alert.id,
                    line.alert.kind,
                    local_time(line.alert.created_at),
                    _status(line.alert),
                    line.customer_name or "-",
                    line.alert.summary,
                ]
                for line in found
            ],
        )
    ctx.emit(data, text)
    return 0


def cmd_resolve(ctx: Context) -> int:
    alert_id = _id(ctx.args.alert, "alert")
    with opened_shop(ctx) as shop:
        done = alerts.resolve(shop, alert_id, ctx.args.note)
    ctx.emit(done.to_json(), f"Resolved alert {done.id}: {done.note}")
    return 0


def cmd_ack(ctx: Context) -> int:
    alert_id = _id(ctx.args.alert, "alert")
    with opened_shop(ctx) as shop:
        done = alerts.acknowledge(shop, alert_id)
    ctx.emit(done.to_json(), f"Alert {done.id} acknowledged.")
    return 0

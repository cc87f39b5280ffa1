"""Loyalty in words, shared by the loyalty screen, the checkout panel and the profile:
"10 punches → a free coffee · coffee", "1 point per ₪1.00 · 100 points = ₪10.00",
"+1 punch — 2 more to a free coffee", "161 points · 1 voucher ready".

Functions, not constants, so a translator loaded at run time applies. `show` formats an
amount in minor units as the shop shows money.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from app.core.loyalty import Program
from app.ui.bidi import isolate, number
from app.ui.dates import show_date

_CTX = "LoyaltyLabels"
Money = Callable[[int], str]


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_label(kind: str) -> str:
    return {"punch": _t("Punch card"), "points": _t("Points")}.get(kind, kind)


def units(program: Program, n: int) -> str:
    """'1 punch', '7 punches', '1 point', '161 points'."""
    if program.kind == "punch":
        return _t("1 punch") if n == 1 else _t("{n} punches").format(n=number(n))
    return _t("1 point") if n == 1 else _t("{n} points").format(n=number(n))


def rate_text(program: Program, one_unit: str) -> str:
    rate = f"{program.points_per_unit or 0:g}"
    return (_t("1 point per {unit}") if rate == "1"
            else _t("{rate} points per {unit}")).format(
                rate=QLocale().toString(float(rate), "g", 6), unit=one_unit)


def rule_text(program: Program, show: Money, one_unit: str) -> str:
    """What the program gives, in one line."""
    if program.kind == "punch":
        parts = [_t("{n} punches → {reward}").format(n=number(program.punches_needed),
                                                      reward=isolate(program.reward))]
        if program.per_item:
            parts.append(_t("a punch per item"))
        if program.min_spend:
            parts.append(_t("from {amount}").format(amount=show(program.min_spend)))
    else:
        parts = [rate_text(program, one_unit),
                 _t("{n} points = {value}").format(n=number(program.threshold),
                                                   value=show(program.reward_value or 0))]
        if program.expiry_days:
            parts.append(_t("expire after {n} quiet days").format(n=number(program.expiry_days)))
    if program.qualifies:
        parts.append(", ".join(isolate(q) for q in program.qualifies))
    if program.survey_bonus:
        parts.append(_t("+{n} for feedback").format(n=number(program.survey_bonus)))
    if program.birthday_bonus:
        parts.append(_t("+{n} on their birthday").format(n=number(program.birthday_bonus)))
    return " · ".join(parts)


def status_text(program: Program, today: date | None = None) -> str:
    today = today or date.today()
    if not program.active:
        return _t("Switched off")
    if program.ends_on is not None and program.ends_on < today:
        return _t("Ended {day}").format(day=show_date(program.ends_on))
    if program.starts_on is not None and program.starts_on > today:
        return _t("Starts {day}").format(day=show_date(program.starts_on))
    if program.ends_on is not None:
        return _t("Active until {day}").format(day=show_date(program.ends_on))
    return _t("Active")


def reward_name(program: Program, show: Money) -> str:
    """What one reward is: 'a free coffee', 'a ₪10.00 voucher'."""
    if program.kind == "points":
        return _t("a {value} voucher").format(value=show(program.reward_value or 0))
    return isolate(program.reward)


def standing(program: Program, balance: int, show: Money) -> str:
    """Where the card stands: '2 more to a free coffee', '161 points, 1 voucher ready'."""
    ready = balance // program.unit
    left = program.unit - balance % program.unit
    reward = reward_name(program, show)
    if program.kind == "punch":
        if ready == 1:
            return _t("{reward} is ready").format(reward=reward)
        if ready > 1:
            return _t("{n} rewards ready ({reward})").format(n=number(ready), reward=reward)
        return _t("{n} more to {reward}").format(n=number(left), reward=reward)
    held = units(program, balance)
    if ready == 1:
        return _t("{held}, 1 voucher ready").format(held=held)
    if ready > 1:
        return _t("{held}, {n} vouchers ready").format(held=held, n=number(ready))
    return _t("{held}, {n} more to {reward}").format(held=held, n=number(left), reward=reward)


def earned_text(program: Program, amount: int, balance: int, show: Money) -> str:
    """One event at the counter: '+1 punch — 2 more to a free coffee'."""
    if amount >= 0:
        return _t("+{earned} — {standing}").format(
            earned=units(program, amount), standing=standing(program, balance, show))
    return _t("−{taken} taken back — {standing}").format(
        taken=units(program, -amount), standing=standing(program, balance, show))


def entry_kind(kind: str) -> str:
    return {"earn": _t("Earned"), "redeem": _t("Redeemed"), "reverse": _t("Taken back"),
            "adjust": _t("Adjusted"), "expire": _t("Expired"), "bonus": _t("Bonus")
            }.get(kind, kind)


_EXPIRED = re.compile(r"no purchase for (\d+) days")  # loyalty.expire_due's reason


def reason_text(reason: str) -> str:
    """The core's stock reasons in the screen's language; anything typed stays as typed."""
    if expired := _EXPIRED.fullmatch(reason):
        return _t("no purchase for {days} days").format(days=number(int(expired[1])))
    return {"refund": _t("refund"), "undo": _t("purchase undone"),
            "reward given back": _t("reward given back"), "survey": _t("feedback"),
            "birthday": _t("birthday")}.get(reason, reason)

"""Loyalty card numbers: 12 digits with a Luhn check digit, so a mistyped number is caught."""

from __future__ import annotations

import secrets

PREFIX = "29"


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def is_card_number(text: str) -> bool:
    return (
        len(text) == 12 and text.isdigit() and text.startswith(PREFIX)
        and luhn_digit(text[:-1]) == text[-1]
    )


def new_card_number() -> str:
    body = PREFIX + "".join(str(secrets.randbelow(10)) for _ in range(9))
    return body + luhn_digit(body)

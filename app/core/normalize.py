"""Turning what people type into stored forms: names for search, phones, e-mails."""

from __future__ import annotations

import functools
import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from app.core.errors import Message, ValidationError

# Arabic letters that Persian keyboards write differently, and letter forms to fold.
_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ـ": None}
)
_PHONE_CHARS = re.compile(r"^[\d\s+\-().\/]+$")


def name_key(text: str) -> str:
    """Case- and accent-free form for search: 'Zoë-Anne' -> 'zoe-anne'; niqqud and harakat go."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.translate(_FOLD).casefold().split())


def looks_like_phone(text: str) -> bool:
    return bool(_PHONE_CHARS.match(text)) and any(ch.isdigit() for ch in text)


def digits_of(text: str) -> str:
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())  # ۰۵۲ -> 052


def phone_e164(raw: str, region: str) -> str:
    """A phone number in any common format -> E.164, or ValidationError."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError("phone", "That is not a phone number.") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "phone", "That phone number is not valid: check the digits and the area code."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_search_digits(e164: str | None) -> str:
    """Every digit form someone might type a part of: international and national."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return f"{digits_of(e164)} {digits_of(national)}"


@functools.lru_cache(maxsize=8192)
def phone_display(e164: str | None, region: str) -> str:
    """How a stored phone reads in this shop's region (remembered: every search page shows
    fifty, mostly the same people keystroke after keystroke)."""
    if not e164:
        return ""
    number = phonenumbers.parse(e164)
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# email-validator's explanations (English only), said in words of ours that get translated
_EMAIL_PROBLEMS = (
    ("must have an @-sign", Message("it needs an @, as in name@example.com.")),
    ("something after the @-sign", Message("something must come after the @.")),
    ("something before the @-sign", Message("something must come before the @.")),
    ("should have a period", Message("the part after the @ needs a dot, as in example.com.")),
    ("invalid characters", Message("it has a character an e-mail address can't have, "
                                   "such as a space.")),
    ("two periods in a row", Message("it can't have two dots in a row.")),
)
_EMAIL_MISWRITTEN = Message("it isn't written like an e-mail address (name@example.com).")


def email_normalized(raw: str) -> str:
    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        said = str(exc)
        reason = next((words for clue, words in _EMAIL_PROBLEMS if clue in said),
                      _EMAIL_MISWRITTEN)
        raise ValidationError("email", "That e-mail address is not valid: {reason}",
                              reason=reason) from exc
    return result.normalized.lower()

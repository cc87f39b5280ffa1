"""What people type, turned into stored and searchable forms; loyalty card check digits."""

from __future__ import annotations

import pytest

from app.core import cards
from app.core.errors import ValidationError
from app.core.normalize import (
    digits_of,
    email_normalized,
    looks_like_phone,
    name_key,
    phone_display,
    phone_e164,
    phone_search_digits,
)


# -- names ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "key"), [
    ("Zoë-Anne", "zoe-anne"),
    ("  DANA    Cohen ", "dana cohen"),
    ("José Müller", "jose muller"),
    ("Ångström", "angstrom"),
    ("Straße", "strasse"),
    ("Ｄａｎａ", "dana"),  # full-width letters
    ("ÇAĞLAR", "caglar"),
    ("אֲבִיגַיִל", "אביגיל"),  # niqqud goes
    ("שָׁלוֹם", "שלום"),
    ("מֹשֶׁה כֹּהֵן", "משה כהן"),
    ("مُحَمَّد", "محمد"),  # harakat go
    ("علي", "علی"),  # Arabic yeh -> Farsi yeh
    ("مصطفى", "مصطفی"),  # alef maksura -> Farsi yeh
    ("كريم", "کریم"),  # Arabic kaf -> keheh
    ("فاطمة", "فاطمه"),  # teh marbuta -> heh
    ("أحمد إبراهيم", "احمد ابراهیم"),  # hamza forms of alef
    ("مـــریم", "مریم"),  # tatweel
    ("", ""),
    ("   ", ""),
])
def test_name_key(typed, key):
    assert name_key(typed) == key


def test_name_key_is_idempotent_and_script_preserving():
    for text in ("Zoë", "אֲבִיגַיִל", "كريم", "Dana Cohen"):
        assert name_key(name_key(text)) == name_key(text)
    assert name_key("ДМИТРИЙ") == name_key("дмитрий")  # other scripts: case-folded, kept
    assert name_key("Ирина") == "ирина"
    assert name_key("李小龙") == "李小龙"


# -- phones -----------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", [
    "052-555 1234", "+972 52 555 1234", "(052) 5551234", "0525551234", "052.555.1234",
    "00972 52 555 1234", "+972-52-555-1234", " 052 555 1234 ",
])
def test_phone_e164_israel(typed):
    assert phone_e164(typed, "IL") == "+972525551234"


def test_phone_e164_depends_on_the_region_only_without_a_country_code():
    assert phone_e164("(202) 456-1111", "US") == "+12024561111"
    assert phone_e164("+1 202 456 1111", "IL") == "+12024561111"
    assert phone_e164("+98 912 345 6789", "IL") == "+989123456789"
    assert phone_e164("0912 345 6789", "IR") == "+989123456789"


@pytest.mark.parametrize("typed", ["12", "052-555-123", "hello", "+972", "0000000000",
                                   "052-555-12345678", "+999 123 456"])
def test_bad_phones_are_refused(typed):
    with pytest.raises(ValidationError) as caught:
        phone_e164(typed, "IL")
    assert caught.value.field == "phone"
    assert caught.value.message


def test_phone_search_digits_hold_international_and_national_forms():
    assert phone_search_digits("+972525551234") == "972525551234 0525551234"
    assert phone_search_digits("+989123456789") == "989123456789 09123456789"
    assert phone_search_digits("+12024561111") == "12024561111 2024561111"
    assert phone_search_digits(None) == ""
    assert phone_search_digits("") == ""


def test_phone_display_national_at_home_international_abroad():
    assert phone_display("+972525551234", "IL") == "052-555-1234"
    assert phone_display("+972525551234", "US") == "+972 52-555-1234"
    assert phone_display("+12024561111", "US") == "(202) 456-1111"
    assert phone_display(None, "IL") == ""


@pytest.mark.parametrize(("text", "phone"), [
    ("052-555", True), ("+972", True), ("(052) 555.12/34", True), ("555 12", True),
    ("dana", False), ("---", False), ("", False), ("052a", False), ("zoe@x.com", False),
    ("+", False), ("٠٥٢-٥٥٥", True), ("۰۹۱۲ ۳۴۵", True),  # Arabic-Indic and Persian digits
])
def test_looks_like_phone(text, phone):
    assert looks_like_phone(text) is phone


def test_digits_of():
    assert digits_of("+972 (52) 555-1234") == "972525551234"
    assert digits_of("dana") == ""
    # A Persian or Arabic keyboard's digit row: the same digits as the stored ones.
    assert digits_of("۰۹۱۲ ۳۴۵ ۶۷۸۹") == "09123456789"
    assert digits_of("٠٥٢-٥٥٥-١٢٣٤") == "0525551234"
    assert digits_of("x²³") == ""  # superscripts are not digits of a phone number


# -- e-mail -----------------------------------------------------------------------------------
def test_email_normalized():
    assert email_normalized("  Dana.Cohen@Example.COM ") == "dana.cohen@example.com"
    assert email_normalized("zoe+shop@example.co.il") == "zoe+shop@example.co.il"


@pytest.mark.parametrize("typed", ["not an email", "a@b", "x@@y.com", "@example.com",
                                   "dana@", "dana cohen@example.com", "dana@exa mple.com"])
def test_bad_emails_are_refused(typed):
    with pytest.raises(ValidationError) as caught:
        email_normalized(typed)
    assert caught.value.field == "email"
    assert caught.value.message.startswith("That e-mail address is not valid")
    reason = caught.value.message.values["reason"]  # in words of ours, so it is translated
    assert reason.template and reason.template == str(reason)


@pytest.mark.parametrize(("typed", "reason"), [
    ("dana", "it needs an @, as in name@example.com."),
    ("@example.com", "something must come before the @."),
    ("dana@example", "the part after the @ needs a dot, as in example.com."),
    ("dana cohen@example.com", "it has a character an e-mail address can't have, such as a space."),
])
def test_a_bad_email_says_what_is_wrong(typed, reason):
    with pytest.raises(ValidationError) as caught:
        email_normalized(typed)
    assert caught.value.message == f"That e-mail address is not valid: {reason}"


# -- loyalty cards ------------------------------------------------------------------------------
def test_luhn_digit_known_values():
    assert cards.luhn_digit("7992739871") == "3"  # the textbook example: 79927398713
    assert cards.luhn_digit("4539578763621486"[:-1]) == "6"
    assert cards.luhn_digit("0") == "0"


def test_new_card_numbers_are_valid():
    made = {cards.new_card_number() for _ in range(500)}
    assert len(made) > 490  # random, not a counter stuck on one value
    for number in made:
        assert len(number) == 12 and number.isdigit() and number.startswith(cards.PREFIX)
        assert cards.is_card_number(number)


def test_a_mistyped_card_number_is_caught():
    number = cards.new_card_number()
    for i in range(len(number)):  # every single wrong digit
        for d in "0123456789":
            if d != number[i]:
                typo = number[:i] + d + number[i + 1:]
                assert not cards.is_card_number(typo), typo
    for i in range(2, len(number) - 1):  # swapped neighbours (except 0<->9, Luhn's blind spot)
        a, b = number[i], number[i + 1]
        if a != b and {a, b} != {"0", "9"}:
            swapped = number[:i] + b + a + number[i + 2:]
            assert not cards.is_card_number(swapped), swapped


@pytest.mark.parametrize("text", ["", "29", "2900000000", "29000000000", "2900000000000",
                                  "39" + "0" * 9 + "7", "29abcdefghij", " 29000000000"])
def test_not_card_numbers(text):
    assert not cards.is_card_number(text)


def test_card_number_prefix_and_check_digit_both_matter():
    body = "29" + "123456789"
    good = body + cards.luhn_digit(body)
    assert cards.is_card_number(good)
    other_prefix = "39" + "123456789"
    assert not cards.is_card_number(other_prefix + cards.luhn_digit(other_prefix))

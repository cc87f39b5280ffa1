"""The customer data export prints words, not stored codes: how they heard of us and the
other registration choices, channels, loyalty kinds and reasons, audit actions and field
names, in the words the screens use; its page numbers and counts in Persian digits."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core import customer_data, customers, loyalty, purchases
from app.reports import customer_data_codes as codes
from tests.unit.test_privacy import pdf_text

CATALOGUES = Path(__file__).parents[2] / "resources" / "translations"


@pytest.fixture
def shirin(shop):
    person = customers.register(
        shop,
        {
            "first_name": "Shirin",
            "last_name": "Test",
            "email": "shirin@example.com",
            "how_heard": "friend",
            "children": "3+",
            "education": "bachelor",
            "occupation": "self_employed",
            "income_range": "25k_50k",
            "marketing_consent": True,
        },
    )
    loyalty.add_program(
        shop,
        {"kind": "points", "name": "Points", "points_per_unit": "1", "threshold": "50",
         "reward_value": "5"},
    )  # fmt: skip
    purchases.record(shop, person.id, "12")
    customers.update(shop, person.id, {"how_heard": "search"})
    return person.id


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("Web search", "Three or more", "Bachelor's degree", "Self-employed",
                "25,000 – 50,000 a year", "Earned", "Heard of us through")),
        ("fa", ("جستجو در اینترنت", "سه یا بیشتر", "کارشناسی", "آزاد", "به دست آمد",
                "۲۵٬۰۰۰ تا ۵۰٬۰۰۰ در سال")),
        ("he", ("חיפוש ברשת", "תואר ראשון", "עצמאי/ת", "נצבר", "בקופה")),
    ],
)  # fmt: skip
def test_the_export_prints_words_for_codes(shop, shirin, tmp_path, language, words):
    shop.save_settings(language=language)
    text = pdf_text(customer_data.export_data(shop, shirin, tmp_path).pdf_path)
    for word in words:
        assert word in text, word
    for code in ("3+", "bachelor", "self_employed", "25k_50k", " earn", "how_heard"):
        assert code not in text, code  # nor the changed field's name in the audit
    last = text.rstrip()[-1]  # the last page's number
    assert last in ("۲۳" if language == "fa" else "23"), last


def test_the_words_are_the_screens_words():
    """Every code's Hebrew and Persian words are the GUI's translation of the same English."""
    for language, table in codes.WORDS.items():
        root = ET.parse(CATALOGUES / f"counterpart_{language}.ts").getroot()
        found = {
            (ctx.findtext("name"), m.findtext("source")): m.findtext("translation")
            for ctx in root.iter("context")
            for m in ctx.iter("message")
        }
        for (what, _code), english in codes.ENGLISH.items():
            assert table[english] == found[(codes.CONTEXTS[what], english)], (language, english)


def test_a_code_without_words_is_printed_as_it_is():
    assert codes.label("loyalty_reason", "a typo fixed", "fa") == "a typo fixed"
    assert codes.label("erase_reason", "request", "he") == "הלקוח ביקש"
    assert codes.label("action", "redeem", "en") == "Redeemed a reward"
    assert codes.label("how_heard", "", "fa") == ""


def test_every_audit_action_reads_as_words_in_every_language():
    for code in codes.ACTIONS:
        for language in ("en", "he", "fa"):
            assert codes.label("action", code, language) != code, (language, code)
    assert codes.label("action", "create", "en") == "Registered"
    assert codes.label("action", "update", "he") == "שינוי"

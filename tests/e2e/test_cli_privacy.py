"""Consent and privacy from the command line, as real processes on a real encrypted shop:
a customer's data exported as PDF and JSON, erasure with and without being asked, the
privacy policy printed and given a new version, and the retention list."""

from __future__ import annotations

import json

import pypdfium2 as pdfium
import pytest

from app.core import customers, purchases
from app.core.settings import ShopSettings
from app.core.shop import Shop
from tests.e2e.test_cli import PASSPHRASE, run


def pdf_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> dict:
    """A shop keyed as the command line opens it (production key derivation), made in this
    process to spare a process per customer: Dana and Zebulon, who bought for 30.00."""
    folder = tmp_path_factory.mktemp("privacy") / "shop"
    settings = ShopSettings(shop_name="Corner Café", currency="ILS", region="IL")
    shop = Shop.create(folder, PASSPHRASE, settings, "Maya", "1234", channel="cli")
    try:
        shop.act_as(shop.staff_list()[0])
        people = {}
        for key, first, phone in (
            ("dana", "Dana", "052-555-1234"),
            ("zeb", "Zebulon", "052-987-6543"),
        ):
            given = {"first_name": first, "phone": phone, "marketing_consent": True}
            people[key] = customers.register(shop, given).id
        purchases.record(shop, people["zeb"], total="30")
    finally:
        shop.close()
    return {"folder": folder, **people}


def test_export_data_writes_a_readable_pdf_and_json(book, tmp_path):
    out = tmp_path / "for-dana"
    done = run(
        book["folder"], "--json", "customers", "export-data", "052-555-1234", "--out", str(out)
    )
    assert done.code == 0, done.err
    paths = done.json()
    data = json.loads(open(paths["json"], encoding="utf-8").read())
    assert data["customer"]["first_name"] == "Dana"
    assert data["consents"][0]["given"] is True and data["consents"][0]["staff"] == "Maya"
    assert data["audit"][-1]["action"] == "export"
    text = pdf_text(paths["pdf"])
    assert "Dana" in text and "+972525551234" in text and "Marketing consent" in text


def test_erase_asks_unless_told_and_keeps_the_sale(book):
    folder = book["folder"]
    refused = run(folder, "--json", "customers", "erase", "052-987-6543")
    assert refused.code == 2 and "--yes" in refused.error_json()["error"]
    done = run(folder, "--json", "customers", "erase", "052-987-6543", "--yes")
    assert done.code == 0, done.err
    assert done.json()["customer_id"] == book["zeb"]

    assert run(folder, "customers", "show", "052-987-6543").code == 4  # the phone is gone
    shown = run(folder, "--json", "customers", "show", str(book["zeb"]))
    assert shown.code == 0, shown.err
    assert shown.json()["first_name"] == "Erased" and shown.json()["phone"] is None
    assert shown.json()["lifetime_spend"] == "30.00"
    again = run(folder, "--json", "customers", "erase", str(book["zeb"]), "--yes")
    assert again.code == 5


def test_policy_prints_and_takes_a_new_version(book, tmp_path):
    folder = book["folder"]
    wording = tmp_path / "policy.txt"
    wording.write_text("Our promise\n\nWe never sell your details.\n", encoding="utf-8")
    pdf = tmp_path / "policy.pdf"
    saved = run(folder, "--json", "privacy", "policy", "--set", str(wording), "--print", str(pdf))
    assert saved.code == 0, saved.err
    assert saved.json()["version"] == 2  # version 1 is the text Counterpart ships
    text = pdf_text(pdf)
    assert "Our promise" in text and "We never sell your details." in text and "Version 2" in text


def test_retention_lists_nobody_in_a_young_shop(book):
    listed = run(book["folder"], "--json", "privacy", "retention", "--years", "2")
    assert listed.code == 0, listed.err
    assert listed.json() == {"years": 2, "total": 0, "customers": []}

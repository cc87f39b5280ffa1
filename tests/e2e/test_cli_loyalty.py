"""Loyalty from the command line, as a till or a script calls it: real processes on a real
encrypted shop; programs, earning at checkout, balances, rewards, corrections and the
printed card read back by a barcode decoder."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from tests.e2e.test_cli import run

BALANCE_KEYS = {"program_id", "program", "kind", "balance", "rewards_ready"}


@pytest.fixture(scope="module")
def club(tmp_path_factory) -> dict:
    """A shop with a coffee punch card, a points program and three customers."""
    folder = tmp_path_factory.mktemp("club") / "shop"
    assert run(folder, "init", "--shop-name", "Corner Café", "--currency", "ILS", "--region",
               "IL", "--manager-name", "Maya", env={"COUNTERPART_MANAGER_PIN": "1234"}).code == 0
    people = {}
    for key, first, phone in (("dana", "Dana", "052-555-1234"), ("noa", "Noa", "052-555-2222"),
                              ("avigail", "אביגיל", "054-765-4321")):
        added = run(folder, "--json", "customers", "add", "--first-name", first, "--phone", phone)
        assert added.code == 0, added.err
        people[key] = added.json()
    punch = run(folder, "--json", "loyalty", "program-add", "--kind", "punch", "--name",
                "Coffee card", "--punches", "5", "--reward", "a free coffee",
                "--category", "Coffee", "--category", "Tea")
    assert punch.code == 0, punch.err
    points = run(folder, "loyalty", "program-add", "--kind", "points", "--name", "Points",
                 "--points-per-unit", "1", "--threshold", "50", "--reward-value", "5",
                 "--expiry-days", "365", "--json")
    assert points.code == 0, points.err
    return {"folder": folder, **people, "punch": punch.json(), "points": points.json()}


def test_programs_come_back_as_json(club):
    punch, points = club["punch"], club["points"]
    assert punch["kind"] == "punch" and punch["punches"] == 5
    assert punch["reward"] == "a free coffee" and punch["qualifies"] == ["coffee", "tea"]
    assert points["kind"] == "points" and points["threshold"] == 50
    assert points["reward_value"] == "5.00" and points["expiry_days"] == 365
    listed = run(club["folder"], "--json", "loyalty", "programs")
    assert listed.code == 0
    assert [p["id"] for p in listed.json()] == [punch["id"], points["id"]]


@pytest.mark.parametrize("args, field", [
    (["--kind", "punch", "--name", "Tiny", "--punches", "1", "--reward", "x"], "punches"),
    (["--kind", "points", "--name", "P", "--points-per-unit", "lots", "--threshold", "10",
      "--reward-value", "5"], "points_per_unit"),
    (["--kind", "stamps", "--name", "S"], "kind"),
])
def test_bad_program_input_exits_2_naming_the_field(club, args, field):
    done = run(club["folder"], "--json", "loyalty", "program-add", *args)
    assert done.code == 2, done.err
    assert done.error_json()["field"] == field


def test_a_qualifying_sale_earns_and_shows_in_the_balance(club):
    bought = run(club["folder"], "--json", "purchases", "add", "--customer", "0525551234",
                 "--line", "Latte;2;15;coffee", "--line", "Croissant;1;11.50;Bakery")
    assert bought.code == 0, bought.err
    earned = {e["program_id"]: e for e in bought.json()["loyalty"]}
    assert earned[club["punch"]["id"]]["earned"] == 1  # one punch: only the coffee qualifies
    assert earned[club["points"]["id"]]["earned"] == 41  # floor(41.50 x 1)

    balance = run(club["folder"], "--json", "loyalty", "balance", club["dana"]["card_number"])
    assert balance.code == 0, balance.err
    rows = balance.json()
    assert isinstance(rows, list) and len(rows) == 2
    for row in rows:
        assert BALANCE_KEYS <= set(row)
        assert isinstance(row["program_id"], int) and isinstance(row["balance"], int)
        assert row["kind"] in ("punch", "points") and isinstance(row["rewards_ready"], int)
    by_id = {r["program_id"]: r for r in rows}
    assert (by_id[club["punch"]["id"]]["balance"], by_id[club["punch"]["id"]]["program"]) == \
        (1, "Coffee card")
    assert (by_id[club["points"]["id"]]["balance"],
            by_id[club["points"]["id"]]["rewards_ready"]) == (41, 0)


def test_redeem_needs_enough_and_adjust_needs_a_reason(club):
    folder, noa, punch = club["folder"], club["noa"]["phone"], str(club["punch"]["id"])
    short = run(folder, "--json", "loyalty", "redeem", noa, "--program", punch)
    assert short.code == 5, short.err
    assert "Not enough" in short.error_json()["error"]

    no_reason = run(folder, "loyalty", "adjust", noa, "--program", punch, "--delta", "6",
                    "--reason", "  ")
    assert no_reason.code == 2 and "reason" in no_reason.err
    adjusted = run(folder, "--json", "loyalty", "adjust", noa, "--program", punch, "--delta",
                   "6", "--reason", "paper card brought in")
    assert adjusted.code == 0, adjusted.err
    assert adjusted.json()["balance"] == 6 and adjusted.json()["rewards_ready"] == 1

    used = run(folder, "--json", "loyalty", "redeem", noa, "--program", punch)
    assert used.code == 0, used.err
    assert used.json()["balance"] == 1 and used.json()["earned"] == -5
    again = run(folder, "loyalty", "redeem", noa, "--program", punch)
    assert again.code == 5 and again.err.startswith("error: ")


def test_the_printed_card_scans_as_the_customers_number(club, tmp_path):
    out = tmp_path / "avigail.pdf"
    done = run(club["folder"], "--json", "loyalty", "card", club["avigail"]["phone"],
               "--out", str(out))
    assert done.code == 0, done.err
    number = club["avigail"]["card_number"]
    assert done.json()["card_number"] == number
    pdf = pdfium.PdfDocument(str(out))
    try:
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        image = page.render(scale=300 / 72).to_pil()
    finally:
        pdf.close()
    assert "אביגיל" in text and "Corner Café" in text
    codes = {c.format: c.text for c in zxingcpp.read_barcodes(image)}
    assert codes == {zxingcpp.BarcodeFormat.Code128: number,
                     zxingcpp.BarcodeFormat.QRCode: number}
    nowhere = run(club["folder"], "--json", "loyalty", "card", "1", "--out",
                  str(tmp_path / "missing" / "card.pdf"))
    assert nowhere.code == 2 and nowhere.error_json()["field"] == "out"

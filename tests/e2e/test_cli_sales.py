"""Purchases, refunds, segments and win-back from the command line, as a till would call
them: real processes, real encrypted shop, exit codes and JSON shapes."""

from __future__ import annotations

import pytest

from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def till(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("till") / "shop"
    assert run(folder, "init", "--shop-name", "Corner Café", "--currency", "ILS", "--region",
               "IL", "--manager-name", "Maya", env={"COUNTERPART_MANAGER_PIN": "1234"}).code == 0
    dana = run(folder, "--json", "customers", "add", "--first-name", "Dana", "--phone",
               "052-555-1234", "--consent")
    assert dana.code == 0, dana.err
    return {"folder": folder, "dana": dana.json()}


def test_a_sale_with_lines_for_a_customer_by_phone(till):
    done = run(till["folder"], "--json", "purchases", "add", "--customer", "0525551234",
               "--line", "Latte;2;15", "--line", "Croissant;1;11.50;Bakery",
               "--receipt", "R-77")
    assert done.code == 0, done.err
    bought = done.json()
    assert bought["total"] == "41.50" and bought["receipt"] == "R-77"
    assert bought["customer_id"] == till["dana"]["id"]
    assert [ln["amount"] for ln in bought["lines"]] == ["30.00", "11.50"]

    shown = run(till["folder"], "--json", "customers", "show", till["dana"]["card_number"])
    assert shown.json()["visits"] >= 1 and shown.json()["segment"] in ("new", "active")


def test_an_anonymous_sale_with_a_total_and_a_time(till):
    done = run(till["folder"], "--json", "purchases", "add", "--customer", "-", "--total",
               "12.5", "--at", "2026-01-05T10:30")
    assert done.code == 0, done.err
    assert done.json()["customer_id"] is None and done.json()["total"] == "12.50"


@pytest.mark.parametrize("args, field", [
    (["--total", "40", "--line", "Latte;2;15"], "total"),
    (["--total", "-3"], "total"),
    (["--line", "Latte;2"], "line"),
    (["--total", "10", "--at", "tomorrow"], "at"),
])
def test_bad_sales_exit_2_naming_the_field(till, args, field):
    done = run(till["folder"], "--json", "purchases", "add", "--customer", "-", *args)
    assert done.code == 2, done.err
    assert done.error_json()["field"] == field


def test_unknown_customer_exits_4(till):
    done = run(till["folder"], "purchases", "add", "--customer", "999999", "--total", "5")
    assert done.code == 4


def test_refunds_never_exceed_what_is_left(till):
    bought = run(till["folder"], "--json", "purchases", "add", "--customer", "-",
                 "--total", "20").json()
    part = run(till["folder"], "--json", "purchases", "refund", str(bought["id"]),
               "--amount", "15", "--reason", "spilled")
    assert part.code == 0 and part.json()["refunded"] == "15.00"
    too_much = run(till["folder"], "purchases", "refund", str(bought["id"]), "--amount", "6")
    assert too_much.code == 5 and "5.00" in too_much.err
    rest = run(till["folder"], "--json", "purchases", "refund", str(bought["id"]))
    assert rest.code == 0 and rest.json()["refunded"] == "20.00"
    assert run(till["folder"], "purchases", "refund", "424242").code == 4


def test_segments_and_winback(till):
    # Its own sale: tests of this module may run in other worker processes.
    assert run(till["folder"], "purchases", "add", "--customer", str(till["dana"]["id"]),
               "--total", "3").code == 0
    counts = run(till["folder"], "--json", "segments")
    assert counts.code == 0
    assert set(counts.json()) == {"new", "active", "at_risk", "lapsed", "vip"}
    assert counts.json()["active"] >= 1
    listed = run(till["folder"], "--json", "segments", "--list", "active")
    assert any(m["id"] == till["dana"]["id"] for m in listed.json()["members"])
    back = run(till["folder"], "--json", "winback")
    assert back.code == 0 and back.json() == []  # Dana bought today
    assert run(till["folder"], "segments", "--lapsed-days", "0").code == 2

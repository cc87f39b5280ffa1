"""Duplicates from the command line: real processes on a real encrypted shop list the likely
pairs, merge one customer into another taking a field from the duplicate, and undo it."""

from __future__ import annotations

import pytest

from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def twins(tmp_path_factory) -> dict:
    """Dana Cohen registered twice (the second time with another phone format and an
    e-mail, and a purchase), and Noa, who is nobody's duplicate."""
    folder = tmp_path_factory.mktemp("dedupe") / "shop"
    made = run(
        folder,
        "init",
        "--shop-name",
        "Corner Café",
        "--currency",
        "ILS",
        "--region",
        "IL",
        "--manager-name",
        "Maya",
        env={"COUNTERPART_MANAGER_PIN": "1234"},
    )
    assert made.code == 0, made.err
    people = {}
    for key, args in (
        ("dana", ["--first-name", "Dana", "--last-name", "Cohen", "--phone", "052-555-1234"]),
        (
            "again",
            [
                "--first-name",
                "Dana",
                "--last-name",
                "Cohen",
                "--phone",
                "+972 52-555-1234",
                "--email",
                "dana@example.com",
                "--force",
            ],
        ),
        ("noa", ["--first-name", "Noa", "--last-name", "Levi", "--phone", "052-555-2222"]),
    ):
        added = run(folder, "--json", "customers", "add", *args)
        assert added.code == 0, added.err
        people[key] = added.json()
    bought = run(
        folder,
        "--json",
        "purchases",
        "add",
        "--customer",
        str(people["again"]["id"]),
        "--total",
        "42.50",
    )
    assert bought.code == 0, bought.err
    return {"folder": folder, **people}


def test_duplicates_lists_the_pair_with_its_score_and_reasons(twins):
    done = run(twins["folder"], "--json", "customers", "duplicates", "--limit", "5")
    assert done.code == 0, done.err
    [pair] = done.json()
    assert pair["score"] == 95 and pair["reasons"] == ["same phone", "same name"]
    # the one with the purchase is suggested as the keeper
    assert pair["keep"]["id"] == twins["again"]["id"] and pair["dup"]["id"] == twins["dana"]["id"]
    text = run(twins["folder"], "customers", "duplicates")
    assert text.code == 0 and "same phone, same name" in text.out and "95" in text.out


def test_merge_asks_for_yes_and_refuses_bad_input(twins):
    folder, dana, noa = twins["folder"], twins["dana"], twins["noa"]
    unasked = run(folder, "customers", "merge", str(noa["id"]), str(dana["id"]))
    assert unasked.code == 2 and "--yes" in unasked.err
    itself = run(folder, "--json", "customers", "merge", str(noa["id"]), str(noa["id"]), "--yes")
    assert itself.code == 2 and "themselves" in itself.error_json()["error"]
    field = run(
        folder,
        "--json",
        "customers",
        "merge",
        str(noa["id"]),
        str(dana["id"]),
        "--take",
        "card_number=dup",
        "--yes",
    )
    assert field.code == 2 and field.error_json()["field"] == "choices"
    missing = run(folder, "customers", "unmerge", "999")
    assert missing.code == 4


def test_merge_then_unmerge(twins):
    folder, dana, again = twins["folder"], twins["dana"], twins["again"]
    merged = run(
        folder,
        "--json",
        "customers",
        "merge",
        dana["card_number"],
        "dana@example.com",
        "--take",
        "email=dup",
        "--yes",
    )
    assert merged.code == 0, merged.err
    result = merged.json()
    assert result["kept_id"] == dana["id"] and result["merged_id"] == again["id"]
    assert result["taken"] == ["email"] and result["moved"]["purchases"] == 1

    shown = run(folder, "--json", "customers", "show", again["card_number"])
    assert shown.code == 0, shown.err
    profile = shown.json()
    assert profile["id"] == dana["id"] and profile["email"] == "dana@example.com"
    assert profile["visits"] == 1 and profile["lifetime_spend"] == "42.50"
    found = run(folder, "--json", "customers", "find", "Dana")
    assert [c["id"] for c in found.json()] == [dana["id"]]
    assert run(folder, "--json", "customers", "duplicates").json() == []
    listed = run(folder, "--json", "customers", "merges")
    assert listed.json()[0]["id"] == result["merge_id"] and listed.json()[0]["undone_at"] is None

    undone = run(folder, "customers", "unmerge", str(result["merge_id"]))
    assert undone.code == 0, undone.err
    assert "are two again" in undone.out
    again_shown = run(folder, "--json", "customers", "show", again["card_number"])
    assert again_shown.json()["id"] == again["id"] and again_shown.json()["visits"] == 1
    dana_shown = run(folder, "--json", "customers", "show", str(dana["id"]))
    assert dana_shown.json()["email"] is None and dana_shown.json()["visits"] == 0
    twice = run(folder, "--json", "customers", "unmerge", str(result["merge_id"]))
    assert twice.code == 5 and "already undone" in twice.error_json()["error"]

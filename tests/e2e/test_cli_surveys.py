"""Surveys, NPS and alerts from the command line, as a till or a script calls them: real
`python -m app` processes on a real encrypted shop."""

from __future__ import annotations

import json

import pytest

from app.core import customers, purchases, surveys
from app.core.settings import ShopSettings
from app.core.shop import Shop
from tests.e2e.test_cli import PASSPHRASE, run

SURVEY_KEYS = {"id", "name", "questions"}
QUESTION_KEYS = {"id", "kind", "prompt", "options"}
NPS_KEYS = {"nps", "promoters", "passives", "detractors", "total"}
ALERT_KEYS = {"id", "kind", "created_at", "resolved_at"}


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> dict:
    """A new shop (production key derivation, as the command line opens it) with one
    customer and one sale, made in this process to spare a few slow starts; its ready
    surveys by name."""
    folder = tmp_path_factory.mktemp("surveys") / "shop"
    made = Shop.create(
        folder,
        PASSPHRASE,
        ShopSettings(shop_name="Corner Café", currency="ILS", region="IL"),
        "Maya",
        "1234",
        channel="cli",
    )
    try:
        made.act_as(made.staff_list()[0])
        dana = customers.register(made, {"first_name": "Dana", "phone": "052-555-1234"})
        sale = purchases.record(made, dana.id, total="12.50")
        ready = {s.name: s.to_json() for s in surveys.list_surveys(made)}
    finally:
        made.close()
    return {"folder": folder, "dana": {"id": dana.id}, "sale": {"id": sale.id}, "surveys": ready}


def ids(shop: dict, name: str) -> tuple[int, int]:
    survey = shop["surveys"][name]
    return survey["id"], survey["questions"][0]["id"]


def test_surveys_list_gives_question_ids_and_kinds(shop):
    listed = run(shop["folder"], "--json", "surveys", "list")
    assert listed.code == 0, listed.err
    ready = {s["name"]: s for s in listed.json()}
    assert ready == shop["surveys"]
    assert set(ready) == {
        "Checkout NPS",
        "How did you hear about us?",
        "Why did you buy from us today?",
    }
    for survey in ready.values():
        assert SURVEY_KEYS <= set(survey) and survey["questions"]
        for q in survey["questions"]:
            assert QUESTION_KEYS <= set(q) and isinstance(q["id"], int)
    heard = ready["How did you hear about us?"]["questions"][0]
    assert heard["kind"] == "single" and "a friend" in heard["options"]
    ranked = ready["Why did you buy from us today?"]["questions"][0]
    assert ranked["kind"] == "ranking" and len(ranked["options"]) == 4
    text = run(shop["folder"], "surveys", "list")
    assert text.code == 0
    assert "Survey 1: Checkout NPS" in text.out and "ranking" in text.out


def test_an_answer_linked_to_the_customer_and_sale_raises_a_detractor_alert(shop):
    survey, question = ids(shop, "Checkout NPS")
    answers = json.dumps({str(question): {"score": 4, "why": "Slow service"}})
    done = run(
        shop["folder"],
        "--json",
        "surveys",
        "answer",
        str(survey),
        "--answers",
        answers,
        "--customer",
        "+972 52-555-1234",
        "--purchase",
        str(shop["sale"]["id"]),
        "--channel",
        "Kiosk",
    )
    assert done.code == 0, done.err
    kept = done.json()
    assert kept["complete"] and kept["customer_id"] == shop["dana"]["id"]
    (alert,) = kept["alerts"]
    assert alert["kind"] == "detractor" and alert["purchase_id"] == shop["sale"]["id"]
    assert alert["summary"] == 'NPS 4/10 — "Slow service"'

    listed = run(shop["folder"], "--json", "alerts", "--open")
    assert listed.code == 0
    found = next(a for a in listed.json() if a["id"] == alert["id"])
    assert ALERT_KEYS <= set(found) and found["resolved_at"] is None
    assert found["customer_first_name"] == "Dana"
    text = run(shop["folder"], "alerts")
    assert f"{alert['id']}" in text.out and "detractor" in text.out and "Dana" in text.out


def test_ranking_and_single_answers_in_their_own_shapes(shop):
    survey, question = ids(shop, "Why did you buy from us today?")
    order = ["quality", "convenience", "best selection", "low price"]
    ranked = run(
        shop["folder"],
        "surveys",
        "answer",
        str(survey),
        "--answers",
        json.dumps({str(question): order}),
    )
    assert ranked.code == 0, ranked.err
    assert ranked.out.startswith("Kept response")
    survey, question = ids(shop, "How did you hear about us?")
    single = run(
        shop["folder"],
        "--json",
        "surveys",
        "answer",
        str(survey),
        "--answers",
        json.dumps({str(question): "walked by"}),
        "--channel",
        "counter",
    )
    assert single.code == 0 and single.json()["alerts"] == []


@pytest.mark.parametrize(
    "survey_name, answers, field",
    [
        ("Checkout NPS", "11", "question"),
        ("Why did you buy from us today?", '["quality"]', "question"),
        ("Checkout NPS", None, "answers"),
    ],
)
def test_a_bad_answer_exits_2_naming_the_question(shop, survey_name, answers, field):
    survey, question = ids(shop, survey_name)
    given = f'{{"{question}": {answers}}}' if answers else f'{{"{question}": 5,}}'
    done = run(shop["folder"], "--json", "surveys", "answer", str(survey), "--answers", given)
    assert done.code == 2, done.err
    error = done.error_json()
    if field == "question":
        assert error["field"] == f"question {question}"
        assert f"Question {question}" in error["error"]
    else:
        assert error["field"] == "answers" and "JSON" in error["error"]


@pytest.mark.parametrize(
    "args, code",
    [
        (["surveys", "answer", "1", "--answers", "[1, 2]"], 2),
        (["surveys", "answer", "1", "--answers", '{"1": 5}', "--channel", "web"], 2),
        (["surveys", "answer", "99", "--answers", '{"1": 5}'], 4),
        (["surveys", "answer", "1", "--answers", '{"1": 5}', "--customer", "nobody@x.org"], 4),
        (["nps", "--month", "9999-12"], 2),
    ],
)
def test_refusals_have_their_exit_codes(shop, args, code):
    done = run(shop["folder"], *args)
    assert done.code == code, done.err
    assert done.out == "" and done.err.startswith("error: ")


def test_nps_counts_and_a_month_without_answers(shop):
    survey, question = ids(shop, "Checkout NPS")
    for score in (10, 8):
        done = run(
            shop["folder"],
            "surveys",
            "answer",
            str(survey),
            "--answers",
            json.dumps({str(question): score}),
        )
        assert done.code == 0, done.err
    month = run(shop["folder"], "--json", "nps")
    assert month.code == 0
    figures = month.json()
    assert NPS_KEYS <= set(figures)
    # 4 (detractor, from the first test, if it ran), 10 (promoter), 8 (passive)
    assert figures["promoters"] >= 1 and figures["passives"] >= 1
    assert figures["total"] == figures["promoters"] + figures["passives"] + figures["detractors"]
    hand = round(100 * (figures["promoters"] - figures["detractors"]) / figures["total"], 1)
    assert figures["nps"] == hand
    assert len(figures["trend"]) == 12 and figures["trend"][-1]["month"] == figures["month"]

    shown = run(shop["folder"], "nps").out  # whole, with its sign, as every screen shows it
    whole = int(abs(hand) + 0.5) * (1 if hand >= 0 else -1)
    assert shown.startswith(f"NPS {figures['month']}: {whole:+d} ")

    text = run(shop["folder"], "nps", "--month", "2020-02")
    assert text.out.startswith("NPS 2020-02: no data")
    assert "The last 12 months:" in text.out and "2019-03" in text.out


def test_an_alert_is_acknowledged_then_resolved_with_a_note(shop):
    survey, question = ids(shop, "Checkout NPS")
    raised = run(
        shop["folder"],
        "--json",
        "surveys",
        "answer",
        str(survey),
        "--answers",
        json.dumps({str(question): 0}),
    )
    (alert,) = raised.json()["alerts"]
    aid = str(alert["id"])
    empty = run(shop["folder"], "--json", "alerts", "resolve", aid, "--note", "  ")
    assert empty.code == 2 and empty.error_json()["field"] == "note"
    seen = run(shop["folder"], "--json", "alerts", "ack", aid)
    assert seen.code == 0 and seen.json()["acknowledged_at"] is not None
    done = run(shop["folder"], "alerts", "resolve", aid, "--note", "Phoned, sent a voucher")
    assert done.code == 0, done.err
    assert done.out.strip() == f"Resolved alert {aid}: Phoned, sent a voucher"
    again = run(shop["folder"], "alerts", "resolve", aid, "--note", "twice")
    assert again.code == 5
    every = run(shop["folder"], "--json", "alerts")
    closed = next(a for a in every.json() if a["id"] == alert["id"])
    assert closed["resolved_at"] and closed["note"] == "Phoned, sent a voucher"

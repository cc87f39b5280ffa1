"""Surveys in core on a real encrypted shop: answers of all six kinds checked and refused
naming the question, versions that keep the wording answered, NPS on hand-computed cases,
alerts for detractors, low ratings and keywords (any case, Hebrew too), partial responses
and the feedback reward once a day."""

from __future__ import annotations

import pytest

from app.core import alerts, loyalty, surveys
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.surveys import Nps
from tests.conftest import CASHIER, staff_named

EVERY_KIND = [
    {"kind": "nps", "prompt": "Recommend us?", "why": "everyone"},
    {"kind": "rating", "prompt": "How was the coffee?"},
    {"kind": "single", "prompt": "Heard of us from?", "options": ["a friend", "search"]},
    {"kind": "multi", "prompt": "What did you buy?", "options": ["coffee", "cake", "tea"]},
    {"kind": "ranking", "prompt": "Why us?", "options": ["price", "quality", "place"]},
    {"kind": "text", "prompt": "Anything else?", "required": False},
]


@pytest.fixture
def every_kind(shop) -> surveys.Survey:
    return surveys.save_survey(shop, None, "All kinds", EVERY_KIND)


def qid(survey: surveys.Survey, kind: str) -> int:
    return next(q.id for q in survey.questions if q.kind == kind)


def full_answers(survey: surveys.Survey, **override) -> dict:
    given = {
        "nps": 9,
        "rating": 4,
        "single": "search",
        "multi": ["tea", "coffee"],
        "ranking": ["quality", "price", "place"],
        "text": "Lovely.",
    } | override
    return {str(qid(survey, kind)): value for kind, value in given.items()}


def checkout_nps(shop) -> surveys.Survey:
    return next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")


def scores(shop, *given: int) -> None:
    survey = checkout_nps(shop)
    for score in given:
        surveys.answer(shop, survey.id, {survey.questions[0].id: score})


def this_month(shop) -> Nps:
    return surveys.nps(shop)


# -- answers of every kind -------------------------------------------------------------------
def test_a_new_shop_has_the_three_ready_surveys(shop):
    ready = {s.name: [q.kind for q in s.questions] for s in surveys.list_surveys(shop)}
    assert ready == {
        "Checkout NPS": ["nps"],
        "How did you hear about us?": ["single"],
        "Why did you buy from us today?": ["ranking"],
    }


def test_every_kind_is_kept_as_given(shop, every_kind):
    given = full_answers(every_kind, nps={"score": "10", "why": " great  "})
    done = surveys.answer(shop, every_kind.id, given, customer_id=1)
    assert done.complete and done.alerts == ()
    (kept,) = surveys.answers_of(shop, 1)
    assert (kept.id, kept.survey, kept.complete) == (done.response_id, "All kinds", True)
    assert [(a.kind, a.text) for a in kept.answers] == [
        ("nps", "10/10 — great"),
        ("rating", "4/5"),
        ("single", "search"),
        ("multi", "tea, coffee"),
        ("ranking", "1. quality, 2. price, 3. place"),
        ("text", "Lovely."),
    ]


@pytest.mark.parametrize(
    "kind, value, says",
    [
        ("nps", 11, "from 0 to 10"),
        ("nps", -1, "from 0 to 10"),
        ("nps", 7.5, "from 0 to 10"),
        ("nps", True, "from 0 to 10"),
        ("nps", {"score": "ten"}, "from 0 to 10"),
        ("rating", 0, "from 1 to 5"),
        ("rating", 6, "from 1 to 5"),
        ("single", "a neighbour", "one of: a friend, search"),
        ("single", ["search"], "one of"),
        ("multi", ["coffee", "coffee"], "each once"),
        ("multi", ["coffee", "wine"], "each once"),
        ("multi", "coffee", "each once"),
        ("ranking", ["quality", "price"], "every option in order"),
        ("ranking", ["quality", "price", "price"], "each once"),
        ("text", "x" * (surveys.TEXT_LIMIT + 1), "at most"),
        ("text", {"a": 1}, "takes text"),
    ],
)
def test_a_bad_answer_is_refused_naming_its_question(shop, every_kind, kind, value, says):
    with pytest.raises(ValidationError) as refused:
        surveys.answer(shop, every_kind.id, full_answers(every_kind, **{kind: value}))
    question = qid(every_kind, kind)
    assert refused.value.field == f"question {question}"
    assert f"Question {question}" in refused.value.message and says in refused.value.message
    assert this_month(shop).total == 0  # nothing kept


def test_unknown_questions_and_missing_required_answers_are_refused(shop, every_kind):
    with pytest.raises(ValidationError, match="not in survey"):
        surveys.answer(shop, every_kind.id, full_answers(every_kind) | {"9999": 1})
    with pytest.raises(ValidationError, match="not a question id"):
        surveys.answer(shop, every_kind.id, {"first": 1})
    missing = full_answers(every_kind)
    del missing[str(qid(every_kind, "rating"))]
    with pytest.raises(ValidationError) as refused:
        surveys.answer(shop, every_kind.id, missing)
    assert refused.value.field == f"question {qid(every_kind, 'rating')}"
    optional_left_out = full_answers(every_kind)
    del optional_left_out[str(qid(every_kind, "text"))]
    assert surveys.answer(shop, every_kind.id, optional_left_out).complete


def test_a_partial_response_is_kept_as_partial_and_still_counts_its_score(shop, every_kind):
    done = surveys.answer(shop, every_kind.id, {qid(every_kind, "nps"): 8}, complete=False)
    assert not done.complete
    assert (this_month(shop).passives, this_month(shop).total) == (1, 1)
    with pytest.raises(ValidationError, match="no answer to keep"):
        surveys.answer(shop, every_kind.id, {}, complete=False)


@pytest.mark.parametrize(
    "question, message",
    [
        ({"kind": "poll", "prompt": "?"}, "choose a kind"),
        ({"kind": "text", "prompt": "   "}, "write the question"),
        ({"kind": "single", "prompt": "One?", "options": ["a", " a ", ""]}, "two options"),
        ({"kind": "rating", "prompt": "Stars?", "why": "everyone"}, "only an NPS"),
    ],
)
def test_a_survey_with_a_bad_question_is_refused(shop, question, message):
    with pytest.raises(ValidationError, match=message):
        surveys.save_survey(shop, None, "Bad", [question])


# -- versions ------------------------------------------------------------------------------------
def test_editing_an_answered_survey_makes_a_version_and_old_answers_keep_their_wording(shop):
    made = surveys.save_survey(shop, None, "Coffee", [{"kind": "rating", "prompt": "Hot?"}])
    reworded = surveys.save_survey(
        shop, made.id, "Coffee", [{"kind": "rating", "prompt": "Hot enough?"}]
    )
    assert reworded.version == 1  # no answers yet: the wording is simply replaced
    cid = 1
    surveys.answer(shop, made.id, {reworded.questions[0].id: 5}, customer_id=cid)
    again = surveys.save_survey(
        shop, made.id, "Coffee", [{"kind": "rating", "prompt": "Was it hot?"}]
    )
    assert again.version == 2 and again.questions[0].prompt == "Was it hot?"
    surveys.answer(shop, made.id, {again.questions[0].id: 3}, customer_id=cid)
    newest, oldest = surveys.answers_of(shop, cid)
    assert [a.prompt for a in oldest.answers] == ["Hot enough?"]
    assert [a.prompt for a in newest.answers] == ["Was it hot?"]
    with pytest.raises(ValidationError, match="not in survey"):
        surveys.answer(shop, made.id, {reworded.questions[0].id: 4})  # the old question


def test_a_stopped_survey_takes_no_answers_until_started_again(shop):
    made = surveys.save_survey(shop, None, "Tea", [{"kind": "rating", "prompt": "Good?"}])
    question = made.questions[0].id
    surveys.save_survey(shop, made.id, "Tea", [{"kind": "rating", "prompt": "Good?"}], active=False)
    before = surveys.answers_of(shop, 1)
    with pytest.raises(Conflict, match="“Tea” is stopped"):
        surveys.answer(shop, made.id, {question: 5}, customer_id=1)
    assert surveys.answers_of(shop, 1) == before
    surveys.save_survey(shop, made.id, "Tea", [{"kind": "rating", "prompt": "Good?"}])
    assert surveys.answer(shop, made.id, {question: 5}, customer_id=1).complete


# -- NPS ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "given, want",
    [
        ([10, 9, 8, 7, 6, 0], (2, 2, 2, 0.0)),
        ([9, 9, 9, 6], (3, 0, 1, 50.0)),
        ([10, 7, 3], (1, 1, 1, 0.0)),
        ([9, 8, 8], (1, 2, 0, 33.3)),  # 100 x 1/3, rounded to one place
        ([7, 8, 7, 8], (0, 4, 0, 0.0)),  # all passives: 0, not "no data"
        ([0, 6, 3], (0, 0, 3, -100.0)),  # only detractors
        ([10, 10], (2, 0, 0, 100.0)),
        ([6], (0, 0, 1, -100.0)),  # 6 is the highest detractor
        ([7], (0, 1, 0, 0.0)),  # 7 the lowest passive
        ([8, 9], (1, 1, 0, 50.0)),  # 8 the highest passive, 9 the lowest promoter
    ],
)
def test_nps_on_hand_computed_cases(shop, given, want):
    scores(shop, *given)
    month = this_month(shop)
    assert (month.promoters, month.passives, month.detractors, month.nps) == want
    assert month.total == len(given)


@pytest.mark.parametrize(
    "counts, nps, shown",
    [
        ((7, 2, 2), 45.5, 45),  # 45.45...: rounding 45.5 again would give 46
        ((2, 2, 7), -45.5, -45),
        ((1, 0, 0), 100.0, 100),
        ((3, 1, 4), -12.5, -13),  # a true half goes away from zero
        ((79, 121, 0), 39.5, 40),
        ((0, 0, 0), None, None),
    ],
)
def test_the_shown_nps_is_rounded_once_from_the_counts(counts, nps, shown):
    month = Nps("2026-11", *counts)
    assert (month.nps, month.shown) == (nps, shown)


def test_a_month_without_answers_has_no_nps_and_the_trend_ends_with_this_month(shop):
    empty = surveys.nps(shop, "2020-02")
    assert (empty.nps, empty.total, empty.to_json()["nps"]) == (None, 0, None)
    scores(shop, 10, 2)
    trend = surveys.nps_trend(shop, 12)
    assert len(trend) == 12 and trend[-1] == this_month(shop)
    assert [n.nps for n in trend[:-1]] == [None] * 11
    assert [n.month for n in surveys.nps_trend(shop, 3, "2026-02")] == [
        "2025-12",
        "2026-01",
        "2026-02",
    ]


def test_other_kinds_do_not_count_in_the_nps(shop, every_kind):
    surveys.answer(shop, every_kind.id, full_answers(every_kind, nps=3, rating=5))
    assert (this_month(shop).detractors, this_month(shop).total) == (1, 1)


@pytest.mark.parametrize(
    "month", ["2026-13", "26-1", "2026", "2026-11-01", "nov", "9999-12", "0001-01"]
)
def test_a_malformed_month_is_refused_not_crashed(shop, month):
    with pytest.raises(ValidationError) as refused:
        surveys.nps(shop, month)
    assert refused.value.field == "month"


def test_the_trend_of_the_earliest_month_stops_there(shop):
    assert [n.month for n in surveys.nps_trend(shop, 3, "1900-02")] == ["1900-01", "1900-02"]


# -- alerts ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("score, raised", [(0, True), (6, True), (7, False), (10, False)])
def test_a_detractor_and_only_a_detractor_raises_an_alert(shop, score, raised):
    survey = checkout_nps(shop)
    done = surveys.answer(shop, survey.id, {survey.questions[0].id: score}, customer_id=1)
    assert [a.kind for a in done.alerts] == (["detractor"] if raised else [])
    if raised:
        (alert,) = alerts.listing(shop, open_only=True)
        assert (alert.customer_id, alert.summary) == (1, f"NPS {score}/10")


@pytest.mark.parametrize("stars, raised", [(1, True), (2, True), (3, False)])
def test_a_low_rating_raises_an_alert(shop, every_kind, stars, raised):
    done = surveys.answer(shop, every_kind.id, full_answers(every_kind, rating=stars))
    assert [a.kind for a in done.alerts] == (["low_rating"] if raised else [])


def test_keywords_match_in_any_case_and_in_hebrew(shop, every_kind):
    shop.save_settings(alert_keywords="Rude, מלוכלך ,never again")
    loud = surveys.answer(shop, every_kind.id, full_answers(every_kind, text="The man was RUDE"))
    assert [(a.kind, a.summary) for a in loud.alerts] == [
        ("keyword", "Mentions rude: the man was rude")
    ]
    hebrew = surveys.answer(
        shop, every_kind.id, full_answers(every_kind, text="השולחן היה מלוכלך מאוד")
    )
    assert [a.kind for a in hebrew.alerts] == ["keyword"] and "מלוכלך" in hebrew.alerts[0].summary
    why = surveys.answer(
        shop,
        every_kind.id,
        full_answers(every_kind, nps={"score": 9, "why": "Good, but Never Again on a Monday"}),
    )
    assert [a.kind for a in why.alerts] == ["keyword"]
    calm = surveys.answer(shop, every_kind.id, full_answers(every_kind, text="crude oil"))
    assert [a.kind for a in calm.alerts] == ["keyword"]  # a plain substring match, by design
    fine = surveys.answer(shop, every_kind.id, full_answers(every_kind, text="all good"))
    assert fine.alerts == ()


def test_a_detractor_with_a_keyword_raises_one_alert_quoting_the_why(shop):
    survey = checkout_nps(shop)
    done = surveys.answer(
        shop, survey.id, {survey.questions[0].id: {"score": 2, "why": "Cold coffee"}}
    )
    assert [(a.kind, a.summary) for a in done.alerts] == [("detractor", 'NPS 2/10 — "Cold coffee"')]


def test_acknowledge_and_resolve(shop):
    scores(shop, 1)
    (alert,) = alerts.listing(shop)
    cashier_shop = shop
    cashier_shop.act_as(staff_named(shop, CASHIER[0]))
    seen = alerts.acknowledge(cashier_shop, alert.id)
    assert seen.acknowledged_at is not None and seen.resolved_at is None
    with pytest.raises(ValidationError):
        alerts.resolve(shop, alert.id, "   ")
    done = alerts.resolve(shop, alert.id, "Called  her;  a voucher")
    assert done.note == "Called her; a voucher" and alerts.open_count(shop) == 0
    with pytest.raises(NotFound):
        alerts.acknowledge(shop, 999)


# -- the feedback reward ---------------------------------------------------------------------------
def test_the_feedback_reward_comes_once_a_day_for_complete_answers_only(shop, every_kind):
    program = loyalty.add_program(
        shop,
        {
            "kind": "points",
            "name": "Points",
            "points_per_unit": "1",
            "threshold": "100",
            "reward_value": "5",
            "survey_bonus": "20",
        },
    )
    survey = checkout_nps(shop)
    question = survey.questions[0].id
    partial = surveys.answer(
        shop, every_kind.id, {qid(every_kind, "nps"): 9}, customer_id=2, complete=False
    )
    assert partial.loyalty == ()
    first = surveys.answer(shop, survey.id, {question: 9}, customer_id=2)
    assert [(e.program.id, e.amount) for e in first.loyalty] == [(program.id, 20)]
    second = surveys.answer(shop, every_kind.id, full_answers(every_kind), customer_id=2)
    assert second.loyalty == ()  # the same day: no second reward
    other = surveys.answer(shop, survey.id, {question: 9}, customer_id=3)
    assert len(other.loyalty) == 1  # another customer earns theirs
    anonymous = surveys.answer(shop, survey.id, {question: 9})
    assert anonymous.loyalty == ()
    balance = next(b.balance for b in loyalty.balances(shop, 2) if b.program.id == program.id)
    assert balance == 20

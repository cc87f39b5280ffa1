"""Charts over time in a printed report run the way its readers read: left to right with
the scale on the left in English, right to left with the scale on the right in Hebrew and
Persian; the week starts on the readers' first day (Monday, Sunday, Saturday)."""

from __future__ import annotations

import pytest
from babel.dates import get_day_names

from app.reports.charts import Axis
from app.reports.monthly_dates import week, weekday_names
from app.reports.monthly_words import current


@pytest.fixture
def language(request):
    token = current.set(request.param)
    yield request.param
    current.reset(token)


@pytest.mark.parametrize(("language", "first"), [("en", 0), ("he", 6), ("fa", 5)],
                         indirect=["language"])
def test_the_week_starts_on_the_readers_first_day(language, first):
    order = week()
    assert order[0] == first and sorted(order) == list(range(7))
    locale = {"en": "en", "he": "he_IL", "fa": "fa_IR"}[language]
    assert weekday_names()[order[0]] == get_day_names("wide", locale=locale)[first]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_time_runs_left_to_right_in_english(language):
    axis = Axis(300, scale=34, margin=4)
    xs = [axis.x(i, 7) for i in range(7)]
    assert xs == sorted(xs) and xs[0] > 34  # first on the left, after the scale
    assert axis.start == 34 and axis.start + axis.room == 296


@pytest.mark.parametrize("language", ["he", "fa"], indirect=True)
def test_time_runs_right_to_left_in_hebrew_and_persian(language):
    axis = Axis(300, scale=34, margin=4)
    xs = [axis.x(i, 7) for i in range(7)]
    assert xs == sorted(xs, reverse=True)  # first on the right
    assert axis.start == 4 and axis.start + axis.room == 266  # the scale on the right
    assert xs[0] < 266 and xs[-1] > 4

"""The Dashboard's change lines: NPS moves in whole points like every NPS on screen, a
share in tenths, a figure in percent; Persian digits in Persian."""

from __future__ import annotations

import pytest

from app.ui import i18n
from app.ui.widgets.dashboard_cards import change_text

MARKS = str.maketrans("", "", "\u2066\u2067\u2068\u2069\u200e\u200f")


@pytest.fixture
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_changes_in_english(language):
    text, delta = change_text(40, 30, points=True, places=0)
    assert (text.translate(MARKS), delta) == ("▲ +10 pts", 10)
    text, _ = change_text(80.0, 66.7, points=True)
    assert text.translate(MARKS) == "▲ +13.3 pts"
    text, _ = change_text(90, 100)
    assert text.translate(MARKS) == "▼ -10.0%"
    assert change_text(5, None) == ("", None)


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_an_nps_change_in_persian_is_whole(language):
    text, _ = change_text(33, 40, points=True, places=0)
    shown = text.translate(MARKS)
    assert shown.startswith("▼ ") and "۷" in shown and "٫" not in shown and "7" not in shown


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_a_card_reads_from_the_right_in_persian(language, qtbot):
    from app.ui.bidi import RLM
    from app.ui.widgets.dashboard_cards import FigureCard

    card = FigureCard("NPS")
    qtbot.addWidget(card)
    card.show_figure("+۵۰", change_text(17, 50, points=True, places=0), note="۶")
    for label in (card.label, card.value, card.change):  # Qt aligns a line by its first
        assert label.text().startswith(RLM)              # strong letter: all at the right

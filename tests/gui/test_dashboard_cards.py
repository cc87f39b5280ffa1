"""The Dashboard's change lines: NPS moves in whole points like every NPS on screen, a
share in tenths, a figure in percent; Persian digits in Persian."""

from __future__ import annotations

import pytest

from app.ui.widgets.dashboard_cards import change_text
from tests.gui.reading import plain


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_changes_in_english(language):
    text, delta = change_text(40, 30, points=True, places=0)
    assert (plain(text), delta) == ("▲ +10 pts", 10)
    text, _ = change_text(80.0, 66.7, points=True)
    assert plain(text) == "▲ +13.3 pts"
    text, _ = change_text(90, 100)
    assert plain(text) == "▼ -10.0%"
    assert change_text(5, None) == ("", None)


@pytest.mark.parametrize("language", ["fa"], indirect=True)
def test_an_nps_change_in_persian_is_whole(language):
    text, _ = change_text(33, 40, points=True, places=0)
    shown = plain(text)
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

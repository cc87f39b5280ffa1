"""Surveys and alerts in the counter app, through real widgets on a real encrypted shop: the
editor (live preview, a new version once answers exist, old answers keeping their wording),
NPS as hand-computed with "no data" for an empty month, an alert raised by a kiosk process
(a second Shop on the same file) reaching the counter window's badge and list, acknowledge
and resolve with a required note, the hand-over after a checkout and the send to the kiosk.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.core import alerts, customers, purchases, surveys
from app.core.shop import Shop
from app.store.models import AuditEntry
from app.ui.screens.alerts import AlertsScreen
from app.ui.screens.surveys import SurveysScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from app.ui.widgets.survey_handover import attach_handover
from app.ui.workspace import Workspace
from tests.conftest import CASHIER, FAST_KDF, PASSPHRASE, staff_named
from tests.gui.test_checkout import keys, scan
from tests.gui.test_checkout import make_screen as make_checkout

CTRL = Qt.KeyboardModifier.ControlModifier


def state_for(shop, shop_dir, tmp_path) -> AppState:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    return state


def show(qtbot, widget, size=(1200, 800)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    if hasattr(widget, "activate"):
        widget.activate()
    return widget


def active(qtbot, dialog):
    """The dialog as the window the keyboard talks to, as on a real screen."""
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def dana(shop):
    return customers.resolve(shop, "052-555-1234")


def checkout_nps(shop) -> surveys.Survey:
    return next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")


def give_scores(shop, *scores: int, customer_id: int | None = None) -> None:
    survey = checkout_nps(shop)
    for score in scores:
        surveys.answer(shop, survey.id, {survey.questions[0].id: score}, customer_id=customer_id)


# -- the editor --------------------------------------------------------------------------------
def test_editing_a_survey_with_answers_makes_a_new_version_and_old_answers_keep_wording(
    qtbot, shop, shop_dir, tmp_path
):
    survey = checkout_nps(shop)
    old_prompt = survey.questions[0].prompt
    give_scores(shop, 9, customer_id=dana(shop).id)
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    screen.table.selectRow(0)
    assert screen.table.item(0, 0).text() == "Checkout NPS"
    assert screen.table.item(0, 4).text() == "1"
    qtbot.keyClick(screen.table, Qt.Key.Key_F4)
    editor = active(qtbot, screen.editor)
    assert "makes version 2" in editor.version_note.text()
    editor.list.setCurrentRow(0)
    editor.prompt.selectAll()
    qtbot.keyClicks(editor.prompt, "Would you tell a friend about us?")
    assert "1. Would you tell a friend about us?" in editor.preview.text()  # live
    assert old_prompt not in editor.preview.text()
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert not editor.isVisible()
    assert "version 2" in screen.status.text()
    assert "keep the wording" in screen.status.text()

    stored = surveys.get(shop, survey.id)
    assert stored.version == 2
    assert stored.questions[0].prompt == "Would you tell a friend about us?"
    given = surveys.answers_of(shop, dana(shop).id)
    assert [(a.prompt, a.text) for a in given[0].answers] == [(old_prompt, "9/10")]
    assert screen.table.item(0, 2).text() == "2"  # the list shows the new version


def test_the_preview_follows_adding_reordering_and_removing_questions(
    qtbot, shop, shop_dir, tmp_path
):
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    qtbot.keyClick(screen.table, Qt.Key.Key_F2)
    editor = active(qtbot, screen.editor)
    qtbot.keyClicks(editor.name, "Pastry panel")
    assert "Pastry panel" in editor.preview.text()
    editor.add_question("rating")
    editor.add_question("ranking")
    qtbot.keyClicks(editor.prompt, "Rank our pastries")
    editor.options.setFocus()
    qtbot.keyClicks(editor.options, "Croissant")
    qtbot.keyClick(editor.options, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.options, "Babka")
    text = editor.preview.text()
    assert "2. Rank our pastries" in text and "Croissant" in text and "Babka" in text
    assert "1. How was your visit today?" in text
    editor.list.setCurrentRow(1)
    qtbot.keyClick(editor, Qt.Key.Key_Up, CTRL)
    assert "1. Rank our pastries" in editor.preview.text()
    assert editor.questions[1]["kind"] == "rating"
    editor.list.setCurrentRow(1)
    editor.remove_button.click()
    assert "How was your visit today?" not in editor.preview.text()
    editor.save_button.click()
    assert not editor.isVisible()
    made = next(s for s in surveys.list_surveys(shop) if s.name == "Pastry panel")
    assert [(q.kind, q.options) for q in made.questions] == [("ranking", ("Croissant", "Babka"))]
    assert 'Survey "Pastry panel" created.' in screen.status.text()


def test_a_refused_survey_says_why_and_keeps_the_dialog(qtbot, shop, shop_dir, tmp_path):
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    screen.new()
    editor = screen.editor
    qtbot.keyClicks(editor.name, "Choices")
    editor.add_question("single")
    qtbot.keyClicks(editor.prompt, "Pick one")
    editor.save_button.click()
    assert editor.isVisible()
    assert "give at least two options" in editor.error.text()


def test_a_cashier_sees_the_figures_but_cannot_edit(qtbot, shop, shop_dir, tmp_path):
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    assert not screen.edit_button.isVisible()
    qtbot.keyClick(screen.table, Qt.Key.Key_F4)
    assert screen.editor is None


# -- NPS ---------------------------------------------------------------------------------------
def test_nps_is_hand_computed_and_a_month_without_answers_is_no_data(
    qtbot, shop, shop_dir, tmp_path
):
    give_scores(shop, 10, 9, 9, 8, 7, 3, 0)  # 3 promoters, 2 passives, 2 detractors
    screen = show(qtbot, SurveysScreen(state_for(shop, shop_dir, tmp_path)))
    assert screen.month.currentData() == date.today().strftime("%Y-%m")
    # (3 - 2) / 7 = 14.29 %, shown whole as on every screen and in the report
    assert screen.nps_text() == (
        "+14 | This month, from 7 answers | promoters=3 passives=2 detractors=2 total=7"
    )
    assert [m.nps for m in screen.chart.months][-1] == 14.3
    assert screen.chart.months[-2].nps is None
    screen.month.setCurrentIndex(1)  # last month: nobody answered
    assert screen.nps_text().startswith("no data | No NPS answers ")
    assert "total=0" in screen.nps_text()


# -- alerts ------------------------------------------------------------------------------------
@pytest.fixture
def kiosk(shop_dir):
    """A second Shop on the same file, as the kiosk process has: nobody signed in."""
    opened = Shop.open(shop_dir, PASSPHRASE, channel="kiosk", kdf_iter=FAST_KDF)
    yield opened
    opened.close()


def test_a_detractor_from_the_kiosk_reaches_the_counter_badge_and_list(
    qtbot, shop, shop_dir, tmp_path, kiosk
):
    state = state_for(shop, shop_dir, tmp_path)
    workspace = show(qtbot, Workspace(state))
    watch = workspace.alert_watch
    watch.timer.setInterval(50)
    watch.start()
    item = workspace.nav.item(workspace.screens.indexOf(workspace.alerts))
    assert item.text() == "Alerts  (Alt+A)"
    survey = checkout_nps(kiosk)
    sale = purchases.record(shop, dana(shop).id, total="18")
    surveys.answer(
        kiosk,
        survey.id,
        {survey.questions[0].id: {"score": 2, "why": "Slow"}},
        purchase_id=sale.id,
        channel="kiosk",
    )
    qtbot.waitUntil(lambda: item.text() == "Alerts (1)  (Alt+A)", timeout=5000)
    assert watch.banner.isVisible()
    assert "1 new alert" in watch.banner.text()
    qtbot.mouseClick(watch.banner, Qt.MouseButton.LeftButton)
    assert workspace.screens.currentWidget() is workspace.alerts
    table = workspace.alerts.table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[0] == "Detractor" and row[1] == 'NPS 2/10 — "Slow"'
    assert row[2] == "Dana" and row[3] == "kiosk" and row[5] == "New"
    table.setCurrentCell(0, 1)
    opened = []
    workspace.customers.open_customer = opened.append  # where the profile would open
    table.cellClicked.emit(0, 2)
    assert opened == [dana(shop).id]


def test_acknowledge_then_resolve_with_a_required_note_kept_in_the_audit_log(
    qtbot, shop, shop_dir, tmp_path
):
    shop.act_as(staff_named(shop, CASHIER[0]))
    give_scores(shop, 1, customer_id=dana(shop).id)
    screen = show(qtbot, AlertsScreen(state_for(shop, shop_dir, tmp_path)))
    assert screen.table.rowCount() == 1 and screen.table.item(0, 3).text() == "Sam"
    qtbot.keyClick(screen.table, Qt.Key.Key_K, CTRL)
    assert screen.table.item(0, 5).text() == "Acknowledged"
    assert not screen.ack_button.isEnabled()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return, CTRL)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.resolve_button.click()  # no note
    assert dialog.isVisible()
    assert dialog.error.text() == "Write what was done about it."
    assert alerts.open_count(shop) == 1
    qtbot.keyClicks(dialog.note, "Called Dana, apologised, coffee on us next time.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert alerts.open_count(shop) == 0
    assert screen.table.rowCount() == 0  # open ones only
    screen.show_all.setChecked(True)
    assert screen.table.item(0, 5).text() == (
        "Resolved: Called Dana, apologised, coffee on us next time."
    )
    alert_id = alerts.listing(shop)[0].id
    with shop.read() as session:
        done = list(
            session.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.entity == "alert", AuditEntry.entity_id == alert_id
                )
            )
        )
    assert done == ["acknowledge", "resolve"]


# -- after a checkout --------------------------------------------------------------------------
@pytest.fixture
def checkout(qtbot, shop, shop_dir, tmp_path):
    screen = make_checkout(qtbot, shop, shop_dir, tmp_path, TaskRunner(synchronous=True))
    attach_handover(screen)
    return screen


def test_send_to_kiosk_leaves_a_hand_off_the_kiosk_takes(qtbot, checkout, shop, kiosk):
    shop.act_as(staff_named(shop, CASHIER[0]))
    who = dana(shop)
    scan(qtbot, checkout, who.card_number)
    keys(qtbot, "18", Qt.Key.Key_Return)
    panel = checkout.survey
    assert panel.isVisible() and panel.choice.currentText() == "Checkout NPS"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, CTRL)
    assert panel.said.text() == "✓ “Checkout NPS” sent to the kiosk for Dana."
    assert not panel.kiosk_button.isEnabled()
    handoff = surveys.take_handoff(kiosk)
    assert handoff is not None
    assert (handoff.survey_id, handoff.customer_id, handoff.purchase_id) == (
        checkout_nps(shop).id,
        who.id,
        checkout.last.id,
    )
    assert surveys.take_handoff(kiosk) is None  # taken once
    keys(qtbot, Qt.Key.Key_F6, "5", Qt.Key.Key_Return)  # the next sale offers it again
    assert panel.kiosk_button.isEnabled() and panel.said.text() == ""

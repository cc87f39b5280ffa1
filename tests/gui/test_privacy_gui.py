"""Consent and privacy through real widgets on a real encrypted shop: the profile's one-click
consent switch and its history, a cashier who can't export or erase, the erase dialog that
wakes only for the customer's first name, the data export written in the background, the
policy editor that keeps versions and prints them, and the retention review."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QSettings, Qt

from app.core import consent, customers, privacy
from app.core.shop import Shop
from app.ui.screens.profile import ProfileScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, staff_named

LEFT = Qt.MouseButton.LeftButton


def state_for(shop: Shop, shop_dir, tmp_path) -> AppState:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    return state


def dana(shop) -> int:
    return customers.resolve(shop, "052-555-1234").id


@pytest.fixture
def profile(qtbot, shop, shop_dir, tmp_path) -> ProfileScreen:
    screen = ProfileScreen(state_for(shop, shop_dir, tmp_path))
    qtbot.addWidget(screen)
    screen.resize(1200, 900)
    screen.show()
    return screen


def history_rows(section) -> list[str]:
    table = section.history
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def pdf_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


# -- the profile ---------------------------------------------------------------------------------
def test_consent_is_given_and_withdrawn_with_one_click_each(qtbot, profile, shop):
    shop.act_as(staff_named(shop, CASHIER[0]))
    profile.show_customer(dana(shop))
    section = profile.privacy
    assert section.toggle.text() == "Give consent" and section.no_history.isVisible()
    assert not section.export_button.isEnabled() and not section.erase_button.isEnabled()
    assert section.erase_button.toolTip() == "Only a manager can do this."

    qtbot.mouseClick(section.toggle, LEFT)
    assert section.toggle.text() == "Withdraw consent"
    assert history_rows(section) == ["given"]
    assert "Offers and news: Yes" in profile.consent.text()
    assert "Sam" in section.history.item(0, 2).text()
    assert section.history.item(0, 3).text() == "v1"

    qtbot.mouseClick(section.toggle, LEFT)
    assert section.toggle.text() == "Give consent"
    assert history_rows(section) == ["withdrawn", "given"]
    assert "Offers and news: No" in profile.consent.text()
    assert [c.given for c in consent.consent_history(shop, dana(shop))] == [False, True]


def test_the_erase_dialog_needs_the_first_name_typed(qtbot, profile, shop):
    customer = dana(shop)
    profile.show_customer(customer)
    assert profile.privacy.erase_button.isEnabled()  # a manager
    dialog = profile.privacy.open_erase()
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "Dan")
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, LEFT)  # asleep: nothing happens
    assert customers.get(shop, customer).first_name == "Dana"
    qtbot.keyClicks(dialog.confirm, "A")  # any case will do
    assert dialog.erase_button.isEnabled()

    qtbot.mouseClick(dialog.erase_button, LEFT)
    assert dialog.done_with is not None and not dialog.isVisible()
    assert customers.get(shop, customer).phone is None
    assert profile.name.text() == "Erased"  # the profile refreshed itself
    assert not profile.privacy.erase_button.isEnabled()
    assert not profile.privacy.toggle.isEnabled()


def test_export_writes_the_pdf_and_json_in_the_background(qtbot, profile, shop, tmp_path):
    profile.show_customer(dana(shop))
    out = tmp_path / "out"
    out.mkdir()
    profile.privacy.export_to(out)
    status = profile.privacy.status.text()
    assert status.startswith("Saved customer-") and str(out) in status
    (pdf,) = out.glob("*.pdf")
    assert "Dana Cohen" in pdf_text(pdf)
    assert len(list(out.glob("*.json"))) == 1


# -- settings: the policy and retention ------------------------------------------------------
@pytest.fixture
def settings_screen(qtbot, shop, shop_dir, tmp_path):
    from app.ui.screens.settings import SettingsScreen

    screen = SettingsScreen(state_for(shop, shop_dir, tmp_path))
    qtbot.addWidget(screen)
    screen.resize(900, 900)
    screen.show()
    screen.activate()
    return screen


def test_a_manager_saves_a_new_policy_version_and_prints_it(qtbot, settings_screen, shop, tmp_path):
    card = settings_screen.privacy_settings
    assert card.policy.text().startswith("Privacy policy: version 1,")
    dialog = card.open_policy()
    qtbot.addWidget(dialog)
    assert dialog.versions.count() == 1 and "Corner Café" in dialog.text.toPlainText()
    assert not dialog.save_button.isEnabled()

    dialog.text.setFocus()
    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "We keep your name and phone. Ask us to erase them.")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert privacy.current_policy(shop).version == 2
    assert dialog.versions.count() == 2 and dialog.status.text() == "Saved as version 2."
    assert card.policy.text().startswith("Privacy policy: version 2,")

    dialog.versions.setCurrentRow(1)  # the old version stays as it was, read only
    assert "Corner Café" in dialog.text.toPlainText() and dialog.text.isReadOnly()
    dialog.versions.setCurrentRow(0)
    pdf = tmp_path / "policy.pdf"
    dialog.print_to(pdf)
    text = pdf_text(pdf)
    assert "Ask us to erase them." in text and "Version 2" in text


def test_a_cashier_reads_the_policy_but_cannot_change_it(qtbot, shop, shop_dir, tmp_path):
    from app.ui.screens.settings import SettingsScreen

    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = SettingsScreen(state_for(shop, shop_dir, tmp_path))
    qtbot.addWidget(screen)
    screen.activate()
    card = screen.privacy_settings
    assert card.policy_button.text() == "Read the privacy policy…"
    assert not card.years.isEnabled() and not card.review_button.isEnabled()
    dialog = card.open_policy()
    qtbot.addWidget(dialog)
    assert dialog.text.isReadOnly() and not dialog.save_button.isVisible()


def test_retention_is_set_then_the_review_erases_the_checked(qtbot, settings_screen, shop):
    from datetime import timedelta

    from app.core import audit
    from app.store.models import Customer

    old = [dana(shop), customers.resolve(shop, "zoe@example.com").id]
    with shop.write() as session:  # two customers registered long ago, never back
        for customer_id in old:
            session.get(Customer, customer_id).created_at = audit.now() - timedelta(days=1500)
    card = settings_screen.privacy_settings
    assert not card.review_button.isEnabled()  # no retention period yet
    card.years.setValue(3)
    qtbot.mouseClick(card.save_button, LEFT)
    assert shop.settings.retention_years == 3 and card.review_button.isEnabled()

    review = card.open_review()
    qtbot.addWidget(review)
    assert review.candidates and [c.id for c in review.candidates] == old
    assert review.summary.text() == "Customers inactive for more than 3 years: 2."
    review.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # Zoë stays
    assert not review.erase_button.isEnabled()
    review.confirm.setText("x1")  # a stray letter is not the count
    assert not review.erase_button.isEnabled()
    review.confirm.setText("۱")  # Persian digits are
    assert review.erase_button.isEnabled()
    review.confirm.clear()
    qtbot.keyClicks(review.confirm, "1")
    assert review.erase_button.isEnabled()
    qtbot.mouseClick(review.erase_button, LEFT)
    assert review.erased == 1 and review.status.text() == "Customers erased: 1."
    assert customers.get(shop, old[0]).first_name == "Erased"
    assert customers.get(shop, old[1]).first_name == "Zoë"
    assert [c.id for c in review.candidates] == [old[1]]


# -- registration ----------------------------------------------------------------------------
def test_the_registration_form_shows_the_policy_beside_the_consent_box(
    qtbot, shop, shop_dir, tmp_path
):
    from app.ui.dialogs.customer_form import CustomerForm

    privacy.save_policy(shop, "Version two: we keep only your name and phone.")
    form = CustomerForm(state_for(shop, shop_dir, tmp_path))
    qtbot.addWidget(form)
    form.show()
    qtbot.mouseClick(form.fields.more_button, LEFT)
    link = form.policy_link
    assert link.button.isVisible() and not link.text.isVisible()
    qtbot.mouseClick(link.button, LEFT)
    assert link.text.isVisible() and link.text.isReadOnly()
    assert link.text.toPlainText() == "Version two: we keep only your name and phone."
    assert link.button.text() == "Privacy policy (version 2)"

    for name, text in (("first_name", "Noa"), ("phone", "052-555-7777")):
        qtbot.keyClicks(form.fields.widgets[name], text)
    form.fields.consent.setChecked(True)
    form.save()
    noa = customers.resolve(shop, "052-555-7777").id
    (given,) = consent.consent_history(shop, noa)
    assert given.given and given.policy_version == 2

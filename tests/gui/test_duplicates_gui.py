"""The Duplicates screen and the merge dialog through real widgets on a real encrypted shop:
Find duplicates fills the list with a progress bar (and Cancel stops it), Enter opens a
pair side by side, a field is taken from the duplicate, Merge (after Yes) moves their
purchase over, and Undo in the message bar parts them again exactly; a cashier may look
but not merge; Alt+U reaches the screen from the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from app.core import customer_merge, customers, merge_undo, purchases
from app.ui.screens.duplicates import DuplicatesScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from app.ui.workspace import Workspace
from tests.conftest import CASHIER, FAST_KDF, staff_named


def state_for(shop, folder, tmp_path) -> AppState:
    local = QSettings(str(tmp_path / "local.ini"), QSettings.Format.IniFormat)
    state = AppState(folder, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    return state


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    if hasattr(widget, "activate"):
        widget.activate()
    return widget


def plain(text: str) -> str:
    """Without the marks that keep names and numbers in their own direction."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


@pytest.fixture
def say_yes(monkeypatch):
    """The confirmation box answers Yes (the person would click it)."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


@pytest.fixture
def twins(shop):
    """Dana Cohen twice: the same phone written another way, the second with an e-mail, a
    double-barrelled last name and a purchase."""
    dana = customers.resolve(shop, "052-555-1234").id
    again = customers.register(
        shop,
        {
            "first_name": "Dana",
            "last_name": "Cohen-Levi",
            "phone": "+972 52 555 1234",
            "email": "dana@example.com",
        },
        force=True,
    ).id
    purchases.record(shop, again, "42.00")
    return dana, again


def test_find_open_merge_and_undo(qtbot, shop, shop_dir, tmp_path, twins, say_yes):
    dana, again = twins
    before = {cid: customers.get(shop, cid) for cid in twins}
    screen = show(qtbot, DuplicatesScreen(state_for(shop, shop_dir, tmp_path)))
    steps: list[tuple[int, int]] = []
    screen.bridge.moved.connect(lambda done, total: steps.append((done, total)))

    qtbot.mouseClick(screen.find_button, Qt.MouseButton.LeftButton)
    assert steps and steps[-1][0] == steps[-1][1]  # the bar went to the end
    assert not screen.progress.isVisible() and not screen.cancel_button.isVisible()
    assert screen.model.rowCount() == 1
    row = [plain(screen.model.index(0, c).data()) for c in range(4)]
    assert row[1].startswith("Dana Cohen-Levi ·") and "1 visit(s)" in row[1]  # more visits
    assert row[2].startswith("Dana Cohen ·") and "0 visit(s)" in row[2]
    assert "same phone" in row[3] and "similar name" in row[3]
    assert "1 likely pair(s)" in screen.status.text()

    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.keep_id, dialog.dup_id) == (again, dana)
    assert "1 purchase(s)" not in dialog.moving.text()  # the kept one owns the purchase
    dialog.swap()  # keep the older record instead
    assert (dialog.keep_id, dialog.dup_id) == (dana, again)
    assert "1 purchase(s)" in dialog.moving.text()
    keep_email, dup_email = dialog.radios["email"]
    assert keep_email.text() == "—" and dup_email.isChecked()  # filled from the duplicate
    assert not dialog.radios["first_name"][1].isEnabled()  # the same on both sides
    assert dialog.radios["last_name"][0].isChecked()
    take_last_name = dialog.radios["last_name"][1]
    qtbot.waitUntil(lambda: not take_last_name.visibleRegion().isEmpty())  # laid out again
    on_the_dot = QPoint(8, take_last_name.height() // 2)  # the radio's circle, not its margin
    qtbot.mouseClick(take_last_name, Qt.MouseButton.LeftButton, pos=on_the_dot)
    assert dialog.choices()["last_name"] == "dup"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert "Merge customer" in say_yes[0]
    assert screen.dialog is None and not dialog.isVisible()
    kept = customers.get(shop, dana)
    assert (kept.last_name, kept.email) == ("Cohen-Levi", "dana@example.com")
    assert len(purchases.history(shop, dana)) == 1
    assert [c.id for c in customers.find(shop, "Dana", limit=10)] == [dana]
    assert screen.model.rowCount() == 0  # the merged pair left the list
    assert screen.bar.isVisible() and "1 purchase(s)" in screen.bar_text.text()
    assert screen.recent.rowCount() == 1
    assert plain(screen.recent.item(0, 1).text()) == f"Dana Cohen-Levi ({dana})"
    assert screen.recent.item(0, 3).text() == "Maya" and screen.undo_button.isEnabled()

    qtbot.mouseClick(screen.bar_undo, Qt.MouseButton.LeftButton)
    assert "are two again" in screen.bar_text.text() and not screen.bar_undo.isEnabled()
    for cid, was in before.items():
        now = customers.get(shop, cid)
        assert now == was  # every field as it was, the last change's stamp included
    assert [len(purchases.history(shop, cid)) for cid in twins] == [0, 1]
    assert sorted(c.id for c in customers.find(shop, "Dana", limit=10)) == sorted(twins)
    assert screen.recent.item(0, 4).text() != "" and not screen.undo_button.isEnabled()
    assert not screen.problem.isVisible()


def test_cancel_stops_the_scan(qtbot, shop, shop_dir, tmp_path, twins):
    screen = show(qtbot, DuplicatesScreen(state_for(shop, shop_dir, tmp_path)))
    screen.bridge.moved.connect(lambda *_: screen.cancel())  # Cancel at the first step
    qtbot.mouseClick(screen.find_button, Qt.MouseButton.LeftButton)
    assert "Stopped" in screen.status.text()
    assert screen.model.rowCount() == 0 and screen.find_button.isEnabled()
    assert not screen.progress.isVisible()


def test_an_undo_refused_says_why(qtbot, shop, shop_dir, tmp_path, twins):
    dana, again = twins
    merged = customer_merge.merge(shop, dana, again)
    customers.update(shop, dana, {"notes": "Prefers oat milk"})
    screen = show(qtbot, DuplicatesScreen(state_for(shop, shop_dir, tmp_path)))
    assert screen.selected_merge().id == merged.merge_id
    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert screen.problem.isVisible() and "changed since the merge" in screen.problem.text()
    assert customers.get(shop, again).id == again
    assert [c.id for c in customers.find(shop, "Dana", limit=10)] == [dana]


def test_a_cashier_looks_but_does_not_merge(qtbot, shop, shop_dir, tmp_path, twins):
    customer_merge.merge(shop, *twins)
    merge_undo.undo_merge(shop, customer_merge.recent_merges(shop)[0].id)
    shop.act_as(staff_named(shop, CASHIER[0]))
    screen = show(qtbot, DuplicatesScreen(state_for(shop, shop_dir, tmp_path)))
    assert not screen.undo_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.find_button, Qt.MouseButton.LeftButton)
    dialog = screen.open_pair(0)
    assert dialog.view is not None and not dialog.merge_button.isEnabled()
    assert "Only a manager" in dialog.merge_button.toolTip()
    dialog.merge(confirmed=True)  # pressed anyway: the core refuses, the dialog says so
    assert dialog.problem.isVisible() and dialog.isVisible()
    assert len(customers.find(shop, "Dana", limit=10)) == 2


def test_alt_u_opens_duplicates_from_the_workspace(qtbot, shop, shop_dir, tmp_path):
    workspace = show(qtbot, Workspace(state_for(shop, shop_dir, tmp_path)))
    item = workspace.nav.item(workspace.screens.indexOf(workspace.duplicates))
    assert item.text() == "Duplicates  (Alt+U)"
    qtbot.keyClick(workspace.nav, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert workspace.screens.currentWidget() is workspace.duplicates

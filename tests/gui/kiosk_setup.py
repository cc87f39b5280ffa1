"""The kiosk as its tests drive it: a window over the kiosk's own connection, clicks as a
finger makes them, and the answers stored, as plain values."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from app.core import surveys
from app.store.models import SurveyAnswer, SurveyResponse
from app.ui.kiosk.window import SURVEY_KEY, KioskWindow
from app.ui.tasks import TaskRunner

LEFT = Qt.MouseButton.LeftButton
EVERY_KIND = [
    {"kind": "nps", "prompt": "Would you recommend us?", "why": "everyone"},
    {"kind": "rating", "prompt": "How was the coffee?"},
    {
        "kind": "single",
        "prompt": "How did you hear about us?",
        "options": ["a friend", "walked by", "search"],
    },
    {
        "kind": "multi",
        "prompt": "What did you buy?",
        "options": ["coffee", "cake", "bread"],
        "required": False,
    },
    {
        "kind": "ranking",
        "prompt": "Why us today?",
        "options": ["convenience", "low price", "quality", "best selection"],
    },
    {"kind": "text", "prompt": "Anything else?", "required": False},
]


def make_kiosk(qtbot, kiosk_shop, tmp_path, survey_id: int | None = None) -> KioskWindow:
    local = QSettings(str(tmp_path / "kiosk.ini"), QSettings.Format.IniFormat)
    if survey_id is not None:
        local.setValue(SURVEY_KEY, survey_id)
    window = KioskWindow(kiosk_shop, TaskRunner(synchronous=True), local)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def responses(shop) -> list[tuple[SimpleNamespace, list[SimpleNamespace]]]:
    """Every stored response with its answers, as plain values."""

    def plain(row, names):
        return SimpleNamespace(**{n: getattr(row, n) for n in names})

    with shop.read() as session:
        out = []
        for r in session.scalars(select(SurveyResponse).order_by(SurveyResponse.id)).all():
            answers = session.scalars(
                select(SurveyAnswer)
                .where(SurveyAnswer.response_id == r.id)
                .order_by(SurveyAnswer.id)
            ).all()
            out.append(
                (
                    plain(
                        r,
                        (
                            "survey_id",
                            "customer_id",
                            "purchase_id",
                            "staff_id",
                            "channel",
                            "complete",
                        ),
                    ),
                    [plain(a, ("kind", "number", "value", "comment")) for a in answers],
                )
            )
        return out


def every_kind(shop) -> surveys.Survey:
    return surveys.save_survey(shop, None, "Everything", EVERY_KIND)


def nps_survey(shop) -> surveys.Survey:
    return next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")


def on(window: KioskWindow) -> str:
    current = window.stack.currentWidget()
    return {window.welcome: "welcome", window.survey_page: "survey", window.thanks: "thanks"}[
        current
    ]

"""Settings: the shop's own (name, phone country, language, auto-lock, lapsed after) kept in
the shop file and changed by a manager only, and this workstation's name kept on this
computer (QSettings). The currency is shown but fixed: sales are stored in it.

Enter or Ctrl+S saves; a refusal from the core appears under its field and nothing is
stored. A successful save emits `settings_saved(ShopSettings)` so the window can re-arm
the auto-lock with the new minutes.
"""

from __future__ import annotations

import phonenumbers
from babel import Locale
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.context import this_workstation
from app.core.errors import CounterpartError, ValidationError
from app.core.settings import LANGUAGES, ShopSettings
from app.ui import i18n
from app.ui.error_text import error_text
from app.ui.kiosk.launch import KioskSection
from app.ui.state import AppState
from app.ui.widgets.info_card import InfoCard, leading_edge
from app.ui.widgets.privacy_settings import PrivacySettings
from app.ui.widgets.survey_settings import SurveySettings

WORKSTATION_KEY = "workstation_name"


def _names() -> Locale:
    try:
        return Locale.parse(QLocale().name())
    except Exception:  # noqa: BLE001 - "C" and friends: English names
        return Locale.parse("en")


def _small(text: str = "", name: str = "hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


class SettingsScreen(QWidget):
    settings_saved = Signal(object)  # the new ShopSettings
    language_chosen = Signal(str)  # this workstation's screens, switched at once

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._saving = False
        self.errors: dict[str, QLabel] = {}
        self.captions: list[QLabel] = []
        self.fields: dict[str, QWidget] = {}
        names = _names()

        title = QLabel(self.tr("Settings"))
        title.setObjectName("title")
        self.note = QLabel(self.tr("Only a manager can change settings."))
        self.note.setObjectName("warning")
        self.note.setStyleSheet("QLabel#warning { background: #fff8c5; border: 1px solid "
                                "#d4a72c; border-radius: 8px; padding: 8px 12px; }")

        self.shop_name = QLineEdit()
        self.shop_name.setMaxLength(80)
        self.region = QComboBox()
        for code in sorted(phonenumbers.SUPPORTED_REGIONS,
                           key=lambda c: names.territories.get(c, c)):
            self.region.addItem(f"{names.territories.get(code, code)} ({code})", code)
        self.currency = QLabel()
        self.currency.setAlignment(leading_edge())
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, 99_999)  # the core says what is allowed, under the field
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock.setSuffix(self.tr(" minutes"))
        self.lapsed_days = QSpinBox()
        self.lapsed_days.setRange(0, 99_999)
        self.lapsed_days.setSuffix(self.tr(" days"))
        for box in (self.idle_lock, self.lapsed_days):
            box.setMinimumWidth(180)
            box.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.money_names = names.currencies

        shop_card = InfoCard(self.tr("This shop"))
        self._row(shop_card, "shop_name", self.tr("Shop &name"), self.shop_name)
        self._row(shop_card, "region", self.tr("&Country, for phone numbers"), self.region,
                  self.tr("Phone numbers typed without a country code are read as this "
                          "country's."))
        self._row(shop_card, "currency", self.tr("Currency"), self.currency,
                  self.tr("The currency can't change once sales exist: every amount is "
                          "stored in it."))
        self._row(shop_card, "language", self.tr("&Language"), self.language,
                  self.tr("The language of the monthly report, the loyalty cards and the "
                          "kiosk's welcome."))
        self._row(shop_card, "idle_lock_minutes", self.tr("&Auto-lock after"), self.idle_lock,
                  self.tr("Back to the sign-in screen after this many idle minutes "
                          "(0 = never)."))
        self._row(shop_card, "lapsed_days", self.tr("La&psed after"), self.lapsed_days,
                  self.tr("A customer with no purchase for this many days counts as lapsed."))

        self.workstation = QLineEdit()
        self.workstation.setMaxLength(60)
        self.workstation.setPlaceholderText(this_workstation())
        self.screen_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.screen_language.addItem(name, code)
        self.screen_language.activated.connect(self._screen_language_picked)
        here = InfoCard(self.tr("This workstation"))
        self._row(here, "screen_language", self.tr("&Screens in"), self.screen_language,
                  self.tr("This computer's screens, whoever signs in. Changes at once."))
        self._row(here, "workstation", self.tr("&Workstation name"), self.workstation,
                  self.tr("Kept on this computer only and recorded with everything done "
                          "here. Empty: the computer's name. Takes effect the next time "
                          "Counterpart starts."))

        self.status = _small()
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)

        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        for widget in (title, self.note, shop_card, here):
            column.addWidget(widget)
        column.addLayout(actions)
        self.survey_settings = SurveySettings(state)  # its own Save: alerts, kiosk, e-mail
        column.addWidget(self.survey_settings)
        self.privacy_settings = PrivacySettings(state)  # the policy and retention
        column.addWidget(self.privacy_settings)
        self.kiosk = KioskSection(state.folder, state.local)  # this workstation's kiosk screen
        column.addWidget(self.kiosk)
        captions = self.captions + [  # every card's fields start on one line
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for form in (self.survey_settings.form, self.privacy_settings.form, self.kiosk.form)
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        widest = max(label.sizeHint().width() for label in captions)
        for label in captions:
            label.setMinimumWidth(widest)
        column.addStretch(1)
        page.setMaximumWidth(760)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(scroll)

        for key, field in self.fields.items():
            edited = {QLineEdit: "textEdited", QComboBox: "currentIndexChanged",
                      QSpinBox: "valueChanged"}.get(type(field))
            if edited:
                getattr(field, edited).connect(lambda _v, key=key: self._edited(key))
        state.runner.changed.connect(self._changed)

    def _row(self, card: InfoCard, key: str, caption: str, field: QWidget,
             hint: str = "") -> None:
        """A captioned field with its hint and (when refused) its error right under it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        if isinstance(field, QSpinBox):  # a number needs no full-width box
            line = QHBoxLayout()
            line.addWidget(field)
            line.addStretch(1)
            column.addLayout(line)
        else:
            column.addWidget(field)
        if hint:
            column.addWidget(_small(hint))
        self.errors[key] = _small(name="error")
        self.errors[key].setVisible(False)
        column.addWidget(self.errors[key])
        label = QLabel(caption)
        label.setAlignment(leading_edge())
        label.setBuddy(field)
        card.form.addRow(label, holder)
        self.captions.append(label)
        self.fields[key] = field

    # -- showing ------------------------------------------------------------------------
    def activate(self) -> None:
        """Shown (again): the stored values and what this role may do."""
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        self.note.setVisible(not manager)
        for key, field in self.fields.items():
            field.setEnabled(manager or key in ("currency", "screen_language"))
        self.save_button.setVisible(manager)
        self.status.clear()
        self._load(shop.settings)
        self.privacy_settings.activate()
        if manager:
            self.shop_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, settings: ShopSettings) -> None:
        for box in (self.region, self.language, self.idle_lock, self.lapsed_days):
            box.blockSignals(True)
        self.shop_name.setText(settings.shop_name)
        self.region.setCurrentIndex(self.region.findData(settings.region))
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.idle_lock.setValue(settings.idle_lock_minutes)
        self.lapsed_days.setValue(settings.lapsed_days)
        for box in (self.region, self.language, self.idle_lock, self.lapsed_days):
            box.blockSignals(False)
        code = settings.currency
        self.currency.setText(f"{code} — {self.money_names.get(code, code)}")
        self.workstation.setText(str(self.state.local.value(WORKSTATION_KEY, "") or ""))
        self.screen_language.setCurrentIndex(
            self.screen_language.findData(i18n.workstation_language(self.state.local)))
        for error in self.errors.values():
            error.setVisible(False)
        self._update_button()

    def _changed(self, what) -> None:
        shop = self.state.shop
        if "settings" in what and shop is not None and not self._saving and not self.changes():
            self._load(shop.settings)  # changed elsewhere (e.g. lapsed days on Segments)

    # -- editing ------------------------------------------------------------------------
    def changes(self) -> dict:
        """The shop settings that differ from what is stored."""
        shop = self.state.shop
        if shop is None:
            return {}
        typed = {"shop_name": self.shop_name.text().strip(), "region": self.region.currentData(),
                 "language": self.language.currentData(),
                 "idle_lock_minutes": self.idle_lock.value(),
                 "lapsed_days": self.lapsed_days.value()}
        return {k: v for k, v in typed.items() if v != getattr(shop.settings, k)}

    def _screen_language_picked(self) -> None:
        language = self.screen_language.currentData()
        if language != i18n.workstation_language(self.state.local):
            self.language_chosen.emit(language)

    def _workstation_changed(self) -> bool:
        stored = str(self.state.local.value(WORKSTATION_KEY, "") or "")
        return self.workstation.text().strip() != stored

    def _edited(self, key: str) -> None:
        self.errors[key].setVisible(False)
        self.status.clear()
        self._update_button()

    def _update_button(self) -> None:
        self.save_button.setEnabled(bool(self.changes()) or self._workstation_changed())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        shop = self.state.shop
        if shop is None or self._saving or not shop.actor.is_manager:
            return
        changes = self.changes()
        if not changes:
            self._saved(None)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.state.runner.run(shop.save_settings, **changes, changes={"settings"},
                              on_done=self._saved, on_error=self._refused)

    def _saved(self, settings: ShopSettings | None) -> None:
        """The shop settings are stored (or had not changed): now this workstation's."""
        self._saving = False
        if self._workstation_changed():
            self.state.local.setValue(WORKSTATION_KEY, self.workstation.text().strip())
            self.state.local.sync()
        elif settings is None:
            self.status.setText(self.tr("Nothing has changed."))
            return
        if settings is not None:
            self._load(settings)
            self.settings_saved.emit(settings)
        self._update_button()
        self.status.setText(self.tr("Saved."))

    def _refused(self, error: CounterpartError) -> None:
        self._saving = False
        self._update_button()
        if isinstance(error, ValidationError):
            for key, message in error.errors.items():
                label = self.errors.get(key)
                if label is not None:
                    label.setText(error_text(message))
                    label.setVisible(True)
            if any(key not in self.errors for key in error.errors):
                self.status.setText(error_text(error))
            field = self.fields.get(error.field)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.status.setText(error_text(error))

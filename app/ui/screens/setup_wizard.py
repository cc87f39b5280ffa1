"""First run: make the shop file. Three short pages (the shop, its passphrase, the first
manager); Enter moves on, mistakes are named next to their field."""

from __future__ import annotations

import phonenumbers
from babel import Locale
from babel.numbers import get_territory_currencies
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import staff
from app.core.errors import CounterpartError, ValidationError
from app.core.settings import LANGUAGES, ShopSettings
from app.core.shop import Shop, passphrase_strength, validate_passphrase
from app.ui.bidi import number
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.centered_card import centered_card, label, secret_edit
from app.ui.widgets.info_card import leading_edge

CURRENCIES = ("ILS EUR USD GBP IRR CHF CAD AUD JPY CNY INR TRY AED SAR JOD EGP SEK NOK DKK PLN "
              "CZK HUF RON UAH BRL MXN ZAR SGD HKD NZD KRW").split()
STRENGTH_COLOURS = ("#b42318", "#d4a72c", "#d4a72c", "#2da44e", "#1a7f37")


def _babel_locale() -> Locale:
    """Country and currency names in the workstation's language."""
    try:
        return Locale.parse(QLocale().name())  # the language the wizard speaks
    except Exception:  # noqa: BLE001 - "C" and friends: fall back to English names
        return Locale.parse("en")


class SetupWizard(QWidget):
    created = Signal(object)  # the new Shop

    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self.fields: dict[str, tuple[QWidget, QLabel, int]] = {}  # key: widget, error, page
        self._currency_touched = False
        box = centered_card(self)
        self.title, self.step = label("", "title"), label("", "subtitle")
        self.pages, self.general_error = QStackedWidget(), label("", "error")
        self.general_error.hide()
        for widget in (self.title, self.step, self.pages, self.general_error):
            box.addWidget(widget)
        box.insertSpacing(2, 8)

        self.back, self.next = QPushButton(self.tr("Back")), QPushButton()
        self.next.setProperty("primary", "true")
        buttons = QHBoxLayout()
        for button, slot in ((self.back, self.go_back), (self.next, self.go_next)):
            button.setAutoDefault(True)  # Enter on a focused button presses it
            button.setMinimumHeight(38)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.insertStretch(1)
        box.addSpacing(8)
        box.addLayout(buttons)

        self._build_shop_page()
        self._build_passphrase_page()
        self._build_manager_page()
        self._show_page(0)

    # -- pages ------------------------------------------------------------------------
    def _page(self) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.pages.addWidget(page)
        return layout

    def _field(self, layout: QVBoxLayout, key: str, text: str, widget: QWidget) -> None:
        """A caption, the field, and a hidden line for its error (core's field name)."""
        caption, error = label(text), label("", "error")
        caption.setBuddy(widget)
        widget.setMinimumHeight(34)
        error.hide()
        self.fields[key] = (widget, error, self.pages.count() - 1)
        for item in (caption, widget, error):
            layout.addWidget(item)
        layout.addSpacing(6)

    def _build_shop_page(self) -> None:
        layout = self._page()
        names = (locale := _babel_locale()).territories
        self.shop_name = QLineEdit()
        self.shop_name.setPlaceholderText(self.tr("e.g. Corner Café"))
        self._field(layout, "shop_name", self.tr("Shop &name"), self.shop_name)

        self.region = QComboBox()
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=lambda c: names.get(c, c))
        for code in regions:
            self.region.addItem(f"{names.get(code, code)} ({code})", code)
        self._field(layout, "region", self.tr("&Country, for phone numbers"), self.region)

        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.lineEdit().setAlignment(leading_edge())  # starts where the others do
        for code in CURRENCIES:
            self.currency.addItem(f"{code} — {locale.currencies.get(code, code)}", code)
        self._field(layout, "currency", self.tr("C&urrency"), self.currency)

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._field(layout, "language", self.tr("&Language"), self.language)
        layout.addStretch(1)

        self.region.currentIndexChanged.connect(self._region_changed)
        self.currency.lineEdit().textEdited.connect(  # the user's choice wins from now on
            lambda _text: setattr(self, "_currency_touched", True))
        system = QLocale.system().name()  # e.g. he_IL: guess the country and language
        found = self.region.findData(system[3:5])
        self.region.setCurrentIndex(found if found >= 0 else self.region.findData("US"))
        self._region_changed()
        self.language.setCurrentIndex(max(0, self.language.findData(system[:2])))

    def _build_passphrase_page(self) -> None:
        layout = self._page()
        self.passphrase = secret_edit()
        self._field(layout, "passphrase", self.tr("&Passphrase"), self.passphrase)
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(6)
        self.strength = label("", "hint")
        layout.insertWidget(2, self.strength_bar)
        layout.insertWidget(3, self.strength)
        self.passphrase_repeat = secret_edit()
        self._field(layout, "passphrase_repeat", self.tr("&Type it again"),
                    self.passphrase_repeat)
        warning = label(self.tr(
            "<b>Write the passphrase down and keep it safe.</b> It encrypts the whole "
            "customer book. If it is lost, nobody can recover it: not you, not us."), "warning")
        warning.setMargin(8)  # a QLabel is a QFrame: the style's QFrame#warning applies
        layout.addWidget(warning)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(self._rate_passphrase)
        self._rate_passphrase("")

    def _build_manager_page(self) -> None:
        layout = self._page()
        layout.addWidget(label(self.tr(
            "The first manager can add staff, change settings and see reports."), "hint"))
        layout.addSpacing(6)
        self.manager = QLineEdit()
        self._field(layout, "name", self.tr("Manager's &name"), self.manager)
        self.pin = secret_edit(digits=True)
        self._field(layout, "pin", self.tr("&PIN (4 to 8 digits)"), self.pin)
        self.pin_repeat = secret_edit(digits=True)
        self._field(layout, "pin_repeat", self.tr("PIN &again"), self.pin_repeat)
        layout.addStretch(1)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.title.setText((self.tr("Welcome to Counterpart"), self.tr("Choose a passphrase"),
                            self.tr("The first manager"))[index])
        self.step.setText(
            self.tr("Step {n} of {total}").format(n=number(index + 1), total=number(3))
        )
        self.back.setVisible(index > 0)
        self.next.setText(self.tr("Create the shop") if index == 2 else self.tr("Next"))
        self.general_error.hide()
        next(w for w, _e, page in self.fields.values() if page == index).setFocus()

    def activate(self) -> None:
        self._show_page(self.pages.currentIndex())

    # -- moving on --------------------------------------------------------------------
    def go_back(self) -> None:
        if self.pages.currentIndex() > 0:
            self._show_page(self.pages.currentIndex() - 1)

    def go_next(self) -> None:
        if not self.next.isEnabled():
            return
        for _widget, error, _page in self.fields.values():
            error.hide()
        self.general_error.hide()
        index = self.pages.currentIndex()
        try:
            if index == 0:
                self.settings().validate()
            elif index == 1:
                validate_passphrase(self.passphrase.text(), self.passphrase_repeat.text())
            else:
                self._check_manager()
        except ValidationError as err:
            self.show_errors(err)
            return
        if index < self.pages.count() - 1:
            self._show_page(index + 1)
        else:
            self._create()

    def _check_manager(self) -> None:
        errors: dict[str, str] = {}
        for key, check, value in (("name", staff.validate_name, self.manager.text()),
                                  ("pin", staff.validate_pin, self.pin.text())):
            try:
                check(value)
            except ValidationError as err:
                errors[key] = err.message
        if "pin" not in errors and self.pin.text() != self.pin_repeat.text():
            errors["pin_repeat"] = self.tr("The two PINs are not the same.")
        if errors:
            first = next(iter(errors))
            raise ValidationError(first, errors[first], errors)

    def settings(self) -> ShopSettings:
        text = self.currency.currentText().strip()  # a listed currency, or a typed code
        listed = self.currency.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        return ShopSettings(
            shop_name=" ".join(self.shop_name.text().split()),
            currency=self.currency.itemData(listed) if listed >= 0 else text.upper(),
            region=self.region.currentData() or "",
            language=self.language.currentData() or "en",
        )

    def _create(self) -> None:
        self._busy(True)
        self.state.runner.run(
            Shop.create, self.state.folder, self.passphrase.text(), self.settings(),
            " ".join(self.manager.text().split()), self.pin.text(), channel="counter",
            workstation=self.state.workstation, kdf_iter=self.state.kdf_iter,
            on_done=self._created, on_error=self._failed,
        )

    def _created(self, shop: Shop) -> None:
        self._busy(False)
        self.created.emit(shop)

    def _failed(self, error: CounterpartError) -> None:
        """Core has the last word (e.g. a shop appeared in the folder meanwhile)."""
        self._busy(False)
        if isinstance(error, ValidationError):
            self.show_errors(error)
        else:
            self.general_error.setText(error_text(error))
            self.general_error.show()

    def _busy(self, busy: bool) -> None:
        self.next.setEnabled(not busy)
        self.back.setEnabled(not busy)
        self.next.setText(self.tr("Creating the shop…") if busy else self.tr("Create the shop"))

    # -- errors and hints -------------------------------------------------------------
    def show_errors(self, err: ValidationError) -> None:
        """Each message next to its field, on the page of the first one."""
        keys = [k for k in err.errors if k in self.fields]
        if not keys:
            self.general_error.setText(error_text(err))
            self.general_error.show()
            return
        widget, _error, page = self.fields[keys[0]]
        if page != self.pages.currentIndex():
            self._show_page(page)
        for key in keys:
            self.fields[key][1].setText(error_text(err.errors[key]))
            self.fields[key][1].show()
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def _rate_passphrase(self, text: str) -> None:
        score, hint = passphrase_strength(text)
        self.strength_bar.setValue(score if text else 0)
        self.strength_bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[score]}; }}")
        self.strength.setText(error_text(hint) if text else
                              self.tr("Use a few words you will remember, 12 characters or more."))

    def _region_changed(self, *_args) -> None:
        if self._currency_touched:
            return
        found = get_territory_currencies(self.region.currentData() or "US")[:1]
        for code in found:  # the country's currency, until the user picks one
            self.currency.setCurrentIndex(self.currency.findData(code))
            if self.currency.currentIndex() < 0:
                self.currency.setEditText(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_next()
        elif event.key() == Qt.Key.Key_Escape:
            self.go_back()
        else:
            super().keyPressEvent(event)

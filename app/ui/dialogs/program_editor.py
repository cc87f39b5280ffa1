"""Create or change a loyalty program: a punch card (N punches earn a reward, optionally only
for some products or from a minimum spend) or points (X points per currency unit, a voucher
at a threshold). Only the fields of the chosen kind show. A manager's dialog; the core checks
everything and its refusal appears under the field it is about. Editing changes the program
from now on: what is already on customers' cards keeps its amounts.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import loyalty_programs, money, purchases
from app.core.calendars import latin_digits, local_digits, read_day, typed_day
from app.core.errors import CounterpartError, ValidationError
from app.core.loyalty_programs import Program
from app.ui import bidi
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

PUNCH_ONLY = ("punches", "per_item", "min_spend")
POINTS_ONLY = ("points_per_unit", "threshold", "reward_value", "expiry_days")


def _message(text: str = "", name: str = "error") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    label.setVisible(bool(text))
    return label


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        typed = self.widget().text().split(",")[:-1]
        return ", ".join([t.strip() for t in typed if t.strip()] + [str(index.data())])


class ProgramEditor(QDialog):
    saved = Signal(object)  # the Program added or changed

    def __init__(self, state: AppState, program: Program | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.program = program
        self._saving = False
        settings = state.shop.settings
        symbol = money.symbol(settings.currency, bidi.language())
        self.setWindowTitle(self.tr("New loyalty program") if program is None
                            else self.tr("Change loyalty program"))
        self.setMinimumWidth(620)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(6)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Punch card"), "punch")
        self.kind.addItem(self.tr("Points"), "points")
        self.kind.setEnabled(program is None)  # a program keeps its kind
        self.name = self._edit(80)
        self.reward = self._edit(120, self.tr("e.g. a free coffee"))
        self.punches = self._edit(3, self.tr("e.g. 10"))
        self.per_item = QCheckBox(self.tr("A punch per qualifying item (not per visit)"))
        self.qualifies = self._edit(400, self.tr("All products; or e.g. coffee, pastries"))
        self.min_spend = self._edit(12, "0")
        self.points_per_unit = self._edit(8, self.tr("e.g. 1 or 0.5"))
        self.threshold = self._edit(7, self.tr("e.g. 100"))
        self.reward_value = self._edit(12, self.tr("e.g. 10"))
        self.expiry_days = self._edit(4, self.tr("days without a purchase; empty: never"))
        self.survey_bonus = self._edit(4, "0")
        self.birthday_bonus = self._edit(4, "0")
        self.starts_on = self._edit(10, self.tr("YYYY-MM-DD, or empty for now"))
        self.ends_on = self._edit(10, self.tr("YYYY-MM-DD, or empty for no end"))
        self.active = QCheckBox(self.tr("Active: customers earn in it"))
        self.active.setChecked(True)
        for key, caption, field in (
            ("kind", self.tr("&Kind"), self.kind),
            ("name", self.tr("&Name"), self.name),
            ("reward", self.tr("&Reward"), self.reward),
            ("punches", self.tr("&Punches for a reward"), self.punches),
            ("per_item", "", self.per_item),
            ("qualifies", self.tr("&Only for (products, categories)"), self.qualifies),
            ("min_spend", self.tr("&Minimum spend per punch ({s})").format(s=symbol),
             self.min_spend),
            ("points_per_unit", self.tr("P&oints per {s}1").format(s=symbol),
             self.points_per_unit),
            ("threshold", self.tr("Points for a &voucher"), self.threshold),
            ("reward_value", self.tr("Voucher &value ({s})").format(s=symbol),
             self.reward_value),
            ("expiry_days", self.tr("Points &expire after (days)"),
             self.expiry_days),
            ("survey_bonus", self.tr("Bonus for &feedback"), self.survey_bonus),
            ("birthday_bonus", self.tr("&Birthday bonus"), self.birthday_bonus),
            ("starts_on", self.tr("&Starts on"), self.starts_on),
            ("ends_on", self.tr("Ends o&n"), self.ends_on),
            ("active", "", self.active),
        ):
            self._row(key, caption, field)
        self._completion()
        self.problem = _message()
        note = _message(self.tr(
            "Changes apply from now on. What customers have already earned or redeemed "
            "stays on their cards as it was."), "hint")
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Create (Enter)") if program is None
                                     else self.tr("Save (Enter)"))
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        title = QLabel(self.windowTitle())
        title.setObjectName("title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if program is not None:
            self._fill(program)
        self._kind_changed()
        (self.kind if program is None else self.name).setFocus()

    def _edit(self, length: int, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        edit.setPlaceholderText(placeholder)
        edit.setAlignment(leading_edge())  # '0' and dates start where the words do
        return edit

    def _row(self, key: str, caption: str, field: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        self.errors[key] = _message()
        column.addWidget(self.errors[key])
        label = QLabel(caption)
        label.setAlignment(leading_edge())
        label.setBuddy(field)
        self.form.addRow(label, holder)
        self.fields[key] = holder
        signal = getattr(field, "textEdited", None) or getattr(field, "toggled", None) \
            or field.currentIndexChanged
        signal.connect(lambda *_: self._typed(key))

    def _completion(self) -> None:
        """Products and categories sold before, for the last name typed in "only for"."""
        self.names = QStringListModel(self)
        completer = ListCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.qualifies.setCompleter(completer)
        self.qualifies.textEdited.connect(self._complete)

    def _complete(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        if len(last) < 2 or self.state.shop is None:
            return
        self.state.runner.run(purchases.complete_products, self.state.shop, last,
                              on_done=self._offer, on_error=lambda _e: None, lane="slow")

    def _offer(self, found: list[tuple[str, str, int]]) -> None:
        names = list(dict.fromkeys([n for n, _c, _p in found] + [c for _n, c, _p in found if c]))
        self.names.setStringList(names)

    def _fill(self, p: Program) -> None:
        currency, language = self.state.shop.settings.currency, bidi.language()
        decimal = "\u066b" if language == "fa" else "."  # numbers as a Persian user types them
        self.kind.setCurrentIndex(self.kind.findData(p.kind))
        self.name.setText(p.name)
        self.reward.setText(p.reward)
        self.qualifies.setText(", ".join(p.qualifies))
        typed = lambda value: local_digits(str(value).replace(".", decimal), language)  # noqa: E731
        self.survey_bonus.setText(typed(p.survey_bonus))
        self.birthday_bonus.setText(typed(p.birthday_bonus))
        self.starts_on.setText(typed_day(p.starts_on, language))  # Persian calendar in fa
        self.ends_on.setText(typed_day(p.ends_on, language))
        self.active.setChecked(p.active)
        if p.kind == "punch":
            self.punches.setText(typed(p.punches_needed))
            self.per_item.setChecked(p.per_item)
            self.min_spend.setText(
                money.typed_text(p.min_spend, currency, language) if p.min_spend else "")
        else:
            self.points_per_unit.setText(typed(f"{p.points_per_unit or 0:g}"))
            self.threshold.setText(typed(p.threshold))
            self.reward_value.setText(money.typed_text(p.reward_value or 0, currency, language))
            self.expiry_days.setText(typed(p.expiry_days or ""))

    def _kind_changed(self) -> None:
        punch = self.kind.currentData() == "punch"
        for key in PUNCH_ONLY:
            self.form.setRowVisible(self.fields[key], punch)
        for key in POINTS_ONLY:
            self.form.setRowVisible(self.fields[key], not punch)
        self.reward.setPlaceholderText(self.tr("e.g. a free coffee") if punch else
                                       self.tr("Empty: the voucher's value"))
        self.adjustSize()

    def _typed(self, key: str) -> None:
        self.errors[key].setVisible(False)
        self.problem.setVisible(False)

    def values(self) -> dict:
        """What the core's add_program / update_program take: numbers with ASCII digits,
        dates in ISO (typed in the Persian calendar in fa)."""
        text = lambda edit: edit.text().strip()  # noqa: E731
        num = lambda edit: latin_digits(edit.text()).strip()  # noqa: E731
        day = lambda edit: read_day(edit.text(), bidi.language())  # noqa: E731
        return {
            "kind": self.kind.currentData(), "name": text(self.name),
            "reward": text(self.reward), "punches": num(self.punches),
            "per_item": self.per_item.isChecked(), "qualifies": text(self.qualifies),
            "min_spend": num(self.min_spend), "points_per_unit": num(self.points_per_unit),
            "threshold": num(self.threshold), "reward_value": num(self.reward_value),
            "expiry_days": num(self.expiry_days), "survey_bonus": num(self.survey_bonus),
            "birthday_bonus": num(self.birthday_bonus), "starts_on": day(self.starts_on),
            "ends_on": day(self.ends_on), "active": self.active.isChecked(),
        }

    # -- saving -------------------------------------------------------------------------
    def submit(self) -> None:
        shop = self.state.shop
        if self._saving or shop is None:
            return
        for label in (*self.errors.values(), self.problem):
            label.setVisible(False)
        self._saving = True
        self.ok_button.setEnabled(False)
        if self.program is None:
            self.state.runner.run(loyalty_programs.add_program, shop, self.values(),
                                  on_done=self._done, on_error=self._refused,
                                  changes={"loyalty"})
        else:
            self.state.runner.run(loyalty_programs.update_program, shop, self.program.id,
                                  self.values(), on_done=self._done, on_error=self._refused,
                                  changes={"loyalty"})

    def _done(self, program: Program) -> None:
        self._saving = False
        self.saved.emit(program)
        self.accept()

    def _refused(self, error: CounterpartError) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        message = error_text(error)
        key = error.field if isinstance(error, ValidationError) else ""
        label = self.errors.get(key, self.problem)
        label.setText(message)
        label.setVisible(True)
        if key in self.errors:
            widget = self.fields[key].layout().itemAt(0).widget()
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        self.adjustSize()

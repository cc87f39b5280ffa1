"""The Settings screen's "Surveys and alert e-mail" card: the words that raise an alert, the
kiosk's idle timeout and what happens to a half-answered survey, and the shop's own mail
server for alerts to the manager, with "Send a test e-mail" to try what is typed.

A manager changes them (Save in the card); others see them greyed. The test e-mail goes
out in the background and the card says plainly whether the server took it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import surveys
from app.core.errors import CounterpartError, ValidationError
from app.core.settings import ShopSettings
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import InfoCard, leading_edge

TEXT_FIELDS = (
    "alert_keywords",
    "smtp_host",
    "smtp_user",
    "smtp_password",
    "smtp_from",
    "alert_email",
)


def _small(name: str = "hint") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(leading_edge())
    return label


def _keywords(text: str) -> str:
    """Alert words written one way: "Rude , cold,," becomes "Rude,cold"."""
    return ",".join(w.strip() for w in text.split(",") if w.strip())


class SurveySettings(InfoCard):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__("", parent)
        self.heading.setText(self.tr("Surveys and alert e-mail"))
        self.state = state
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._busy = False

        self.alert_keywords = QLineEdit()
        self.alert_keywords.setMaxLength(500)
        self.kiosk_idle_seconds = QSpinBox()
        self.kiosk_idle_seconds.setRange(0, 9_999)  # the core says what is allowed
        self.kiosk_idle_seconds.setSuffix(self.tr(" seconds"))
        self.kiosk_keep_partial = QCheckBox(self.tr("Keep a half-answered survey (as partial)"))
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("e.g. smtp.example.com — empty: no e-mail"))
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(0, 99_999)
        self.smtp_starttls = QCheckBox(self.tr("Encrypt with STARTTLS"))
        self.smtp_user = QLineEdit()
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_from = QLineEdit()
        self.alert_email = QLineEdit()
        for box in (self.kiosk_idle_seconds, self.smtp_port):
            box.setMinimumWidth(160)
        for line in (self.smtp_host, self.smtp_user, self.smtp_from, self.alert_email):
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses read LTR

        self._row(
            "alert_keywords",
            self.tr("Alert &words"),
            self.alert_keywords,
            self.tr(
                "Separated by commas. An answer mentioning one raises an alert, whatever its case."
            ),
        )
        self._row(
            "kiosk_idle_seconds",
            self.tr("&Kiosk timeout"),
            self.kiosk_idle_seconds,
            self.tr("Back to the welcome screen after this much silence."),
        )
        self._row(
            "kiosk_keep_partial",
            self.tr("Unfinished"),
            self.kiosk_keep_partial,
            self.tr("Otherwise an answer left half-way on the kiosk is dropped."),
        )
        self._row("smtp_host", self.tr("&Mail server"), self.smtp_host)
        self._row("smtp_port", self.tr("P&ort"), self.smtp_port)
        self._row("smtp_starttls", self.tr("Security"), self.smtp_starttls)
        self._row("smtp_user", self.tr("&User name"), self.smtp_user)
        self._row(
            "smtp_password",
            self.tr("Pass&word"),
            self.smtp_password,
            self.tr("Kept in the encrypted shop file."),
        )
        self._row("smtp_from", self.tr("&Sender address"), self.smtp_from)
        self._row(
            "alert_email",
            self.tr("Manager's &e-mail"),
            self.alert_email,
            self.tr(
                "Alerts from surveys are sent here. No customer's phone or e-mail is put in them."
            ),
        )

        self.status = _small()
        self.test_button = QPushButton(self.tr("Send a test e-mail"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.send_test)
        self.save_button = QPushButton(self.tr("Save surveys and e-mail"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        self.body.addLayout(actions)

        for key, field in self.fields.items():
            signal = {QLineEdit: "textEdited", QSpinBox: "valueChanged", QCheckBox: "toggled"}[
                type(field)
            ]
            getattr(field, signal).connect(lambda _v, key=key: self._edited(key))
        state.runner.changed.connect(self._changed)

    def _row(self, key: str, caption: str, field: QWidget, hint: str = "") -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        if isinstance(field, QSpinBox):
            line = QHBoxLayout()
            line.addWidget(field)
            line.addStretch(1)
            column.addLayout(line)
        else:
            column.addWidget(field)
        if hint:
            column.addWidget(_small())
            column.itemAt(column.count() - 1).widget().setText(hint)
        self.errors[key] = _small("error")
        self.errors[key].setVisible(False)
        column.addWidget(self.errors[key])
        label = QLabel(caption)
        label.setAlignment(leading_edge())
        label.setBuddy(field)
        self.form.addRow(label, holder)
        self.fields[key] = field

    # -- showing --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        """The stored values, and what this role may do."""
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        for field in self.fields.values():
            field.setEnabled(manager)
        self.save_button.setVisible(manager)
        self.test_button.setVisible(manager)
        self._show(shop.settings)
        self.status.clear()

    def _show(self, s: ShopSettings) -> None:
        for field in self.fields.values():
            field.blockSignals(True)
        for key in TEXT_FIELDS:
            self.fields[key].setText(getattr(s, key))
        self.alert_keywords.setText(_keywords(s.alert_keywords).replace(",", ", "))
        self.kiosk_idle_seconds.setValue(s.kiosk_idle_seconds)
        self.kiosk_keep_partial.setChecked(s.kiosk_keep_partial)
        self.smtp_port.setValue(s.smtp_port)
        self.smtp_starttls.setChecked(s.smtp_starttls)
        for field in self.fields.values():
            field.blockSignals(False)
        for error in self.errors.values():
            error.setVisible(False)
        self._update_buttons()

    def _changed(self, what) -> None:
        shop = self.state.shop
        if "settings" in what and shop is not None and not self._busy and not self.changes():
            self._show(shop.settings)

    # -- editing --------------------------------------------------------------------------
    def typed(self) -> dict:
        values = {key: self.fields[key].text().strip() for key in TEXT_FIELDS}
        values["smtp_password"] = self.smtp_password.text()  # spaces may belong to it
        values["alert_keywords"] = _keywords(values["alert_keywords"])
        values |= {
            "kiosk_idle_seconds": self.kiosk_idle_seconds.value(),
            "kiosk_keep_partial": self.kiosk_keep_partial.isChecked(),
            "smtp_port": self.smtp_port.value(),
            "smtp_starttls": self.smtp_starttls.isChecked(),
        }
        return values

    def changes(self) -> dict:
        shop = self.state.shop
        if shop is None:
            return {}
        stored = shop.settings
        was = stored.as_dict() | {"alert_keywords": _keywords(stored.alert_keywords)}
        return {k: v for k, v in self.typed().items() if v != was[k]}

    def _edited(self, key: str) -> None:
        self.errors[key].setVisible(False)
        self.status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self._busy and bool(self.changes()))
        self.test_button.setEnabled(not self._busy and bool(self.smtp_host.text().strip()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()  # this card's values; not passed on to the screen's own Save
            return
        super().keyPressEvent(event)

    # -- saving and trying ----------------------------------------------------------------
    def save(self) -> None:
        shop = self.state.shop
        changes = self.changes()
        if shop is None or self._busy or not changes:
            return
        self._busy = True
        self._update_buttons()
        self.state.runner.run(
            shop.save_settings,
            **changes,
            changes={"settings"},
            on_done=self._saved,
            on_error=self._refused,
        )

    def _saved(self, settings: ShopSettings) -> None:
        self._busy = False
        self._show(settings)
        self.status.setText(self.tr("Saved."))

    def send_test(self) -> None:
        """Try the settings as typed (saved or not) with a message to the manager."""
        shop = self.state.shop
        if shop is None or self._busy:
            return
        try:
            trying = shop.settings.with_changes(**self.typed())
        except ValidationError as error:
            self._refused(error)
            return
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Sending a test e-mail…"))
        self.state.runner.run(
            surveys.send_test_email,
            shop,
            trying,
            lane="mail",
            on_done=self._sent,
            on_error=self._refused,
        )

    def _sent(self, address: str) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(
            self.tr("The mail server took the test e-mail for {address}. Check that inbox.").format(
                address=address
            )
        )

    def _refused(self, error: CounterpartError) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(error_text(error))
        if isinstance(error, ValidationError):
            for key, message in error.errors.items():
                label = self.errors.get(key)
                if label is not None:
                    label.setText(error_text(message))
                    label.setVisible(True)
            field = self.fields.get(error.field)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)

"""The kiosk's welcome screen: the shop's name, a big Start, a language choice, and a field
the card scanner types into (digits + Enter). It shows no customer data: a recognised card
only says that the answers will count for the card's feedback reward."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.settings import LANGUAGES

CARD_MAX = 40  # a scanner's code is short; anything longer is not a card


class WelcomeScreen(QWidget):
    start = Signal()
    card_scanned = Signal(str)  # what the scanner typed
    language_chosen = Signal(str)  # "en", "he", "fa"

    def __init__(self, shop_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskWelcome")
        self.shop_name = QLabel(shop_name)
        self.shop_name.setObjectName("kioskShop")
        self.shop_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shop_name.setWordWrap(True)
        self.invite = QLabel()
        self.invite.setObjectName("kioskInvite")
        self.invite.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.invite.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("kioskStart")
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.start_button.clicked.connect(self.start)

        self.card_hint = QLabel()
        self.card_hint.setObjectName("kioskCardHint")
        self.card_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card = QLineEdit()
        self.card.setObjectName("kioskCard")
        self.card.setEchoMode(QLineEdit.EchoMode.Password)  # nobody behind reads the number
        self.card.setMaxLength(CARD_MAX)
        self.card.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card.returnPressed.connect(self._scanned)
        self.card_said = QLabel()
        self.card_said.setObjectName("kioskCardSaid")
        self.card_said.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.card_said.setWordWrap(True)

        self.languages: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.addStretch(1)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setObjectName("kioskLanguage")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, code=code: self.language_chosen.emit(code))
            self.languages[code] = button
            languages.addWidget(button)
        languages.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(60, 40, 60, 40)
        column.setSpacing(22)
        column.addStretch(2)
        column.addWidget(self.shop_name)
        column.addWidget(self.invite)
        column.addSpacing(20)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        column.addWidget(self.card_hint)
        column.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.card_said)
        column.addStretch(1)
        column.addLayout(languages)
        self.retranslate()

    def retranslate(self) -> None:
        self.invite.setText(self.tr("Tell us how we did: it takes less than a minute."))
        self.start_button.setText(self.tr("Start"))
        self.card_hint.setText(self.tr("Have a loyalty card? Scan it now to earn your reward."))
        self.card.setPlaceholderText(self.tr("Scan your card"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the card -----------------------------------------------------------------------
    def _scanned(self) -> None:
        code = self.card.text().strip()
        self.card.clear()
        if code:
            self.card_scanned.emit(code)

    def say_card(self, known: bool | None) -> None:
        """None: no card yet; True: the answers will count for the card; False: unknown."""
        if known is None:
            text = ""
        elif known:
            text = self.tr("✓ Card recognised: your answers earn your feedback reward.")
        else:
            text = self.tr("We don't know that card. You can still answer, anonymously.")
        self.card_said.setProperty("known", "true" if known else "false")
        self.card_said.style().unpolish(self.card_said)
        self.card_said.style().polish(self.card_said)
        self.card_said.setText(text)

    def activate(self) -> None:
        """Back on screen: the scanner types into the card field."""
        self.card.clear()
        self.card.setFocus()

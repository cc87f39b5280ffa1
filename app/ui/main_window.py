"""The window: setup or unlock, then staff sign-in, then the workspace. It navigates and
locks; the screens decide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from app.core.shop import shop_exists
from app.ui import i18n
from app.ui.idle import IdleWatcher
from app.ui.screens.login import LoginScreen
from app.ui.screens.setup_wizard import SetupWizard
from app.ui.screens.unlock import UnlockScreen
from app.ui.state import AppState


class MainWindow(QMainWindow):
    def __init__(self, state: AppState):
        super().__init__()
        self.state = state
        self.setWindowTitle(self.tr("Counterpart"))
        self.setMinimumSize(900, 600)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.language = i18n.install(i18n.workstation_language(state.local))

        self.wizard: SetupWizard | None = None
        self._build_pages()

        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        if shop_exists(state.folder):
            self._show(self.unlock)
        else:
            self.wizard = SetupWizard(state)
            self.wizard.created.connect(self._opened)
            self.pages.addWidget(self.wizard)
            self._show(self.wizard)

    def _build_pages(self) -> None:
        """The unlock and sign-in pages, in the language now installed; the workspace is
        built when first shown (its screens take a while to import: not before unlock)."""
        self.unlock = UnlockScreen(self.state)
        self.login = LoginScreen(self.state)
        self._workspace = None
        for page in (self.unlock, self.login):
            self.pages.addWidget(page)
        self.unlock.unlocked.connect(self._opened)
        self.login.signed_in.connect(self._signed_in)

    @property
    def workspace(self):
        if self._workspace is None:
            from app.ui.workspace import Workspace  # noqa: PLC0415

            self._workspace = Workspace(self.state)
            self.pages.addWidget(self._workspace)
            self._workspace.lock_requested.connect(self.lock)
            self._workspace.settings_saved.connect(self._settings_saved)
            self._workspace.language_chosen.connect(self._language_chosen)
        return self._workspace

    def apply_language(self, language: str) -> None:
        """Switch this workstation's language now: the pages are built again in it (the
        shop stays open; whoever was signed in stays signed in)."""
        if i18n.install(language) == self.language:
            return
        self.language = language
        i18n.remember_language(language, self.state.local)
        current = self.pages.currentWidget()
        on_workspace = current is not None and current is self._workspace
        old = (self.unlock, self.login, self._workspace)
        self._build_pages()
        for page in old:
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        if on_workspace:
            workspace = self.workspace  # built before it hears of the sign-in
            self.state.signed_in.emit()
            self._show(workspace)
        elif current is old[1]:
            self._show(self.login)
        elif current is old[0]:
            self._show(self.unlock)

    def _language_chosen(self, language: str) -> None:
        """Chosen in Settings: the pages are built again in it once the choice's own signal
        has returned, and Settings is shown again."""
        def switch() -> None:
            self.apply_language(language)
            if self._workspace is not None:
                self._workspace.open_screen(self._workspace.settings)
        QTimer.singleShot(0, switch)

    def _settings_saved(self, settings) -> None:
        self.idle.start(settings.idle_lock_minutes)

    def _show(self, page) -> None:
        self.pages.setCurrentWidget(page)
        if hasattr(page, "activate"):
            page.activate()

    def _opened(self, shop) -> None:
        self.state.set_shop(shop)
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Counterpart — {shop}").format(
                shop=shop.settings.shop_name
            )
        )
        if self.wizard is not None:
            self.pages.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
            self.apply_language(shop.settings.language)  # chosen in the wizard
        self._show(self.login)

    def _signed_in(self) -> None:
        shop = self.state.shop
        workspace = self.workspace  # built on the first sign-in, before it hears of it
        self.state.signed_in.emit()
        self._show(workspace)
        self.idle.start(shop.settings.idle_lock_minutes if shop else 0)

    def lock(self) -> None:
        """Back to the staff sign-in screen; the shop stays unlocked on this workstation."""
        if self.state.shop is None or self._workspace is None \
                or self.pages.currentWidget() is not self._workspace:
            return
        self.idle.stop()
        self.state.shop.sign_out()
        self.state.locked.emit()
        self._show(self.login)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.state.local.setValue("window_geometry", self.saveGeometry())
        self.state.close()
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        geometry = self.state.local.value("window_geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(800, room.height()))

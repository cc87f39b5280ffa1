"""Audit log: who did what to which record, when, where and through which channel, newest
first, filtered by who, action, kind of record and days; a manager exports what is shown to
CSV (the export is itself in the log). The log holds field names, never customer values."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import audit
from app.core.audit import AuditFilters
from app.ui.bidi import number
from app.ui.dates import date_edit
from app.ui.error_text import error_text
from app.ui.models.audit_labels import action_name, record_name
from app.ui.models.audit_list import AuditListModel
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

NO_LIMIT = QDate(2000, 1, 1)  # a date edit at its minimum means "any day"
EVERYONE, NO_STAFF = -1, -2


def _utc_start(day: date) -> datetime:
    """The start of a local day, as stored (UTC, naive)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


class AuditScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        title = QLabel(self.tr("Audit log"))
        title.setObjectName("title")
        self.intro = QLabel(
            self.tr(
                "Every change, view of a profile, sign-in, export and backup, newest first. "
                "Entries name fields, never what was typed in them."
            )
        )
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(leading_edge())

        self.who = QComboBox()
        self.action = QComboBox()
        self.entity = QComboBox()
        for combo in (self.who, self.action, self.entity):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(6)
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export)
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("&Who"), self.who),
            (self.tr("Acti&on"), self.action),
            (self.tr("Re&cord"), self.entity),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        self.model = AuditListModel(state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 140, 120, 90, 120)):
            header.resizeSection(column, width)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.model.loaded.connect(self._count)
        self.model.failed.connect(self._failed)
        for combo in (self.who, self.action, self.entity):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filters)
        self._filling = False
        self._notice = ""  # said once, before the count, when the list comes back

    def _date_edit(self):
        edit = date_edit()
        edit.setMinimumDate(NO_LIMIT)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_LIMIT)
        return edit

    # -- showing ------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        manager = shop.actor.is_manager
        for widget in (self.table, self.export_button, self.clear_button):
            widget.setEnabled(manager)
        if not manager:
            self.status.setText(self.tr("Only a manager can read the audit log."))
            return
        self.state.runner.run(shop.staff_list, True, on_done=self._fill_who)
        self.state.runner.run(audit.filter_choices, shop, on_done=self._fill_kinds)
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_who(self, members) -> None:
        self._refill(
            self.who,
            [(self.tr("Everyone"), EVERYONE)]
            + [(m.name, m.id) for m in members]
            + [(self.tr("No one (command line, kiosk)"), NO_STAFF)],
        )

    def _fill_kinds(self, kinds: tuple[list[str], list[str]]) -> None:
        actions, entities = kinds
        self._refill(self.action, [(self.tr("Any"), "")] + [(action_name(a), a) for a in actions])
        self._refill(self.entity, [(self.tr("Any"), "")] + [(record_name(e), e) for e in entities])

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        keep = combo.currentData()
        self._filling = True
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        at = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(at, 0))
        self._filling = False

    # -- filtering ----------------------------------------------------------------------
    def filters(self) -> AuditFilters:
        who = self.who.currentData()
        since = self.since.date()
        until = self.until.date()
        return AuditFilters(
            staff_id=who if isinstance(who, int) and who >= 0 else None,
            no_staff=who == NO_STAFF,
            action=self.action.currentData() or "",
            entity=self.entity.currentData() or "",
            since=_utc_start(since.toPython()) if since != NO_LIMIT else None,
            until=_utc_start(until.toPython() + timedelta(days=1)) if until != NO_LIMIT else None,
        )

    def apply_filters(self) -> None:
        shop = self.state.shop
        if self._filling or shop is None or not shop.actor.is_manager:
            return
        self.status.setText(self.tr("Loading…"))
        self.model.set_filters(self.filters())

    def clear_filters(self) -> None:
        self._filling = True
        for combo in (self.who, self.action, self.entity):
            combo.setCurrentIndex(0)
        for edit in (self.since, self.until):
            edit.setDate(NO_LIMIT)
        self._filling = False
        self.apply_filters()

    def _count(self) -> None:
        shown = self.model.rowCount()
        if shown == 0:
            text = self.tr("No entries match.")
        elif self.model.canFetchMore():
            text = self.tr("{n} entries shown; scroll for more.").format(n=number(shown))
        else:
            text = self.tr("{n} entries.").format(n=number(shown))
        notice, self._notice = self._notice, ""
        self.status.setText(f"{notice} {text}" if notice else text)

    def _failed(self, message: str) -> None:
        self.status.setText(error_text(message))

    # -- export -------------------------------------------------------------------------
    def export(self) -> None:
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(self.state.folder / "audit-log.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.status.setText(self.tr("Exporting…"))
        self.state.runner.run(
            audit.export_csv,
            shop,
            path,
            self.filters(),
            on_done=lambda n: self._exported(path, n),
            on_error=lambda err: self._failed(error_text(err)),
            changes={"audit"},
        )

    def _exported(self, path: str, count: int) -> None:
        self._notice = self.tr("Exported {n} entries to {path}.").format(n=number(count), path=path)
        self.model.refresh()  # the export is the newest entry now

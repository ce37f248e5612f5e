"""Whom to call: lapsed members by value, after-purchase follow-ups, call-backs due; one click on a
row logs the call, and each list prints or exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.settings import DEFAULTS
from shopkeeper.shop import Shop
from ui.bidi import isolate
from ui.dialogs.complaint import ComplaintDialog
from ui.dialogs.log_call import LogCallDialog
from ui.messages import error_text
from ui.tasks import Task
from ui.widgets.call_list_columns import (
    LISTS,
    call_reason,
    callback_columns,
    entry_context,
    fit_columns,
    followup_columns,
    list_title,
    winback_columns,
)
from ui.widgets.call_output import CallListOutput
from ui.widgets.dialog_state import is_showing
from ui.widgets.record_table import RecordTableModel, record_view
from ui.widgets.text_label import TextLabel
from ui.widgets.touch_texts import result_text

NOTICE_STYLE = "background: #e3f4e1; color: #1d4d1a; border: 1px solid #9bd294; border-radius: 6px; padding: 6px 10px;"
ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class CallLists:
    """The three lists as read together for one day."""

    winback: list
    followups: list
    callbacks: list


def read_lists(shop: Shop, on: date, days: int) -> CallLists:
    """Read the three call lists for day `on` (win-back: not bought for `days` days)."""
    return CallLists(
        winback=shop.calls.winback(on, days=days),
        followups=shop.calls.followups(on),
        callbacks=shop.calls.call_backs_due(on),
    )


class CallsPage(QWidget):
    """The call lists. Emits `openMember(id)` for a member's card and `complaintSaved(id)` when a
    call ended in a complaint that was then opened."""

    openMember = Signal(int)
    complaintSaved = Signal(int)
    BIG_SHOP = 20_000  # members from which the lists are read off the GUI thread

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self._generation = 0
        self._loading = False
        self.task: Task | None = None
        self.dialog: LogCallDialog | None = None
        self.complaint_dialog: ComplaintDialog | None = None

        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(self._setting_days())
        self.days_spin.setSuffix(self.tr(" days"))
        self._days_timer = QTimer(self)
        self._days_timer.setSingleShot(True)
        self._days_timer.setInterval(400)
        self._days_timer.timeout.connect(self.refresh)
        self.days_spin.valueChanged.connect(lambda _v: self._days_timer.start())

        self.models = {
            "winback": RecordTableModel(winback_columns(), parent=self),
            "followups": RecordTableModel(followup_columns(), parent=self),
            "callbacks": RecordTableModel(callback_columns(self._today), parent=self),
        }
        self.views: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        for key in LISTS:
            view = record_view(self.models[key], stretch=0)
            view.setToolTip(self.tr("Click a row to log the call"))
            view.clicked.connect(lambda index, k=key: self._row_clicked(k, index))
            view.activated.connect(lambda index, k=key: self._row_clicked(k, index))
            self.views[key] = view
            if key == "winback":
                tab = QWidget()
                days_row = QHBoxLayout()
                days_row.addWidget(QLabel(self.tr("Members who have not bought for")))
                days_row.addWidget(self.days_spin)
                days_row.addStretch(1)
                tab_layout = QVBoxLayout(tab)
                tab_layout.addLayout(days_row)
                tab_layout.addWidget(view, 1)
                self.tabs.addTab(tab, list_title(key, 0))
            else:
                self.tabs.addTab(view, list_title(key, 0))

        self.output = CallListOutput(shop, self)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print list…"))
        self.print_button.clicked.connect(lambda: self.print_list())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: self.export_list())
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        self.notice_label = TextLabel(wrap=True)
        self.notice_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

    def showEvent(self, event) -> None:
        """Read the lists when the page is shown, not when the window is built."""
        super().showEvent(event)
        self.refresh()

    def _setting_days(self) -> int:
        try:
            return self._shop.calls.rules().winback_days
        except ShopError:
            return int(DEFAULTS["winback_days"])  # a bad stored value: the shop's default

    def use_saved_rules(self) -> None:
        """The call rules were changed in Settings: take the win-back days and read again."""
        self.days_spin.setValue(self._setting_days())
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def current_list(self) -> str:
        return LISTS[self.tabs.currentIndex()]

    def refresh(self) -> None:
        """Read the three lists again; off the GUI thread on a big shop."""
        self._days_timer.stop()
        self._generation += 1
        generation, on, days = self._generation, self._today(), self.days_spin.value()
        if self._shop.members.count() < self.BIG_SHOP:
            try:
                self._show_lists(generation, read_lists(self._shop, on, days))
            except ShopError as error:
                self._notice(error_text(error), error=True)
            return
        self._notice(self.tr("Reading the call lists…"), loading=True)
        self.task = Task(
            lambda _progress: read_lists(self._shop, on, days), shop=self._shop, parent=self
        )
        self.task.finished.connect(lambda lists: self._show_lists(generation, lists))
        self.task.failed.connect(lambda error: self._failed(generation, error))
        self.task.start()

    def _show_lists(self, generation: int, lists: CallLists) -> None:
        if generation != self._generation:
            return  # a later read is on its way
        for key in LISTS:
            rows = getattr(lists, key)
            self.models[key].set_records(rows)
            fit_columns(self.views[key], key)
            self.tabs.setTabText(LISTS.index(key), list_title(key, len(rows)))
        if self._loading:
            self._loading = False
            self.notice_label.hide()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            if isinstance(error, ShopError):
                text = error_text(error)
            else:
                text = self.tr("The call lists could not be read: {reason}").format(reason=error)
            self._notice(text, error=True)

    # -- logging a call ----------------------------------------------------------------------
    def _row_clicked(self, key: str, index: QModelIndex) -> None:
        if not index.isValid() or is_showing(self.dialog):
            return
        entry = self.models[key].record(index.row())
        purchase_id = getattr(entry, "purchase_id", None) if key == "followups" else None
        self.log_call(entry.member_id, call_reason(key), purchase_id, context=entry_context(entry))

    def log_call(
        self,
        member_id: int,
        reason: str = "winback",
        purchase_id: int | None = None,
        *,
        context: str = "",
    ) -> LogCallDialog:
        """Open the dialog that logs a call to the member; the lists refresh once it is logged."""
        dialog = LogCallDialog(
            self._shop,
            member_id,
            reason=reason,
            purchase_id=purchase_id,
            context=context,
            today=self._today,
            parent=self,
        )
        dialog.callLogged.connect(lambda result: self._logged(dialog, result))
        dialog.memberRequested.connect(self.openMember)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # closed dialogs do not pile up
        dialog.open()
        return dialog

    def _logged(self, dialog: LogCallDialog, result: str) -> None:
        member = self._shop.members.get(dialog.member_id)
        self._drop_rows(dialog.member_id, dialog.purchase_id)
        self.refresh()
        self._notice(
            self.tr("Call to {name} logged: {result}.").format(
                name=isolate(member.full_name), result=result_text(result, member.address_form)
            )
        )
        if result == "complaint":
            self.open_complaint(dialog.member_id)

    def _drop_rows(self, member_id: int, purchase_id: int | None) -> None:
        """Take the called member out of the lists at once (the refresh may come later)."""
        for key, model in self.models.items():
            for row in reversed(range(model.rowCount())):
                entry = model.record(row)
                if key == "followups":  # only the purchase this call was about
                    called = purchase_id is not None and entry.purchase_id == purchase_id
                else:  # any call takes a member off win-back and answers a call-back
                    called = entry.member_id == member_id
                if called:
                    model.remove(row)

    def open_complaint(self, member_id: int) -> ComplaintDialog:
        """The new-complaint dialog for the member called."""
        dialog = ComplaintDialog(self._shop, member_id=member_id, today=self._today, parent=self)
        dialog.complaintSaved.connect(self.complaintSaved)
        dialog.memberRequested.connect(self.openMember)
        self.complaint_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # closed dialogs do not pile up
        dialog.open()
        return dialog

    # -- printing and exporting --------------------------------------------------------------
    def print_list(self):
        """Preview the shown list as a PDF call sheet."""
        key = self.current_list()
        dialog = self.output.print_list(key, self.models[key].records(), self._today())
        if dialog is None and self.output.error:
            self._notice(self.output.error, error=True)
        return dialog

    def export_list(self):
        """Save the shown list as CSV or Excel where the user chooses."""
        key = self.current_list()
        path = self.output.export_list(key, self.models[key].records(), self._today())
        if path is not None:
            self._notice(self.tr("Saved to {path}").format(path=isolate(str(path))))
        elif self.output.error:
            self._notice(self.output.error, error=True)
        return path

    def _notice(self, text: str, *, error: bool = False, loading: bool = False) -> None:
        self._loading = loading
        self.notice_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.notice_label.setText(text)
        self.notice_label.show()

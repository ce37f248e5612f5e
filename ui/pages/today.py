"""The morning page: birthdays today and this week, pickups waiting, calls and complaint follow-ups
due, each with its one-click action. Letters and digits typed here go to the counter's search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.birthdays import BirthdayEntry
from shopkeeper.touch.hebrew import hebrew_date_text
from ui.bidi import isolate, ltr
from ui.dialogs.greeting import GreetingDialog, GreetingSubject
from ui.i18n import ui_font
from ui.messages import error_text
from ui.models.action_rows import ActionRow
from ui.models.today_rows import (
    CallTarget,
    TodayData,
    birthday_titles,
    call_titles,
    complaint_titles,
    load_today,
    pickup_titles,
)
from ui.tasks import Task
from ui.widgets.action_list import ActionList
from ui.widgets.text_label import TextLabel

ERROR_STYLE = "color: #b3261e;"
MUTED_STYLE = "color: #5a6270;"


class TodayPage(QWidget):
    """Signals the main window routes: `openMember(id)`, `openPickup(order_id)`,
    `callRequested(member_id, reason, purchase_id or None)`, `complaintRequested(id)` and
    `searchTyped(text)`; `loaded()` after each reading (which runs off the GUI thread)."""

    openMember = Signal(int)
    openPickup = Signal(int)
    callRequested = Signal(int, str, object)
    complaintRequested = Signal(int)
    searchTyped = Signal(str)
    loaded = Signal()

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self._task: Task | None = None
        self._again = False
        self.data: TodayData | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title_label = QLabel(self.tr("Today"))
        self.title_label.setFont(ui_font(18, bold=True))
        self.date_label = QLabel()
        self.date_label.setStyleSheet(MUTED_STYLE)
        self.status_label = TextLabel()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addSpacing(12)
        header.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        header.addWidget(self.status_label)
        header.addWidget(self.refresh_button)

        on_birthdays = self.tr("The first {shown} of {total}; the Birthdays page lists them all.")
        self.birthdays_today = ActionList(
            self.tr("Birthdays today"), birthday_titles(with_date=False),
            self.tr("No birthdays today."), on_birthdays, stretch=1)  # fmt: skip
        self.birthdays_week = ActionList(
            self.tr("This week"), birthday_titles(with_date=True),
            self.tr("No more birthdays this week."), on_birthdays, stretch=1, max_rows=10)  # fmt: skip
        self.pickups = ActionList(
            self.tr("Pickups ready / overdue"), pickup_titles(),
            self.tr("No orders waiting to be collected."),
            self.tr("The first {shown} of {total}; the Pickups page lists them all."),
            stretch=1)  # fmt: skip
        self.calls = ActionList(
            self.tr("Calls due"), call_titles(), self.tr("No calls due."),
            self.tr("The first {shown} of {total}; the Calls page lists them all."),
            stretch=3, max_rows=8)  # fmt: skip
        self.complaints = ActionList(
            self.tr("Complaint follow-ups due"), complaint_titles(),
            self.tr("No complaint follow-ups due."),
            self.tr("The first {shown} of {total}; the Customer care page lists them all."),
            stretch=2)  # fmt: skip
        self.sections = (self.birthdays_today, self.birthdays_week, self.pickups, self.complaints,
                         self.calls)  # fmt: skip
        for section in self.sections:
            section.actionClicked.connect(lambda row, s=section: self._act(s, row))
            section.rowOpened.connect(lambda row, s=section: self._opened(s, row))
            section.typed.connect(self.searchTyped)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, sections in ((left, self.sections[:2]), (right, self.sections[2:])):
            column.setSpacing(14)
            for section in sections:
                column.addWidget(section)
            column.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 9)  # the calls' reasons need a little more room than birthdays
        grid.setColumnStretch(1, 11)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    # -- reading ---------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Read the lists again off the GUI thread (once more after a reading in progress)."""
        if self._task is not None:
            self._again = True
            return
        shop, on = self._shop, self._today()
        self._show_date(on)
        self.status_label.setStyleSheet(MUTED_STYLE)
        self.status_label.setText(self.tr("Loading…"))
        self._task = Task(lambda _p: load_today(shop, on), shop=shop)
        self._task.finished.connect(self._loaded)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _show_date(self, on: date) -> None:
        locale = QLocale()
        weekday = locale.dayName(on.isoweekday(), QLocale.FormatType.LongFormat)
        self.date_label.setText(
            f"{weekday} {ltr(on.strftime('%d/%m/%Y'))} · {isolate(hebrew_date_text(on))}"
        )

    def _loaded(self, data: TodayData) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()
            return
        self.data = data
        for section, listed in zip(self.sections, (data.birthdays_today, data.birthdays_week,
                                   data.pickups, data.complaints, data.calls), strict=True):  # fmt: skip
            section.set_rows(listed.rows, listed.total)
        self.status_label.setText("")
        self.loaded.emit()

    def _failed(self, error: object) -> None:
        self._task = None
        self._again = False
        text = error_text(error) if isinstance(error, ShopError) else str(error)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(self.tr("The lists could not be read: {reason}").format(
            reason=text))  # fmt: skip
        self.loaded.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- acting ----------------------------------------------------------------------------
    def _act(self, section: ActionList, row: ActionRow) -> None:
        payload = row.payload
        if section in (self.birthdays_today, self.birthdays_week):
            self.greet(payload)
        elif section is self.pickups:
            self.openPickup.emit(int(payload))
        elif section is self.calls and isinstance(payload, CallTarget):
            self.callRequested.emit(payload.member_id, payload.reason, payload.purchase_id)
        elif section is self.complaints:
            self.complaintRequested.emit(int(payload))

    def _opened(self, section: ActionList, row: ActionRow) -> None:
        if row.member_id is not None and section is not self.pickups:
            self.openMember.emit(row.member_id)
        else:
            self._act(section, row)

    def greet(self, entry: BirthdayEntry) -> GreetingDialog:
        """The greeting dialog for a birthday; once greeted, the lists are read again."""
        dialog = GreetingDialog(self._shop, GreetingSubject.of_birthday(entry),
                                today=self._today(), parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.greeted.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            self.searchTyped.emit(text)
            event.accept()
            return
        super().keyPressEvent(event)

"""Birthdays of a range (today, this week, this month or chosen days): members, children and pets,
each to greet, send a card to or mark as greeted; greeted ones stay, ticked with who and when."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.today import WEEK_AHEAD, greeting_key
from ui.birthday_printing import BirthdayCardPrinter
from ui.dialogs.greeting import GreetingDialog, GreetingSubject
from ui.messages import error_text
from ui.models.birthday_list import (
    BIRTHDAY_COLUMNS,
    BirthdayListModel,
    BirthdayRow,
    load_birthdays,
)
from ui.tasks import Task
from ui.widgets.optional_date import day_edit
from ui.widgets.record_table import select_row
from ui.widgets.text_label import TextLabel

RANGES = ("today", "week", "month", "custom")
NOTICE_STYLE = "color: #1d4d1a;"
ERROR_STYLE = "color: #b3261e;"


def range_days(choice: str, today: date, start: date, end: date) -> tuple[date, date]:
    """The first and last day of a range choice (a custom range as given)."""
    if choice == "today":
        return today, today
    if choice == "week":
        return today, today + timedelta(days=WEEK_AHEAD)
    if choice == "month":
        last = calendar.monthrange(today.year, today.month)[1]
        return today.replace(day=1), today.replace(day=last)
    return start, end


class BirthdaysPage(QWidget):
    """The range picker, the table and the actions on the selected birthday.

    `memberRequested(id)` on a double click on the member column; `loaded()` after each reading."""

    memberRequested = Signal(int)
    loaded = Signal()

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self._task: Task | None = None
        self._again = False
        self.range_combo = QComboBox()
        for key, text in zip(RANGES, (self.tr("Today"), self.tr("This week"),
                                      self.tr("This month"), self.tr("From … to …")), strict=True):  # fmt: skip
            self.range_combo.addItem(text, key)
        self.range_combo.setCurrentIndex(RANGES.index("week"))
        self.range_combo.currentIndexChanged.connect(lambda _i: self._range_changed())
        self.from_edit = day_edit(today())
        self.to_edit = day_edit(today() + timedelta(days=30))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Birthdays:")))
        top.addWidget(self.range_combo)
        top.addWidget(QLabel(self.tr("from")))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.to_edit)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.model = BirthdayListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BIRTHDAY_COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        # selectionChanged, not currentRowChanged: a mouse click moves the current row before
        # it selects it, so the buttons would still see no selection
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.greet_button = QPushButton(self.tr("Greet…"))
        self.greet_button.clicked.connect(lambda: self.greet())
        self.card_button = QPushButton(self.tr("Print birthday card…"))
        self.card_button.clicked.connect(lambda: self.print_card())
        self.mark_button = QPushButton(self.tr("Mark as greeted"))
        self.mark_button.clicked.connect(lambda: self.mark_greeted())
        self.promotion_button = QPushButton(self.tr("Birthday coupon…"))
        self.promotion_button.setToolTip(self.tr("Only for members who agreed to receive offers"))
        self.promotion_button.clicked.connect(lambda: self.promotion())
        self.status_label = TextLabel()
        buttons = QHBoxLayout()
        for button in (self.greet_button, self.card_button, self.mark_button,
                       self.promotion_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.printer = BirthdayCardPrinter(shop, self)
        self.printer.failed.connect(lambda text: self._say(text, error=True))
        buttons.insertWidget(2, self.printer.age_box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.setFocusProxy(self.table)
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self._selection_changed()

    # -- reading ---------------------------------------------------------------------------
    def days(self) -> tuple[date, date]:
        choice = str(self.range_combo.currentData())
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        return range_days(choice, self._today(), start, end)

    def set_range(self, choice: str) -> None:
        self.range_combo.setCurrentIndex(RANGES.index(choice))

    def _range_changed(self) -> None:
        custom = self.range_combo.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.refresh()

    def refresh(self) -> None:
        """Read the range again off the GUI thread (once more after a reading in progress)."""
        if self._task is not None:
            self._again = True
            return
        start, end = self.days()
        shop = self._shop
        self._task = Task(lambda _p: load_birthdays(shop, start, end), shop=shop)
        self._task.finished.connect(self._loaded)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _loaded(self, rows: list[BirthdayRow]) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.refresh()
            return
        current = self.selected()
        self.model.set_rows(rows)
        greeted = sum(1 for r in rows if r.mark is not None)
        self.count_label.setText(
            self.tr("{count} birthdays, {greeted} greeted").format(count=len(rows), greeted=greeted)
        )
        if current is not None:
            self.select(greeting_key(current.entry))
        self._selection_changed()
        self.loaded.emit()

    def _failed(self, error: object) -> None:
        self._task = None
        self._again = False
        text = error_text(error) if isinstance(error, ShopError) else str(error)
        self._say(self.tr("The birthdays could not be read: {reason}").format(reason=text),
                  error=True)  # fmt: skip
        self.loaded.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # -- the selection ---------------------------------------------------------------------
    def selected(self) -> BirthdayRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.row(index.row())

    def select(self, key: tuple) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.greet_button, self.card_button, self.promotion_button):
            button.setEnabled(row is not None)
        self.mark_button.setEnabled(row is not None and row.mark is None)

    def _double_clicked(self, index) -> None:
        row = self.model.row(index.row())
        if BIRTHDAY_COLUMNS[index.column()] in ("member", "phone"):
            self.memberRequested.emit(row.entry.member_id)
        else:
            self.greet()

    # -- acting ----------------------------------------------------------------------------
    def greet(self, *, promotion: str | None = None) -> GreetingDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = GreetingDialog(self._shop, GreetingSubject.of_birthday(row.entry),
                                today=self._today(), promotion=promotion, parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.greeted.connect(lambda _id: self._greeted())
        dialog.open()
        return dialog

    def promotion(self) -> GreetingDialog | None:
        """A birthday coupon offer: only on channels the member consented to."""
        return self.greet(promotion="coupon")

    def print_card(self) -> Task | None:
        row = self.selected()
        if row is None:
            return None
        entry = row.entry
        return self.printer.print_card(entry.member_id, entry.kind, entry.name,
                                       language=self._shop.settings.language)  # fmt: skip

    def mark_greeted(self) -> bool:
        row = self.selected()
        if row is None or row.mark is not None:
            return False
        subject = GreetingSubject.of_birthday(row.entry)
        try:
            self._shop.greetings.mark_greeted(subject.member_id, subject.occasion, subject.on,
                                              subject_kind=subject.kind,
                                              subject_name=subject.name, by="counter")  # fmt: skip
        except ShopError as error:
            self._say(error_text(error), error=True)
            return False
        self._greeted()
        return True

    def _greeted(self) -> None:
        self._say(self.tr("Marked as greeted."))
        self.refresh()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.status_label.setText(text)

"""The birthdays of a date range as a table: whose, which day, which calendar, age, greeted by whom."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from shopkeeper.touch.birthdays import BirthdayEntry, birthdays_between
from shopkeeper.touch.today import greeting_key
from ui.bidi import isolate
from ui.models.birthday_texts import (
    age_text,
    calendar_text,
    day_text,
    greeted_text,
    hebrew_calendar_tip,
    kind_text,
)
from ui.models.member_results import Index
from ui.widgets.touch_texts import phone_text

BIRTHDAY_COLUMNS = ("kind", "name", "member", "phone", "date", "calendar", "age", "greeted")
GREETED_FOREGROUND = QColor("#1d6b2a")
MAX_DAYS = 366  # a longer range would list everybody more than once


@dataclass(frozen=True)
class BirthdayRow:
    """One birthday with its member's name and, once greeted, the greeting mark."""

    entry: BirthdayEntry
    member_name: str
    mark: object | None = None  # the service's GreetedMark


def load_birthdays(shop, start: date, end: date) -> list[BirthdayRow]:
    """The birthdays from `start` to `end` inclusive with owners and greeting marks (off the GUI
    thread); at most MAX_DAYS days."""
    end = min(end, start + timedelta(days=MAX_DAYS - 1))
    if end < start:
        return []
    entries = birthdays_between(shop, start, (end - start).days + 1)
    marks = shop.greetings.greeted_marks(start, end)
    return [BirthdayRow(e, e.member_name, marks.get(greeting_key(e))) for e in entries]


def column_title(column: str) -> str:
    translate = QCoreApplication.translate
    titles = {
        "kind": translate("BirthdayColumns", "Kind"),
        "name": translate("BirthdayColumns", "Name"),
        "member": translate("BirthdayColumns", "Member"),
        "phone": translate("BirthdayColumns", "Phone"),
        "date": translate("BirthdayColumns", "Date"),
        "calendar": translate("BirthdayColumns", "Hebrew date"),
        "age": translate("BirthdayColumns", "Age"),
        "greeted": translate("BirthdayColumns", "Greeted"),
    }
    return titles[column]


def cell_text(row: BirthdayRow, column: str) -> str:
    entry = row.entry
    if column == "kind":
        return kind_text(entry.kind, entry.gender)
    if column == "name":
        return isolate(entry.name)
    if column == "member":
        return isolate(row.member_name)
    if column == "phone":
        return phone_text(entry.member_phone)
    if column == "date":
        return day_text(entry.date)
    if column == "calendar":
        return calendar_text(entry)
    if column == "age":
        return age_text(entry.age)
    return greeted_text(row.mark) if row.mark is not None else ""


class BirthdayListModel(QAbstractTableModel):
    """Rows are BirthdayRow objects in date order; greeted rows are shown in green."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BirthdayRow] = []

    def set_rows(self, rows: Sequence[BirthdayRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> BirthdayRow:
        return self._rows[row]

    def rows(self) -> list[BirthdayRow]:
        return list(self._rows)

    def row_of(self, key: tuple) -> int | None:
        """The row of the birthday whose greeting key is `key`."""
        return next((i for i, r in enumerate(self._rows) if greeting_key(r.entry) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BIRTHDAY_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = BIRTHDAY_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.mark is not None:
            return QBrush(GREETED_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column == "calendar" and cell_text(row, column):
            return hebrew_calendar_tip(row.entry.gender)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(BIRTHDAY_COLUMNS[section])
        return None

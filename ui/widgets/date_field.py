"""A date field that reads dd/mm/yyyy, left to right, in a Hebrew interface too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget


def date_field(day: date, parent: QWidget | None = None) -> QDateEdit:
    """A QDateEdit on `day` with a calendar pop-up.

    The field is made left to right before its format is set: a date edit that is right to left
    when given its format reverses the order of the sections (2026/11/26), and keeps that order
    when it is turned left to right afterwards."""
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())

"""A date that may be left out: a check box that enables a day field (a follow-up day)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QSizePolicy, QWidget

from ui.bidi import make_ltr


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_edit(day: date | None = None) -> QDateEdit:
    """A dd/mm/yyyy field with a calendar, left to right, as wide as a date (not the whole row).

    It is made left to right before its format is set: a date edit that is right to left when
    given its format reverses the order of the sections (2026/11/26) and keeps that order."""
    edit = make_ltr(QDateEdit())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    if day is not None:
        edit.setDate(qdate(day))
    return edit


class OptionalDate(QWidget):
    """`value()` is the day when the box is ticked, else None; `proposed` is shown until then."""

    def __init__(self, label: str, proposed: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = day_edit(proposed)
        self.check.toggled.connect(self.edit.setEnabled)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self.edit.setDate(qdate(day))
        self.check.setChecked(day is not None)

"""A complaint's log (what changed, what the customer was told) with a box to add a
"customer kept informed" entry."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopkeeper.club.text import clean_text
from shopkeeper.touch.complaint_records import ComplaintEvent
from ui.bidi import isolate, ltr
from ui.widgets.record_table import Column, RecordTableModel, record_view
from ui.widgets.touch_texts import day_text, event_text, remedy_text, status_text


def event_detail(event: ComplaintEvent) -> str:
    """The event's text as a shopkeeper reads it: statuses and remedies named, days as dd/mm/yyyy."""
    if event.kind == "status":
        return status_text(event.text)
    if event.kind == "remedy":
        return remedy_text(event.text)
    if event.kind == "follow-up":
        return day_text(event.text)
    if event.kind == "goodwill":
        return QCoreApplication.translate("ComplaintEvent", "{points} points").format(
            points=ltr(event.text)
        )
    return isolate(event.text)


class ComplaintLog(QWidget):
    """Oldest entry first. Emits `informed(text)` to add an entry; `clear_box()` once it is saved."""

    informed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.model = RecordTableModel(
            [
                Column(
                    translate("ComplaintLog", "When"),
                    lambda e: ltr(e.at.strftime("%d/%m/%Y %H:%M")),
                ),
                Column(translate("ComplaintLog", "What"), lambda e: event_text(e.kind)),
                Column(translate("ComplaintLog", "Details"), event_detail),
                Column(translate("ComplaintLog", "By"), lambda e: isolate(e.by)),
            ],
            parent=self,
        )
        self.view = record_view(self.model, stretch=2)
        self.view.setMinimumHeight(120)
        self.informed_edit = QLineEdit()
        self.informed_edit.setPlaceholderText(self.tr("What the customer was told"))
        self.informed_edit.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Customer kept informed"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        row = QHBoxLayout()
        row.addWidget(self.informed_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def set_events(self, events: Sequence[ComplaintEvent]) -> None:
        self.model.set_records(events)
        if events:
            self.view.scrollToBottom()

    def _add(self) -> None:
        text = clean_text(self.informed_edit.text())
        if text:
            self.informed.emit(text)

    def clear_box(self) -> None:
        self.informed_edit.clear()

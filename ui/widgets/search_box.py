"""The counter's search field: a clear button, Esc clears, Down moves into the results."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """A line edit for the counter: Esc empties it (`escaped`), Down/PageDown emit `downPressed`."""

    escaped = Signal()
    downPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.downPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

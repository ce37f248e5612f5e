"""The offer shown when a purchase's points were already spent: why, and a button that voids or
returns it anyway, writing off the points that cannot be taken back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from shopkeeper.errors import PointsAlreadySpent
from ui.messages import error_text
from ui.widgets.text_label import TextLabel

SPENT_STYLE = "QFrame#spent { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 6px; }"


class WriteOffBox(QFrame):
    """Hidden until `offer(error, button_text)`; its button calls `on_write_off`."""

    def __init__(self, on_write_off: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spent")
        self.setStyleSheet(SPENT_STYLE)
        self.points = 0
        self.label = TextLabel()
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: on_write_off())
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeading)
        self.hide()

    @staticmethod
    def shortfall(error: PointsAlreadySpent) -> int:
        """The points the error says cannot be taken back."""
        return int(error.params.get("shortfall", 0))

    def offer(self, error: PointsAlreadySpent, button_text: str) -> None:
        """Say why, name the write-off on the button, show the box and focus the button."""
        self.points = self.shortfall(error)
        self.label.setText(error_text(error))
        self.button.setText(button_text)
        self.show()
        self.button.setFocus()

"""A row of toggle buttons for a score (NPS 0–10, Likert 1–5); clicking the chosen one clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

BUTTON_STYLE = """
QPushButton { min-width: 26px; padding: 4px 6px; border: 1px solid #b8c0cc; border-radius: 4px;
              background: #ffffff; }
QPushButton:checked { background: #3f7be0; color: white; border-color: #2f5fb3; }
"""


class ScoreButtons(QWidget):
    """Scores `low`…`high`, lowest at the leading side (the right in Hebrew); `value()` is the chosen
    one or None. Emits `valueChanged(score)` (-1 when cleared)."""

    valueChanged = Signal(int)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(BUTTON_STYLE)
        self._value: int | None = None
        self.buttons: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for score in range(low, high + 1):
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, s=score: self._clicked(s))
            self.buttons[score] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> int | None:
        return self._value

    def set_value(self, score: int | None) -> None:
        self._value = score
        for key, button in self.buttons.items():
            button.setChecked(key == score)
        self.valueChanged.emit(-1 if score is None else score)

    def _clicked(self, score: int) -> None:
        self.set_value(None if self._value == score else score)

"""A label for values people typed: never markup, aligned and ordered in the interface's direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.bidi import in_ui_direction, leading_alignment


class TextLabel(QLabel):
    """Plain text (a name like `<b>&` shows as typed), leading-aligned even when its words are in the
    other script; `plain_text()` gives the text without the direction marks added for display."""

    def __init__(
        self,
        text: str = "",
        *,
        selectable: bool = False,
        wrap: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._plain = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(leading_alignment(Qt.AlignmentFlag.AlignTop))
        self.setWordWrap(wrap)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._plain = text
        super().setText(in_ui_direction(text))

    def plain_text(self) -> str:
        return self._plain

"""Lay a text box out in the direction of the language it is written in, whatever the interface's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit


def set_text_direction(edit: QPlainTextEdit, language: str) -> None:
    """Lines right to left and right-aligned for Hebrew, left to right for English, even a line
    that starts with a name in the other script ({first_name}, Abigail)."""
    rtl = language == "he"
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option = edit.document().defaultTextOption()
    option.setTextDirection(direction)
    option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
        Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))  # fmt: skip
    edit.document().setDefaultTextOption(option)
    edit.setLayoutDirection(direction)

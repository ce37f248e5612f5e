"""Keeping left-to-right values (phones, numbers, e-mail) whole inside right-to-left text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

LRI = "\u2066"  # left-to-right isolate
PDI = "\u2069"  # pop directional isolate
FSI = "\u2068"  # first-strong isolate


def ltr(text: str) -> str:
    """`text` isolated as left-to-right, so 052-345-6789 never shows as 6789-345-052 in Hebrew."""
    return f"{LRI}{text}{PDI}" if text else ""


def isolate(text: str) -> str:
    """`text` isolated in its own direction (a Hebrew or English name inside a sentence)."""
    return f"{FSI}{text}{PDI}" if text else ""


def make_ltr(widget: QWidget) -> QWidget:
    """Make a field left-to-right (phone, e-mail, code) whatever the application's direction."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return widget


LRM = "\u200e"
RLM = "\u200f"


def ui_is_rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def in_ui_direction(text: str) -> str:
    """Every line of `text` set in the interface's direction (an English name in a Hebrew card stays
    right-aligned and its parts in Hebrew order), by leading each line with RLM or LRM."""
    if not text:
        return ""
    mark = RLM if ui_is_rtl() else LRM
    return "\n".join(mark + line for line in text.split("\n"))


def leading_alignment(
    vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter,
) -> Qt.AlignmentFlag:
    """Right in a right-to-left interface, left otherwise, whatever the text's own direction."""
    side = Qt.AlignmentFlag.AlignRight if ui_is_rtl() else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | vertical

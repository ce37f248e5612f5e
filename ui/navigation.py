"""The side bar of pages: one checkable button per page, its shortcut in the tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import ui_font

NAV_STYLE = """
QFrame#nav { background: #263247; }
QFrame#nav QToolButton { color: #dfe6f2; border: none; border-radius: 6px; padding: 9px 14px; text-align: left; }
QFrame#nav QToolButton:hover { background: #34425c; }
QFrame#nav QToolButton:checked { background: #3f7be0; color: white; }
"""


def shortcut_text(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class NavBar(QFrame):
    """`add(page, title, shortcut, on_click)` puts a button for `page`; `check(page)` marks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        self.setStyleSheet(NAV_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 12, 8, 12)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self._group = QButtonGroup(self)
        self.buttons: dict[QWidget, QToolButton] = {}

    def add(self, page: QWidget, title: str, shortcut: str, on_click: Callable[[], None]) -> None:
        button = QToolButton()
        button.setText(title)
        button.setCheckable(True)
        button.setFont(ui_font(11))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button.setToolTip(f"{title} ({shortcut_text(shortcut)})")
        button.clicked.connect(lambda _=False: on_click())
        self._group.addButton(button)
        self._layout.insertWidget(self._layout.count() - 1, button)
        self.buttons[page] = button

    def check(self, page: QWidget) -> None:
        self.buttons[page].setChecked(True)

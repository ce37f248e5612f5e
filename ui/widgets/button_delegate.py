"""A push button drawn in a table cell: one click on it acts on its row, without a widget per row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
MARGIN = 3


class ButtonDelegate(QStyledItemDelegate):
    """Paints the cell's text as a button; `clicked(index)` when the mouse is released on it.

    A table of thousands of rows stays light: nothing is created per row."""

    clicked = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed: QPersistentModelIndex | None = None

    def _button(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionButton:
        button = QStyleOptionButton()
        button.rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        button.text = str(index.data() or "")
        button.direction = option.direction
        button.fontMetrics = option.fontMetrics
        button.palette = option.palette
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            button.state |= QStyle.StateFlag.State_MouseOver
        if self._pressed is not None and QModelIndex(self._pressed) == index:
            button.state |= QStyle.StateFlag.State_Sunken
        return button

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.data():
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, self._button(option, index), painter,
                          widget)  # fmt: skip

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # in the view's font (the option given here does not carry it yet), with room for the
        # button's frame and padding on both sides
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        metrics = cell.fontMetrics
        width = metrics.horizontalAdvance(str(index.data() or "")) + 2 * metrics.height() + 2 * MARGIN
        return QSize(width, metrics.height() + 10 + 2 * MARGIN)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: Index) -> bool:
        if not index.data() or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        inside = option.rect.contains(event.position().toPoint())
        if event.type() == QEvent.Type.MouseButtonPress and inside:
            self._pressed = QPersistentModelIndex(index)
            return True
        if event.type() == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            if inside and pressed is not None and QModelIndex(pressed) == index:
                self.clicked.emit(QModelIndex(index))
                return True
        return event.type() == QEvent.Type.MouseButtonDblClick and inside

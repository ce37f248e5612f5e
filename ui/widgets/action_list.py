"""A titled list whose rows each end in a button (the today page's sections), or a friendly line
saying there is nothing to do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import ui_font
from ui.models.action_rows import ActionListModel, ActionRow
from ui.widgets.button_delegate import ButtonDelegate
from ui.widgets.text_label import TextLabel

SECTION_STYLE = """
QFrame#section { background: palette(base); border: 1px solid #d9dee8; border-radius: 8px; }
QFrame#section QTableView { border: none; }
"""
EMPTY_STYLE = "color: #5a6270; padding: 6px 2px;"
SIZING_ROWS = 60  # columns are sized from the first rows only: a week of a big shop has thousands


class ActionList(QFrame):
    """`actionClicked(row)` for the row's button or Enter, `rowOpened(row)` on a double click,
    `typed(text)` for letters and digits typed while the list has focus (they belong to the search).

    `more_text` ("{shown} of {total} …") is shown when the list holds only the first rows."""

    actionClicked = Signal(object)
    rowOpened = Signal(object)
    typed = Signal(str)

    def __init__(
        self,
        title: str,
        titles: Sequence[str],
        empty_text: str,
        more_text: str = "",
        *,
        stretch: int = 0,
        max_rows: int = 8,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self.setStyleSheet(SECTION_STYLE)
        self._title = title
        self._more_text = more_text
        self._max_rows = max_rows
        self.title_label = QLabel(title)
        self.title_label.setFont(ui_font(12, bold=True))
        self.empty_label = TextLabel(empty_text)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.more_label = TextLabel()
        self.more_label.setStyleSheet(EMPTY_STYLE)
        self.model = ActionListModel(titles, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 16)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setResizeContentsPrecision(SIZING_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.delegate = ButtonDelegate(self.view)
        self.delegate.clicked.connect(lambda index: self._act(index.row()))
        self.view.setItemDelegateForColumn(self.model.action_column, self.delegate)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view)
        layout.addWidget(self.more_label)
        self.set_rows([])

    def set_rows(self, rows: Sequence[ActionRow], total: int | None = None) -> None:
        """Show `rows` (the table sized to them, up to `max_rows`), or the empty line if none;
        with a `total` beyond them, the more text says how many are left out."""
        self.model.set_rows(rows)
        for column in range(self.model.action_column):  # a column nobody fills takes no room
            self.view.setColumnHidden(column, not any(row.cells[column] for row in rows))
        count = len(rows) if total is None else total
        self.title_label.setText(f"{self._title} ({count})" if count else self._title)
        self.more_label.setVisible(count > len(rows))
        self.more_label.setText(self._more_text.format(shown=len(rows), total=count))
        self.empty_label.setVisible(count == 0)
        self.view.setVisible(count > 0)
        shown = min(max(count, 1), self._max_rows)
        height = self.view.horizontalHeader().sizeHint().height()
        height += shown * self.view.verticalHeader().defaultSectionSize() + 2
        self.view.setFixedHeight(height)

    def rows(self) -> list[ActionRow]:
        return self.model.rows()

    def click_action(self, row: int) -> None:
        """What a click on the row's button does (for the keyboard and for tests)."""
        self._act(row)

    def _act(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.actionClicked.emit(self.model.row(row))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != self.model.action_column:
            self.rowOpened.emit(self.model.row(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._act(self.view.currentIndex().row())
                return True
            text = key_event.text()
            plain = not key_event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and text and text.isprintable() and not text.isspace():
                self.typed.emit(text)
                return True
        return super().eventFilter(watched, event)

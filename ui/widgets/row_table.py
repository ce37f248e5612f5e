"""A small editable table of text rows (tiers, stamp cards, rewards) with add and remove buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.text import clean_text


class RowTable(QWidget):
    """Rows of texts under fixed column titles; `rows()` leaves out rows with nothing typed."""

    def __init__(
        self, titles: Sequence[str], *, stretch: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, len(titles), self)
        self.model.setHorizontalHeaderLabels(list(titles))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add a row"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button = QPushButton(self.tr("Remove the row"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            self.add_row(row)
        self._fit_height()

    def add_row(self, values: Sequence[str] = ()) -> int:
        texts = list(values) + [""] * (self.model.columnCount() - len(values))
        self.model.appendRow([QStandardItem(text) for text in texts])
        self._fit_height()
        return self.model.rowCount() - 1

    def _add_and_edit(self) -> None:
        row = self.add_row()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())
            self._fit_height()

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.model.setItem(row, column, QStandardItem(text))

    def rows(self) -> list[list[str]]:
        """The texts of every row that has something typed in it."""
        result = []
        for row in range(self.model.rowCount()):
            texts = [
                clean_text(str(self.model.data(self.model.index(row, c)) or ""))
                for c in range(self.model.columnCount())
            ]
            if any(texts):
                result.append(texts)
        return result

    def _fit_height(self) -> None:
        """Tall enough for its rows (up to eight) so the page, not the table, scrolls."""
        rows = min(max(self.model.rowCount(), 2), 8)
        height = self.view.horizontalHeader().sizeHint().height()
        height += rows * self.view.verticalHeader().defaultSectionSize() + 4
        self.view.setFixedHeight(height)

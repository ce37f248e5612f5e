"""Rows of ready texts ending in one action (Greet, Call, Open…), for the lists of the today page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.member_results import Index

ALERT_BACKGROUND = QColor("#ffe3d6")
ALERT_FOREGROUND = QColor("#7a2600")


@dataclass(frozen=True)
class ActionRow:
    """One line of a list: its cells (already isolated for display), what its action acts on, the
    action's button text, and whether it is late (highlighted)."""

    cells: tuple[str, ...]
    payload: object
    action: str
    member_id: int | None = None
    tooltip: str = ""
    alert: bool = False


class ActionListModel(QAbstractTableModel):
    """The rows under fixed column titles; the last column holds each row's action text."""

    def __init__(self, titles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._titles = list(titles)
        self._rows: list[ActionRow] = []

    @property
    def action_column(self) -> int:
        return len(self._titles)

    def set_rows(self, rows: Sequence[ActionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> ActionRow:
        return self._rows[row]

    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.action if column == self.action_column else row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        if row.alert and column != self.action_column:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ALERT_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ALERT_FOREGROUND)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles[section] if section < len(self._titles) else ""

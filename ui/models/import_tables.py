"""Small read-only table models for the import wizard: the file's first rows and the rejected rows."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ui.bidi import isolate, ltr

_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def cell_text(value: str) -> str:
    """A value read from the file, isolated so it keeps its order in a right-to-left table: a
    phone, number, code or e-mail (no Hebrew or Arabic letter) left to right ("052 888 1234",
    "+972…"), anything else in its own direction."""
    if not value:
        return ""
    return isolate(value) if _RTL_LETTER.search(value) else ltr(value)


class PreviewModel(QAbstractTableModel):
    """The first rows of a file as read, under headers that show each column's chosen field."""

    def __init__(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self._labels = list(self._headers)

    def set_column_labels(self, labels: Sequence[str]) -> None:
        """Replace the header texts (one per column)."""
        self._labels = list(labels)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        return cell_text(row[index.column()]) if index.column() < len(row) else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._labels[section] if section < len(self._labels) else ""
        return str(section + 1)


class RejectedRowsModel(QAbstractTableModel):
    """Rejected rows of an import: the row number as a spreadsheet shows it, and why."""

    def __init__(
        self, rejected: Sequence[tuple[int, str]] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str]] = list(rejected)

    def set_rows(self, rejected: Sequence[tuple[int, str]]) -> None:
        """Show these (row number, reason) pairs."""
        self.beginResetModel()
        self._rows = list(rejected)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        number, reason = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(number) if index.column() == 0 else reason
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Row") if section == 0 else self.tr("Reason")

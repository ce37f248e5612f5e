"""Table models over MemberSummary rows: the counter's search results (and the base of the members list)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from shopkeeper.club.records import MemberSummary
from ui.bidi import ltr

COLUMNS = ("number", "name", "phone", "city", "birthday")
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


def column_title(column: str) -> str:
    """The header of a summary column."""
    translate = QCoreApplication.translate
    titles = {
        "number": translate("MemberColumns", "No."),
        "name": translate("MemberColumns", "Name"),
        "phone": translate("MemberColumns", "Phone"),
        "city": translate("MemberColumns", "City"),
        "birthday": translate("MemberColumns", "Birthday"),
        "balance": translate("MemberColumns", "Points"),
        "tier": translate("MemberColumns", "Tier"),
    }
    return titles[column]


def cell_text(summary: MemberSummary, column: str) -> str:
    """What a summary shows in one column (the phone isolated left-to-right, the birthday dd/mm)."""
    if column == "number":
        return str(summary.number)
    if column == "name":
        return summary.full_name
    if column == "phone":
        return ltr(summary.phone_display)
    if column == "city":
        return summary.city
    if column == "birthday":
        b = summary.birthday
        return f"{b.day:02d}/{b.month:02d}" if b else ""
    raise KeyError(column)


class SummaryTableModel(QAbstractTableModel):
    """Read-only rows of MemberSummary; `MEMBER_ID_ROLE` gives a row's member id."""

    columns: tuple[str, ...] = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberSummary] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(summary, column)
        if role == MEMBER_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "birthday"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column_title(self.columns[section])
        return None

    def summary(self, row: int) -> MemberSummary:
        return self._rows[row]

    def member_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, member_id: int) -> int | None:
        """The row showing `member_id`, if it is loaded."""
        for row, summary in enumerate(self._rows):
            if summary.id == member_id:
                return row
        return None


class MemberResultsModel(SummaryTableModel):
    """The counter's search results, replaced as a whole on every search."""

    def set_results(self, summaries: Sequence[MemberSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

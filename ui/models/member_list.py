"""Every member, sorted by name, fetched a page at a time as the view scrolls (never all at once),
with each fetched member's points balance and tier read for that page only."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from shopkeeper.club.members import MemberService
from shopkeeper.loyalty.status import LoyaltyStatus
from ui.models.member_results import COLUMNS, Index, SummaryTableModel
from ui.widgets.loyalty_texts import number, programme_text

PAGE_SIZE = 500
LIST_COLUMNS = (*COLUMNS, "balance", "tier")


class MemberListModel(SummaryTableModel):
    """Keyset-paged over `MemberService.browse`; `rowCount` grows through `fetchMore`."""

    columns = LIST_COLUMNS

    def __init__(
        self,
        members: MemberService,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        *,
        loyalty: LoyaltyStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = members
        self._loyalty = loyalty
        self._page_size = page_size
        self._exhausted = False
        self._total = members.count()
        self._points: dict[int, tuple[int, str]] = {}

    @property
    def total(self) -> int:
        """How many members the shop has (counted when the model was last reloaded)."""
        return self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        after = None
        if self._rows:
            last = self._rows[-1]
            after = (last.last_name, last.first_name, last.id)
        page = self._members.browse(after=after, limit=self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        if self._loyalty is not None:
            self._points.update(self._loyalty.balances_and_tiers(s.id for s in page))
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        column = self.columns[index.column()] if index.isValid() else ""
        if column not in ("balance", "tier") or not 0 <= index.row() < len(self._rows):
            return super().data(index, role)
        member_id = self._rows[index.row()].id
        if role == Qt.ItemDataRole.DisplayRole:
            if member_id not in self._points:
                return ""
            balance, tier = self._points[member_id]
            return number(balance) if column == "balance" else programme_text(tier)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "balance":
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def refresh_loyalty(self, member_ids: Iterable[int]) -> None:
        """Re-read the balance and tier of these members, where they are loaded."""
        if self._loyalty is None:
            return
        wanted = set(member_ids) & self._points.keys()
        if not wanted:
            return
        self._points.update(self._loyalty.balances_and_tiers(wanted))
        first, last = LIST_COLUMNS.index("balance"), LIST_COLUMNS.index("tier")
        for member_id in wanted:
            row = self.row_of(member_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, first), self.index(row, last))

    def reload(self) -> None:
        """Forget the loaded pages and count again; the view fetches the first page when it asks."""
        self.beginResetModel()
        self._rows = []
        self._points = {}
        self._exhausted = False
        self._total = self._members.count()
        self.endResetModel()

"""Every member, sorted by name, fetched a page at a time as the view scrolls (never all at once)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from shopkeeper.club.members import MemberService
from ui.models.member_results import SummaryTableModel

PAGE_SIZE = 500


class MemberListModel(SummaryTableModel):
    """Keyset-paged over `MemberService.browse`; `rowCount` grows through `fetchMore`."""

    def __init__(
        self, members: MemberService, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._members = members
        self._page_size = page_size
        self._exhausted = False
        self._total = members.count()

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
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def reload(self) -> None:
        """Forget the loaded pages and count again; the view fetches the first page when it asks."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._total = self._members.count()
        self.endResetModel()

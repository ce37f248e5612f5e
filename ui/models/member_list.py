"""Every member (or those a filter matches), sorted by one column, read a page at a time on demand.

The model knows the count, so the view's scroll bar and Ctrl+End cover the real list; a page is read
when a row of it is first asked for: after or before a loaded neighbour page (keyset), or from the
nearer end of the order (the last page is a reverse index scan), never by reading everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from shopkeeper.club.member_browse import MemberBrowser, MemberQuery, MemberRow
from shopkeeper.club.records import MemberSummary
from ui.models.member_results import (
    COLUMNS,
    MEMBER_ID_ROLE,
    Index,
    SummaryTableModel,
    cell_text,
    column_title,
)
from ui.widgets.loyalty_texts import money, number, programme_text
from ui.widgets.member_texts import short_date

PAGE_SIZE = 200  # a screenful is ~30 rows; a page costs a few ms to read and wrap
LIST_COLUMNS = (*COLUMNS, "joined", "last_purchase", "balance", "spend", "tier")
# The column a header click sorts by → MemberQuery's sort key (the other columns do not sort).
SORT_KEY_OF = {
    "number": "number",
    "name": "name",
    "joined": "joined",
    "last_purchase": "last_purchase",
    "balance": "points",
    "spend": "spend",
}
_CENTRED = ("number", "birthday", "joined", "last_purchase", "balance", "spend")
_ALIGNMENTS = tuple(
    int(Qt.AlignmentFlag.AlignCenter) if c in _CENTRED else None for c in LIST_COLUMNS
)
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, MEMBER_ID_ROLE))


def list_column_title(column: str) -> str:
    """The header of a members-list column."""
    translate = QCoreApplication.translate
    titles = {
        "joined": translate("MemberColumns", "Joined"),
        "last_purchase": translate("MemberColumns", "Last purchase"),
        "spend": translate("MemberColumns", "Spend (12 mo.)"),
    }
    return titles[column] if column in titles else column_title(column)


class MemberListModel(SummaryTableModel):
    """Rows of `MemberBrowser` for one `MemberQuery`; `rowCount` is the whole count from the start."""

    columns = LIST_COLUMNS

    def __init__(
        self,
        browser: MemberBrowser,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        *,
        loyalty: object | None = None,
    ) -> None:
        """`loyalty` given (any value): show the points and tier columns (they come with the rows)."""
        super().__init__(parent)
        self._browser = browser
        self._show_loyalty = loyalty is not None
        self._page_size = page_size
        self._query = MemberQuery()
        self._pages: dict[int, list[MemberRow]] = {}
        self._points: dict[int, tuple[int, str]] = {}  # balance and tier of the loaded rows
        self._texts: dict[int, tuple[str, ...]] = {}  # member id → the row's shown texts
        self._total = self._all = 0
        self._count()

    # -- what is shown -------------------------------------------------------------------
    @property
    def query(self) -> MemberQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many members the list holds (those the filter matches), as last counted."""
        return self._total

    @property
    def all_members(self) -> int:
        """How many members the shop has, as last counted."""
        return self._all

    def set_query(self, query: MemberQuery) -> None:
        """Show `query`'s members: count them and forget the loaded pages."""
        self.beginResetModel()
        self._query = query
        self._forget()
        self._count()
        self.endResetModel()

    def sort_by(self, key: str, descending: bool) -> None:
        self.set_query(replace(self._query, sort_key=key, descending=descending))

    def reload(self) -> None:
        """Count again and forget the loaded pages; rows are read again when the view asks."""
        self.set_query(self._query)

    def position(self, member_id: int) -> int | None:
        """The row `member_id` has in the current order, if the filter lets it in."""
        return self._browser.position(self._query, member_id)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return False  # every row is there from the start; pages are read as rows are asked for

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the first page not read yet (views never need this; scripts may)."""
        if parent.isValid():
            return
        pages = -(-self._total // self._page_size)
        for page in range(pages):
            if page not in self._pages:
                self._load(page)
                return

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A view asks for a dozen roles per cell on every paint: answer the unused ones first.
        if role not in _ROLES or not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[index.column()]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == MEMBER_ID_ROLE:
            return row.id
        texts = self._texts.get(row.id)
        if texts is None:  # worked out once per row (formatting a phone is not cheap)
            texts = self._texts[row.id] = tuple(self._text(row, c) for c in self.columns)
        return texts[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return list_column_title(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "spend":
            return QCoreApplication.translate(
                "MemberColumns",
                "Spent in the last 12 months (returns taken off, voided purchases left out), "
                "as worked out at the member's last purchase or the daily tier update.",
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in SORT_KEY_OF:
            return QCoreApplication.translate(
                "MemberColumns", "Click to sort; click again to reverse."
            )
        return None

    def _text(self, row: MemberRow, column: str) -> str:
        if column in COLUMNS:
            return cell_text(row.summary, column)
        if column == "joined":
            return short_date(row.joined_on)
        if column == "last_purchase":
            return short_date(row.last_purchase_at.date()) if row.last_purchase_at else ""
        if column == "spend":
            return money(row.spend_12m)
        if not self._show_loyalty:
            return ""
        return number(row.points) if column == "balance" else programme_text(row.tier)

    # -- rows by position ----------------------------------------------------------------
    def row_at(self, row: int) -> MemberRow | None:
        """The row at `row`, reading its page if it is not loaded yet."""
        if not 0 <= row < self._total:
            return None
        page, offset = divmod(row, self._page_size)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load(page)
        return rows[offset] if offset < len(rows) else None

    def summary(self, row: int) -> MemberSummary:
        found = self.row_at(row)
        if found is None:
            raise IndexError(row)
        return found.summary

    def member_id(self, row: int) -> int:
        return self.summary(row).id

    def row_of(self, member_id: int) -> int | None:
        """The row showing `member_id`, if its page is loaded."""
        for page, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if found.id == member_id:
                    return page * self._page_size + offset
        return None

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def refresh_loyalty(self, member_ids: Iterable[int]) -> None:
        """Re-read these members' rows where they are loaded (balance, tier, spend, last purchase).

        A row keeps its place until the list is reloaded, even when its new value sorts elsewhere."""
        wanted = {i for i in member_ids if self.row_of(i) is not None}
        if not wanted:
            return
        fresh = self._browser.rows(sorted(wanted), self._query)
        for page, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if found.id in fresh:
                    rows[offset] = fresh[found.id]
                    self._texts.pop(found.id, None)
                    self._remember(rows[offset : offset + 1])
                    row = page * self._page_size + offset
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.columns) - 1)
                    )

    def _count(self) -> None:
        self._all = self._browser.count()
        self._total = self._browser.count(self._query) if self._query.filtered else self._all

    def _forget(self) -> None:
        self._pages = {}
        self._points = {}
        self._texts = {}

    def _load(self, page: int) -> list[MemberRow]:
        size, query, browser = self._page_size, self._query, self._browser
        want = max(0, min(size, self._total - page * size))
        before, after = self._pages.get(page - 1), self._pages.get(page + 1)
        if not want:
            rows = []
        elif page == 0:
            rows = browser.browse(query, limit=want, total=self._total)
        elif before and len(before) == size:
            rows = browser.browse(query, after=before[-1].cursor, limit=want, total=self._total)
        elif after:
            rows = browser.browse(query, before=after[0].cursor, limit=want, total=self._total)
        else:
            rows = browser.page_at(query, page * size, want, total=self._total)
        self._pages[page] = rows
        self._remember(rows)
        return rows

    def _remember(self, rows: list[MemberRow]) -> None:
        if self._show_loyalty:
            self._points.update((r.id, (r.points, r.tier)) for r in rows)

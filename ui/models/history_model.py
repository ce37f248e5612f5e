"""A member's history, newest first, fetched a page at a time as the view scrolls (keyset paging over
`HistoryService.timeline`, so a member with 20,000 ledger rows opens at once)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from shopkeeper.club.history import HistoryService
from shopkeeper.club.history_records import HistoryEntry
from ui.bidi import in_ui_direction, ltr
from ui.models import history_texts as texts
from ui.models.member_results import Index
from ui.widgets.member_texts import short_date
from ui.widgets.touch_texts import day_text, event_text

PAGE_SIZE = 100
HISTORY_COLUMNS = ("when", "kind", "details", "amount", "points", "balance", "state")
NUMBER_COLUMNS = ("amount", "points", "balance")
ENTRY_ROLE = Qt.ItemDataRole.UserRole
VOIDED_COLOUR = QColor("#8a8f99")
NEGATIVE_COLOUR = QColor("#b00020")
POSITIVE_COLOUR = QColor("#1d6b2a")


def history_column_title(column: str) -> str:
    translate = QCoreApplication.translate
    titles = {
        "when": translate("HistoryColumns", "When"),
        "kind": translate("HistoryColumns", "Kind"),
        "details": translate("HistoryColumns", "Details"),
        "amount": translate("HistoryColumns", "Amount"),
        "points": translate("HistoryColumns", "Points"),
        "balance": translate("HistoryColumns", "Balance"),
        "state": translate("HistoryColumns", "Status"),
    }
    return titles[column]


class HistoryModel(QAbstractTableModel):
    """One row per `HistoryEntry`; `rowCount` grows through `fetchMore`; `set_kinds` filters."""

    def __init__(
        self,
        history: HistoryService,
        member_id: int,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
        form: str = "",
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._member_id = member_id
        self._form = form  # the member's form of address, for gendered wording
        self._page_size = page_size
        self._kinds = "all"
        self._rows: list[HistoryEntry] = []
        self._exhausted = False

    # -- paging ----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        before = self._rows[-1].cursor if self._rows else None
        page = self._history.timeline(
            self._member_id, self._kinds, before=before, limit=self._page_size
        )
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def set_kinds(self, kinds: str) -> None:
        """Show only a filter's kinds ("all", "purchases", "points" …), from the newest again."""
        self._kinds = kinds
        self.reload()

    @property
    def kinds(self) -> str:
        return self._kinds

    def reload(self) -> None:
        """Forget the loaded pages; the first page is read at once (the view asks for more)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore()

    # -- reading ---------------------------------------------------------------------------
    def entry(self, row: int) -> HistoryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entries(self) -> list[HistoryEntry]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HISTORY_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return history_column_title(HISTORY_COLUMNS[section])
        return None

    def data(self, index: Index | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = HISTORY_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(entry, column, self._form)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole and column == "details":
            return tooltip_text(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(entry, column)
        if role == Qt.ItemDataRole.FontRole and _voided(entry):
            font = QCoreApplication.instance().font() if QCoreApplication.instance() else None
            if font is not None:
                font.setStrikeOut(column != "state")
            return font
        return None


def cell_text(entry: HistoryEntry, column: str, form: str = "") -> str:
    if column == "when":
        return ltr(f"{short_date(entry.at.date())} {entry.at:%H:%M}")
    if column == "kind":
        return texts.kind_text(entry.kind)
    if column == "details":
        return in_ui_direction(texts.details_text(entry))
    if column == "amount":
        return texts.amount_text(entry)
    if column == "points":
        return texts.points_column_text(entry)
    if column == "balance":
        return texts.balance_text(entry)
    return texts.state_text(entry, form)


def tooltip_text(entry: HistoryEntry) -> str:
    """The whole entry, line by line (a purchase's lines, a complaint's log)."""
    if entry.kind == "purchase" and entry.purchase is not None:
        record = entry.purchase
        lines = [texts.purchase_details(record), *texts.purchase_lines(record)]
        if record.discounts:
            lines.append(texts.paid_text(record))
        return in_ui_direction("\n".join(lines))
    if entry.kind == "complaint":
        events = entry.detail("events", ()) or ()
        lines = [texts.details_text(entry)]
        lines += [
            f"{day_text(ev['at'])} · {event_text(ev['kind'])} · {texts.value(ev['text'])}"
            for ev in events
        ]
        return in_ui_direction("\n".join(lines))
    return in_ui_direction(texts.details_text(entry))


def _voided(entry: HistoryEntry) -> bool:
    return (
        entry.kind == "purchase"
        and entry.purchase is not None
        and entry.purchase.voided_at is not None
    )


def _foreground(entry: HistoryEntry, column: str) -> QBrush | None:
    if _voided(entry):
        return QBrush(NEGATIVE_COLOUR if column == "state" else VOIDED_COLOUR)
    if column == "points" and entry.kind == "points" and entry.points:
        return QBrush(POSITIVE_COLOUR if entry.points > 0 else NEGATIVE_COLOUR)
    return None

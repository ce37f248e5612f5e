"""Every member in one list: a filter box, sorting by a column's title, pages read as you scroll."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.member_browse import tier_names
from shopkeeper.club.text import clean_text
from shopkeeper.shop import Shop
from ui.i18n import ui_font
from ui.models.member_list import LIST_COLUMNS, SORT_KEY_OF, MemberListModel
from ui.pages.counter import configure_member_table
from ui.widgets.loyalty_texts import programme_text
from ui.widgets.search_box import SearchBox
from ui.widgets.text_label import TextLabel

FILTER_DELAY_MS = 250


class MemberTable(QTableView):
    """The list's table: Ctrl+End and Ctrl+Home go to the ends even before a row is current
    (QTableView's first key press otherwise only makes the first row current)."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount() > 0:
            if cursorAction == QAbstractItemView.CursorAction.MoveEnd:
                return model.index(model.rowCount() - 1, 1)
            if cursorAction == QAbstractItemView.CursorAction.MoveHome:
                return model.index(0, 1)
        return super().moveCursor(cursorAction, modifiers)


class MembersPage(QWidget):
    """The member list; `memberActivated(id)` on double-click or Enter."""

    memberActivated = Signal(int)
    quickJoinRequested = Signal(str)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self.model = MemberListModel(shop.member_list, parent=self, loyalty=shop.loyalty)
        self.table = MemberTable()
        self.table.setModel(self.model)
        configure_member_table(self.table)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # for batch notes
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        em = self.table.fontMetrics().horizontalAdvance("0")
        widths = {"joined": 11, "last_purchase": 11, "balance": 8, "spend": 11, "tier": 10}
        for column, chars in widths.items():
            self.table.setColumnWidth(LIST_COLUMNS.index(column), em * chars + 16)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(LIST_COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(self._activated)

        title = TextLabel(self.tr("Members"), wrap=False)
        title.setFont(ui_font(16, bold=True))
        self.filter_box = SearchBox()
        self.filter_box.setPlaceholderText(self.tr("Filter: name, phone, city, tag or tier"))
        self.filter_box.setMinimumWidth(em * 30)
        self.filter_box.textChanged.connect(self._filter_typed)
        self.filter_box.downPressed.connect(lambda: self.table.setFocus())
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #5a6270;")
        add_button = QPushButton(self.tr("Quick join…"))
        add_button.setAutoDefault(False)
        add_button.clicked.connect(lambda: self.quickJoinRequested.emit(""))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.filter_box, 1)
        top.addWidget(self.count_label)
        top.addWidget(add_button)
        hint = QLabel(
            self.tr(
                "Click a column's title to sort by it, again to reverse. "
                "Double-click a member (or press Enter) to open the card."
            )
        )
        hint.setStyleSheet("color: #7a8290;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.table)
        self._update_count()

    def refresh(self) -> None:
        """Count again and read the rows again, keeping the current member where practical."""
        self._keeping_current(self.model.reload)

    def apply_filter(self) -> None:
        """Show the members the filter box's text matches (at once; typing waits a moment)."""
        self._filter_timer.stop()
        text = clean_text(self.filter_box.text())
        if text == self.model.query.filter_text:
            return
        query = replace(self.model.query, filter_text=text, tiers=self._tiers_named(text))
        self._keeping_current(lambda: self.model.set_query(query))

    def sort_by(self, column: str, descending: bool = False) -> None:
        """Sort by a list column (as a click on its title does); the indicator follows."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(LIST_COLUMNS.index(column), order)

    def _filter_typed(self, _text: str) -> None:
        self._filter_timer.start()

    def _tiers_named(self, text: str) -> tuple[str, ...]:
        """The programme's tiers whose shown (translated) name starts with `text`."""
        folded = text.casefold()
        if not folded:
            return ()
        names = tier_names(self._shop.programme.current())
        return tuple(n for n in names if programme_text(n).casefold().startswith(folded))

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        column = LIST_COLUMNS[section]
        key = SORT_KEY_OF.get(column)
        header = self.table.horizontalHeader()
        if key is None:  # this column does not sort: the indicator stays where it was
            current = next(c for c, k in SORT_KEY_OF.items() if k == self.model.query.sort_key)
            was = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(LIST_COLUMNS.index(current), was)
            header.blockSignals(False)
            header.viewport().update()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._keeping_current(lambda: self.model.sort_by(key, descending))

    def _keeping_current(self, change) -> None:
        """Run `change` (a model reset), then select the member that was selected, if still listed."""
        current = self.table.currentIndex()
        chosen = current.isValid() and self.table.selectionModel().isRowSelected(current.row())
        member_id = self.model.member_id(current.row()) if chosen else None
        column = max(current.column(), 0)
        change()
        self._update_count()
        if member_id is None:
            self.table.scrollToTop()
            return
        row = self.model.position(member_id)
        if row is None:
            self.table.scrollToTop()
            return
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_count(self) -> None:
        shown, total = self.model.total, self.model.all_members
        locale = QLocale()
        if self.model.query.filtered:
            self.count_label.setText(
                self.tr("{n} of {total} members match").format(
                    n=locale.toString(shown), total=locale.toString(total)
                )
            )
        elif total == 1:
            self.count_label.setText(self.tr("1 member"))
        else:
            self.count_label.setText(self.tr("{n} members").format(n=locale.toString(total)))

    def selected_member_ids(self) -> list[int]:
        """The members whose rows are selected, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.member_id(row) for row in rows]

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.memberActivated.emit(self.model.member_id(index.row()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

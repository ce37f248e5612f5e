"""The counter: one search box, results as you type, and the customer card beside them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.text import clean_text
from shopkeeper.errors import MemberNotFound, PickupNotFound
from shopkeeper.shop import Shop
from ui.i18n import ui_font
from ui.models.member_results import COLUMNS, MemberResultsModel
from ui.widgets.member_card import MemberCard
from ui.widgets.record_table import select_row
from ui.widgets.search_box import SearchBox
from ui.widgets.text_label import TextLabel

SEARCH_DELAY_MS = 120


def configure_member_table(view: QTableView) -> None:
    """Row selection, fixed row height and sensible column widths (never sized from the contents)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
    em = view.fontMetrics().horizontalAdvance("0")
    widths = {"number": 8, "phone": 15, "city": 14, "birthday": 9}
    for column, chars in widths.items():
        view.setColumnWidth(COLUMNS.index(column), em * chars + 16)


class CounterPage(QWidget):
    """Search, results and card. Emits `quickJoinRequested(text)` and `editRequested(member_id)`."""

    quickJoinRequested = Signal(str)
    editRequested = Signal(int)
    memberOpened = Signal(int)
    pickupRequested = Signal(int)  # Enter on a pickup code (a scanned slip): that order's id

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._searched_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._build(today)

    def _build(self, today: Callable[[], date]) -> None:
        self.search_box = SearchBox()
        self.search_box.setFont(ui_font(14))
        self.search_box.setPlaceholderText(self.tr("Phone, name or member number — or scan a card"))
        self.search_box.setMinimumHeight(self.search_box.fontMetrics().height() + 16)
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self.open_top_hit)
        self.search_box.escaped.connect(self.new_search)
        self.search_box.downPressed.connect(self._focus_results)

        self.quick_join_button = QPushButton(self.tr("Quick join…"))
        self.quick_join_button.setToolTip(self.tr("A new member with a name and a phone (Ctrl+N)"))
        self.quick_join_button.setAutoDefault(False)
        self.quick_join_button.clicked.connect(
            lambda: self.quickJoinRequested.emit(self.search_box.text())
        )

        self.model = MemberResultsModel(self)
        self.results = QTableView()
        self.results.setModel(self.model)
        configure_member_table(self.results)
        self.results.activated.connect(self._open_index)

        self.status_label = TextLabel(wrap=False)
        self.status_label.setStyleSheet("color: #5a6270;")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.quick_join_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.status_label)

        self.card = MemberCard(self._shop, today)
        self.card.newSearchRequested.connect(self.new_search)
        self.card.editRequested.connect(self.editRequested)
        self.placeholder = QLabel(
            self.tr(
                "Type a phone number, a name or a member number.\nA scanned card opens the member at once."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #7a8290;")
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.card)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.search_box)

    # -- searching -------------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search now for what the box holds (normally called by the debounce timer)."""
        self._timer.stop()
        text = clean_text(self.search_box.text())
        if text == self._searched_text:
            return
        self._searched_text = text
        if not text:
            self.model.clear()
            self.status_label.setText("")
            return
        self.model.set_results(self._shop.search.search(text))
        count = self.model.rowCount()
        if count:
            select_row(self.results, 0)
            self.status_label.setText(self.tr("Found: {n} — Enter opens the first").format(n=count))
        else:
            self.status_label.setText(self.tr("No member found — Ctrl+N adds a new one"))

    def open_top_hit(self) -> None:
        """Enter in the box: a scanned number or full phone opens its member, else the first result."""
        text = self.search_box.text()
        exact = self._shop.search.exact_id(text)
        if exact is not None:
            self.open_member(exact)
        elif (order_id := self._pickup_code(text)) is not None:
            self.pickupRequested.emit(order_id)
        else:
            self.run_search()
            if self.model.rowCount() == 0:
                return
            self.open_member(self.model.member_id(0))
        # The next scan or typing replaces what is there.
        self.search_box.selectAll()

    def _pickup_code(self, text: str) -> int | None:
        """The id of the pickup order whose code `text` is, if it is one."""
        try:
            return self._shop.pickups.find_by_code(text).id
        except PickupNotFound:
            return None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_member(self.model.member_id(index.row()))

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))

    # -- the card --------------------------------------------------------------------------
    def open_member(self, member_id: int, notices: Sequence[str] = ()) -> None:
        """Show a member's card beside the results."""
        try:
            member = self._shop.members.get(member_id)
        except MemberNotFound:
            return
        self.card.show_member(member, notices)
        self.right.setCurrentWidget(self.card)
        self.memberOpened.emit(member_id)

    def new_search(self) -> None:
        """Empty the box and the results, close the card and put the cursor in the box."""
        self.search_box.clear()
        self.run_search()
        self.right.setCurrentWidget(self.placeholder)
        self.focus_search()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def refresh(self) -> None:
        """Search again and re-read the open member (after an edit, an import, a new member)."""
        self._searched_text = None
        self.run_search()
        if self.card.member is not None and self.right.currentWidget() is self.card:
            try:
                self.card.reload()
            except MemberNotFound:
                self.right.setCurrentWidget(self.placeholder)

"""The counter: one search box, results as you type, and the customer card beside them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
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

from shopkeeper.club.search import SearchPage
from shopkeeper.club.text import clean_text
from shopkeeper.errors import MemberNotFound, PickupNotFound
from shopkeeper.sales.records import Receipt
from shopkeeper.shop import Shop
from ui.bidi import ltr
from ui.dialogs.record_purchase import RecordPurchaseDialog
from ui.i18n import ui_font
from ui.models.member_results import COLUMNS, MemberResultsModel
from ui.widgets.loyalty_texts import money
from ui.widgets.member_card import MemberCard
from ui.widgets.search_box import SearchBox
from ui.widgets.text_label import TextLabel

SEARCH_DELAY_MS = 120
NAME_MIN_CHARS = 18  # the results' Name column never shrinks below this ("Deborah Schneider")
OPTIONAL_COLUMNS = ("birthday", "city")  # hidden in this order when the name would not fit


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


class ReadableNames(QObject):
    """Keeps the stretching Name column of a member table at least `NAME_MIN_CHARS` wide: the view
    never gets narrower than number + phone + that, and Birthday then City are hidden while the
    view is too narrow for them (at 1200x760 in English the name had shrunk to "De…")."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._widths = {c: view.columnWidth(COLUMNS.index(c)) for c in COLUMNS if c != "name"}
        self.name_width = view.fontMetrics().horizontalAdvance("x") * NAME_MIN_CHARS
        kept = sum(w for c, w in self._widths.items() if c not in OPTIONAL_COLUMNS)
        view.setMinimumWidth(kept + self.name_width + self._chrome())
        view.installEventFilter(self)

    def _chrome(self) -> int:
        return 2 * self._view.frameWidth() + self._view.verticalScrollBar().sizeHint().width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.fit(self._view.width())
        return False

    def fit(self, width: int) -> None:
        """Show the optional columns that leave the name its minimum in `width` pixels."""
        room = width - self._chrome() - self.name_width
        room -= sum(w for c, w in self._widths.items() if c not in OPTIONAL_COLUMNS)
        for column in reversed(OPTIONAL_COLUMNS):  # City is kept longer than Birthday
            shown = room >= self._widths[column]
            self._view.setColumnHidden(COLUMNS.index(column), not shown)
            if shown:
                room -= self._widths[column]
                self._view.setColumnWidth(COLUMNS.index(column), self._widths[column])


class CounterPage(QWidget):
    """Search, results and card. Emits `quickJoinRequested(text)` and `editRequested(member_id)`.

    The card and the results never disagree: selecting a row (a click, the arrow keys) opens its
    member, and opening a member selects their row if it is listed (else no row is selected). A
    search selects no row and opens nobody by itself: the card keeps the member it shows (named on
    it and in every action's title) until a row is chosen, Enter opens the top hit, or Esc closes it.
    """

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
        self.readable_names = ReadableNames(self.results)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self.results.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.status_label = TextLabel(wrap=False)
        self.status_label.setStyleSheet("color: #5a6270;")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.quick_join_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        # QSplitter places its first pane one pixel past its edge in right-to-left (the table's
        # frame was cut under the side bar): a pixel of margin on both sides keeps it whole.
        left_layout.setContentsMargins(2, 0, 2, 0)
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
        splitter.setSizes([480, 520])  # the card needs ~500 px; the size hints would squeeze it
        self.splitter = splitter
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
        page = self._shop.search.page(text)
        self.model.set_results(page.members)
        self._select_card_member()
        self.status_label.setText(self._status(page))

    def _status(self, page: SearchPage) -> str:
        count = len(page.members)
        if not count:
            return self.tr("No member found — Ctrl+N adds a new one")
        if page.complete:
            return self.tr("Found: {n} — Enter opens the first").format(n=QLocale().toString(count))
        total = QLocale().toString(page.total) + ("+" if page.capped else "")
        return self.tr("{shown} of {total} shown — keep typing").format(
            shown=QLocale().toString(count), total=ltr(total)
        )

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
        if index.isValid() and self._shown_id() != self.model.member_id(index.row()):
            self.open_member(self.model.member_id(index.row()))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A row chosen by a click or the arrow keys opens its member on the card at once."""
        self._open_index(current)

    def _shown_id(self) -> int | None:
        """The id of the member on the card, if the card is showing."""
        member = self.card.member
        return member.id if member is not None and self.right.currentWidget() is self.card else None

    def _select_card_member(self) -> None:
        """Select the card's member's row if listed, else no row (so none disagrees with the card)."""
        shown = self._shown_id()
        row = self.model.row_of(shown) if shown is not None else None
        selection = self.results.selectionModel()
        # Selecting the card's own row opens nobody new: `_open_index` skips the member shown.
        if row is None:
            selection.clear()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.results.scrollTo(index)

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
        self._select_card_member()
        self.memberOpened.emit(member_id)

    def record_without_member(self) -> RecordPurchaseDialog:
        """The purchase dialog for a sale without a member (F5 with nobody on the card)."""
        dialog = RecordPurchaseDialog(self._shop, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._sale_recorded)
        dialog.open()
        return dialog

    def _sale_recorded(self, receipt: Receipt) -> None:
        self.status_label.setText(
            self.tr("Sale saved without a member: {amount}.").format(
                amount=money(receipt.quote.to_pay)
            )
        )

    def new_search(self) -> None:
        """Empty the box and the results, close the card and put the cursor in the box."""
        self.right.setCurrentWidget(self.placeholder)
        self.search_box.clear()
        self.run_search()
        self.results.selectionModel().clear()
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
            self._select_card_member()

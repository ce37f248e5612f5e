"""A member's whole history: totals at the top, a kind filter, the timeline newest first (loaded as
it scrolls), and Void…/Return… for the purchase selected."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.history_records import HistoryEntry
from shopkeeper.shop import Shop
from ui.dialogs.return_purchase import ReturnPurchaseDialog
from ui.dialogs.void_purchase import VoidPurchaseDialog
from ui.i18n import ui_font
from ui.models.history_model import HISTORY_COLUMNS, HistoryModel
from ui.models.history_texts import filter_names, totals_text
from ui.widgets.loyalty_texts import points_text
from ui.widgets.text_label import TextLabel

TOTALS_STYLE = (
    "background: #f3f7ff; border: 1px solid #c9d8f2; border-radius: 6px; padding: 6px 10px;"
)
CONFIRM_STYLE = "color: #14532d;"


class MemberHistoryDialog(QDialog):
    """Emits `changed(member_id)` after a void or a return made here. Opened with `open()`."""

    changed = Signal(int)

    def __init__(self, shop: Shop, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member_id = member_id
        member = shop.members.get(member_id)
        self.setWindowTitle(self.tr("History — {name}").format(name=member.full_name))
        self.resize(980, 620)

        self.totals_label = TextLabel()
        self.totals_label.setStyleSheet(TOTALS_STYLE)

        self.kind_box = QComboBox()
        for key, title in filter_names():
            self.kind_box.addItem(title, key)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        kind_label = QLabel(self.tr("Show"))
        kind_label.setBuddy(self.kind_box)
        filters = QHBoxLayout()
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_box)
        filters.addStretch(1)

        self.model = HistoryModel(shop.history, member_id, parent=self, form=member.address_form)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            HISTORY_COLUMNS.index("details"), QHeaderView.ResizeMode.Stretch
        )
        for column, width in (
            ("when", 130),
            ("kind", 90),
            ("amount", 90),
            ("points", 70),
            ("balance", 80),
            ("state", 120),
        ):
            self.view.setColumnWidth(HISTORY_COLUMNS.index(column), width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.confirmation_label = TextLabel()
        self.confirmation_label.setStyleSheet(CONFIRM_STYLE)
        self.confirmation_label.hide()

        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setToolTip(self.tr("Void the selected purchase and take back its points"))
        self.void_button.clicked.connect(self.void_selected)
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setToolTip(self.tr("Take back some items of the selected purchase"))
        self.return_button.clicked.connect(self.return_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.void_button, self.return_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        heading = TextLabel(member.full_name)
        heading.setFont(ui_font(14, bold=True))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.totals_label)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.confirmation_label)
        layout.addLayout(buttons)

        self.refresh()
        self.view.setFocus()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the totals and the first page again (after a change here or elsewhere)."""
        self.totals_label.setText(totals_text(self._shop.history.totals(self._member_id)))
        self.model.reload()
        self._update_buttons()

    def set_kinds(self, key: str) -> None:
        """Show only one filter's kinds ("all", "purchases", "points" …)."""
        index = self.kind_box.findData(key)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)

    def _kind_chosen(self) -> None:
        self.model.set_kinds(self.kind_box.currentData())
        self._update_buttons()

    def selected_entry(self) -> HistoryEntry | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_purchase(self, purchase_id: int) -> bool:
        """Select the row of this purchase, fetching pages until it is loaded; False if absent."""
        while True:
            for row, item in enumerate(self.model.entries()):
                if item.kind == "purchase" and item.id == purchase_id:
                    self.view.selectRow(row)
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    return True
            if not self.model.canFetchMore():
                return False
            self.model.fetchMore()

    def _selected_purchase(self):
        item = self.selected_entry()
        if item is None or item.kind != "purchase" or item.purchase is None:
            return None
        return item.purchase

    def _update_buttons(self) -> None:
        record = self._selected_purchase()
        standing = record is not None and record.voided_at is None
        self.void_button.setEnabled(standing)
        self.return_button.setEnabled(
            standing and any(ln.qty > ln.returned_qty for ln in record.lines)
        )

    # -- actions ---------------------------------------------------------------------------
    def void_selected(self) -> VoidPurchaseDialog | None:
        record = self._selected_purchase()
        if record is None:
            return None
        dialog = VoidPurchaseDialog(self._shop, record.id, self)
        done = self.tr("Purchase voided; the balance is {points}.")
        return self._open_take_back(dialog, dialog.voided, done)

    def return_selected(self) -> ReturnPurchaseDialog | None:
        record = self._selected_purchase()
        if record is None:
            return None
        dialog = ReturnPurchaseDialog(self._shop, record.id, self)
        done = self.tr("Items returned; the balance is {points}.")
        return self._open_take_back(dialog, dialog.returned, done)

    def _open_take_back(self, dialog, finished, confirmation: str):
        """Open a void or return dialog; when it is done, show `confirmation` with the balance."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        finished.connect(
            lambda balance: self._after_change(confirmation.format(points=points_text(balance)))
        )
        dialog.open()
        return dialog

    def _after_change(self, confirmation: str) -> None:
        self.refresh()
        self.confirmation_label.setText(confirmation)
        self.confirmation_label.show()
        self.changed.emit(self._member_id)

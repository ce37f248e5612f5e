"""Pickup orders waiting at the shop: overdue first; new, ready, collected, cancelled, slip printed."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.money import format_money
from shopkeeper.printing.note_parts import shop_logo_or_none
from shopkeeper.printing.slips import pickup_slip_pdf
from shopkeeper.sales.pickup_records import PickupOrder
from shopkeeper.shop import Shop
from ui.bidi import isolate, leading_alignment, ltr
from ui.dialogs.new_pickup import NewPickupDialog
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.messages import error_text
from ui.models.pickup_list import PICKUP_COLUMNS, PickupListModel, items_text, status_text
from ui.widgets.record_table import select_row
from ui.widgets.text_label import TextLabel

NOTICE_STYLE = "background: #e3f4e1; color: #1d4d1a; border: 1px solid #9bd294; border-radius: 6px; padding: 6px 10px;"
ERROR_STYLE = "color: #b3261e;"
DETAILS_STYLE = (
    "background: #f4f6fa; border: 1px solid #d9dee8; border-radius: 6px; padding: 8px 10px;"
)


class PickupsPage(QWidget):
    """The waiting orders and what can be done with the selected one. Emits `memberRequested(id)`."""

    memberRequested = Signal(int)

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self.shown_order: PickupOrder | None = None
        self.model = PickupListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PICKUP_COLUMNS.index("items"), QHeaderView.ResizeMode.Stretch)
        em = self.table.fontMetrics().horizontalAdvance("0")
        for column, chars in {"number": 4, "code": 8, "customer": 14, "ready_by": 10,
                              "status": 12, "due": 8, "shelf": 5}.items():  # fmt: skip
            self.table.setColumnWidth(PICKUP_COLUMNS.index(column), em * chars + 16)
        # selectionChanged: a mouse click moves the current row before it selects it
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.new_button = QPushButton(self.tr("New pickup order…"))
        self.new_button.clicked.connect(lambda: self.new_order())
        self.ready_button = QPushButton(self.tr("Mark ready"))
        self.ready_button.clicked.connect(lambda: self._change("ready"))
        self.collect_button = QPushButton(self.tr("Collected"))
        self.collect_button.clicked.connect(lambda: self._change("collect"))
        self.cancel_button = QPushButton(self.tr("Cancel order"))
        self.cancel_button.clicked.connect(lambda: self._change("cancel"))
        self.whatsapp_button = QPushButton(self.tr("Send WhatsApp"))
        self.whatsapp_button.setToolTip(self.tr("Tell the customer the order is ready"))
        self.whatsapp_button.clicked.connect(self.send_whatsapp)
        self.slip_size = QComboBox()
        self.slip_size.addItem(self.tr("A6 slip"), "a6")
        self.slip_size.addItem(self.tr("62 mm label"), "label62")
        self.slip_button = QPushButton(self.tr("Print slip…"))
        self.slip_button.clicked.connect(lambda: self.print_slip())
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.ready_button, self.collect_button,
                       self.cancel_button, self.whatsapp_button):  # fmt: skip
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.slip_size)
        buttons.addWidget(self.slip_button)

        self.notice_label = TextLabel(wrap=True)
        self.notice_label.hide()
        self.details = TextLabel(wrap=True, selectable=True)
        self.details.setMinimumWidth(220)
        self.details.setAlignment(leading_alignment(Qt.AlignmentFlag.AlignTop))
        self.details.setStyleSheet(DETAILS_STYLE)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.notice_label)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the waiting orders again, keeping the one shown selected."""
        keep = self.shown_order.id if self.shown_order else None
        self.model.set_orders(self._shop.pickups.waiting(on=self._today()))
        if keep is not None:
            self._select(keep)
        self._selection_changed()

    def open_order(self, order_id: int) -> None:
        """Show one order (a scanned slip): selected in the list if it is waiting, detailed beside."""
        self.refresh()
        if not self._select(order_id):
            self.table.clearSelection()
            self._show(self._shop.pickups.get(order_id))

    def _select(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def _selection_changed(self) -> None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().isSelected(index) if index.isValid() else False
        self._show(self.model.order(index.row()) if selected else None)

    def _show(self, order: PickupOrder | None) -> None:
        self.shown_order = order
        waiting = order is not None and order.waiting
        self.ready_button.setEnabled(waiting and order.status == "new")
        self.collect_button.setEnabled(waiting)
        self.cancel_button.setEnabled(waiting)
        self.slip_button.setEnabled(order is not None)
        self.whatsapp_button.setEnabled(
            order is not None and order.status == "ready" and bool(order.customer_phone)
        )
        self.details.setText(self.describe(order) if order else self.tr("No order selected."))

    def describe(self, order: PickupOrder) -> str:
        lines = [
            self.tr("Order {number} — code {code}").format(
                number=ltr(str(order.number)), code=ltr(order.code)
            ),
            status_text(order),
            order.customer_name and isolate(order.customer_name),
            order.customer_phone and ltr(order.customer_phone),
            items_text(order),
            self.tr("Total {total}, paid {paid}, to pay {due}").format(
                total=ltr(format_money(order.total)),
                paid=ltr(format_money(order.paid)),
                due=ltr(format_money(order.due)),
            ),
            self.tr("Ready by {day}").format(day=ltr(order.ready_by.strftime("%d/%m/%Y"))),
            order.shelf and self.tr("Shelf {shelf}").format(shelf=isolate(order.shelf)),
            order.note,
        ]
        return "\n".join(line for line in lines if line)

    # -- acting ----------------------------------------------------------------------------
    def new_order(self, member_id: int | None = None) -> NewPickupDialog:
        dialog = NewPickupDialog(self._shop, member_id, today=self._today, parent=self)
        dialog.orderCreated.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, order_id: int) -> None:
        self.open_order(order_id)
        order = self.shown_order
        if order is not None:
            self._notice(self.tr("Order {number} saved, pickup code {code}.").format(
                number=ltr(str(order.number)), code=ltr(order.code)))  # fmt: skip

    def _change(self, action: str) -> None:
        order = self.shown_order
        if order is None:
            return
        try:
            changed = getattr(self._shop.pickups, action)(order.id)
        except ShopError as error:
            self._notice(error_text(error), error=True)
            return
        self.open_order(changed.id)
        texts = {
            "ready": self.tr("Order {number} is ready."),
            "collect": self.tr("Order {number} was collected."),
            "cancel": self.tr("Order {number} was cancelled."),
        }
        text = texts[action].format(number=ltr(str(changed.number)))
        if action == "ready" and self.whatsapp_button.isEnabled():
            text += " " + self.tr("Send WhatsApp to tell the customer.")
            self.whatsapp_button.setFocus()
        self._notice(text)

    def send_whatsapp(self) -> str | None:
        """Open WhatsApp with the "ready" message for the shown order; returns the link."""
        order = self.shown_order
        if order is None:
            return None
        link = self._shop.pickups.whatsapp_ready_link(order)
        if link:
            QDesktopServices.openUrl(QUrl(link))
        return link

    def print_slip(self) -> PrintPreviewDialog | None:
        order = self.shown_order
        if order is None:
            return None
        buffer = io.BytesIO()
        pickup_slip_pdf(order, self._shop.settings.shop_name, buffer,
                        size=self.slip_size.currentData(), language=self._shop.settings.language,
                        logo=shop_logo_or_none(self._shop))  # fmt: skip
        dialog = PrintPreviewDialog(
            buffer.getvalue(),
            title=self.tr("Slip of order {number}").format(number=order.number),
            file_name=f"pickup-{order.number}.pdf",
            parent=self,
        )
        dialog.open()
        return dialog

    def _notice(self, text: str, *, error: bool = False) -> None:
        self.notice_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.notice_label.setText(text)
        self.notice_label.show()

"""A new pickup order: who (the card's member, or found by phone or number), what, paid, ready by."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidValue, ShopError
from shopkeeper.shop import Shop
from ui.bidi import isolate, ltr, make_ltr
from ui.messages import error_text
from ui.widgets.line_items import LineItemsEditor, LineRow
from ui.widgets.money_field import MoneyEdit
from ui.widgets.text_label import TextLabel

ERROR_STYLE = "color: #b3261e;"


class PickupLinesEditor(LineItemsEditor):
    """The purchase line editor without the category column (a pickup line has none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        header = self.grid.itemAtPosition(0, 1)
        if header is not None and header.widget() is not None:
            header.widget().hide()

    def add_row(self, name: str = "", category: str = "", qty: int = 1, price=None) -> LineRow:
        row = super().add_row(name, category, qty, price)
        row.category.hide()
        return row


class NewPickupDialog(QDialog):
    """Window-modal and not blocking; emits `orderCreated(order_id)` after saving."""

    orderCreated = Signal(int)

    def __init__(
        self,
        shop: Shop,
        member_id: int | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self.member_id: int | None = None
        self.setWindowTitle(self.tr("New pickup order"))
        self.resize(620, 520)

        self.member_edit = make_ltr(QLineEdit())
        self.member_edit.setPlaceholderText(self.tr("Phone or member number"))
        self.member_edit.returnPressed.connect(self.find_member)
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_member)
        self.member_label = TextLabel(wrap=True)
        member_row = QHBoxLayout()
        member_row.addWidget(self.member_edit, 1)
        member_row.addWidget(self.find_button)

        self.lines = PickupLinesEditor()
        self.paid_edit = MoneyEdit()
        self.ready_by_edit = make_ltr(QDateEdit())
        self.ready_by_edit.setCalendarPopup(True)
        self.ready_by_edit.setDisplayFormat("dd/MM/yyyy")
        proposed = shop.pickups.proposed_ready_by(today())
        self.ready_by_edit.setDate(QDate(proposed.year, proposed.month, proposed.day))
        self.shelf_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("Member:"), member_row)
        form.addRow("", self.member_label)
        form.addRow(self.tr("Items:"), self.lines)
        form.addRow(self.tr("Paid now (₪):"), self.paid_edit)
        form.addRow(self.tr("Ready by:"), self.ready_by_edit)
        form.addRow(self.tr("Shelf:"), self.shelf_edit)
        form.addRow(self.tr("Note:"), self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if member_id is not None:
            self.set_member(member_id)
        else:
            self.member_label.setText(self.tr("No member: the order is kept without a customer."))

    def set_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        if member_id is None:
            self.setWindowTitle(self.tr("New pickup order"))
            self.member_label.setText(self.tr("No member: the order is kept without a customer."))
            return
        member = self._shop.members.get(member_id)
        self.setWindowTitle(self.tr("New pickup order — {name}").format(name=member.full_name))
        self.member_edit.setText(member.phone_display if member.phone else str(member.number))
        self.member_label.setText(
            self._member_line(member.address_form).format(
                name=isolate(member.full_name), number=ltr(str(member.number))
            )
        )

    def _member_line(self, form: str) -> str:
        """ "{name}, member {number}" in the member's form of address (m or f)."""
        if form == "m":
            return self.tr("{name}, member {number}", "masculine")
        if form == "f":
            return self.tr("{name}, member {number}", "feminine")
        return self.tr("{name}, member {number}")

    def find_member(self) -> None:
        key = clean_text(self.member_edit.text())
        if not key:
            self.set_member(None)
            return
        try:
            self.set_member(self._shop.members.find(key).id)
            self.error_label.setText("")
        except ShopError as error:
            self.member_id = None
            self.setWindowTitle(self.tr("New pickup order"))
            self.member_label.setText("")
            self.error_label.setText(error_text(error))

    def save(self) -> None:
        """Create the order; on a problem, say what it is and keep the dialog open."""
        try:
            lines = [(line.name, line.qty, line.unit_price) for line in self.lines.lines()]
            if not lines:
                raise InvalidValue(field="items", text="")
            ready = self.ready_by_edit.date()
            order = self._shop.pickups.create(
                self.member_id,
                lines,
                paid=self.paid_edit.agorot() or 0,
                ready_by=date(ready.year(), ready.month(), ready.day()),
                shelf=self.shelf_edit.text(),
                note=self.note_edit.text(),
            )
        except ShopError as error:
            self.error_label.setText(error_text(error))
            return
        self.orderCreated.emit(order.id)
        self.accept()

"""Return some items of a purchase with a reason; if their points were already spent, offer to write
them off (as the void dialog does)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import AlreadyVoided, PointsAlreadySpent, ReasonRequired, ShopError
from shopkeeper.shop import Shop
from ui.bidi import isolate, make_ltr
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.loyalty_texts import money, points_text, purchase_summary
from ui.widgets.text_label import TextLabel
from ui.widgets.write_off_box import WriteOffBox


class ReturnPurchaseDialog(QDialog):
    """Emits `returned(new_balance)` after the return. Opened with `open()`."""

    returned = Signal(int)

    def __init__(self, shop: Shop, purchase_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._purchase_id = purchase_id
        self.write_off_points = 0
        record = shop.purchases.get(purchase_id)
        if record.member_id is None:
            self.setWindowTitle(self.tr("Return items"))
        else:
            name = shop.members.get(record.member_id).full_name
            self.setWindowTitle(self.tr("Return items — {name}").format(name=name))
        self.setMinimumWidth(520)

        explain = TextLabel(
            self.tr(
                "Choose how many of each item came back; their spend, points and stamps are taken back."
            )
        )
        explain.setStyleSheet("color: #5a6270;")
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.quantity_boxes: dict[int, QSpinBox] = {}
        row = 0
        for line in record.lines:
            left = line.qty - line.returned_qty
            if left <= 0:
                continue
            name = TextLabel(
                self.tr("{name} ({price} each)").format(
                    name=isolate(line.name), price=money(line.unit_price)
                )
            )
            bought = TextLabel(
                self.tr("bought {qty}, returned {returned}").format(
                    qty=line.qty, returned=line.returned_qty
                ),
                wrap=False,
            )
            bought.setStyleSheet("color: #5a6270;")
            box = make_ltr(QSpinBox())
            box.setRange(0, left)
            grid.addWidget(name, row, 0)
            grid.addWidget(bought, row, 1)
            grid.addWidget(box, row, 2)
            self.quantity_boxes[line.id] = box
            row += 1
        self.nothing_label = TextLabel(self.tr("Nothing is left to return on this purchase."))
        self.nothing_label.setVisible(not self.quantity_boxes)

        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("for example: too small, broken"))
        self.reason_edit.returnPressed.connect(self.return_items)
        self.reason_error = ErrorLabel()
        self.general_error = ErrorLabel()

        self.spent_box = WriteOffBox(lambda: self.return_items(write_off=True))
        self.spent_label = self.spent_box.label
        self.write_off_button = self.spent_box.button

        form = QFormLayout()
        form.addRow(self.tr("Purchase"), TextLabel(purchase_summary(record)))
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.reason_error)

        self.buttons = QDialogButtonBox()
        self.return_button = self.buttons.addButton(
            self.tr("Return"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.return_button.setAutoDefault(False)
        self.return_button.setEnabled(bool(self.quantity_boxes) and record.voided_at is None)
        self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        ).setAutoDefault(False)
        self.buttons.accepted.connect(self.return_items)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(grid)
        layout.addWidget(self.nothing_label)
        layout.addLayout(form)
        layout.addWidget(self.spent_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def quantities(self) -> dict[int, int]:
        """{line id: how many come back} for the lines with a number above 0."""
        return {line_id: box.value() for line_id, box in self.quantity_boxes.items() if box.value()}

    def return_items(self, write_off: bool = False) -> bool:
        """Return what was chosen, with the reason typed; True when done (the dialog then closes)."""
        self.reason_error.clear_error()
        self.general_error.clear_error()
        quantities = self.quantities()
        if not quantities:
            self.general_error.show_error(self.tr("Choose how many of which items came back."))
            return False
        try:
            result = self._shop.purchases.return_lines(
                self._purchase_id,
                quantities,
                self.reason_edit.text(),
                by="counter",
                write_off=write_off,
            )
        except ReasonRequired:
            self.reason_error.show_error(self.tr("Say why the items came back."))
            self.reason_edit.setFocus()
            return False
        except PointsAlreadySpent as exc:
            self._offer_write_off(exc)
            return False
        except (AlreadyVoided, ShopError) as exc:
            self.general_error.show_error(error_text(exc))
            return False
        self.returned.emit(result.balance)
        self.accept()
        return True

    def _offer_write_off(self, error: PointsAlreadySpent) -> None:
        self.write_off_points = WriteOffBox.shortfall(error)
        self.return_button.setEnabled(False)
        self.spent_box.offer(
            error,
            self.tr("Return and write off {points}").format(
                points=points_text(self.write_off_points)
            ),
        )

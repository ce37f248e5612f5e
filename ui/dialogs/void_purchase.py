"""Void a purchase with a reason; if its points were already spent, offer to write them off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import AlreadyVoided, PointsAlreadySpent, ReasonRequired, ShopError
from shopkeeper.shop import Shop
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.loyalty_texts import points_text, purchase_summary
from ui.widgets.member_texts import short_date
from ui.widgets.text_label import TextLabel
from ui.widgets.write_off_box import WriteOffBox


class VoidPurchaseDialog(QDialog):
    """Emits `voided(new_balance)` after the void. Not modal by itself: opened with `open()`."""

    voided = Signal(int)

    def __init__(self, shop: Shop, purchase_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._purchase_id = purchase_id
        self.write_off_points = 0
        record = shop.purchases.get(purchase_id)
        if record.member_id is None:
            self.setWindowTitle(self.tr("Void purchase"))
        else:
            name = shop.members.get(record.member_id).full_name
            self.setWindowTitle(self.tr("Void purchase — {name}").format(name=name))
        self.setMinimumWidth(520)

        summary = TextLabel(purchase_summary(record))
        explain = TextLabel(
            self.tr("The points, stamps, rewards and spend of this purchase are taken back.")
        )
        explain.setStyleSheet("color: #5a6270;")
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("for example: entered twice, wrong member"))
        self.reason_edit.returnPressed.connect(self.void)
        self.reason_error = ErrorLabel()
        self.general_error = ErrorLabel()

        self.spent_box = WriteOffBox(lambda: self.void(write_off=True))
        self.spent_label = self.spent_box.label
        self.write_off_button = self.spent_box.button

        form = QFormLayout()
        form.addRow(self.tr("Purchase"), summary)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.reason_error)

        self.buttons = QDialogButtonBox()
        self.void_button = self.buttons.addButton(
            self.tr("Void purchase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.void_button.setAutoDefault(False)
        self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        ).setAutoDefault(False)
        self.buttons.accepted.connect(self.void)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.spent_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if record.voided_at is not None:
            self._already(AlreadyVoided(id=purchase_id, on=short_date(record.voided_at.date())))
        self.reason_edit.setFocus()

    def _already(self, error: AlreadyVoided) -> None:
        self.general_error.show_error(error_text(error))
        self.void_button.setEnabled(False)
        self.reason_edit.setEnabled(False)
        self.spent_box.hide()

    def void(self, write_off: bool = False) -> bool:
        """Void with the reason typed; True when done (the dialog then closes)."""
        self.reason_error.clear_error()
        self.general_error.clear_error()
        try:
            result = self._shop.purchases.void(
                self._purchase_id, self.reason_edit.text(), by="counter", write_off=write_off
            )
        except ReasonRequired:
            self.reason_error.show_error(self.tr("Say why the purchase is voided."))
            self.reason_edit.setFocus()
            return False
        except PointsAlreadySpent as exc:
            self._offer_write_off(exc)
            return False
        except AlreadyVoided as exc:
            self._already(exc)
            return False
        except ShopError as exc:
            self.general_error.show_error(error_text(exc))
            return False
        self.voided.emit(result.balance)
        self.accept()
        return True

    def _offer_write_off(self, error: PointsAlreadySpent) -> None:
        self.write_off_points = WriteOffBox.shortfall(error)
        self.void_button.setEnabled(False)
        self.spent_box.offer(
            error,
            self.tr("Void and write off {points}").format(
                points=points_text(self.write_off_points)
            ),
        )

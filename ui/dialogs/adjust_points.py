"""A manual change of a member's points, with the reason it needs."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import InsufficientPoints, ReasonRequired, ShopError
from shopkeeper.shop import Shop
from ui.bidi import make_ltr
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.loyalty_texts import points_text
from ui.widgets.text_label import TextLabel


class AdjustPointsDialog(QDialog):
    """Emits `adjusted(new_balance)`. Not modal by itself: opened with `open()`."""

    adjusted = Signal(int)

    def __init__(self, shop: Shop, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member_id = member_id
        self._balance = shop.ledger.balance(member_id)
        self.setWindowTitle(
            self.tr("Adjust points — {name}").format(name=shop.members.get(member_id).full_name)
        )
        self.setMinimumWidth(460)

        self.points_edit = make_ltr(QLineEdit())
        self.points_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[+-]?\d{0,7}"), self.points_edit)
        )
        self.points_edit.setPlaceholderText(self.tr("+50 or -30"))
        self.points_edit.textChanged.connect(self._show_result)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("for example: a goodwill gesture"))
        self.reason_edit.returnPressed.connect(self.save)
        self.points_error, self.reason_error, self.general_error = (
            ErrorLabel(),
            ErrorLabel(),
            ErrorLabel(),
        )
        self.result_label = TextLabel()
        self.result_label.setStyleSheet("color: #5a6270;")

        form = QFormLayout()
        form.addRow(self.tr("Points"), self.points_edit)
        form.addRow("", self.points_error)
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow("", self.reason_error)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAutoDefault(False)
        self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        ).setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._show_result()
        self.points_edit.setFocus()

    def points(self) -> int:
        text = self.points_edit.text().strip()
        return int(text) if text not in ("", "+", "-") else 0

    def _show_result(self) -> None:
        change = self.points()
        if change:
            self.result_label.setText(
                self.tr("Balance {before} → {after}").format(
                    before=points_text(self._balance), after=points_text(self._balance + change)
                )
            )
        else:
            self.result_label.setText(
                self.tr("Balance {points}").format(points=points_text(self._balance))
            )

    def save(self) -> bool:
        """Adjust the points; True when saved (the dialog then closes)."""
        for label in (self.points_error, self.reason_error, self.general_error):
            label.clear_error()
        change = self.points()
        if not change:
            self.points_error.show_error(
                self.tr("Type the points to add (+50) or to take away (-30).")
            )
            self.points_edit.setFocus()
            return False
        try:
            balance = self._shop.ledger.adjust(
                self._member_id, change, self.reason_edit.text(), by="counter"
            )
        except ReasonRequired as exc:
            self.reason_error.show_error(error_text(exc))
            self.reason_edit.setFocus()
            return False
        except InsufficientPoints as exc:
            self.points_error.show_error(error_text(exc))
            return False
        except ShopError as exc:
            self.general_error.show_error(error_text(exc))
            return False
        self.adjusted.emit(balance)
        self.accept()
        return True

"""The settings page's call rules: when a member counts as lapsed, which purchases get a
"was everything OK?" call and when."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.calls import MAX_DAYS, CallRules
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.money_field import MoneyEdit


class CallRulesForm(QWidget):
    """Edits `shop.calls.rules()`; emits `rulesSaved()` after a save."""

    rulesSaved = Signal()

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self.winback_days = self._days(1)
        self.followup_days = self._days(0)
        self.min_amount = MoneyEdit()
        self.min_amount.setPlaceholderText(self.tr("0 = shipped orders only"))
        self.save_button = QPushButton(self.tr("Save call rules"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Win-back: no purchase for (days)"), self.winback_days)
        form.addRow(self.tr("Follow-up call after (days)"), self.followup_days)
        form.addRow(self.tr("Follow up purchases of at least"), self.min_amount)
        form.addRow(self.save_button, self.saved_label)
        form.addRow("", self.error)
        self.load()

    def _days(self, least: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(least, MAX_DAYS)
        return box

    def load(self) -> None:
        """Show the saved rules (a bad stored value shows its message and the defaults)."""
        try:
            rules = self._shop.calls.rules()
        except ShopError as error:
            self.error.show_error(error_text(error))
            return
        self.winback_days.setValue(rules.winback_days)
        self.followup_days.setValue(rules.followup_days)
        self.min_amount.set_agorot(rules.followup_min_amount)

    def save(self) -> bool:
        """Save the three rules together; a refusal is shown and nothing is saved."""
        try:
            rules = CallRules(
                winback_days=self.winback_days.value(),
                followup_days=self.followup_days.value(),
                followup_min_amount=self.min_amount.agorot() or 0,
            )
            self._shop.calls.set_rules(rules)
        except ShopError as error:
            self.error.show_error(error_text(error))
            self.saved_label.clear()
            return False
        self.error.clear_error()
        self.saved_label.setText(self.tr("Saved"))
        self.rulesSaved.emit()
        return True

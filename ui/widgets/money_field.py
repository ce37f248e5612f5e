"""A field for shekel amounts, friendly to a numeric keypad: 149.90 or 149,90, left to right."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from shopkeeper.club.text import clean_text
from shopkeeper.money import parse_money
from ui.bidi import make_ltr
from ui.i18n import ui_font

# Digits with one decimal point or comma and up to two decimals; "₪" may be typed or pasted too.
AMOUNT_PATTERN = r"₪?\s*\d{0,7}([.,]\d{0,2})?"


class MoneyEdit(QLineEdit):
    """Shekels as typed; `agorot()` is None when empty and raises InvalidAmount when unusable."""

    def __init__(self, *, point_size: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_ltr(self)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self))
        self.setPlaceholderText("0.00")
        if point_size:
            self.setFont(ui_font(point_size))
            self.setMinimumHeight(self.fontMetrics().height() + 14)

    def is_empty(self) -> bool:
        return not clean_text(self.text()).replace("₪", "").strip()

    def agorot(self) -> int | None:
        """The amount in agorot, or None if nothing was typed."""
        if self.is_empty():
            return None
        return parse_money(self.text())

    def set_agorot(self, agorot: int | None) -> None:
        if agorot is None:
            self.clear()
            return
        shekels, cents = divmod(agorot, 100)
        self.setText(f"{shekels}.{cents:02d}" if cents else str(shekels))

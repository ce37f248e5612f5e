"""The purchase dialog's summary: the amount, each discount, the amount to pay, points and balance."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QWidget

from shopkeeper.money import format_money
from shopkeeper.sales.records import Quote
from ui.bidi import leading_alignment, ltr
from ui.i18n import ui_font
from ui.widgets.loyalty_texts import money, points_text
from ui.widgets.text_label import TextLabel

SUMMARY_STYLE = (
    "QFrame#summary { background: #f6f8fb; border: 1px solid #d9dee8; border-radius: 8px; }"
)


MINUS = "\u2212"


def discount_text(agorot: int) -> str:
    """A discount as taken off the amount: "−₪10", sign and amount isolated left to right."""
    return ltr(MINUS + format_money(agorot)) if agorot else ltr(format_money(0))


class QuoteSummary(QFrame):
    """Rows for a Quote; discount rows show only when there is a discount.

    Discounts carry a minus sign ("−₪10"), kept with the amount inside one left-to-right
    isolate so the sign stays on the amount's left in a right-to-left form too.
    """

    KEYS = ("amount", "coupon", "rewards", "points", "to_pay", "earn", "balance")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.setStyleSheet(SUMMARY_STYLE)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(leading_alignment())
        titles = {
            "amount": self.tr("Amount"),
            "coupon": self.tr("Coupon discount"),
            "rewards": self.tr("Rewards discount"),
            "points": self.tr("Points used"),
            "to_pay": self.tr("To pay"),
            "earn": self.tr("Points to earn"),
            "balance": self.tr("Balance after"),
        }
        self.values: dict[str, TextLabel] = {}
        self._titles: dict[str, TextLabel] = {}
        for key in self.KEYS:
            title = TextLabel(titles[key], wrap=False)
            value = TextLabel(wrap=False)
            value.setAlignment(leading_alignment())
            if key == "to_pay":
                title.setFont(ui_font(16, bold=True))
                value.setFont(ui_font(22, bold=True))
                value.setStyleSheet("color: #0b3d91;")
            self.form.addRow(title, value)
            self.values[key] = value
            self._titles[key] = title
        self.clear()

    def clear(self) -> None:
        """Nothing to show yet: the amount to pay reads —."""
        for key, label in self.values.items():
            label.setText("—" if key == "to_pay" else "")
            self.form.setRowVisible(self.KEYS.index(key), key in ("amount", "to_pay"))

    def show_quote(self, quote: Quote) -> None:
        texts = {
            "amount": money(quote.amount),
            "coupon": discount_text(quote.coupon_discount) if quote.coupon_discount else "",
            "rewards": discount_text(quote.reward_discount) if quote.reward_discount else "",
            "points": self.tr("{amount} for {points}").format(
                amount=discount_text(quote.points_discount),
                points=points_text(quote.points_redeemed),
            )
            if quote.points_redeemed
            else "",
            "to_pay": money(quote.to_pay),
            "earn": points_text(quote.points_to_earn),
            "balance": points_text(quote.balance_after),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
            always = key in ("amount", "to_pay", "earn", "balance")
            self.form.setRowVisible(self.KEYS.index(key), always or bool(text))

    def text(self, key: str) -> str:
        """What one row shows (for tests and screen readers), without direction marks."""
        return self.values[key].plain_text()

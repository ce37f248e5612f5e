"""The purchase summary: each discount carries a minus sign, kept with its amount left to right."""

from __future__ import annotations

from gui_support import plain
from PySide6.QtCore import Qt

from shopkeeper.sales.records import Quote
from ui.i18n import apply_language
from ui.widgets.quote_summary import QuoteSummary, discount_text

LRI, PDI = "\u2066", "\u2069"


def quote(**changes) -> Quote:
    values = dict(
        amount=200_00, lines_total=None, lines_difference=0, coupon_discount=15_00,
        reward_discount=20_00, points_discount=10_00, points_redeemed=100, to_pay=155_00,
        points_to_earn=155, balance_before=300, balance_after=355, tier="",
    )  # fmt: skip
    values.update(changes)
    return Quote(**values)


def test_a_discount_is_a_minus_amount_isolated_left_to_right():
    assert discount_text(10_00) == f"{LRI}\u2212₪10{PDI}"
    assert discount_text(12_50) == f"{LRI}\u2212₪12.50{PDI}"


def test_the_summary_shows_every_discount_with_a_minus_sign(qapp, qtbot):
    apply_language(qapp, "he")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    summary = QuoteSummary()
    qtbot.addWidget(summary)
    summary.show_quote(quote())
    assert summary.values["coupon"].text().endswith(f"{LRI}\u2212₪15{PDI}")
    assert summary.text("coupon") == f"{LRI}\u2212₪15{PDI}"
    assert summary.text("rewards") == f"{LRI}\u2212₪20{PDI}"
    assert plain(summary.text("points")).startswith("\u2212₪10")
    assert plain(summary.text("to_pay")) == "₪155"  # what is paid has no sign

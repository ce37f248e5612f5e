"""The loyalty part of the customer card: points, tier and progress, stamp cards, rewards, coupons,
the last purchases in short, and the buttons to record a purchase, adjust points or open the whole
history (where purchases are voided and returned)."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.loyalty.status import MemberLoyalty
from shopkeeper.sales.records import Receipt
from shopkeeper.shop import Shop
from ui.bidi import ltr
from ui.dialogs.adjust_points import AdjustPointsDialog
from ui.dialogs.member_history import MemberHistoryDialog
from ui.dialogs.record_purchase import RecordPurchaseDialog
from ui.dialogs.void_purchase import VoidPurchaseDialog
from ui.i18n import ui_font
from ui.widgets.loyalty_texts import (
    money,
    points_text,
    programme_text,
    purchase_summary,
    voided_text,
)
from ui.widgets.member_texts import short_date
from ui.widgets.text_label import TextLabel

PANEL_STYLE = (
    "QFrame#loyalty { background: #f3f7ff; border: 1px solid #c9d8f2; border-radius: 8px; }"
)
CONFIRM_STYLE = "background: #e3f6e8; color: #14532d; border: 1px solid #8fd19e; border-radius: 6px; padding: 6px 10px;"
MUTED = "color: #5a6270;"
PROGRESS_STEPS = 1000
RECORD_SHORTCUT = "F5"
HISTORY_SHORTCUT = "F7"


def section(title: str) -> tuple[TextLabel, TextLabel]:
    """A small bold heading and the label of lines under it."""
    head = TextLabel(title)
    head.setFont(ui_font(10, bold=True))
    body = TextLabel()
    return head, body


def multiplier_text(multiplier: Decimal) -> str:
    return ltr(f"×{multiplier.normalize():f}")


class LoyaltyPanel(QFrame):
    """Shows `shop.loyalty.for_member(id)` and re-reads it after every change made from here.

    Emits `changed(member_id)` after a purchase, a void, a return or an adjustment.
    """

    changed = Signal(int)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member_id: int | None = None
        self._loyalty: MemberLoyalty | None = None
        self.purchase_labels: dict[int, TextLabel] = {}  # purchase id → its line on the card
        self.setObjectName("loyalty")
        self.setStyleSheet(PANEL_STYLE)
        self._build()

    def _build(self) -> None:
        self.balance_label = TextLabel(wrap=False)
        self.balance_label.setFont(ui_font(18, bold=True))
        self.value_label = TextLabel(wrap=False)
        self.value_label.setStyleSheet(MUTED)
        balance_box = QVBoxLayout()
        balance_box.setSpacing(0)
        balance_box.addWidget(self.balance_label)
        balance_box.addWidget(self.value_label)

        self.record_button = QPushButton(self.tr("Record purchase…"))
        self.record_button.setFont(ui_font(12, bold=True))
        self.record_button.setMinimumHeight(self.record_button.sizeHint().height() + 10)
        self.record_button.setToolTip(
            self.tr("Amount, points, coupon and rewards in one go ({key})").format(
                key=RECORD_SHORTCUT
            )
        )
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record_purchase)
        self.adjust_button = QPushButton(self.tr("Adjust points…"))
        self.adjust_button.setAutoDefault(False)
        self.adjust_button.clicked.connect(self.adjust_points)
        top = QHBoxLayout()
        top.addLayout(balance_box, 1)
        top.addWidget(self.adjust_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.confirmation_label = TextLabel()
        self.confirmation_label.setStyleSheet(CONFIRM_STYLE)
        self.confirmation_label.hide()

        self.tier_label = TextLabel()
        self.tier_label.setFont(ui_font(11, bold=True))
        self.perk_label = TextLabel()
        self.next_label = TextLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)

        self.stamps_heading, self.stamps_label = section(self.tr("Stamp cards"))
        self.rewards_heading, self.rewards_label = section(self.tr("Rewards available now"))
        self.coupons_heading, self.coupons_label = section(self.tr("Coupons"))
        self.purchases_heading = section(self.tr("Last purchases"))[0]
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setAutoDefault(False)
        self.history_button.setShortcut(QKeySequence(HISTORY_SHORTCUT))
        self.history_button.setToolTip(
            self.tr(
                "Every purchase, points row, coupon, call and more; void or return ({key})"
            ).format(key=HISTORY_SHORTCUT)
        )
        self.history_button.clicked.connect(self.open_history)
        purchases_top = QHBoxLayout()
        purchases_top.addWidget(self.purchases_heading, 1)
        purchases_top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.no_purchases_label = TextLabel(self.tr("No purchases yet."))
        self.no_purchases_label.setStyleSheet(MUTED)
        self.purchases_grid = QGridLayout()
        self.purchases_grid.setColumnStretch(0, 1)
        self.purchases_grid.setVerticalSpacing(4)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.confirmation_label)
        for widget in (self.tier_label, self.perk_label, self.next_label, self.progress):
            layout.addWidget(widget)
        for widget in (
            self.stamps_heading,
            self.stamps_label,
            self.rewards_heading,
            self.rewards_label,
            self.coupons_heading,
            self.coupons_label,
        ):
            layout.addWidget(widget)
        layout.addLayout(purchases_top)
        layout.addWidget(self.no_purchases_label)
        layout.addLayout(self.purchases_grid)

    # -- showing ---------------------------------------------------------------------------
    @property
    def loyalty(self) -> MemberLoyalty | None:
        return self._loyalty

    def show_member(self, member_id: int) -> None:
        """Show another member (the confirmation of the previous one goes away)."""
        if member_id != self._member_id:
            self.confirmation_label.hide()
        self._member_id = member_id
        self.reload()

    def reload(self) -> None:
        """Read the member's loyalty again and show it."""
        if self._member_id is None:
            return
        loyalty = self._shop.loyalty.for_member(self._member_id)
        self._loyalty = loyalty
        self.balance_label.setText(points_text(loyalty.balance))
        self.value_label.setText(
            self.tr("worth {amount}").format(amount=money(loyalty.balance_value))
        )
        self._show_tier(loyalty)
        self._show_lines(self.stamps_heading, self.stamps_label, self._stamp_lines(loyalty))
        self._show_lines(self.rewards_heading, self.rewards_label, self._reward_lines(loyalty))
        self._show_lines(self.coupons_heading, self.coupons_label, self._coupon_lines(loyalty))
        self._show_purchases(loyalty)

    def _show_tier(self, loyalty: MemberLoyalty) -> None:
        tier = loyalty.tier
        text = self.tr("{tier} tier").format(tier=programme_text(tier.name))
        if tier.multiplier != 1:
            text += " · " + self.tr("points {multiplier}").format(
                multiplier=multiplier_text(tier.multiplier)
            )
        self.tier_label.setText(text)
        self.perk_label.setText(programme_text(tier.perk))
        self.perk_label.setVisible(bool(tier.perk))
        if tier.next_name is None or tier.to_next is None:
            self.next_label.setText(self.tr("The top tier."))
            self.progress.hide()
            return
        self.next_label.setText(
            self.tr("{amount} more to reach {tier}").format(
                amount=money(tier.to_next), tier=programme_text(tier.next_name)
            )
        )
        self.progress.setValue(round(PROGRESS_STEPS * (tier.progress or 0)))
        self.progress.setToolTip(
            self.tr("Spent in the last 12 months: {amount}").format(amount=money(tier.spend_12m))
        )
        self.progress.show()

    def _stamp_lines(self, loyalty: MemberLoyalty) -> list[str]:
        return [
            self.tr("{card}: {stamps}/{needed} — {reward}").format(
                card=programme_text(c.name),
                stamps=c.stamps,
                needed=c.needed,
                reward=programme_text(c.reward),
            )
            for c in loyalty.stamp_cards
        ]

    def _reward_lines(self, loyalty: MemberLoyalty) -> list[str]:
        lines = []
        for reward in loyalty.waiting_rewards:
            text = programme_text(reward.description)
            if reward.amount:
                text += f" ({money(reward.amount)})"
            lines.append("• " + self.tr("{reward} — waiting").format(reward=text))
        for item in loyalty.affordable_rewards:
            lines.append(
                "• "
                + self.tr("{reward} for {points}").format(
                    reward=programme_text(item.name), points=points_text(item.points)
                )
            )
        return lines

    def _coupon_lines(self, loyalty: MemberLoyalty) -> list[str]:
        lines = []
        for coupon in loyalty.coupons:
            off = ltr(coupon.describe())
            if coupon.valid_until:
                lines.append(
                    self.tr("{code} — {off} off, until {date}").format(
                        code=ltr(coupon.code), off=off, date=ltr(short_date(coupon.valid_until))
                    )
                )
            else:
                lines.append(self.tr("{code} — {off} off").format(code=ltr(coupon.code), off=off))
        return lines

    @staticmethod
    def _show_lines(head: TextLabel, body: TextLabel, lines: list[str]) -> None:
        body.setText("\n".join(lines))
        head.setVisible(bool(lines))
        body.setVisible(bool(lines))

    def _show_purchases(self, loyalty: MemberLoyalty) -> None:
        while self.purchases_grid.count():
            item = self.purchases_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.purchase_labels = {}
        self.no_purchases_label.setVisible(not loyalty.last_purchases)
        for row, record in enumerate(loyalty.last_purchases):
            summary = TextLabel(purchase_summary(record))
            self.purchase_labels[record.id] = summary
            self.purchases_grid.addWidget(summary, row, 0)
            if record.voided_at is not None:
                font = summary.font()
                font.setStrikeOut(True)
                summary.setFont(font)
                summary.setStyleSheet("color: #8a8f99;")
                summary.setToolTip(voided_text(record))
                status = TextLabel(self.tr("voided"), wrap=False)
                status.setStyleSheet("color: #b00020; font-weight: bold;")
                self.purchases_grid.addWidget(status, row, 1)

    # -- actions ---------------------------------------------------------------------------
    def record_purchase(self) -> RecordPurchaseDialog | None:
        """Open the purchase dialog for this member (window-modal, not blocking)."""
        if self._member_id is None:
            return None
        dialog = RecordPurchaseDialog(self._shop, self._member_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._purchase_recorded)
        dialog.open()
        return dialog

    def adjust_points(self) -> AdjustPointsDialog | None:
        if self._member_id is None:
            return None
        dialog = AdjustPointsDialog(self._shop, self._member_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.adjusted.connect(self._adjusted)
        dialog.open()
        return dialog

    def open_history(self) -> MemberHistoryDialog | None:
        """Open the member's whole history (window-modal, not blocking); a void or a return made
        there shows here at once."""
        if self._member_id is None:
            return None
        dialog = MemberHistoryDialog(self._shop, self._member_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._history_changed)
        dialog.open()
        return dialog

    def _history_changed(self, member_id: int) -> None:
        if member_id == self._member_id:
            self.reload()
            self.changed.emit(member_id)

    def void_purchase(self, purchase_id: int) -> VoidPurchaseDialog:
        dialog = VoidPurchaseDialog(self._shop, purchase_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.voided.connect(self._voided)
        dialog.open()
        return dialog

    def _after_change(self, confirmation: str) -> None:
        self.reload()
        self.confirmation_label.setText(confirmation)
        self.confirmation_label.show()
        if self._member_id is not None:
            self.changed.emit(self._member_id)

    def _purchase_recorded(self, receipt: Receipt) -> None:
        self._after_change(receipt_text(receipt))

    def _adjusted(self, balance: int) -> None:
        self._after_change(
            self.tr("Points adjusted; the balance is {points}.").format(points=points_text(balance))
        )

    def _voided(self, balance: int) -> None:
        self._after_change(
            self.tr("Purchase voided; the balance is {points}.").format(points=points_text(balance))
        )


def receipt_text(receipt: Receipt) -> str:
    """The short confirmation after a purchase: points earned, new tier, rewards and bonuses."""
    translate = QCoreApplication.translate
    lines = [
        translate("LoyaltyPanel", "Purchase saved: {earned}, the balance is {points}.").format(
            earned=points_text(receipt.points_earned), points=points_text(receipt.balance)
        )
    ]
    if receipt.quote.to_pay != receipt.quote.amount:
        lines.append(
            translate("LoyaltyPanel", "To pay: {amount}").format(amount=money(receipt.quote.to_pay))
        )
    if receipt.tier and receipt.tier != receipt.tier_before:
        lines.append(
            translate("LoyaltyPanel", "New tier: {tier}!").format(tier=programme_text(receipt.tier))
        )
    for reward in receipt.rewards_earned:
        lines.append(
            translate("LoyaltyPanel", "Reward earned: {reward}").format(
                reward=programme_text(reward)
            )
        )
    for bonus in receipt.bonuses:
        found = re.search(r"\d+", bonus)
        if bonus.startswith("referral") and found:
            lines.append(
                translate("LoyaltyPanel", "Referral bonus: {points} to both members").format(
                    points=points_text(int(found.group(0)))
                )
            )
    return "\n".join(lines)

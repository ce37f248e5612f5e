"""Record a purchase at the counter: amount or item lines, points, a coupon and rewards, with the
amount to pay worked out by `shop.purchases.quote` on every change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import InvalidAmount, ShopError
from shopkeeper.loyalty.earning import max_redeemable, redemption_value
from shopkeeper.sales.records import CHANNELS, FULFILMENTS, PurchaseDraft, Quote, Receipt
from shopkeeper.shop import Shop
from ui.bidi import make_ltr
from ui.dialogs.purchase_fields import FIELDS, DraftProblem, field_of, without
from ui.i18n import ui_font
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel
from ui.widgets.line_items import LineItemsEditor
from ui.widgets.loyalty_texts import (
    channel_text,
    fulfilment_text,
    money,
    points_text,
    programme_text,
)
from ui.widgets.money_field import MoneyEdit
from ui.widgets.quote_summary import QuoteSummary
from ui.widgets.text_label import TextLabel


class RecordPurchaseDialog(QDialog):
    """Emits `recorded(receipt)` after saving. Not modal by itself: the card opens it with `open()`.

    With `member_id` None it records a sale without a member: amount, lines, channel and
    fulfilment only (no points, coupon or rewards, which belong to a member)."""

    recorded = Signal(object)

    def __init__(self, shop: Shop, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._member_id = member_id
        self._programme = shop.programme.current()
        self._loyalty = shop.loyalty.for_member(member_id) if member_id is not None else None
        self.quote: Quote | None = None
        self.max_points = 0
        if member_id is None:
            self.member_name = ""
            self.setWindowTitle(self.tr("Record a sale without a member"))
        else:
            self.member_name = shop.members.get(member_id).full_name
            self.setWindowTitle(self.tr("Record purchase — {name}").format(name=self.member_name))
        self.setMinimumWidth(620)
        self._build(self.member_name)
        self.refresh()
        self.amount_edit.setFocus()

    @property
    def member_id(self) -> int | None:
        """The member the purchase is recorded for (None: a sale without a member)."""
        return self._member_id

    # -- building --------------------------------------------------------------------------
    def _build(self, name: str) -> None:
        header = TextLabel(name or self.tr("A sale without a member"))
        header.setFont(ui_font(14, bold=True))
        if self._loyalty is None:
            balance = TextLabel(self.tr("It earns no points and takes no coupon or reward."))
        else:
            balance = TextLabel(
                self.tr("Balance: {points} (worth {amount})").format(
                    points=points_text(self._loyalty.balance),
                    amount=money(self._loyalty.balance_value),
                )
            )
        balance.setStyleSheet("color: #5a6270;")

        self.amount_edit = MoneyEdit(point_size=22)
        self.amount_edit.setToolTip(self.tr("149.90 or 149,90 — Enter saves"))
        self.amount_edit.textChanged.connect(self.refresh)
        self.amount_edit.returnPressed.connect(self._amount_entered)
        self.lines_button = QPushButton(self.tr("Item lines…"))
        self.lines_button.setCheckable(True)
        self.lines_button.setAutoDefault(False)
        self.lines_button.toggled.connect(self._toggle_lines)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.lines_button)

        categories = {c.category for c in self._programme.stamp_cards}
        categories |= set(self._programme.excluded_categories)
        self.lines_editor = LineItemsEditor(sorted(categories))
        self.lines_editor.changed.connect(self.refresh)
        self.lines_editor.hide()
        self.lines_info = TextLabel()
        self.lines_info.setStyleSheet("color: #7a4b00;")
        self.lines_info.hide()

        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_text(channel), channel)
        self.fulfilment_combo = QComboBox()
        for fulfilment in FULFILMENTS:
            self.fulfilment_combo.addItem(fulfilment_text(fulfilment), fulfilment)
        self.channel_combo.currentIndexChanged.connect(self.refresh)
        self.fulfilment_combo.currentIndexChanged.connect(self.refresh)
        how_row = QHBoxLayout()
        how_row.addWidget(self.channel_combo)
        how_row.addWidget(self.fulfilment_combo)
        how_row.addStretch(1)

        self.points_edit = make_ltr(QLineEdit())
        self.points_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,7}"), self.points_edit)
        )
        self.points_edit.setPlaceholderText("0")
        self.points_edit.setMaximumWidth(140)
        self.points_edit.textChanged.connect(self.refresh)
        self.points_edit.returnPressed.connect(self._focus_save)
        self.max_button = QPushButton(self.tr("Max"))
        self.max_button.setAutoDefault(False)
        self.max_button.clicked.connect(self.use_max_points)
        self.max_label = TextLabel(wrap=False)
        self.max_label.setStyleSheet("color: #5a6270;")
        points_row = QHBoxLayout()
        points_row.addWidget(self.points_edit)
        points_row.addWidget(self.max_button)
        points_row.addWidget(self.max_label, 1)

        self.coupon_edit = make_ltr(QLineEdit())
        self.coupon_edit.setPlaceholderText(self.tr("type or scan"))
        self.coupon_edit.setMaximumWidth(220)
        self.coupon_edit.textChanged.connect(self.refresh)
        self.coupon_edit.returnPressed.connect(self._focus_save)

        self.reward_boxes: list[QCheckBox] = []
        rewards_box = QVBoxLayout()
        waiting = self._loyalty.waiting_rewards if self._loyalty else ()
        affordable = self._loyalty.affordable_rewards if self._loyalty else ()
        for reward in waiting:
            text = programme_text(reward.description)
            if reward.amount:
                text += f" ({money(reward.amount)})"
            self._add_reward_box(
                rewards_box,
                self.tr("{reward} — waiting").format(reward=text),
                ("waiting", reward.id),
            )
        for item in affordable:
            self._add_reward_box(
                rewards_box,
                self.tr("{reward} for {points}").format(
                    reward=programme_text(item.name), points=points_text(item.points)
                ),
                ("catalogue", item.name),
            )

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("optional"))

        self.errors = {field: ErrorLabel() for field in FIELDS}
        form = QFormLayout()
        form.addRow(self.tr("Amount"), amount_row)
        form.addRow("", self.errors["amount"])
        form.addRow("", self.lines_editor)
        form.addRow("", self.lines_info)
        form.addRow("", self.errors["lines"])
        form.addRow(self.tr("Sold"), how_row)
        form.addRow(self.tr("Use points"), points_row)
        form.addRow("", self.errors["points"])
        form.addRow(self.tr("Coupon code"), self.coupon_edit)
        form.addRow("", self.errors["coupon"])
        if self._loyalty is None:  # a member's points and coupons: not for a sale without one
            form.setRowVisible(points_row, False)
            form.setRowVisible(self.coupon_edit, False)
        if self.reward_boxes:
            form.addRow(self.tr("Rewards"), rewards_box)
        form.addRow("", self.errors["rewards"])
        form.addRow(self.tr("Note"), self.note_edit)

        self.summary = QuoteSummary()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save purchase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(balance)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)

    def _add_reward_box(self, layout: QVBoxLayout, text: str, data: tuple) -> None:
        box = QCheckBox(text)
        box.setProperty("reward", data)
        box.toggled.connect(self.refresh)
        layout.addWidget(box)
        self.reward_boxes.append(box)

    def _toggle_lines(self, shown: bool) -> None:
        self.lines_editor.setVisible(shown)
        if shown:
            self.lines_editor.rows[0].name.setFocus()
        else:
            self.lines_editor.clear()
        self.refresh()

    # -- the draft and its quote -----------------------------------------------------------
    def draft(self) -> PurchaseDraft | None:
        """The purchase as typed; None until an amount or a line is there. DraftProblem if a field
        cannot be read."""
        try:
            amount = self.amount_edit.agorot()
        except InvalidAmount as exc:
            raise DraftProblem("amount", exc) from None
        try:
            lines = self.lines_editor.lines() if self.lines_editor.isVisibleTo(self) else ()
        except InvalidAmount as exc:
            raise DraftProblem("lines", exc) from None
        if amount is None and not lines:
            return None
        waiting = tuple(b.property("reward")[1] for b in self._ticked("waiting"))
        catalogue = tuple(b.property("reward")[1] for b in self._ticked("catalogue"))
        return PurchaseDraft(
            member_id=self._member_id,
            amount=amount,
            lines=lines,
            channel=self.channel_combo.currentData(),
            fulfilment=self.fulfilment_combo.currentData(),
            note=self.note_edit.text(),
            redeem_points=int(self.points_edit.text() or 0),
            coupon_code=self.coupon_edit.text(),
            reward_ids=waiting,
            catalogue_rewards=catalogue,
        )

    def _ticked(self, kind: str) -> list[QCheckBox]:
        return [b for b in self.reward_boxes if b.isChecked() and b.property("reward")[0] == kind]

    def refresh(self) -> None:
        """Quote the purchase as typed; show the summary and each problem next to its field."""
        for label in self.errors.values():
            label.clear_error()
        self.quote = None
        try:
            draft = self.draft()
        except DraftProblem as problem:
            self.errors[problem.field].show_error(error_text(problem.error))
            draft = None
        base = self._quote_parts(replace(draft, redeem_points=0)) if draft else None
        self._show_max(base)
        quote = base
        if draft is not None and base is not None and draft.redeem_points:
            try:
                quote = self._shop.purchases.quote(draft)
            except ShopError as exc:
                self.errors[field_of(exc, draft)].show_error(error_text(exc))
        self._show_lines_info(base)
        if quote is None:
            self.summary.clear()
        else:
            self.summary.show_quote(quote)
            if self._loyalty is None:  # no member: no points to earn, no balance
                for key in ("earn", "balance"):
                    self.summary.form.setRowVisible(self.summary.KEYS.index(key), False)
        ok = quote is not None and not any(label.text() for label in self.errors.values())
        self.quote = quote if ok else None
        self.save_button.setEnabled(ok)

    def _quote_parts(self, draft: PurchaseDraft) -> Quote | None:
        """Quote `draft`; a refused coupon or reward is shown and the rest quoted without it."""
        current: PurchaseDraft | None = draft
        while current is not None:
            try:
                return self._shop.purchases.quote(current)
            except ShopError as exc:
                field = field_of(exc, current)
                self.errors[field].show_error(error_text(exc))
                current = without(current, field)
        return None

    def _show_max(self, base: Quote | None) -> None:
        """How many points this purchase can take, and whether that reaches the minimum."""
        programme = self._programme
        if base is None:
            self.max_points = 0
            balance = self._loyalty.balance if self._loyalty else 0
            self.max_label.setText(self.tr("Balance {points}").format(points=points_text(balance)))
            self.max_button.setEnabled(False)
            return
        self.max_points = max_redeemable(
            programme, base.balance_before - base.points_redeemed, base.to_pay
        )
        self.max_button.setEnabled(self.max_points > 0)
        if self.max_points:
            self.max_label.setText(
                self.tr("up to {points} ({amount})").format(
                    points=points_text(self.max_points),
                    amount=money(redemption_value(programme, self.max_points)),
                )
            )
        else:
            self.max_label.setText(
                self.tr("not enough to redeem (at least {points})").format(
                    points=points_text(programme.min_redeem)
                )
            )

    def _show_lines_info(self, base: Quote | None) -> None:
        text = ""
        if base is not None and base.lines_total is not None:
            text = self.tr("The lines add up to {total}.").format(total=money(base.lines_total))
            if base.lines_difference:
                text += " " + self.tr("That is {difference} different from the amount.").format(
                    difference=money(base.lines_difference)
                )
        self.lines_info.setText(text)
        self.lines_info.setVisible(bool(text))

    # -- actions ---------------------------------------------------------------------------
    def use_max_points(self) -> None:
        """Fill in the most points this purchase can take."""
        if self.max_points:
            self.points_edit.setText(str(self.max_points))

    def _amount_entered(self) -> None:
        if self.save_button.isEnabled():
            self.save()
        else:
            self.focusNextChild()

    def _focus_save(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.setFocus()

    def save(self) -> Receipt | None:
        """Record the purchase; on a problem show it by its field and keep the dialog open."""
        self.refresh()
        if self.quote is None:
            return None
        draft = self.draft()
        assert draft is not None
        try:
            receipt = self._shop.purchases.record(draft, by="counter")
        except ShopError as exc:
            self.errors[field_of(exc, draft)].show_error(error_text(exc))
            self.save_button.setEnabled(False)
            return None
        self.recorded.emit(receipt)
        self.accept()
        return receipt

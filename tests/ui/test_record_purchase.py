"""Recording a purchase from the card: the live quote, points, coupons, rewards and lines."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui_support import TODAY, add_noa, open_card, plain
from PySide6.QtCore import Qt

from shopkeeper.sales.records import PurchaseDraft
from ui.dialogs.record_purchase import RecordPurchaseDialog
from ui.dialogs.sale_choice import SaleChoiceDialog


@pytest.fixture
def noa(shop):
    member = add_noa(shop)
    shop.ledger.adjust(member.id, 500, "opening balance", by="test")
    return member


@pytest.fixture
def dialog(window, noa, qtbot):
    open_card(window, noa.id)
    opened = window.record_purchase()
    assert isinstance(opened, RecordPurchaseDialog) and opened.isVisible()
    return opened


def test_partial_redemption_shows_the_amount_to_pay_and_saves_the_ledger(window, shop, noa, dialog):
    panel = window.counter.card.loyalty
    assert plain(panel.balance_label.plain_text()) == "500 points"
    dialog.amount_edit.setText("149,90")
    dialog.points_edit.setText("100")

    summary = dialog.summary
    assert plain(summary.text("amount")) == "₪149.90"
    assert plain(summary.text("points")) == "−₪10 for 100 points"
    assert plain(summary.text("to_pay")) == "₪139.90"
    assert plain(summary.text("earn")) == "139 points"
    assert plain(summary.text("balance")) == "539 points"
    assert dialog.save_button.isEnabled()

    receipt = dialog.save()
    assert receipt is not None and not dialog.isVisible()
    rows = [(e.kind, e.points) for e in shop.ledger.entries(noa.id)]
    assert rows[:2] == [("earn", 139), ("redeem", -100)]
    assert shop.ledger.balance(noa.id) == 539
    record = shop.purchases.get(receipt.id)
    assert (record.amount, record.paid) == (149_90, 139_90)

    # The card shows the new balance and the purchase without being reopened.
    assert plain(panel.balance_label.plain_text()) == "539 points"
    assert panel.confirmation_label.isVisibleTo(panel)
    assert "139 points" in plain(panel.confirmation_label.plain_text())
    assert receipt.id in panel.purchase_labels


def test_f5_opens_the_dialog_and_enter_in_the_amount_saves(window, shop, noa, qtbot):
    open_card(window, noa.id)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    dialog = window.findChild(RecordPurchaseDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.amount_edit.hasFocus() or dialog.amount_edit is dialog.focusWidget()
    assert dialog.amount_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.keyClicks(dialog.amount_edit, "20.5")
    qtbot.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    [purchase] = shop.purchases.for_member(noa.id)
    assert purchase.amount == 20_50
    assert shop.ledger.balance(noa.id) == 520


def test_f5_without_a_member_offers_to_find_one(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    choice = window.findChild(SaleChoiceDialog)
    assert choice is not None and choice.isVisible()
    qtbot.mouseClick(choice.find_button, Qt.MouseButton.LeftButton)
    assert not choice.isVisible()
    assert window.findChild(RecordPurchaseDialog) is None
    assert window.stack.currentWidget() is window.counter
    qtbot.waitUntil(window.counter.search_box.hasFocus)


def test_f5_without_a_member_records_a_sale_without_one(window, shop, noa, qtbot):
    window.open_member(noa.id)
    window.counter.new_search()  # Esc: the card is closed, though it still holds Noa
    choice = window.record_purchase()
    assert isinstance(choice, SaleChoiceDialog)
    qtbot.mouseClick(choice.without_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecordPurchaseDialog)
    assert dialog is not None and dialog.isVisible() and dialog.member_id is None
    assert dialog.windowTitle() == "Record a sale without a member"
    assert not dialog.points_edit.isVisibleTo(dialog)
    assert not dialog.coupon_edit.isVisibleTo(dialog)
    assert dialog.reward_boxes == []
    dialog.amount_edit.setText("45.90")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("phone"))
    summary = dialog.summary
    assert not summary.form.isRowVisible(summary.KEYS.index("earn"))  # no points for nobody
    assert summary.form.isRowVisible(summary.KEYS.index("to_pay"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = (
        shop.db.connection().execute("SELECT member_id, amount, channel FROM purchase").fetchall()
    )
    assert rows == [(None, 45_90, "phone")]
    assert shop.ledger.balance(noa.id) == 500  # nobody earned anything
    assert "₪45.90" in plain(window.counter.status_label.plain_text())


def test_the_amount_field_refuses_letters(dialog, qtbot):
    qtbot.keyClicks(dialog.amount_edit, "12a3,456")
    assert dialog.amount_edit.text() == "123,45"


def test_max_fills_the_most_points_the_purchase_can_take(dialog):
    dialog.amount_edit.setText("30")
    assert "up to 300 points" in plain(dialog.max_label.plain_text())
    dialog.max_button.click()
    assert dialog.points_edit.text() == "300"
    assert plain(dialog.summary.text("to_pay")) == "₪0"
    dialog.amount_edit.setText("5")
    assert "not enough to redeem" in plain(dialog.max_label.plain_text())
    assert not dialog.max_button.isEnabled()


def test_too_many_points_are_refused_next_to_the_field(shop, noa, dialog):
    dialog.amount_edit.setText("200")
    dialog.points_edit.setText("600")
    assert plain(dialog.errors["points"].text()) == (
        "Not enough points: 600 asked for, the balance is 500."
    )
    assert not dialog.save_button.isEnabled()
    assert plain(dialog.summary.text("to_pay")) == "₪200"  # quoted without the points
    dialog.points_edit.setText("50")
    assert "At least 100 points" in plain(dialog.errors["points"].text())
    assert dialog.save() is None
    assert shop.purchases.for_member(noa.id) == []


def test_a_used_coupon_is_refused_with_the_reason_and_nothing_is_saved(shop, noa, dialog):
    [code] = shop.coupons.create(percent=10)
    shop.purchases.record(PurchaseDraft(None, amount=50_00, coupon_code=code))
    dialog.amount_edit.setText("150")
    dialog.coupon_edit.setText(code.lower())
    assert (
        plain(dialog.errors["coupon"].text()) == f"The coupon {code} cannot be used: already used."
    )
    assert not dialog.save_button.isEnabled()
    assert plain(dialog.summary.text("to_pay")) == "₪150"
    assert dialog.save() is None
    assert shop.purchases.for_member(noa.id) == []


def test_an_expired_coupon_says_when_it_expired(shop, dialog):
    [code] = shop.coupons.create(amount=20_00, until=TODAY - timedelta(days=3))
    dialog.amount_edit.setText("150")
    dialog.coupon_edit.setText(code)
    assert plain(dialog.errors["coupon"].text()) == (
        f"The coupon {code} cannot be used: expired on 23/11/2026."
    )
    dialog.coupon_edit.setText("NOSUCHCODE")
    assert plain(dialog.errors["coupon"].text()) == "There is no coupon with the code “NOSUCHCODE”."


def test_a_valid_coupon_shows_its_discount_and_is_saved(shop, noa, dialog):
    [code] = shop.coupons.create(percent=10, member_id=noa.id)
    dialog.amount_edit.setText("150")
    dialog.coupon_edit.setText(code)
    assert not dialog.errors["coupon"].text()
    assert plain(dialog.summary.text("coupon")) == "−₪15"
    assert plain(dialog.summary.text("to_pay")) == "₪135"
    receipt = dialog.save()
    assert receipt is not None
    assert shop.purchases.get(receipt.id).coupon_code == code
    assert shop.coupons.get(code).uses == 1


def test_a_catalogue_reward_bought_with_points(shop, noa, dialog):
    [voucher] = [
        b for b in dialog.reward_boxes if b.property("reward") == ("catalogue", "₪20 voucher")
    ]
    dialog.amount_edit.setText("100")
    voucher.setChecked(True)
    assert plain(dialog.summary.text("rewards")) == "−₪20"
    assert plain(dialog.summary.text("to_pay")) == "₪80"
    assert dialog.save() is not None
    assert shop.ledger.balance(noa.id) == 500 - 200 + 80


def test_item_lines_show_their_total_and_the_difference(shop, noa, dialog):
    dialog.lines_button.setChecked(True)
    row = dialog.lines_editor.rows[0]
    row.name.setText("Shampoo")
    row.category.setCurrentText("hair")
    row.qty.setValue(2)
    row.price.setText("40")
    assert (
        plain(dialog.summary.text("amount")) == "₪80"
    )  # no amount typed: the lines are the amount
    dialog.amount_edit.setText("90")
    assert plain(dialog.lines_info.plain_text()) == (
        "The lines add up to ₪80. That is ₪10 different from the amount."
    )
    dialog.lines_editor.add_row("Comb", "hair", 1, 10_00)
    assert plain(dialog.lines_info.plain_text()) == "The lines add up to ₪90."
    receipt = dialog.save()
    lines = shop.purchases.get(receipt.id).lines
    assert [(ln.name, ln.qty, ln.unit_price) for ln in lines] == [
        ("Shampoo", 2, 40_00),
        ("Comb", 1, 10_00),
    ]
    dialog_rows = dialog.lines_editor.rows
    assert len(dialog_rows) == 2


def test_removing_a_line_updates_the_amount(dialog):
    dialog.lines_button.setChecked(True)
    dialog.lines_editor.rows[0].name.setText("Soap")
    dialog.lines_editor.rows[0].price.setText("12")
    extra = dialog.lines_editor.add_row("Towel", "", 1, 30_00)
    assert plain(dialog.summary.text("amount")) == "₪42"
    dialog.lines_editor.remove_row(extra)
    assert plain(dialog.summary.text("amount")) == "₪12"


def test_channel_and_fulfilment_are_saved(shop, dialog):
    dialog.amount_edit.setText("60")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("phone"))
    dialog.fulfilment_combo.setCurrentIndex(dialog.fulfilment_combo.findData("pickup"))
    receipt = dialog.save()
    record = shop.purchases.get(receipt.id)
    assert (record.channel, record.fulfilment) == ("phone", "pickup")


def test_a_waiting_stamp_card_reward_is_used(window, shop, noa):
    shop.programme.set(
        "stamp_cards",
        '[{"name": "Coffee card", "category": "coffee", "stamps_needed": 2, '
        '"reward": "a free coffee", "reward_amount": 12}]',
    )
    from shopkeeper.sales.records import LineDraft

    shop.purchases.record(
        PurchaseDraft(noa.id, lines=(LineDraft("Latte", "coffee", 2, 15_00),)), by="test"
    )
    panel = open_card(window, noa.id)
    assert "a free coffee (₪12) — waiting" in plain(panel.rewards_label.plain_text())
    dialog = panel.record_purchase()
    [waiting] = [b for b in dialog.reward_boxes if b.property("reward")[0] == "waiting"]
    dialog.amount_edit.setText("40")
    waiting.setChecked(True)
    assert plain(dialog.summary.text("rewards")) == "−₪12"
    assert plain(dialog.summary.text("to_pay")) == "₪28"
    assert dialog.save() is not None
    assert "waiting" not in plain(panel.rewards_label.plain_text())

"""The loyalty part of the customer card, points adjustments, and the members page's columns."""

from __future__ import annotations

from datetime import timedelta

from gui_support import TODAY, add_noa, open_card, plain
from PySide6.QtCore import QModelIndex, Qt

from shopkeeper.sales.records import LineDraft, PurchaseDraft
from ui.dialogs.adjust_points import AdjustPointsDialog
from ui.models.member_list import LIST_COLUMNS


def test_card_shows_balance_tier_progress_stamps_rewards_coupons(window, shop):
    noa = add_noa(shop)
    shop.programme.set(
        "stamp_cards",
        '[{"name": "Coffee card", "category": "coffee", "stamps_needed": 10, '
        '"reward": "a free coffee", "reward_amount": 12}]',
    )
    shop.purchases.record(
        PurchaseDraft(noa.id, lines=(LineDraft("Latte", "coffee", 3, 15_00),)), by="test"
    )
    shop.purchases.record(PurchaseDraft(noa.id, amount=1_500_00), by="test")
    [code] = shop.coupons.create(percent=10, member_id=noa.id, until=TODAY + timedelta(days=30))
    panel = open_card(window, noa.id)

    assert plain(panel.balance_label.plain_text()) == "1,545 points"
    assert plain(panel.value_label.plain_text()) == "worth ₪154.50"
    assert plain(panel.tier_label.plain_text()) == "Member tier"
    assert plain(panel.next_label.plain_text()) == "₪455 more to reach Silver"
    assert panel.progress.isVisibleTo(panel)
    assert panel.progress.value() == round(1000 * 1_545_00 / 2_000_00)
    assert plain(panel.stamps_label.plain_text()) == "Coffee card: 3/10 — a free coffee"
    rewards = plain(panel.rewards_label.plain_text()).split("\n")
    assert rewards == [
        "• ₪20 voucher for 200 points",
        "• ₪50 voucher for 450 points",
        "• Gift bag for 300 points",
    ]
    assert plain(panel.coupons_label.plain_text()) == f"{code} — 10% off, until 26/12/2026"
    assert len(panel.purchase_labels) == 2


def test_a_new_member_has_no_purchases_and_a_top_tier_hides_the_bar(window, shop):
    noa = add_noa(shop)
    panel = open_card(window, noa.id)
    assert panel.no_purchases_label.isVisibleTo(panel)
    assert not panel.rewards_heading.isVisibleTo(panel)
    shop.purchases.record(PurchaseDraft(noa.id, amount=12_000_00), by="test")
    panel.reload()
    assert plain(panel.tier_label.plain_text()) == "VIP tier · points ×2"
    assert plain(panel.next_label.plain_text()) == "The top tier."
    assert not panel.progress.isVisibleTo(panel)
    assert "Early access" in plain(panel.perk_label.plain_text())


def test_a_purchase_that_reaches_a_tier_says_so(window, shop):
    noa = add_noa(shop)
    panel = open_card(window, noa.id)
    dialog = panel.record_purchase()
    dialog.amount_edit.setText("2000")
    dialog.save()
    text = plain(panel.confirmation_label.plain_text())
    assert "New tier: Silver!" in text
    assert plain(panel.tier_label.plain_text()).startswith("Silver tier")


def test_adjusting_points_needs_a_reason(window, shop):
    noa = add_noa(shop)
    panel = open_card(window, noa.id)
    dialog = window.adjust_points()
    assert isinstance(dialog, AdjustPointsDialog)
    assert not dialog.save()
    assert "Type the points" in dialog.points_error.text()
    dialog.points_edit.setText("+80")
    assert plain(dialog.result_label.plain_text()) == "Balance 0 points → 80 points"
    assert not dialog.save()
    assert plain(dialog.reason_error.text()) == "A manual change of points needs a reason."
    dialog.reason_edit.setText("goodwill")
    assert dialog.save()
    assert shop.ledger.balance(noa.id) == 80
    assert plain(panel.balance_label.plain_text()) == "80 points"

    again = panel.adjust_points()
    again.points_edit.setText("-100")
    again.reason_edit.setText("correction")
    assert not again.save()
    assert "Not enough points" in plain(again.points_error.text())


def test_members_page_shows_balance_and_tier_and_follows_changes(window, shop, qtbot):
    noa = add_noa(shop)
    shop.purchases.record(PurchaseDraft(noa.id, amount=2_500_00), by="test")
    window.refresh_pages()
    window.show_page(window.members)
    model = window.members.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    balance, tier = LIST_COLUMNS.index("balance"), LIST_COLUMNS.index("tier")
    assert model.headerData(balance, Qt.Orientation.Horizontal) == "Points"
    assert model.data(model.index(0, balance)) == "2,500"
    assert model.data(model.index(0, tier)) == "Silver"

    panel = open_card(window, noa.id)
    dialog = panel.adjust_points()
    dialog.points_edit.setText("-500")
    dialog.reason_edit.setText("gift")
    with qtbot.waitSignal(model.dataChanged):
        dialog.save()
    assert model.data(model.index(0, balance)) == "2,000"
    model.fetchMore(QModelIndex())


def test_list_model_reads_loyalty_for_fetched_rows_only(shop):
    from gui_support import add_many

    from ui.models.member_list import MemberListModel

    ids = add_many(shop, 12)
    shop.ledger.adjust(ids[0], 40, "test", by="test")
    model = MemberListModel(shop.member_list, page_size=5, loyalty=shop.loyalty)
    model.fetchMore(QModelIndex())
    assert set(model._points) == set(ids[:5])
    assert model.data(model.index(0, LIST_COLUMNS.index("balance"))) == "40"
    assert model.data(model.index(1, LIST_COLUMNS.index("tier"))) == "Member"

"""Voiding a purchase from the card's history: a reason is required, points come back, spent points
are written off only when asked, and a purchase voided twice is told clearly."""

from __future__ import annotations

import pytest
from gui_support import add_noa, open_card, plain

from shopkeeper.sales.records import PurchaseDraft
from ui.dialogs.void_purchase import VoidPurchaseDialog


@pytest.fixture
def noa(shop):
    return add_noa(shop)


def buy(shop, member_id, agorot):
    return shop.purchases.record(PurchaseDraft(member_id, amount=agorot), by="test")


def test_void_from_the_history_needs_a_reason_and_reverses_the_points(window, shop, noa, qtbot):
    receipt = buy(shop, noa.id, 149_90)
    panel = open_card(window, noa.id)
    assert plain(panel.balance_label.plain_text()) == "149 points"
    history = panel.open_history()
    assert history.select_purchase(receipt.id)
    history.void_button.click()
    dialog = window.findChild(VoidPurchaseDialog)
    assert dialog is not None and dialog.isVisible()

    assert not dialog.void()
    assert plain(dialog.reason_error.text()) == "Say why the purchase is voided."
    assert shop.purchases.get(receipt.id).voided_at is None

    dialog.reason_edit.setText("entered twice")
    assert dialog.void()
    record = shop.purchases.get(receipt.id)
    assert record.voided_at is not None and record.void_reason == "entered twice"
    assert shop.ledger.balance(noa.id) == 0
    assert [e.kind for e in shop.ledger.entries(noa.id)][:1] == ["reverse"]

    # The card shows it at once: balance back to zero, the purchase marked and no longer voidable.
    assert plain(panel.balance_label.plain_text()) == "0 points"
    history.select_purchase(receipt.id)
    assert not history.void_button.isEnabled()
    summary = panel.purchases_grid.itemAtPosition(0, 0).widget()
    assert summary.font().strikeOut()
    assert panel.purchases_grid.itemAtPosition(0, 1).widget().plain_text() == "voided"
    assert "Purchase voided" in plain(history.confirmation_label.plain_text())


def test_spent_points_are_written_off_only_when_asked(window, shop, noa):
    receipt = buy(shop, noa.id, 149_90)
    shop.ledger.adjust(noa.id, -100, "spent on a gift", by="test")
    panel = open_card(window, noa.id)
    dialog = panel.void_purchase(receipt.id)
    dialog.reason_edit.setText("returned everything")
    assert not dialog.void()
    assert dialog.spent_box.isVisibleTo(dialog)
    assert "the points were spent" in plain(dialog.spent_label.plain_text())
    assert dialog.write_off_points == 100
    assert plain(dialog.write_off_button.text()) == "Void and write off 100 points"
    assert not dialog.void_button.isEnabled()
    assert shop.purchases.get(receipt.id).voided_at is None
    assert shop.ledger.balance(noa.id) == 49

    dialog.write_off_button.click()
    assert shop.purchases.get(receipt.id).voided_at is not None
    assert shop.ledger.balance(noa.id) == 0
    assert plain(panel.balance_label.plain_text()) == "0 points"


def test_a_purchase_voided_elsewhere_is_told_clearly(window, shop, noa):
    receipt = buy(shop, noa.id, 50_00)
    panel = open_card(window, noa.id)
    dialog = panel.void_purchase(receipt.id)
    shop.purchases.void(receipt.id, "at the other till", by="test")
    dialog.reason_edit.setText("mistake")
    assert not dialog.void()
    assert plain(dialog.general_error.text()) == (
        f"Purchase {receipt.id} was already voided on 26/11/2026."
    )
    assert not dialog.void_button.isEnabled()


def test_opening_the_void_of_a_voided_purchase_says_so(qtbot, shop, noa):
    receipt = buy(shop, noa.id, 50_00)
    shop.purchases.void(receipt.id, "mistake", by="test")
    dialog = VoidPurchaseDialog(shop, receipt.id)
    qtbot.addWidget(dialog)
    assert "was already voided" in plain(dialog.general_error.text())
    assert not dialog.void_button.isEnabled()

"""The history view from the customer card: opened by button and F7, rows against the ledger, the
kind filter, more rows as it scrolls, and void and return from it updating the card."""

from __future__ import annotations

import pytest
from gui_support import add_many, add_noa, open_card, plain
from PySide6.QtCore import QModelIndex, Qt

from shopkeeper.sales.records import LineDraft, PurchaseDraft
from ui.dialogs.member_history import MemberHistoryDialog
from ui.dialogs.return_purchase import ReturnPurchaseDialog
from ui.dialogs.void_purchase import VoidPurchaseDialog
from ui.models.history_model import HISTORY_COLUMNS, HistoryModel


@pytest.fixture
def noa(shop):
    return add_noa(shop)


def column(model, row: int, name: str) -> str:
    return plain(model.data(model.index(row, HISTORY_COLUMNS.index(name))) or "")


def open_history(window, qtbot, member_id) -> MemberHistoryDialog:
    panel = open_card(window, member_id)
    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(MemberHistoryDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_button_opens_the_history_with_totals_and_rows_against_the_ledger(
    window, shop, noa, qtbot
):
    shop.purchases.record(
        PurchaseDraft(noa.id, lines=(LineDraft("Latte", "coffee", 2, 15_00),)), by="test"
    )
    shop.ledger.adjust(noa.id, -10, "a small gift", by="test")
    shop.purchases.record(PurchaseDraft(noa.id, amount=100_00), by="test")
    dialog = open_history(window, qtbot, noa.id)
    assert plain(dialog.windowTitle()) == "History — Noa Cohen"
    totals = plain(dialog.totals_label.plain_text())
    assert "Last 12 months: 2 visits, ₪130" in totals
    assert "average basket ₪65" in totals and "Favourite categories: coffee" in totals

    model = dialog.model
    ledger = {e.id: e for e in shop.ledger.entries(noa.id)}
    points_rows = [r for r in range(model.rowCount()) if model.entry(r).kind == "points"]
    assert len(points_rows) == len(ledger) == 3
    # Oldest first, each Balance is the ledger's sum up to that row; the newest is the card's balance.
    running = 0
    for row in reversed(points_rows):
        running += ledger[model.entry(row).id].points
        assert column(model, row, "balance") == f"{running:,}"
    assert column(model, points_rows[0], "balance") == f"{shop.ledger.balance(noa.id):,}"
    assert column(model, points_rows[0], "points") == "+100"
    assert column(model, 0, "kind") == "Purchase"
    assert column(model, 0, "amount") == "₪100"
    latte = next(
        r
        for r in range(model.rowCount())
        if model.entry(r).purchase and model.entry(r).purchase.lines
    )
    assert "Latte ×2" in column(model, latte, "details")


def test_f7_opens_the_history_of_the_member_on_the_card(window, shop, noa, qtbot):
    (other,) = add_many(shop, 1)
    theirs = shop.purchases.record(PurchaseDraft(other, amount=70_00), by="test")
    ours = shop.purchases.record(PurchaseDraft(noa.id, amount=30_00), by="test")
    open_card(window, other)
    open_card(window, noa.id)
    qtbot.keyClick(window, Qt.Key.Key_F7)  # a button's shortcut clicks it a moment later
    qtbot.waitUntil(lambda: window.findChild(MemberHistoryDialog) is not None, timeout=2000)
    dialog = window.findChild(MemberHistoryDialog)
    assert dialog.isVisible()
    assert plain(dialog.windowTitle()) == "History — Noa Cohen"
    entries = dialog.model.entries()
    purchases = [e.purchase for e in entries if e.kind == "purchase"]
    assert [(p.id, p.member_id) for p in purchases] == [(ours.id, noa.id)]
    assert theirs.id != ours.id
    noa_ledger = {e.id for e in shop.ledger.entries(noa.id)}
    assert {e.id for e in entries if e.kind == "points"} == noa_ledger


def test_the_kind_filter_shows_one_kind(window, shop, noa, qtbot):
    shop.purchases.record(PurchaseDraft(noa.id, amount=50_00), by="test")
    shop.calls.log(noa.id, "reached", reason="other", note="all good", by="test")
    dialog = open_history(window, qtbot, noa.id)
    assert {e.kind for e in dialog.model.entries()} == {"purchase", "points", "call"}
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("calls"))
    assert [e.kind for e in dialog.model.entries()] == ["call"]
    assert column(dialog.model, 0, "state") == "Reached"
    dialog.set_kinds("points")
    assert {e.kind for e in dialog.model.entries()} == {"points"}
    dialog.set_kinds("all")
    assert dialog.model.rowCount() == 3


def test_more_rows_load_as_the_view_scrolls(window, shop, noa, qtbot):
    for n in range(250):
        shop.ledger.adjust(noa.id, 1, f"tick {n}", by="test")
    dialog = open_history(window, qtbot, noa.id)
    assert dialog.model.rowCount() == 100
    assert dialog.model.canFetchMore()
    dialog.view.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 100, timeout=2000)
    while dialog.model.canFetchMore():
        dialog.view.scrollToBottom()
        qtbot.wait(10)
    assert dialog.model.rowCount() == 250
    balances = [int(column(dialog.model, r, "balance")) for r in range(250)]
    assert balances == list(range(250, 0, -1))


def test_void_from_the_history_updates_the_card(window, shop, noa, qtbot):
    receipt = shop.purchases.record(PurchaseDraft(noa.id, amount=149_90), by="test")
    shop.calls.log(noa.id, "reached", reason="other", note="later", by="test")
    panel = open_card(window, noa.id)
    assert plain(panel.balance_label.plain_text()) == "149 points"
    qtbot.mouseClick(panel.history_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(MemberHistoryDialog)
    call = next(r for r in range(dialog.model.rowCount()) if dialog.model.entry(r).kind == "call")
    dialog.view.setCurrentIndex(dialog.model.index(call, 0))  # nothing to void on a call
    assert not dialog.void_button.isEnabled()
    assert dialog.select_purchase(receipt.id)
    assert dialog.void_button.isEnabled()
    assert not dialog.return_button.isEnabled()  # no lines to return
    qtbot.mouseClick(dialog.void_button, Qt.MouseButton.LeftButton)
    void = dialog.findChild(VoidPurchaseDialog)
    assert void is not None and void.isVisible()
    void.reason_edit.setText("entered twice")
    qtbot.mouseClick(void.void_button, Qt.MouseButton.LeftButton)

    assert shop.purchases.get(receipt.id).voided_at is not None
    assert plain(panel.balance_label.plain_text()) == "0 points"
    assert panel.purchases_grid.itemAtPosition(0, 1).widget().plain_text() == "voided"
    assert "0 points" in plain(dialog.confirmation_label.plain_text())
    model = dialog.model
    newest_points = next(r for r in range(model.rowCount()) if model.entry(r).kind == "points")
    assert model.entry(newest_points).state == "reverse"
    assert column(model, newest_points, "balance") == "0"
    # What the purchase earned still shows: its own earn row, then the reversal as a row of its own.
    moves = [
        column(model, r, "points")
        for r in range(model.rowCount())
        if model.entry(r).kind == "points"
    ]
    assert moves == ["-149", "+149"]
    row = next(r for r in range(model.rowCount()) if model.entry(r).kind == "purchase")
    assert model.entry(row).points == 149
    assert column(model, row, "state") == "Voided"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole).strikeOut()
    dialog.select_purchase(receipt.id)
    assert not dialog.void_button.isEnabled()


def test_return_from_the_history(window, shop, noa, qtbot):
    receipt = shop.purchases.record(
        PurchaseDraft(
            noa.id, lines=(LineDraft("Mug", "home", 2, 40_00), LineDraft("Tea", "food", 1, 20_00))
        ),
        by="test",
    )
    panel = open_card(window, noa.id)
    dialog = panel.open_history()
    dialog.select_purchase(receipt.id)
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    returning = dialog.findChild(ReturnPurchaseDialog)
    assert returning is not None
    assert plain(returning.windowTitle()) == "Return items — Noa Cohen"
    assert not returning.return_items()
    assert "Choose how many" in plain(returning.general_error.text())
    mug = next(ln.id for ln in shop.purchases.get(receipt.id).lines if ln.name == "Mug")
    returning.quantity_boxes[mug].setValue(1)
    assert not returning.return_items()
    assert plain(returning.reason_error.text()) == "Say why the items came back."
    returning.reason_edit.setText("chipped")
    qtbot.mouseClick(returning.return_button, Qt.MouseButton.LeftButton)

    assert shop.purchases.get(receipt.id).returned == 40_00
    assert plain(panel.balance_label.plain_text()) == f"{shop.ledger.balance(noa.id)} points"
    assert shop.ledger.balance(noa.id) == 60
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.entry(r).kind == "purchase"
    )
    assert column(dialog.model, row, "state") == "Returned ₪40"
    assert "(1 returned)" in column(dialog.model, row, "details")


def test_the_model_pages_without_a_view(shop, noa):
    for n in range(7):
        shop.ledger.adjust(noa.id, 1, f"tick {n}", by="test")
    model = HistoryModel(shop.history, noa.id, page_size=3)
    assert model.rowCount() == 0 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_a_purchase_tooltip_lists_its_items(shop, noa):
    shop.purchases.record(
        PurchaseDraft(noa.id, lines=(LineDraft("Latte", "coffee", 2, 15_00),)), by="test"
    )
    model = HistoryModel(shop.history, noa.id)
    model.fetchMore()
    row = next(r for r in range(model.rowCount()) if model.entry(r).kind == "purchase")
    tip = plain(
        model.data(model.index(row, HISTORY_COLUMNS.index("details")), Qt.ItemDataRole.ToolTipRole)
    )
    assert "Latte ×2 · coffee · ₪15 each" in tip


def test_a_return_whose_points_were_spent_offers_the_write_off(window, shop, noa, qtbot):
    receipt = shop.purchases.record(
        PurchaseDraft(noa.id, lines=(LineDraft("Mug", "home", 2, 40_00),)), by="test"
    )
    shop.ledger.adjust(noa.id, -70, "spent on a gift", by="test")
    panel = open_card(window, noa.id)
    dialog = panel.open_history()
    dialog.select_purchase(receipt.id)
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    returning = dialog.findChild(ReturnPurchaseDialog)
    mug = shop.purchases.get(receipt.id).lines[0].id
    returning.quantity_boxes[mug].setValue(2)
    returning.reason_edit.setText("both chipped")
    assert not returning.return_items()
    assert returning.spent_box.isVisibleTo(returning)
    assert returning.write_off_points == 70
    assert plain(returning.write_off_button.text()) == "Return and write off 70 points"
    assert not returning.return_button.isEnabled()
    assert shop.purchases.get(receipt.id).returned == 0

    qtbot.mouseClick(returning.write_off_button, Qt.MouseButton.LeftButton)
    assert shop.purchases.get(receipt.id).returned == 80_00
    assert shop.ledger.balance(noa.id) == 0
    assert plain(panel.balance_label.plain_text()) == "0 points"

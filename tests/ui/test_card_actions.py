"""Every action of the card acts on the member the card shows, and its dialog's title names them."""

from __future__ import annotations

from gui_support import add_noa
from PySide6.QtCore import Qt

from shopkeeper.club.records import MemberDraft
from shopkeeper.sales.records import PurchaseDraft
from ui.dialogs.adjust_points import AdjustPointsDialog
from ui.dialogs.new_pickup import NewPickupDialog
from ui.dialogs.print_choices import PrintChoicesDialog
from ui.dialogs.record_purchase import RecordPurchaseDialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def latest(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def test_every_card_action_names_the_member_on_the_card(window, shop, qtbot):
    add_noa(shop)
    dana = shop.members.add(MemberDraft(first_name="Dana", last_name="Levi", phone="050-765-4321"))
    dana = dana.member
    window.show_page(window.counter)
    window.counter.search_box.setText("050765")
    qtbot.waitUntil(lambda: window.counter.model.rowCount() == 1, timeout=2000)
    rect = window.counter.results.visualRect(window.counter.model.index(0, 1))
    qtbot.mouseClick(
        window.counter.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    card = window.counter.card
    assert card.member.id == dana.id

    click(qtbot, card.loyalty.record_button)
    dialog = latest(window, RecordPurchaseDialog)
    assert (dialog.member_id, dialog.windowTitle()) == (dana.id, "Record purchase — Dana Levi")
    dialog.reject()

    click(qtbot, card.loyalty.adjust_button)
    dialog = latest(window, AdjustPointsDialog)
    assert dialog.windowTitle() == "Adjust points — Dana Levi"
    dialog.reject()

    note = card.print_buttons.print_note()
    assert isinstance(note, PrintChoicesDialog)
    assert note.windowTitle() == "Thank-you note for Dana Levi"
    note.reject()
    member_card = card.print_buttons.print_card()
    assert member_card.windowTitle() == "Member card for Dana Levi"
    member_card.reject()

    message = card.touch_buttons.message("thanks")
    assert (message.member.id, message.windowTitle()) == (dana.id, "Greeting for Dana Levi")
    message.reject()

    click(qtbot, card.print_buttons.pickup_button)
    pickup = latest(window, NewPickupDialog)
    assert (pickup.member_id, pickup.windowTitle()) == (dana.id, "New pickup order — Dana Levi")
    pickup.reject()

    window.show_page(window.counter)
    click(qtbot, card.touch_buttons.feedback_button)
    feedback = window.care.feedback_dialog
    assert feedback.member.member_id == dana.id
    assert feedback.windowTitle() == "Record feedback — Dana Levi"
    feedback.reject()

    window.show_page(window.counter)
    click(qtbot, card.touch_buttons.complaint_button)
    complaint = window.care.complaint_dialog
    assert complaint.member.member_id == dana.id
    assert complaint.windowTitle() == "New complaint — Dana Levi"
    complaint.member.set_member(None)
    assert complaint.windowTitle() == "New complaint"
    complaint.reject()


def test_the_void_dialog_names_the_member(window, shop):
    noa = add_noa(shop)
    receipt = shop.purchases.record(PurchaseDraft(member_id=noa.id, amount=30_00), by="test")
    window.open_member(noa.id)
    dialog = window.counter.card.loyalty.void_purchase(receipt.id)
    assert dialog.windowTitle() == "Void purchase — Noa Cohen"
    dialog.reject()

"""Printing from the customer card: a member card, a thank-you note, a new pickup order."""

from __future__ import annotations

from gui_support import add_noa


def test_member_card_single_and_sheet(window):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.counter.card.print_buttons.print_card()
    preview = dialog.preview()
    assert preview.preview.page_count == 1
    assert preview.preview.image.width() < preview.preview.image.height() * 2  # card-shaped
    dialog.choose("layout", "sheet")
    dialog.choose("code", "qr")
    sheet = dialog.preview()
    assert sheet.preview.page_count == 1
    assert sheet.preview.image.height() > sheet.preview.image.width()  # A4 portrait
    dialog.close()


def test_thank_you_note_asks_template_and_size(window):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    dialog = window.counter.card.print_buttons.print_note()
    names = [
        dialog.combos["template"].itemText(i) for i in range(dialog.combos["template"].count())
    ]
    assert names[0] == "תודה" and "Thank you" in names  # the shop's language first
    dialog.choose("size", "a6")
    preview = dialog.preview()
    assert preview.preview.page_count == 1
    image = preview.preview.image
    assert abs(image.width() / image.height() - 105 / 148) < 0.02  # an A6 card
    dialog.choose("size", "a4x4")
    dialog.choose("template", "Thank you")
    sheet = dialog.preview().preview.image
    assert abs(sheet.width() / sheet.height() - 210 / 297) < 0.02
    dialog.close()


def test_new_pickup_order_from_the_card(window):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    window.counter.card.print_buttons.pickup_button.click()
    assert window.stack.currentWidget() is window.pickups
    dialogs = [d for d in window.pickups.children() if type(d).__name__ == "NewPickupDialog"]
    assert dialogs and dialogs[-1].member_id == noa.id

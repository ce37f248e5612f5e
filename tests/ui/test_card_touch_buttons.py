"""The customer card's message, feedback and complaint buttons."""

from __future__ import annotations

from gui_support import add_noa

from shopkeeper.errors import NoConsent
from ui.messages import error_text


def test_a_thank_you_message_from_the_card(window, qtbot):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    buttons = window.counter.card.touch_buttons
    dialog = buttons.message("thanks")
    qtbot.addWidget(dialog)
    assert dialog.text() == window.shop.greetings.compose(noa.id, "thanks").text
    assert "Noa" in dialog.text()


def test_an_advertisement_from_the_card_needs_consent_on_the_channel(window, qtbot):
    window.shop.settings.set("shop_name", "Dana's Candles")
    noa = add_noa(window.shop)  # SMS only
    window.open_member(noa.id)
    dialog = window.counter.card.touch_buttons.message("sale")
    qtbot.addWidget(dialog)
    assert [dialog.channel_combo.itemData(i) for i in range(dialog.channel_combo.count())] == ["sms"]
    assert dialog.text().startswith("פרסומת – Dana's Candles\n")  # the shop's language: Hebrew
    window.counter.card.toggle_consent("sms")  # withdrawn at the counter: effective at once
    again = window.counter.card.touch_buttons.message("sale")
    qtbot.addWidget(again)
    assert again.text() == ""
    assert again.status_label.plain_text() == error_text(NoConsent(name="Noa Cohen", channel="whatsapp"))
    assert not again.copy_button.isEnabled() and not again.whatsapp_button.isEnabled()


def test_feedback_and_complaint_buttons_open_the_care_dialogs_for_the_member(window, qtbot):
    noa = add_noa(window.shop)
    window.open_member(noa.id)
    window.counter.card.touch_buttons.feedback_button.click()
    feedback = window.care.feedback_dialog
    assert feedback is not None and feedback.isVisible()
    assert feedback.member.member_id == noa.id
    feedback.reject()
    window.counter.card.touch_buttons.complaint_button.click()
    complaint = window.care.complaint_dialog
    assert complaint is not None and complaint.isVisible()
    assert complaint.member.member_id == noa.id and complaint.record is None  # a new one

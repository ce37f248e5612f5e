"""The greeting dialog: the text as composed (and as edited), copy, WhatsApp, marking as greeted,
and the promotion that a member without consent never sees."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from gui_support import TODAY, add_noa
from PySide6.QtGui import QDesktopServices, QGuiApplication

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import NoConsent
from ui.dialogs.greeting import GreetingDialog, GreetingSubject
from ui.messages import error_text


@pytest.fixture
def opened_urls(monkeypatch):
    """WhatsApp links are recorded, never opened."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True)
    return urls


def make_dialog(qtbot, shop, subject, **options):
    dialog = GreetingDialog(shop, subject, today=TODAY, **options)
    qtbot.addWidget(dialog)
    return dialog


def test_copy_puts_the_exact_text_on_the_clipboard_and_marks_greeted(qtbot, shop):
    noa = add_noa(shop)
    dialog = make_dialog(qtbot, shop, GreetingSubject(noa.id, "child_birthday", "child", "Maya",
                                                      TODAY.replace(day=28)))  # fmt: skip
    assert dialog.text() == shop.greetings.compose(noa.id, child="Maya").text
    assert "Maya" in dialog.text() and "לבתך" in dialog.text()  # the child's gender picks the words
    dialog.text_edit.setPlainText(dialog.text() + "\nנתראה בקרוב 🙂")
    with qtbot.waitSignal(dialog.greeted):
        assert dialog.copy_text() == dialog.text()
    assert QGuiApplication.clipboard().text() == dialog.text()
    assert dialog.text().endswith("נתראה בקרוב 🙂")
    mark = shop.greetings.greeted_by(noa.id, "child", "Maya", TODAY.replace(day=28))
    assert (mark.channel, mark.by) == ("copy", "counter")
    assert not dialog.mark_button.isEnabled() and dialog.mark_button.text() == "Greeted ✓"


def test_whatsapp_opens_the_link_with_the_edited_text(qtbot, shop, opened_urls):
    noa = add_noa(shop)
    dialog = make_dialog(qtbot, shop, GreetingSubject(noa.id, on=TODAY))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.text().startswith("Happy birthday, Noa!")
    dialog.auto_mark.setChecked(False)
    dialog.text_edit.setPlainText("Happy birthday, Noa & family!\nSee you soon")
    dialog.whatsapp_button.click()
    [url] = opened_urls
    prefix = "https://wa.me/972523456789?text="
    assert url.startswith(prefix)
    assert unquote(url[len(prefix):]) == "Happy birthday, Noa & family!\nSee you soon"
    assert shop.greetings.greeted_by(noa.id, "member", "", TODAY) is None  # the box was unticked
    assert dialog.mark_button.isEnabled()
    dialog.mark_button.click()
    assert shop.greetings.greeted_by(noa.id, "member", "", TODAY).channel == ""


def test_promotion_is_refused_without_consent(qtbot, shop, opened_urls):
    shop.settings.set("shop_name", "Dana's Candles")
    avi = shop.members.add(MemberDraft(first_name="Avi", phone="050-222-3344")).member
    dialog = make_dialog(qtbot, shop, GreetingSubject(avi.id), promotion="sale")
    assert dialog.text() == ""
    assert dialog.status_label.plain_text() == error_text(
        NoConsent(name="Avi", channel="whatsapp")
    )
    assert dialog.channel_combo.count() == 0
    for button in (dialog.copy_button, dialog.whatsapp_button):
        assert not button.isEnabled()
    assert not dialog.mark_button.isVisible() and not dialog.card_button.isVisible()


def test_promotion_offers_only_the_channels_consented_to(qtbot, shop, opened_urls):
    shop.settings.set("shop_name", "Dana's Candles")
    noa = add_noa(shop)  # consented to SMS only
    dialog = make_dialog(qtbot, shop, GreetingSubject(noa.id), promotion="coupon")
    assert [dialog.channel_combo.itemData(i) for i in range(dialog.channel_combo.count())] == ["sms"]
    assert dialog.text().startswith("פרסומת – Dana's Candles")
    assert not dialog.whatsapp_button.isEnabled()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text()
    assert shop.greetings.greeted_by(noa.id, "member", "", TODAY) is None  # not a greeting

    shop.members.set_consent(noa.id, "whatsapp", True, "counter")
    dialog = make_dialog(qtbot, shop, GreetingSubject(noa.id), promotion="sale")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("whatsapp"))
    assert dialog.whatsapp_button.isEnabled()
    dialog.whatsapp_button.click()
    assert unquote(opened_urls[0]).split("=", 1)[1] == dialog.text()
    assert dialog.text().startswith("פרסומת – Dana's Candles\n")


def test_a_thank_you_marked_today_does_not_count_as_the_birthday_greeting(qtbot, shop):
    noa = add_noa(shop)
    thanks = make_dialog(qtbot, shop, GreetingSubject(noa.id, occasion="thanks", on=TODAY))
    thanks.copy_text()  # marks the thank-you as sent
    birthday = make_dialog(qtbot, shop, GreetingSubject(noa.id, on=TODAY))
    assert birthday.mark_button.isEnabled() and birthday.mark_button.text() == "Mark as greeted"
    birthday.mark_button.click()
    mark = shop.greetings.greeted_by(noa.id, "member", "", TODAY, occasion="birthday")
    assert (mark.occasion, mark.channel) == ("birthday", "")


def test_whatsapp_that_does_not_open_is_not_a_greeting(qtbot, shop, monkeypatch):
    noa = add_noa(shop)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no browser answered
    dialog = make_dialog(qtbot, shop, GreetingSubject(noa.id, on=TODAY))
    dialog.whatsapp_button.click()
    assert dialog.status_label.plain_text() == "WhatsApp could not be opened; copy the text instead."
    assert shop.greetings.greeted_by(noa.id, "member", "", TODAY) is None
    assert dialog.mark_button.isEnabled()

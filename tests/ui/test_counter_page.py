"""The counter: search as you type, Enter, a scanner, Esc, and the customer card."""

from __future__ import annotations

from gui_support import add_noa
from PySide6.QtCore import Qt

from shopkeeper.club.records import MemberDraft


def search_and_wait(qtbot, window, text):
    window.counter.search_box.setText(text)
    qtbot.waitUntil(lambda: window.counter._searched_text == text, timeout=2000)


def test_search_box_has_focus_when_the_counter_is_shown(window, qtbot):
    window.show_page(window.counter)  # the window opens on the today page
    qtbot.waitUntil(lambda: window.counter.search_box.hasFocus())


def test_typing_shows_matches(window, shop, qtbot):
    add_noa(shop)
    shop.members.add(MemberDraft(first_name="Daniel", last_name="Levi", phone="054-111-2233"))
    qtbot.keyClicks(window.counter.search_box, "Lev")
    model = window.counter.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.data(model.index(0, 1)) == "Daniel Levi"


def test_hebrew_text_and_phone_digits_match(window, shop, qtbot):
    shop.members.add(MemberDraft(first_name='שמעון "שימי"', last_name="אברהם", phone="03-555-1234"))
    search_and_wait(qtbot, window, "שימי")
    assert window.counter.model.rowCount() == 1
    search_and_wait(qtbot, window, "5551")
    assert window.counter.model.rowCount() == 1
    assert window.counter.model.data(window.counter.model.index(0, 1)) == 'שמעון "שימי" אברהם'


def test_search_waits_for_a_pause_in_typing(window, shop, qtbot):
    add_noa(shop)
    window.counter.search_box.setText("Noa")
    assert window.counter.model.rowCount() == 0  # not yet: debounced
    qtbot.waitUntil(lambda: window.counter.model.rowCount() == 1, timeout=2000)


def test_enter_opens_the_top_hit(window, shop, qtbot):
    noa = add_noa(shop)
    shop.members.add(MemberDraft(first_name="Noam", last_name="Bar", phone="054-999-8877"))
    qtbot.keyClicks(window.counter.search_box, "no")
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Return)
    assert window.counter.card.member.id == noa.id
    assert window.counter.right.currentWidget() is window.counter.card
    assert window.counter.card.name_label.plain_text() == "Noa Cohen"
    assert window.counter.search_box.selectedText() == "no"  # the next scan replaces it


def test_scanner_digits_and_enter_open_the_member(window, shop, qtbot):
    add_noa(shop)
    other = shop.members.add(MemberDraft(first_name="Dana", phone="050-765-4321")).member
    # A scanner types faster than the debounce: Enter arrives before any search ran.
    qtbot.keyClicks(window.counter.search_box, str(other.number))
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Return)
    assert window.counter.card.member.id == other.id


def test_full_phone_and_enter_open_the_member(window, shop, qtbot):
    noa = add_noa(shop)
    qtbot.keyClicks(window.counter.search_box, "0523456789")
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Enter)
    assert window.counter.card.member.id == noa.id


def test_enter_with_nothing_found_opens_nothing(window, shop, qtbot):
    add_noa(shop)
    qtbot.keyClicks(window.counter.search_box, "zzz")
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Return)
    assert window.counter.right.currentWidget() is window.counter.placeholder
    assert "No member found" in window.counter.status_label.plain_text()


def test_escape_clears_search_results_and_card(window, shop, qtbot):
    add_noa(shop)
    qtbot.keyClicks(window.counter.search_box, "Noa")
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Escape)
    assert window.counter.search_box.text() == ""
    assert window.counter.model.rowCount() == 0
    assert window.counter.right.currentWidget() is window.counter.placeholder


def test_down_then_enter_opens_the_chosen_row(window, shop, qtbot):
    add_noa(shop)
    second = shop.members.add(
        MemberDraft(first_name="Noam", last_name="Bar", phone="054-999-8877")
    ).member
    search_and_wait(qtbot, window, "noa")
    assert window.counter.model.rowCount() == 2
    qtbot.keyClick(window.counter.search_box, Qt.Key.Key_Down)
    assert window.counter.results.hasFocus()
    qtbot.keyClick(window.counter.results, Qt.Key.Key_Down)
    qtbot.keyClick(window.counter.results, Qt.Key.Key_Return)
    assert window.counter.card.member.id == second.id


def test_card_shows_member_family_consent_and_badge(window, shop, qtbot):
    noa = add_noa(shop)
    window.open_member(noa.id)
    card = window.counter.card
    assert card.phone_value.plain_text() == "\u2066052-345-6789\u2069"
    assert card.number_label.plain_text() == f"Member No. {noa.number}"
    assert card.badge_label.isVisible()
    assert (
        card.badge_label.plain_text() == "★ \u2068Maya\u2069 (child) turns 9 on 28/11 — in 2 days"
    )
    assert card.notes_value.plain_text() == "prefers unscented"
    assert "Maya" in card.children_value.plain_text() and "girl" in card.children_value.plain_text()
    assert "Rex" in card.pets_value.plain_text() and "dog" in card.pets_value.plain_text()
    assert card._consent_status["sms"].plain_text() == "Yes, since 26/11/2026 (at the counter)"
    assert card._consent_status["whatsapp"].plain_text() == "Not asked"
    assert card.consent_buttons["sms"].text() == "Withdraw"


def test_card_has_no_badge_when_no_birthday_is_near(window, shop):
    member = shop.members.add(
        MemberDraft(first_name="Dana", phone="050-765-4321", birthday="01/06")
    ).member
    window.open_member(member.id)
    assert not window.counter.card.badge_label.isVisible()


def test_consent_toggle_records_given_and_withdrawn(window, shop, qtbot):
    noa = add_noa(shop)
    window.open_member(noa.id)
    card = window.counter.card
    qtbot.mouseClick(card.consent_buttons["sms"], Qt.MouseButton.LeftButton)
    assert not shop.members.get(noa.id).consents_to("sms")
    assert card.consent_buttons["sms"].text() == "Give consent"
    qtbot.mouseClick(card.consent_buttons["email"], Qt.MouseButton.LeftButton)
    member = shop.members.get(noa.id)
    assert member.consents_to("email")
    assert member.consent("email").how == "counter"
    assert [(r.channel, r.given) for r in member.consent_history] == [
        ("sms", True),
        ("sms", False),
        ("email", True),
    ]


def test_names_with_markup_are_shown_as_typed(window, shop):
    member = shop.members.add(
        MemberDraft(first_name="<b>מיכל</b> &", last_name="ג'ונסון", phone="050-765-4321")
    ).member
    window.open_member(member.id)
    label = window.counter.card.name_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.plain_text() == "<b>מיכל</b> & ג'ונסון"


def test_new_search_button_closes_the_card(window, shop, qtbot):
    noa = add_noa(shop)
    window.open_member(noa.id)
    qtbot.mouseClick(window.counter.card.new_search_button, Qt.MouseButton.LeftButton)
    assert window.counter.right.currentWidget() is window.counter.placeholder
    assert window.counter.search_box.hasFocus()

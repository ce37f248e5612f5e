"""Where the member's form of address or the child's gender is known, the dialogs, the error
messages and the feedback list use its Hebrew form ("חברת מועדון מס׳", "ילדה של", "לא הסכימה"),
the slash form only when it is not known."""

from __future__ import annotations

from datetime import datetime

import pytest
from gui_support import TODAY, add_noa
from gui_support import plain as unisolated
from translator_support import installed, ts_document

from shopkeeper.club.history_records import HistoryEntry
from shopkeeper.club.records import ChildDraft, MemberDraft
from shopkeeper.errors import DuplicatePhone, NoConsent
from ui.dialogs.greeting import GreetingDialog, GreetingSubject
from ui.dialogs.log_call import LogCallDialog
from ui.dialogs.new_pickup import NewPickupDialog
from ui.messages import error_text
from ui.models.birthday_texts import hebrew_calendar_tip
from ui.models.history_texts import state_text
from ui.widgets.call_list_columns import entry_context
from ui.widgets.member_card import MemberCard
from ui.widgets.member_picker import MemberPicker
from ui.widgets.touch_texts import category_text, result_text

MEMBER = "{name}, member {number}"
CALL = "{name}, member {number} — {phone}"
CHILD_OF = "{child}, child of {name}"
DUPLICATE = "The phone {phone} already belongs to member {number} ({name})."
NO_CONSENT = "{name} has not agreed to receive advertising by {channel}; nothing was prepared."
ASKED = "Asked to be called back on {day}"
HEBREW_CALENDAR = "Celebrated on the Hebrew calendar"
CARD_CALENDAR = "(celebrates by the Hebrew calendar)"
ENTRIES = [  # context, source, comment, translation
    ("MemberPicker", MEMBER, "", "{name}, חבר/ת מועדון מס׳ {number}"),
    ("MemberPicker", MEMBER, "masculine", "{name}, חבר מועדון מס׳ {number}"),
    ("MemberPicker", MEMBER, "feminine", "{name}, חברת מועדון מס׳ {number}"),
    ("NewPickupDialog", MEMBER, "", "{name}, חבר/ת מועדון מס׳ {number}"),
    ("NewPickupDialog", MEMBER, "feminine", "{name}, חברת מועדון מס׳ {number}"),
    ("LogCallDialog", CALL, "", "{name}, חבר/ת מועדון מס׳ {number} — {phone}"),
    ("LogCallDialog", CALL, "masculine", "{name}, חבר מועדון מס׳ {number} — {phone}"),
    ("GreetingDialog", CHILD_OF, "", "{child}, ילד/ה של {name}"),
    ("GreetingDialog", CHILD_OF, "boy", "{child}, הבן של {name}"),
    ("GreetingDialog", CHILD_OF, "girl", "{child}, הבת של {name}"),
    ("errors", DUPLICATE, "", "הטלפון {phone} כבר שייך לחבר/ת מועדון מס׳ {number} ({name})."),
    (
        "errors",
        DUPLICATE,
        "feminine",
        "הטלפון {phone} כבר שייך לחברת מועדון מס׳ {number} ({name}).",
    ),
    ("errors", NO_CONSENT, "", "{name} לא הסכים/ה לקבל פרסומות ב־{channel}; לא הוכנה הודעה."),
    (
        "errors",
        NO_CONSENT,
        "masculine",
        "{name} לא הסכים לקבל פרסומות ב־{channel}; לא הוכנה הודעה.",
    ),
    (
        "errors",
        NO_CONSENT,
        "feminine",
        "{name} לא הסכימה לקבל פרסומות ב־{channel}; לא הוכנה הודעה.",
    ),
    ("CallLists", ASKED, "", "ביקש/ה שנחזור ב־{day}"),
    ("CallLists", ASKED, "masculine", "ביקש שנחזור ב־{day}"),
    ("CallLists", ASKED, "feminine", "ביקשה שנחזור ב־{day}"),
    ("CallResult", "Not interested", "", "לא מעוניין/ת"),
    ("CallResult", "Not interested", "feminine", "לא מעוניינת"),
    ("BirthdayColumns", HEBREW_CALENDAR, "", "חוגג/ת לפי התאריך העברי"),
    ("BirthdayColumns", HEBREW_CALENDAR, "masculine", "חוגג לפי התאריך העברי"),
    ("BirthdayColumns", HEBREW_CALENDAR, "feminine", "חוגגת לפי התאריך העברי"),
    ("MemberCard", CARD_CALENDAR, "", "(חוגג/ת לפי התאריך העברי)"),
    ("MemberCard", CARD_CALENDAR, "feminine", "(חוגגת לפי התאריך העברי)"),
    ("NpsCategory", "Promoter", "", "ממליץ/ה"),
    ("NpsCategory", "Promoter", "feminine", "ממליצה"),
]


@pytest.fixture
def hebrew(qapp, tmp_path):
    """A translator with the gendered entries, built with lrelease as the real one is."""
    with installed(ts_document(ENTRIES), tmp_path):
        yield


def plain(text: str) -> str:
    """`text` without direction isolates and marks."""
    return unisolated(text).replace("\u200e", "").replace("\u200f", "")


def add(shop, name: str, phone: str, form: str, **more):
    return shop.members.add(
        MemberDraft(first_name=name, phone=phone, address_form=form, **more)
    ).member


@pytest.mark.parametrize(
    ("form", "word"), [("f", "חברת מועדון"), ("m", "חבר מועדון"), ("", "חבר/ת מועדון")]
)
def test_the_picker_names_the_member_in_their_form(hebrew, qtbot, shop, form, word):
    member = add(shop, "דנה", "0523456789", form)
    picker = MemberPicker(shop)
    qtbot.addWidget(picker)
    picker.set_member(member.id)
    assert plain(picker.chosen_label.text()) == f"דנה, {word} מס׳ {member.number}"


def test_new_pickup_and_log_call_name_the_member_in_their_form(hebrew, qtbot, shop):
    dana = add(shop, "דנה", "0523456789", "f")
    yossi = add(shop, "יוסי", "0541234567", "m")
    pickup = NewPickupDialog(shop, dana.id, today=lambda: TODAY)
    qtbot.addWidget(pickup)
    assert plain(pickup.member_label.text()).startswith("דנה, חברת מועדון מס׳")
    pickup.set_member(yossi.id)  # no masculine entry here: the neutral text, never an English one
    assert plain(pickup.member_label.text()).startswith("יוסי, חבר/ת מועדון מס׳")
    call = LogCallDialog(shop, yossi.id, today=lambda: TODAY)
    qtbot.addWidget(call)
    assert plain(call.member_label.text()).startswith("יוסי, חבר מועדון מס׳")


@pytest.mark.parametrize(("gender", "words"), [("f", "הבת של"), ("m", "הבן של"), ("", "ילד/ה של")])
def test_the_greeting_names_the_child_in_the_childs_gender(hebrew, qtbot, shop, gender, words):
    member = add(shop, "דנה", "0523456789", "f", children=(ChildDraft("טל", "28/11/2017", gender),))
    subject = GreetingSubject(member.id, "child_birthday", "child", "טל", TODAY)
    dialog = GreetingDialog(shop, subject, today=TODAY)
    qtbot.addWidget(dialog)
    assert plain(dialog.about_label.text()).startswith(f"טל, {words} דנה")


def test_a_duplicate_phone_names_the_owner_in_her_form(hebrew, shop):
    add(shop, "דנה", "0523456789", "f")
    with pytest.raises(DuplicatePhone) as caught:
        add(shop, "רות", "052-345-6789", "")
    assert caught.value.params["form"] == "f"
    assert "כבר שייך לחברת מועדון מס׳" in error_text(caught.value)
    assert str(caught.value).startswith("The phone 052-345-6789 already belongs to member")


@pytest.mark.parametrize(
    ("form", "verb"), [("f", "לא הסכימה"), ("m", "לא הסכים"), ("", "לא הסכים/ה")]
)
def test_no_consent_in_the_members_form(hebrew, shop, form, verb):
    shop.settings.set("shop_name", "החנות")
    member = add(shop, "דנה", "0523456789", form)
    with pytest.raises(NoConsent) as caught:
        shop.greetings.promotion(member.id, "whatsapp", "sale")
    assert plain(error_text(caught.value)).startswith(f"דנה {verb} לקבל")


def test_feedback_records_carry_the_members_form(hebrew, shop):
    dana = add(shop, "דנה", "0523456789", "f")
    shop.feedback.add(dana.id, 10)
    shop.feedback.add(None, 9)
    walk_in, member = sorted(shop.feedback.recent(), key=lambda r: r.member_id or 0)
    assert (member.member_form, walk_in.member_form) == ("f", "")
    assert category_text(member.category, member.member_form) == "ממליצה"
    assert category_text(walk_in.category, walk_in.member_form) == "ממליץ/ה"


def test_english_keeps_one_text(qapp, qtbot, shop):
    noa = add_noa(shop)
    picker = MemberPicker(shop)
    qtbot.addWidget(picker)
    picker.set_member(noa.id)
    assert plain(picker.chosen_label.text()) == f"Noa Cohen, member {noa.number}"


def test_a_call_back_due_says_who_asked_in_their_form(hebrew, shop):
    dana = add(shop, "דנה", "0523456789", "f")
    yossi = add(shop, "יוסי", "0541234567", "m")
    for member in (dana, yossi):
        shop.calls.log(member.id, "call-back", call_back_on=TODAY, note="")
    due = {e.member_id: e for e in shop.calls.call_backs_due(TODAY)}
    assert (due[dana.id].address_form, due[yossi.id].address_form) == ("f", "m")
    assert plain(entry_context(due[dana.id])).startswith("ביקשה שנחזור")
    assert plain(entry_context(due[yossi.id])).startswith("ביקש שנחזור")
    assert "address_form" not in due[dana.id].to_json()  # the CLI's JSON is unchanged


def test_not_interested_in_the_members_form(hebrew, qtbot, shop):
    dana = add(shop, "דנה", "0523456789", "f")
    assert result_text("not-interested", "f") == "לא מעוניינת"
    assert result_text("not-interested", "m") == "לא מעוניין/ת"  # no masculine entry: neutral
    call = LogCallDialog(shop, dana.id, today=lambda: TODAY)
    qtbot.addWidget(call)
    assert call.result_buttons["not-interested"].text() == "לא מעוניינת"
    entry = HistoryEntry("call", 1, datetime(2026, 11, 26, 10), state="not-interested")
    assert state_text(entry, "f") == "לא מעוניינת"
    assert state_text(entry) == "לא מעוניין/ת"


def test_celebrating_by_the_hebrew_calendar_in_their_form(hebrew, qtbot, shop):
    assert hebrew_calendar_tip("m") == "חוגג לפי התאריך העברי"
    assert hebrew_calendar_tip("f") == "חוגגת לפי התאריך העברי"
    assert hebrew_calendar_tip("") == "חוגג/ת לפי התאריך העברי"
    dana = add(shop, "דנה", "0523456789", "f", birthday="14/03/1985", hebrew_birthday=True)
    card = MemberCard(shop, today=lambda: TODAY)
    qtbot.addWidget(card)
    card.show_member(shop.members.get(dana.id))
    shown = [plain(widget.text()) for _, widget in card._detail_rows]
    assert any(text.endswith("(חוגגת לפי התאריך העברי)") for text in shown)

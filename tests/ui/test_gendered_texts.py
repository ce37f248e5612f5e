"""Where the member's or child's gender is known, the Hebrew text uses its form ("לא נשאלה",
"ממליץ", "(ילדה)"), not the slash form; one English text, the translator's comment (masculine,
feminine, boy, girl) picks the translation, and without one the neutral text is used."""

from __future__ import annotations

from datetime import date

import pytest
from translator_support import installed, ts_document

from shopkeeper.club.records import ChildDraft, MemberDraft
from shopkeeper.club.upcoming import UpcomingBirthday
from shopkeeper.touch.birthdays import birthdays_between
from ui.models.birthday_texts import kind_text, whose_text
from ui.widgets.member_texts import badge_text, consent_text
from ui.widgets.touch_texts import category_text

CHILD = "{name} (child) turns {age} on {date} — {when}"
ENTRIES = [  # context, source, comment, translation
    ("MemberTexts", "Not asked", "", "לא נשאל/ה"),
    ("MemberTexts", "Not asked", "masculine", "לא נשאל"),
    ("MemberTexts", "Not asked", "feminine", "לא נשאלה"),
    ("NpsCategory", "Promoter", "", "ממליץ/ה"),
    ("NpsCategory", "Promoter", "masculine", "ממליץ"),
    ("NpsCategory", "Promoter", "feminine", "ממליצה"),
    ("NpsCategory", "Passive", "", "פסיבי/ת"),
    ("NpsCategory", "Passive", "feminine", "פסיבית"),
    ("MemberTexts", CHILD, "", "{name} (ילד/ה) בן/בת {age} ב-{date} — {when}"),
    ("MemberTexts", CHILD, "boy", "{name} (ילד) בן {age} ב-{date} — {when}"),
    ("MemberTexts", CHILD, "girl", "{name} (ילדה) בת {age} ב-{date} — {when}"),
    ("Birthdays", "Child", "", "ילד/ה"),
    ("Birthdays", "Child", "boy", "ילד"),
    ("Birthdays", "Child", "girl", "ילדה"),
    ("Birthdays", "Member", "", "חבר מועדון"),
    ("Birthdays", "Member", "feminine", "חברת מועדון"),
    ("Birthdays", "Child of {name}", "", "ילד/ה של {name}"),
    ("Birthdays", "Child of {name}", "girl", "הבת של {name}"),
]


@pytest.fixture
def hebrew(qapp, tmp_path):
    """A translator with the gendered entries, built with lrelease as the real one is."""
    with installed(ts_document(ENTRIES), tmp_path):
        yield


@pytest.mark.parametrize(("form", "text"), [("m", "לא נשאל"), ("f", "לא נשאלה"), ("", "לא נשאל/ה")])
def test_not_asked_in_the_members_form(hebrew, form, text):
    assert consent_text(None, form) == text


def test_nps_category_in_the_members_form(hebrew):
    assert category_text("promoter", "m") == "ממליץ"
    assert category_text("promoter", "f") == "ממליצה"
    assert category_text("promoter") == "ממליץ/ה"
    assert category_text("passive", "f") == "פסיבית"


def test_a_missing_gendered_translation_falls_back_to_the_neutral_one(hebrew):
    assert category_text("passive", "m") == "פסיבי/ת"  # no masculine entry yet
    assert consent_text(None, "x") == "לא נשאל/ה"


@pytest.mark.parametrize(
    ("gender", "expected"),
    [("f", "(ילדה) בת 9"), ("m", "(ילד) בן 9"), ("", "(ילד/ה) בן/בת 9")],
)
def test_a_childs_birthday_badge_in_the_childs_gender(hebrew, gender, expected):
    badge = UpcomingBirthday("child", "Noa", date(2026, 11, 28), 2, 9, gender)
    assert expected in badge_text(badge)


def test_english_is_unchanged(qapp):
    assert consent_text(None, "f") == "Not asked"
    assert category_text("promoter", "m") == "Promoter"


def test_birthday_entries_carry_the_gender(shop):
    shop.members.add(
        MemberDraft(
            first_name="דנה",
            phone="0523456789",
            birthday="27/11/1990",
            address_form="f",
            children=(ChildDraft("נועה", "28/11/2018", "f"), ChildDraft("טל", "29/11/2019", "")),
        )
    )
    entries = birthdays_between(shop, date(2026, 11, 26), 7)
    assert [(e.kind, e.name, e.gender) for e in entries] == [
        ("member", "דנה", "f"),
        ("child", "נועה", "f"),
        ("child", "טל", ""),
    ]


def test_the_birthday_list_says_child_in_the_childs_gender(hebrew, shop):
    shop.members.add(
        MemberDraft(
            first_name="דנה",
            phone="0523456789",
            birthday="27/11/1990",
            address_form="f",
            children=(ChildDraft("נועה", "28/11/2018", "f"), ChildDraft("טל", "29/11/2019", "")),
        )
    )
    dana, noa, tal = birthdays_between(shop, date(2026, 11, 26), 7)
    assert [kind_text(e.kind, e.gender) for e in (dana, noa, tal)] == [
        "חברת מועדון",
        "ילדה",
        "ילד/ה",
    ]
    assert kind_text("child", "m") == "ילד"
    assert whose_text(noa, "דנה").startswith("הבת של")
    assert whose_text(tal, "דנה").startswith("ילד/ה של")
    assert whose_text(dana, "דנה") == "חברת מועדון"

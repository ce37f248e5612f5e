"""Ages as Hebrew speaks them ("בן שנה", "בת שנתיים", "בן 3"), and birthday cards that print the
age only when asked."""

from __future__ import annotations

import pytest

from shopkeeper.club.records import ChildDraft, MemberDraft
from shopkeeper.printing.birthday_cards import write_birthday_card
from shopkeeper.touch.greeting_values import age_text
from tests.shopkeeper.printing.pdf_support import drawn_lines, pdftotext_pages


@pytest.mark.parametrize(
    ("age", "hebrew", "english"),
    [(1, "שנה", "1"), (2, "שנתיים", "2"), (3, "3", "3"), (12, "12", "12"), (21, "21", "21")],
)
def test_age_text(age, hebrew, english):
    assert age_text(age, "he") == hebrew
    assert age_text(age, "en") == english


def test_no_age_no_text():
    assert age_text(None, "he") == age_text(None, "en") == ""


def family(shop, born: str, gender: str) -> int:
    draft = MemberDraft(
        first_name="דנה",
        phone="0523456789",
        address_form="f",
        children=(ChildDraft("נועה", born, gender),),
    )
    return shop.members.add(draft).member.id


@pytest.mark.parametrize(
    ("born", "gender", "line"),
    [
        ("28/11/2025", "f", "בת שנה ועד 120!"),  # today is 2026-11-26
        ("28/11/2024", "m", "בן שנתיים ועד 120!"),
        ("28/11/2023", "f", "בת 3 ועד 120!"),
        ("28/11/2014", "f", "בת 12 ועד 120!"),
    ],
)
def test_a_childs_greeting_says_the_age_in_hebrew(shop, born, gender, line):
    member_id = family(shop, born, gender)
    text = shop.greetings.compose(member_id, child="נועה", language="he").text
    assert line in text.splitlines()


def test_the_members_own_greeting_one_and_two(shop):
    draft = MemberDraft(
        first_name="Tom", phone="0523456780", birthday="28/11/2024", address_form="m"
    )
    member_id = shop.members.add(draft).member.id
    assert "בן שנתיים ועד 120!" in shop.greetings.compose(member_id, language="he").text
    assert "Here's to 2 and many more!" in shop.greetings.compose(member_id, language="en").text


def test_a_birthday_card_prints_the_age_only_when_asked(shop, tmp_path):
    member_id = family(shop, "28/11/2024", "f")
    quiet = write_birthday_card(shop, member_id, tmp_path / "quiet.pdf", child="נועה")
    assert not any("120" in line for line in drawn_lines(quiet))
    assert "מאחלים" in pdftotext_pages(quiet)[0]  # the rest of the greeting is there
    told = write_birthday_card(shop, member_id, tmp_path / "told.pdf", child="נועה", show_age=True)
    assert "!120 דעו םייתנש תב" in drawn_lines(told)
    # the greeting itself (copied, sent) keeps the age
    assert "בת שנתיים ועד 120!" in shop.greetings.compose(member_id, child="נועה").text

"""Marking a member, child or pet as greeted: one mark per subject, occasion and day, who and when."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.errors import InvalidValue, MemberNotFound, SubjectNotFound
from shopkeeper.touch.greetings import GreetedMark
from tests.shopkeeper.touch.greeting_support import family

ON = date(2026, 11, 28)
NOW = datetime(2026, 11, 26, 10, 30)


def test_mark_a_member_and_read_who_and_when(shop):
    member_id = family(shop)
    mark = shop.greetings.mark_greeted(member_id, "birthday", ON, channel="whatsapp", by="רותי")
    assert mark == GreetedMark(member_id, "birthday", "member", "", ON, "whatsapp", "רותי", NOW)
    assert shop.greetings.greeted_by(member_id, "member", "", ON) == mark
    assert shop.greetings.greeted(ON, ON) == {(member_id, "member", "", ON)}
    assert mark.to_json()["at"] == "2026-11-26T10:30:00"


def test_marking_twice_keeps_one_mark_the_first(shop):
    member_id = family(shop)
    first = shop.greetings.mark_greeted(member_id, "birthday", ON, by="רותי")
    again = shop.greetings.mark_greeted(member_id, "birthday", ON, by="דני", channel="sms")
    assert again == first
    rows = shop.db.connection().execute("SELECT COUNT(*) FROM greeting").fetchone()
    assert rows == (1,)


def test_children_and_pets_are_marked_by_their_stored_names(shop):
    member_id = family(shop)
    child = shop.greetings.mark_greeted(
        member_id, "birthday", ON, subject_kind="child", subject_name=" נועה "
    )
    pet = shop.greetings.mark_greeted(
        member_id, "pet_birthday", date(2026, 11, 29), subject_kind="pet", subject_name="רקס"
    )
    tom = shop.greetings.mark_greeted(
        member_id, "child_birthday", date(2026, 12, 1), subject_kind="child", subject_name="tom"
    )
    assert (child.occasion, child.subject_name) == ("child_birthday", "נועה")
    assert (pet.occasion, pet.subject_name) == ("pet_birthday", "רקס")
    assert tom.subject_name == "Tom"
    assert shop.greetings.greeted(date(2026, 11, 26), date(2026, 11, 30)) == {
        (member_id, "child", "נועה", ON),
        (member_id, "pet", "רקס", date(2026, 11, 29)),
    }
    assert shop.greetings.greeted_by(member_id, "child", "נועה", ON) == child
    assert shop.greetings.greeted_by(member_id, "member", "", ON) is None
    assert shop.greetings.greeted_by(member_id, "child", "נועה", date(2026, 11, 27)) is None


def test_the_member_and_their_child_on_the_same_day_are_two_marks(shop):
    member_id = family(shop)
    shop.greetings.mark_greeted(member_id, "birthday", ON)
    shop.greetings.mark_greeted(
        member_id, "birthday", ON, subject_kind="child", subject_name="נועה"
    )
    assert shop.greetings.greeted(ON, ON) == {
        (member_id, "member", "", ON),
        (member_id, "child", "נועה", ON),
    }


def test_other_occasions_do_not_hide_a_birthday(shop):
    member_id = family(shop)
    thanks = shop.greetings.mark_greeted(member_id, "thanks", ON)
    assert shop.greetings.greeted(ON, ON) == set()
    assert shop.greetings.greeted(ON, ON, occasions=("thanks",)) == {(member_id, "member", "", ON)}
    birthday = shop.greetings.mark_greeted(member_id, "birthday", ON)
    assert birthday != thanks and birthday.occasion == "birthday"
    assert shop.greetings.greeted(ON, ON, occasions=()) == set()


def test_range_is_inclusive(shop):
    member_id = family(shop)
    for day in (27, 28, 29):
        shop.greetings.mark_greeted(member_id, "birthday", date(2026, 11, day))
    found = shop.greetings.greeted(date(2026, 11, 28), date(2026, 11, 29))
    assert sorted(key[3].day for key in found) == [28, 29]


def test_refused_marks(shop):
    member_id = family(shop)
    with pytest.raises(MemberNotFound):
        shop.greetings.mark_greeted(member_id + 5, "birthday", ON)
    with pytest.raises(SubjectNotFound):
        shop.greetings.mark_greeted(
            member_id, "birthday", ON, subject_kind="child", subject_name="Dan"
        )
    with pytest.raises(SubjectNotFound):
        shop.greetings.mark_greeted(member_id, "birthday", ON, subject_kind="pet")
    with pytest.raises(InvalidValue):
        shop.greetings.mark_greeted(member_id, "birthday", ON, subject_kind="cousin")
    with pytest.raises(InvalidValue):
        shop.greetings.mark_greeted(member_id, "party", ON)
    assert shop.db.connection().execute("SELECT COUNT(*) FROM greeting").fetchone() == (0,)


def test_who_greeted_can_be_asked_for_one_occasion(shop):
    """A thank-you sent on the member's birthday is not the birthday greeting."""
    member_id = family(shop)
    thanks = shop.greetings.mark_greeted(member_id, "thanks", ON, channel="copy", by="דני")
    assert shop.greetings.greeted_by(member_id, "member", "", ON, occasion="birthday") is None
    assert shop.greetings.greeted_by(member_id, "member", "", ON, occasion="thanks") == thanks
    birthday = shop.greetings.mark_greeted(member_id, "birthday", ON, by="רותי")
    assert shop.greetings.greeted_by(member_id, "member", "", ON, occasion="birthday") == birthday
    child = shop.greetings.mark_greeted(
        member_id, "birthday", ON, subject_kind="child", subject_name="נועה"
    )
    # "birthday" follows the subject, as when marking
    assert shop.greetings.greeted_by(member_id, "child", "נועה", ON, occasion="birthday") == child
    with pytest.raises(InvalidValue):
        shop.greetings.greeted_by(member_id, "member", "", ON, occasion="party")

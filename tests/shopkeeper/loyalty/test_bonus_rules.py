"""Bonuses: welcome once, birthday once a year with 30 days' notice, referral on the first purchase."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.club.validation import check_member
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_rows,
    phone_for,
    plain_programme,
)


def test_the_welcome_bonus_is_paid_once(club):
    plain_programme(club, welcome_bonus=50)
    member = add_member(club)
    assert club.bonuses.welcome(member, by="dana") == 50
    assert club.bonuses.welcome(member, by="dana") == 0
    assert ledger_rows(club, member) == [
        ("bonus", 50, "welcome", None, "welcome to the club", "dana")
    ]


def test_no_welcome_bonus_when_the_programme_has_none(club):
    plain_programme(club, welcome_bonus=0)
    member = add_member(club)
    assert club.bonuses.welcome(member) == 0
    assert ledger_rows(club, member) == []


# -- birthdays ----------------------------------------------------------------------------------
def _born(club, clock, birthday: str, entered_on: date | None, n: int = 0) -> int:
    """A member with `birthday`, entered on `entered_on` (None: imported, date unknown)."""
    if entered_on is None:
        [member] = club.members.add_checked_many(
            [check_member(MemberDraft(first_name="יובל", phone=phone_for(n), birthday=birthday))],
            [date(2020, 1, 1)],
        )
        return member
    kept = clock.now
    clock.set(datetime.combine(entered_on, kept.time()))
    member = add_member(club, phone=phone_for(n), birthday=birthday)
    clock.set(kept)
    return member


@pytest.fixture
def birthday_club(club):
    plain_programme(club, birthday_bonus=100)
    return club


def test_joining_and_editing_note_when_the_birthday_was_set_imports_do_not(club, clock):
    def set_on(member):
        return (
            club.db.connection()
            .execute("SELECT birthday_set_on FROM member WHERE id=?", (member,))
            .fetchone()[0]
        )

    added = _born(club, clock, "10/12", date(2026, 3, 1), n=1)
    imported = _born(club, clock, "10/12", None, n=2)
    no_birthday = add_member(club, phone=phone_for(3))
    assert (set_on(added), set_on(imported), set_on(no_birthday)) == ("2026-03-01", None, None)
    club.members.update(
        imported, MemberDraft(first_name="יובל", phone=phone_for(2), birthday="11/12")
    )
    assert set_on(imported) == clock.today().isoformat()


def test_the_birthday_bonus_is_paid_on_the_day_and_once(birthday_club, clock):
    member = _born(birthday_club, clock, "10/12/1990", date(2026, 1, 1))
    assert birthday_club.bonuses.pay_birthdays(date(2026, 12, 9)) == []
    [paid] = birthday_club.bonuses.pay_birthdays(date(2026, 12, 10))
    assert (paid.member_id, paid.points, paid.birthday) == (member, 100, date(2026, 12, 10))
    assert birthday_club.bonuses.pay_birthdays(date(2026, 12, 10)) == []
    assert birthday_club.bonuses.pay_birthdays(date(2026, 12, 14)) == []
    assert [r[:3] for r in ledger_rows(birthday_club, member)] == [("bonus", 100, "birthday")]
    assert len(birthday_club.bonuses.pay_birthdays(date(2027, 12, 10))) == 1


def test_a_late_run_within_a_week_still_pays(birthday_club, clock):
    _born(birthday_club, clock, "10/12", None)
    assert birthday_club.bonuses.pay_birthdays(date(2026, 12, 18)) == []  # 8 days late
    assert len(birthday_club.bonuses.pay_birthdays(date(2026, 12, 17))) == 1


@pytest.mark.parametrize(
    ("entered", "pays"),
    [
        (date(2026, 11, 10), True),  # exactly 30 days before
        (date(2026, 11, 11), False),  # 29 days before
        (date(2026, 12, 9), False),
        (None, True),  # imported: known before the app
    ],
)
def test_a_birthday_entered_less_than_30_days_before_waits_a_year(
    birthday_club, clock, entered, pays
):
    member = _born(birthday_club, clock, "10/12", entered)
    assert [p.member_id for p in birthday_club.bonuses.pay_birthdays(date(2026, 12, 10))] == (
        [member] if pays else []
    )
    assert [p.member_id for p in birthday_club.bonuses.pay_birthdays(date(2027, 12, 10))] == [
        member
    ]


def test_a_changed_birthday_needs_notice_too(birthday_club, clock):
    member = _born(birthday_club, clock, "10/12", date(2026, 1, 1))
    clock.set(datetime(2026, 12, 1, 9, 0))
    birthday_club.members.update(
        member, MemberDraft(first_name="יובל", phone=phone_for(0), birthday="15/12")
    )
    assert birthday_club.members.get(member).birthday.day == 15
    assert birthday_club.bonuses.pay_birthdays(date(2026, 12, 15)) == []
    # Editing something else keeps the date the birthday was set.
    clock.set(datetime(2027, 12, 1, 9, 0))
    birthday_club.members.update(
        member, MemberDraft(first_name="יובלי", phone=phone_for(0), birthday="15/12")
    )
    assert len(birthday_club.bonuses.pay_birthdays(date(2027, 12, 15))) == 1


def test_feb_29_is_celebrated_on_the_28th_in_common_years(birthday_club, clock):
    member = _born(birthday_club, clock, "29/02/2000", None)
    assert birthday_club.bonuses.pay_birthdays(date(2027, 2, 27)) == []
    [paid] = birthday_club.bonuses.pay_birthdays(date(2027, 2, 28))
    assert paid.birthday == date(2027, 2, 28)
    assert birthday_club.bonuses.pay_birthdays(date(2027, 3, 1)) == []
    # In a leap year on the 29th itself, and not twice.
    assert birthday_club.bonuses.pay_birthdays(date(2028, 2, 28)) == []
    [paid] = birthday_club.bonuses.pay_birthdays(date(2028, 2, 29))
    assert (paid.member_id, paid.birthday) == (member, date(2028, 2, 29))
    assert birthday_club.bonuses.pay_birthdays(date(2028, 3, 2)) == []


def test_feb_29_paid_late_in_march_of_a_common_year(birthday_club, clock):
    _born(birthday_club, clock, "29/02", None)
    [paid] = birthday_club.bonuses.pay_birthdays(date(2027, 3, 3))
    assert paid.birthday == date(2027, 2, 28)


def test_a_birthday_paid_in_january_does_not_block_the_next_december(birthday_club, clock):
    member = _born(birthday_club, clock, "30/12", None)
    [paid] = birthday_club.bonuses.pay_birthdays(date(2027, 1, 2))
    assert paid.birthday == date(2026, 12, 30)
    assert birthday_club.bonuses.pay_birthdays(date(2027, 1, 5)) == []
    [paid] = birthday_club.bonuses.pay_birthdays(date(2027, 12, 30))
    assert paid.birthday == date(2027, 12, 30)
    assert sum(r[1] for r in ledger_rows(birthday_club, member)) == 200


def test_a_birthday_on_new_years_day_paid_from_the_week_after(birthday_club, clock):
    _born(birthday_club, clock, "01/01", None)
    assert birthday_club.bonuses.pay_birthdays(date(2026, 12, 31)) == []
    assert len(birthday_club.bonuses.pay_birthdays(date(2027, 1, 6))) == 1
    assert birthday_club.bonuses.pay_birthdays(date(2027, 1, 7)) == []


def test_no_birthday_bonus_when_the_programme_has_none(club, clock):
    plain_programme(club, birthday_bonus=0)
    _born(club, clock, "10/12", None)
    assert club.bonuses.pay_birthdays(date(2026, 12, 10)) == []


# -- referral -----------------------------------------------------------------------------------
@pytest.fixture
def referral_club(club):
    plain_programme(club, referral_bonus=100)
    return club


def test_referral_pays_both_sides_on_the_first_purchase_once(referral_club):
    club = referral_club
    friend = add_member(club, "רון", phone_for(1))
    newcomer = add_member(club, "גל", phone_for(2), referred_by=phone_for(1))
    first = buy(club, newcomer, 10_00)
    assert first.bonuses == ("referral +100",)
    assert [r[:4] for r in ledger_rows(club, friend)] == [("bonus", 100, "referral", first.id)]
    assert club.ledger.balance(newcomer) == 100 + 10
    assert buy(club, newcomer, 10_00).bonuses == ()
    assert club.ledger.balance(friend) == 100


def test_the_referral_bonus_stays_after_a_void_and_is_not_paid_again(referral_club):
    club = referral_club
    friend = add_member(club, "רון", phone_for(1))
    newcomer = add_member(club, "גל", phone_for(2), referred_by=phone_for(1))
    first = buy(club, newcomer, 10_00)
    club.purchases.void(first.id, "wrong member")
    assert club.ledger.balance(newcomer) == 100
    assert club.ledger.balance(friend) == 100
    assert buy(club, newcomer, 10_00).bonuses == ()
    assert club.ledger.balance(friend) == 100


def test_no_referral_bonus_without_a_referrer(referral_club):
    member = add_member(referral_club)
    assert buy(referral_club, member, 10_00).bonuses == ()
    assert referral_club.ledger.balance(member) == 10


def test_a_referrer_who_was_referred_too_still_gets_their_own_bonus(referral_club):
    """Being paid for bringing a friend is not being paid for having been brought."""
    club = referral_club
    first = add_member(club, "אור", phone_for(1))
    second = add_member(club, "רון", phone_for(2), referred_by=phone_for(1))
    third = add_member(club, "גל", phone_for(3), referred_by=phone_for(2))
    assert buy(club, third, 10_00).bonuses == ("referral +100",)  # pays second as the referrer
    assert buy(club, second, 10_00).bonuses == ("referral +100",)  # second's own first purchase
    assert club.ledger.balance(first) == 100
    assert club.ledger.balance(second) == 100 + 100 + 10


def test_no_referral_bonus_when_the_member_bought_before_being_referred(referral_club):
    club = referral_club
    add_member(club, "רון", phone_for(1))
    member = add_member(club, "גל", phone_for(2))
    buy(club, member, 10_00)
    club.members.update(
        member, MemberDraft(first_name="גל", phone=phone_for(2), referred_by=phone_for(1))
    )
    assert buy(club, member, 10_00).bonuses == ()

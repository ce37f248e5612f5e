"""The birthday bonus follows the birthdays calendar: the Hebrew date for members who chose it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pyluach import dates

from shopkeeper.club.records import MemberDraft
from tests.shopkeeper.loyalty.loyalty_support import phone_for, plain_programme


def _hebrew_member(club, clock, born: date) -> int:
    kept = clock.now
    clock.set(datetime(2020, 1, 1, 9, 0))
    draft = MemberDraft(
        first_name="רות", phone=phone_for(1), birthday=born.strftime("%d/%m/%Y"), hebrew_birthday=True
    )
    member = club.members.add(draft).member.id
    clock.set(kept)
    return member


def test_a_hebrew_calendar_member_is_paid_on_the_hebrew_birthday_not_the_gregorian(club, clock):
    plain_programme(club, birthday_bonus=100)
    born = date(1990, 11, 20)
    member = _hebrew_member(club, clock, born)
    heb = dates.GregorianDate.from_pydate(born).to_heb()
    # a year where the two calendars are more than the week of grace apart
    hebrew_day, gregorian_day = next(
        (h, born.replace(year=h.year))
        for h in (dates.HebrewDate(y, heb.month, heb.day).to_pydate() for y in range(5787, 5800))
        if abs((h - born.replace(year=h.year)).days) > 7
    )
    assert club.bonuses.pay_birthdays(gregorian_day) == []
    [paid] = club.bonuses.pay_birthdays(hebrew_day)
    assert (paid.member_id, paid.birthday) == (member, hebrew_day)
    assert club.bonuses.pay_birthdays(hebrew_day + timedelta(days=3)) == []


def test_hebrew_birthdays_are_paid_every_hebrew_year_even_when_less_than_365_days_apart(club, clock):
    plain_programme(club, birthday_bonus=100)
    born = dates.HebrewDate(5750, 6, 10).to_pydate()  # 10 Elul
    member = _hebrew_member(club, clock, born)
    paid_on = []
    for year in range(5786, 5792):
        day = dates.HebrewDate(year, 6, 10).to_pydate()
        paid = club.bonuses.pay_birthdays(day)
        assert [p.member_id for p in paid] == [member], year
        paid_on.append(day)
        assert club.bonuses.pay_birthdays(day + timedelta(days=2)) == []
    gaps = {(b - a).days for a, b in zip(paid_on, paid_on[1:], strict=False)}
    assert min(gaps) < 360  # a short Hebrew year was among them
    balance = club.ledger.balance(member)
    assert balance == 100 * len(paid_on)

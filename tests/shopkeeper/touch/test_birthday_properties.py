"""Property tests: every birthday is celebrated exactly once a year, on either calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyluach import dates

from shopkeeper.club.records import MemberDraft
from shopkeeper.shop import Shop
from shopkeeper.touch.birthdays import birthdays_between

_phones = count(100000)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    shop = Shop(
        tmp_path_factory.mktemp("birthdays"),
        today=lambda: date(2026, 11, 26),
        now=lambda: datetime(2026, 11, 26, 10, 0),
    )
    yield shop
    shop.close()


def _add(shop, birthday: str, hebrew: bool) -> int:
    phone = f"0523{next(_phones):06d}"
    draft = MemberDraft(first_name="P", phone=phone, birthday=birthday, hebrew_birthday=hebrew)
    return shop.members.add(draft).member.id


def _a_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # Feb 29: a year later is Mar 1
        return date(day.year + 1, 3, 1)


@SETTINGS
@given(
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2025, 12, 31)),
    with_year=st.booleans(),
    start=st.dates(min_value=date(2026, 1, 1), max_value=date(2040, 12, 31)),
)
def test_every_gregorian_birthday_exactly_once_in_any_year_long_range(club, born, with_year, start):
    text = born.strftime("%d/%m/%Y") if with_year else born.strftime("%d/%m")
    member = _add(club, text, hebrew=False)
    days = (_a_year_after(start) - start).days
    mine = [e for e in birthdays_between(club, start, days) if e.member_id == member]
    assert len(mine) == 1, (born, start, mine)
    [entry] = mine
    assert (entry.date.month, entry.date.day) in {(born.month, born.day), (2, 28)}
    assert entry.age == (entry.date.year - born.year if with_year else None)


@SETTINGS
@given(
    born=st.dates(min_value=date(1930, 1, 1), max_value=date(2025, 12, 31)),
    year_offset=st.integers(min_value=1, max_value=15),
)
def test_every_hebrew_birthday_exactly_once_in_any_hebrew_year(club, born, year_offset):
    member = _add(club, born.strftime("%d/%m/%Y"), hebrew=True)
    year = 5787 + year_offset
    start = dates.HebrewDate(year, 7, 1).to_pydate()
    end = dates.HebrewDate(year + 1, 7, 1).to_pydate()
    mine = [e for e in birthdays_between(club, start, (end - start).days) if e.member_id == member]
    assert len(mine) == 1, (born, year, mine)
    [entry] = mine
    assert entry.calendar == "hebrew"
    assert entry.age == year - dates.GregorianDate.from_pydate(born).to_heb().year
    assert start <= entry.date < end


def test_a_hebrew_birthday_never_drifts_further_than_the_window_searched():
    """The birthdays query looks HEBREW_DRIFT around the range on the Gregorian calendar: every
    birth date of 1930-2025 is celebrated within it in common and leap Hebrew years alike."""
    from shopkeeper.touch.birthdays import HEBREW_DRIFT
    from shopkeeper.touch.hebrew import hebrew_birth, hebrew_celebration

    worst = 0
    born = date(1930, 1, 1)
    while born < date(2026, 1, 1):
        for year in (5787, 5788, 5789, 5790):  # leap, common, common, leap
            if year <= hebrew_birth(born).year:
                continue
            on = hebrew_celebration(born, year)
            day = 28 if (born.month, born.day) == (2, 29) else born.day
            worst = max(worst, min(
                abs((on - date(on.year + k, born.month, day)).days) for k in (-1, 0, 1)
            ))  # fmt: skip
        born += timedelta(days=2)
    assert worst < HEBREW_DRIFT.days

"""Birthdays in a date range on the Gregorian and the Hebrew calendar."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

import pytest
from pyluach import dates, hebrewcal

from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft
from shopkeeper.touch.birthdays import birthdays_between
from shopkeeper.touch.hebrew import hebrew_date_text

_phones = count(10)


def add(shop, name: str, birthday: str, *, hebrew: bool = False, children=(), pets=()) -> int:
    draft = MemberDraft(
        first_name=name,
        phone=f"05234567{next(_phones) % 100:02d}",
        birthday=birthday,
        hebrew_birthday=hebrew,
        children=tuple(children),
        pets=tuple(pets),
    )
    return shop.members.add(draft).member.id


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def greg(heb: dates.HebrewDate) -> date:
    return heb.to_pydate()


def only(shop, start: date, days: int = 1):
    found = birthdays_between(shop, start, days)
    assert len(found) == 1, found
    return found[0]


# -- Gregorian ------------------------------------------------------------------------------------
def test_gregorian_birthday_with_age_and_json(shop):
    add(shop, "Dana", "30/11/1990")
    entry = only(shop, date(2026, 11, 26), 7)
    assert (entry.kind, entry.name, entry.date, entry.calendar, entry.age) == (
        "member",
        "Dana",
        date(2026, 11, 30),
        "gregorian",
        36,
    )
    assert {"kind", "name", "member_phone", "date", "calendar", "age"} <= entry.to_json().keys()
    assert entry.to_json()["member_phone"].startswith("+972")
    assert entry.to_json()["date"] == "2026-11-30"


def test_without_a_year_there_is_no_age(shop):
    add(shop, "Dana", "30/11")
    assert only(shop, date(2026, 11, 30)).age is None


def test_outside_the_range_is_left_out(shop):
    add(shop, "Dana", "03/12/1990")
    assert birthdays_between(shop, date(2026, 11, 26), 7) == []
    assert len(birthdays_between(shop, date(2026, 11, 26), 8)) == 1


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2025, date(2025, 2, 28)), (2027, date(2027, 2, 28)), (2028, date(2028, 2, 29))],
)
def test_feb_29_is_celebrated_on_feb_28_in_common_years(shop, year, expected):
    add(shop, "Leap", "29/02/2000")
    entry = only(shop, date(year, 2, 20), 20)
    assert entry.date == expected
    assert entry.age == year - 2000


def test_feb_29_without_a_year_in_a_common_year(shop):
    add(shop, "Leap", "29/02")
    assert only(shop, date(2027, 2, 28)).date == date(2027, 2, 28)
    assert birthdays_between(shop, date(2027, 3, 1), 1) == []


def test_range_crossing_the_new_year(shop):
    add(shop, "Dec", "30/12/1980")
    add(shop, "Jan", "02/01/1980")
    found = birthdays_between(shop, date(2026, 12, 28), 10)
    assert [(e.name, e.date, e.age) for e in found] == [
        ("Dec", date(2026, 12, 30), 46),
        ("Jan", date(2027, 1, 2), 47),
    ]


def test_sorted_by_date_then_kind_and_name(shop):
    add(
        shop,
        "Dana",
        "27/11/1990",
        children=[ChildDraft("Noa", "27/11/2019", "f"), ChildDraft("Ari", "26/11/2018", "m")],
        pets=[PetDraft("Rex", "dog", "27/11")],
    )
    add(shop, "Avi", "27/11")
    found = birthdays_between(shop, date(2026, 11, 26), 7)
    assert [(e.date.day, e.kind, e.name) for e in found] == [
        (26, "child", "Ari"),
        (27, "member", "Avi"),
        (27, "member", "Dana"),
        (27, "child", "Noa"),
        (27, "pet", "Rex"),
    ]
    assert found[0].age == 8 and found[4].age is None


def test_every_gregorian_birthday_once_in_any_year_long_range(shop):
    births = ["29/02/2000", "01/01/1990", "31/12/1985", "28/02/1970", "01/03", "15/07/2001"]
    for index, text in enumerate(births):
        add(shop, f"M{index}", text)
    for start in (date(2026, 1, 1), date(2026, 11, 26), date(2027, 3, 1), date(2027, 2, 28)):
        days = (date(start.year + 1, start.month, start.day) - start).days
        found = birthdays_between(shop, start, days)
        assert sorted(e.name for e in found) == sorted(f"M{i}" for i in range(len(births)))


# -- Hebrew ---------------------------------------------------------------------------------------
def test_hebrew_birthday_on_the_hebrew_date_with_age_in_hebrew_years(shop):
    born = date(1990, 11, 20)
    heb = dates.GregorianDate(1990, 11, 20).to_heb()
    add(shop, "Dana", dmy(born), hebrew=True)
    for year in (heb.year + 36, heb.year + 37, heb.year + 38):
        expected = greg(dates.HebrewDate(year, heb.month, heb.day))
        entry = only(shop, expected - timedelta(days=3), 7)
        assert (entry.date, entry.calendar, entry.age) == (expected, "hebrew", year - heb.year)


def test_hebrew_birthday_without_a_year_falls_back_to_gregorian(shop):
    add(shop, "Dana", "30/11", hebrew=True)
    entry = only(shop, date(2026, 11, 30))
    assert (entry.calendar, entry.age) == ("gregorian", None)


def test_adar_of_a_common_year_is_adar_ii_in_a_leap_year(shop):
    common = next(y for y in range(5740, 5760) if not hebrewcal.Year(y).leap)
    add(shop, "Adar", dmy(greg(dates.HebrewDate(common, 12, 10))), hebrew=True)
    leap = next(y for y in range(5786, 5800) if hebrewcal.Year(y).leap)
    plain = next(y for y in range(5786, 5800) if not hebrewcal.Year(y).leap)
    assert only(shop, greg(dates.HebrewDate(leap, 13, 10))).date == greg(
        dates.HebrewDate(leap, 13, 10)
    )
    assert birthdays_between(shop, greg(dates.HebrewDate(leap, 12, 10)), 1) == []
    assert only(shop, greg(dates.HebrewDate(plain, 12, 10))).age == plain - common


@pytest.mark.parametrize("born_month", [12, 13])
def test_adar_i_or_ii_of_a_leap_year_is_adar_in_a_common_year(shop, born_month):
    leap_birth = next(y for y in range(5740, 5760) if hebrewcal.Year(y).leap)
    add(shop, "Adar", dmy(greg(dates.HebrewDate(leap_birth, born_month, 5))), hebrew=True)
    plain = next(y for y in range(5786, 5800) if not hebrewcal.Year(y).leap)
    leap = next(y for y in range(5786, 5800) if hebrewcal.Year(y).leap)
    assert only(shop, greg(dates.HebrewDate(plain, 12, 5))).date == greg(
        dates.HebrewDate(plain, 12, 5)
    )
    assert only(shop, greg(dates.HebrewDate(leap, born_month, 5))).age == leap - leap_birth


def _has_30(year: int, month: int) -> bool:
    try:
        dates.HebrewDate(year, month, 30)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(("month", "next_month"), [(8, 9), (9, 10)])
def test_30th_of_heshvan_or_kislev_moves_to_the_1st_when_the_month_is_short(
    shop, month, next_month
):
    birth_year = next(y for y in range(5740, 5760) if _has_30(y, month))
    add(shop, "Thirty", dmy(greg(dates.HebrewDate(birth_year, month, 30))), hebrew=True)
    short = next(y for y in range(5786, 5810) if not _has_30(y, month))
    full = next(y for y in range(5786, 5810) if _has_30(y, month))
    moved = greg(dates.HebrewDate(short, next_month, 1))
    entry = only(shop, moved - timedelta(days=5), 10)
    assert (entry.date, entry.age) == (moved, short - birth_year)
    assert only(shop, greg(dates.HebrewDate(full, month, 30))).date == greg(
        dates.HebrewDate(full, month, 30)
    )


def test_children_and_pets_follow_the_members_calendar(shop):
    child_born = date(2019, 11, 28)
    kids = [ChildDraft("Noa", dmy(child_born), "f"), ChildDraft("Tal", "01/12", "m")]
    pets = [PetDraft("Rex", "dog", "02/12/2020")]
    hebrew_id = add(shop, "Heb", "", hebrew=True, children=kids, pets=pets)
    add(shop, "Greg", "", children=[ChildDraft("Gil", dmy(child_born))])
    found = {
        (e.name, e.calendar)
        for e in birthdays_between(shop, date(2026, 11, 1), 60)
        if e.member_id == hebrew_id or e.name == "Gil"
    }
    assert ("Noa", "hebrew") in found and ("Noa", "gregorian") not in found
    assert ("Tal", "gregorian") in found  # no year: Gregorian
    assert ("Rex", "hebrew") in found
    assert ("Gil", "gregorian") in found


def test_every_hebrew_birthday_once_in_any_hebrew_year(shop):
    births = [
        dates.HebrewDate(5760, 13, 3),
        dates.HebrewDate(5761, 12, 29),
        dates.HebrewDate(5750, 8, 30),
        dates.HebrewDate(5752, 9, 30),
        dates.HebrewDate(5751, 7, 1),
        dates.HebrewDate(5760, 12, 30),
    ]
    for index, heb in enumerate(births):
        add(shop, f"H{index}", dmy(greg(heb)), hebrew=True)
    for year in range(5786, 5792):
        start = greg(dates.HebrewDate(year, 7, 1))
        days = (greg(dates.HebrewDate(year + 1, 7, 1)) - start).days
        found = birthdays_between(shop, start, days)
        assert sorted(e.name for e in found) == sorted(f"H{i}" for i in range(len(births)))
        assert {e.age for e in found} == {year - heb.year for heb in births}


def test_hebrew_birthdays_found_week_by_week(shop):
    born = [date(1991, 1, 3) + timedelta(days=23 * i) for i in range(40)]
    for index, day in enumerate(born):
        add(shop, f"W{index}", dmy(day), hebrew=True)
    start = greg(dates.HebrewDate(5787, 7, 1))
    end = greg(dates.HebrewDate(5788, 7, 1))
    seen: list[str] = []
    while start < end:
        days = min(7, (end - start).days)
        seen += [e.name for e in birthdays_between(shop, start, days)]
        start += timedelta(days=days)
    assert sorted(seen) == sorted(f"W{i}" for i in range(len(born)))


def test_a_hebrew_date_is_written_in_hebrew_letters():
    assert hebrew_date_text(date(2026, 11, 26)) == "ט״ז כסלו"

"""Birthdays with an optional year and the date formats shopkeepers type."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopkeeper.club.dates import PartialDate, from_date, parse_date, parse_partial_date
from shopkeeper.errors import InvalidDate


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("29/02", "--02-29"),
        ("29/02/2024", "2024-02-29"),
        ("1/3/1985", "1985-03-01"),
        ("01/03/1985", "1985-03-01"),
        ("7/12", "--12-07"),
        ("31.12.2000", "2000-12-31"),
        ("31-12-2000", "2000-12-31"),
        ("2024-02-29", "2024-02-29"),
        ("1985-3-1", "1985-03-01"),
        ("2024-02-29 00:00:00", "2024-02-29"),
        ("2024-02-29T00:00", "2024-02-29"),
        ("--02-29", "--02-29"),
        ("\u200f14/07/2015\u200e", "2015-07-14"),
        ("  30/04  ", "--04-30"),
    ],
)
def test_accepted_forms(typed, iso):
    assert parse_partial_date(typed).iso() == iso


@pytest.mark.parametrize(
    "typed",
    ["29/02/2023", "31/02", "30/02", "31/04", "31/06/2020", "00/05", "12/13", "12/00", "32/01",
     "1/1/1850", "15/5/19855", "tomorrow", "15 May", "15/5/", "2023-02-29", "--02-30", "1/2/3/4"],
)
def test_impossible_dates_are_refused(typed):
    with pytest.raises(InvalidDate) as caught:
        parse_partial_date(typed)
    assert caught.value.params["text"] == typed.strip()
    assert "is not a date" in str(caught.value)


@pytest.mark.parametrize("empty", [None, "", "   ", "\u200e"])
def test_empty_is_no_date(empty):
    assert parse_partial_date(empty) is None


@pytest.mark.parametrize(
    ("typed", "year"),
    [("1/3/85", 1985), ("1/3/26", 2026), ("1/3/27", 1927), ("1/3/00", 2000), ("29/02/24", 2024)],
)
def test_two_digit_years_are_the_latest_past_year(typed, year):
    assert parse_partial_date(typed, century_pivot=2026).year == year


def test_two_digit_year_that_makes_an_impossible_date():
    with pytest.raises(InvalidDate):
        parse_partial_date("29/02/23", century_pivot=2026)


def test_iso_and_display():
    assert PartialDate(2, 29).iso() == "--02-29"
    assert PartialDate(2, 29).display() == "29/02"
    assert PartialDate(7, 4, 2015).iso() == "2015-07-04"
    assert PartialDate(7, 4, 2015).display() == "04/07/2015"


def test_partial_date_checks_itself():
    PartialDate(2, 29)
    PartialDate(2, 29, 2000)
    for month, day, year in [(2, 29, 1900), (2, 29, 2023), (4, 31, None), (13, 1, None), (0, 1, None)]:
        with pytest.raises(InvalidDate):
            PartialDate(month, day, year)


def test_feb_29_falls_on_feb_28_in_common_years():
    leap = PartialDate(2, 29)
    assert leap.in_year(2024) == date(2024, 2, 29)
    assert leap.in_year(2026) == date(2026, 2, 28)
    assert leap.next_on_or_after(date(2026, 11, 26)) == date(2027, 2, 28)
    assert leap.next_on_or_after(date(2027, 3, 1)) == date(2028, 2, 29)
    assert leap.next_on_or_after(date(2026, 2, 28)) == date(2026, 2, 28)


def test_next_on_or_after_includes_today():
    birthday = PartialDate(11, 26, 1990)
    assert birthday.next_on_or_after(date(2026, 11, 26)) == date(2026, 11, 26)
    assert birthday.next_on_or_after(date(2026, 11, 27)) == date(2027, 11, 26)


def test_age_on():
    birthday = PartialDate(11, 26, 1990)
    assert birthday.age_on(date(2026, 11, 25)) == 35
    assert birthday.age_on(date(2026, 11, 26)) == 36
    assert PartialDate(11, 26).age_on(date(2026, 11, 26)) is None
    leapling = PartialDate(2, 29, 2000)
    assert leapling.age_on(date(2026, 2, 27)) == 25
    assert leapling.age_on(date(2026, 2, 28)) == 26
    assert leapling.age_on(date(2028, 2, 28)) == 27
    assert leapling.age_on(date(2028, 2, 29)) == 28


def test_full_dates():
    assert parse_date("05/01/2026") == date(2026, 1, 5)
    assert parse_date("2026-01-05") == date(2026, 1, 5)
    assert from_date(datetime(2015, 7, 14, 0, 0)) == PartialDate(7, 14, 2015)
    with pytest.raises(InvalidDate):
        parse_date("05/01")
    with pytest.raises(InvalidDate):
        parse_date("")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_any_real_date_round_trips_in_every_form(day):
    expected = from_date(day)
    assert parse_partial_date(f"{day.day}/{day.month}/{day.year}") == expected
    assert parse_partial_date(f"{day.day:02d}/{day.month:02d}/{day.year}") == expected
    assert parse_partial_date(day.isoformat()) == expected
    assert parse_partial_date(expected.display()) == expected
    assert parse_partial_date(expected.iso()) == expected
    without_year = parse_partial_date(f"{day.day}/{day.month}")
    assert without_year == PartialDate(day.month, day.day)
    assert parse_partial_date(without_year.iso()) == without_year

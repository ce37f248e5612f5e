"""Hebrew-calendar birthdays: where a Gregorian birth date falls in each Hebrew year (pyluach)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from pyluach import dates, hebrewcal

ADAR, ADAR_II = 12, 13


@lru_cache(maxsize=65_536)
def hebrew_birth(born: date) -> dates.HebrewDate:
    """The Hebrew date of a Gregorian birth date."""
    return dates.GregorianDate(born.year, born.month, born.day).to_heb()


def celebrated_in(born: dates.HebrewDate, year: int) -> dates.HebrewDate:
    """The day a Hebrew birthday is celebrated in Hebrew `year`.

    Adar of a common year is celebrated in Adar II of a leap year; Adar I or Adar II of a leap
    year in Adar of a common year; a 30th in a month of 29 days on the 1st of the next month.
    """
    leap = hebrewcal.Year(year).leap
    month = born.month
    if month == ADAR_II and not leap:
        month = ADAR
    elif month == ADAR and leap and not hebrewcal.Year(born.year).leap:
        month = ADAR_II
    if born.day == 30 and not _has_day_30(year, month):
        return dates.HebrewDate(year, month, 29) + 1
    return dates.HebrewDate(year, month, born.day)


@lru_cache(maxsize=131_072)
def hebrew_celebration(born: date, year: int) -> date:
    """The Gregorian day on which someone born on `born` celebrates in Hebrew `year` (cached:
    the today page asks the same questions every time it loads)."""
    return celebrated_in(hebrew_birth(born), year).to_pydate()


def hebrew_date_text(day: date) -> str:
    """The Hebrew date of a day as it is written, e.g. "ט״ז כסלו"."""
    hebrew = dates.HebrewDate.from_pydate(day)
    return f"{hebrew.hebrew_day()} {hebrew.month_name(hebrew=True)}"


def hebrew_years(start: date, end: date) -> range:
    """The Hebrew years that overlap the Gregorian days [start, end]."""
    return range(hebrew_birth(start).year, hebrew_birth(end).year + 1)


def _has_day_30(year: int, month: int) -> bool:
    try:
        dates.HebrewDate(year, month, 30)
    except ValueError:
        return False
    return True

"""Birthdays with an optional year, and the date formats shopkeepers type (dd/mm/yyyy)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidDate

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A day and month, with the year when known. 29/02 without a year is kept as it is."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise InvalidDate(text=self.display())
        # Without a year, allow the longest month (Feb 29 is a real birthday).
        year = self.year if self.year is not None else 2000
        if self.year is not None and not 1900 <= self.year <= 2100:
            raise InvalidDate(text=self.display())
        if not 1 <= self.day <= calendar.monthrange(year, self.month)[1]:
            raise InvalidDate(text=self.display())

    def iso(self) -> str:
        """`YYYY-MM-DD`, or `--MM-DD` without a year (ISO 8601's form for a recurring date)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """dd/mm/yyyy, or dd/mm without a year."""
        if self.year is None:
            return f"{self.day:02d}/{self.month:02d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"

    def in_year(self, year: int) -> date:
        """The day it falls on in `year`; Feb 29 is celebrated on Feb 28 in common years."""
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)

    def next_on_or_after(self, today: date) -> date:
        """The next time this date comes round, today included."""
        this_year = self.in_year(today.year)
        return this_year if this_year >= today else self.in_year(today.year + 1)

    def age_on(self, day: date) -> int | None:
        """Completed years on `day`, or None without a birth year."""
        if self.year is None:
            return None
        celebrated = self.in_year(day.year)
        return day.year - self.year - (1 if day < celebrated else 0)


def parse_partial_date(text: str | None, *, century_pivot: int | None = None) -> PartialDate | None:
    """Parse dd/mm/yyyy, d/m/yy, dd/mm, ISO (YYYY-MM-DD) or --MM-DD; None for empty text.

    Two-digit years are taken as the most recent past year (born "85" → 1985).
    """
    raw = clean_text(text)
    if not raw:
        return None
    try:
        if match := _DMY.match(raw):
            day, month, year = int(match[1]), int(match[2]), match[3]
            return PartialDate(month, day, _full_year(year, century_pivot) if year else None)
        if match := _ISO.match(raw):
            return PartialDate(int(match[2]), int(match[3]), int(match[1]))
        if match := _ISO_NO_YEAR.match(raw):
            return PartialDate(int(match[1]), int(match[2]))
    except InvalidDate:
        raise InvalidDate(text=raw) from None
    raise InvalidDate(text=raw)


def from_date(value: date | datetime) -> PartialDate:
    """A full date (an Excel date cell, a calendar widget) as a PartialDate."""
    return PartialDate(value.month, value.day, value.year)


def parse_date(text: str) -> date:
    """A full calendar date in dd/mm/yyyy or ISO; raise InvalidDate otherwise."""
    parsed = parse_partial_date(text)
    if parsed is None or parsed.year is None:
        raise InvalidDate(text=clean_text(text))
    return date(parsed.year, parsed.month, parsed.day)


def _full_year(text: str, pivot: int | None) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    this_year = pivot if pivot is not None else date.today().year
    century = this_year - this_year % 100
    return century + year if century + year <= this_year else century - 100 + year

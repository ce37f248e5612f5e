"""Whose birthday falls in a date range: members, their children and pets, on either calendar."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.records import full_name_sql
from shopkeeper.touch.hebrew import hebrew_birth, hebrew_celebration, hebrew_years

KINDS = ("member", "child", "pet")
_KIND_ORDER = {kind: order for order, kind in enumerate(KINDS)}
# A Hebrew birthday falls within 30 days of the Gregorian birth day and month in any year (the
# most found for every third day of 1930-2025 in the years 5780-5800), so only members born
# within this many days of the range (on the Gregorian calendar) need converting.
HEBREW_DRIFT = timedelta(days=35)

# Rows of (kind, name, member_id, phone, birth_day, birth_month, birth_year, member's name);
# {where} is filled in.
_MEMBER_NAME = full_name_sql("m")
_MEMBERS = (
    f"SELECT 'member', {_MEMBER_NAME}, id, phone, birth_day, birth_month, birth_year, "
    f"{_MEMBER_NAME}, address_form FROM member m WHERE {{where}}"
)
_CHILDREN = (
    "SELECT 'child', c.name, m.id, m.phone, c.birth_day, c.birth_month, c.birth_year, "
    f"{_MEMBER_NAME}, c.gender FROM child c JOIN member m ON m.id = c.member_id WHERE {{where}}"
)
_PETS = (
    "SELECT 'pet', p.name, m.id, m.phone, p.birth_day, p.birth_month, p.birth_year, "
    f"{_MEMBER_NAME}, '' FROM pet p JOIN member m ON m.id = p.member_id WHERE {{where}}"
)
_TABLES = ((_MEMBERS, "m"), (_CHILDREN, "c"), (_PETS, "p"))
# On the Hebrew calendar few members qualify but the Gregorian window is wide: start from the
# members who chose it (a partial index) and look up their children and pets, not the reverse.
_HEBREW_TABLES = (
    (_MEMBERS.replace("FROM member m", "FROM member m INDEXED BY member_hebrew"), "m"),
    (_CHILDREN.replace("FROM child c JOIN member m", "FROM member m CROSS JOIN child c"), "c"),
    (_PETS.replace("FROM pet p JOIN member m", "FROM member m CROSS JOIN pet p"), "p"),
)


class BirthdayEntry(NamedTuple):
    """One birthday in a range: whose, on which day, on which calendar, and the age if known.

    A named tuple rather than a dataclass: a big shop's week has thousands and they are built
    in a tight loop."""

    kind: str  # member | child | pet
    name: str
    member_id: int
    member_phone: str
    date: date
    calendar: str  # gregorian | hebrew
    age: int | None
    member_name: str = ""  # whose child or pet (the member's own name for a member)
    gender: str = ""  # f, m or '': a member's form of address, a child's gender

    def sort_key(self) -> tuple:
        return (self.date, _KIND_ORDER[self.kind], self.name, self.member_id)

    def to_json(self) -> dict:
        """The entry as the CLI prints it."""
        return {
            "kind": self.kind,
            "name": self.name,
            "member_id": self.member_id,
            "member_phone": self.member_phone,
            "date": self.date.isoformat(),
            "calendar": self.calendar,
            "age": self.age,
        }


def birthdays_between(shop, start: date, days: int) -> list[BirthdayEntry]:
    """Every birthday in [start, start + days), sorted by date, then kind and name.

    Members who chose the Hebrew calendar (and their children and pets) are celebrated on the
    Hebrew date when the birth year is known; everyone else on the Gregorian date.
    """
    if days < 1:
        return []
    return birthdays_in(shop.db.connection(), start, start + timedelta(days=days - 1))


def birthdays_in(
    conn, start: date, end: date, kinds: tuple[str, ...] = KINDS
) -> list[BirthdayEntry]:
    """Every birthday of the given kinds from `start` to `end` inclusive, sorted (see above)."""
    chosen = [kind in kinds for kind in KINDS]
    gregorian = [table for table, wanted in zip(_TABLES, chosen, strict=True) if wanted]
    hebrew = [table for table, wanted in zip(_HEBREW_TABLES, chosen, strict=True) if wanted]
    entries = _gregorian(conn, start, end, gregorian) + _hebrew(conn, start, end, hebrew)
    return sorted(entries, key=BirthdayEntry.sort_key)


def celebrations(
    born: PartialDate, hebrew: bool, start: date, end: date
) -> list[tuple[date, str, int | None]]:
    """The days from `start` to `end` on which a birthday is celebrated, each with its calendar
    and the age reached (None without a birth year). `hebrew` is the member's choice; it needs
    the birth year, so a Hebrew-calendar birthday without one falls back to the Gregorian date."""
    return _celebrations(born.month, born.day, born.year, hebrew, start, end)


def _celebrations(
    month: int, day: int, year: int | None, hebrew: bool, start: date, end: date
) -> list[tuple[date, str, int | None]]:
    # Stored birthdays are valid already: no PartialDate to build (the today page runs this for
    # thousands of rows on a big shop).
    found: list[tuple[date, str, int | None]] = []
    if hebrew and year is not None:
        born_on = date(year, month, day)
        birth_year = hebrew_birth(born_on).year
        for hebrew_year in hebrew_years(start, end):
            if hebrew_year >= birth_year:
                on = hebrew_celebration(born_on, hebrew_year)
                if start <= on <= end:
                    found.append((on, "hebrew", hebrew_year - birth_year))
        return found
    for this_year in range(start.year, end.year + 1):
        if month == 2 and day == 29 and not calendar.isleap(this_year):
            on = date(this_year, 2, 28)
        else:
            on = date(this_year, month, day)
        if start <= on <= end and (year is None or this_year >= year):
            found.append((on, "gregorian", None if year is None else this_year - year))
    return found


def _gregorian(conn, start: date, end: date, tables) -> list[BirthdayEntry]:
    return _entries(conn, start, end, tables, _month_day_spans(start, end), hebrew=False)


def _hebrew(conn, start: date, end: date, tables) -> list[BirthdayEntry]:
    spans = _month_day_spans(start - HEBREW_DRIFT, end + HEBREW_DRIFT)
    return _entries(conn, start, end, tables, spans, hebrew=True)


def _entries(conn, start: date, end: date, tables, spans, *, hebrew: bool) -> list[BirthdayEntry]:
    entries: list[BirthdayEntry] = []
    for sql, alias in tables:
        match, params = _born_in(alias, spans)
        if hebrew:
            where = f"m.hebrew_birthday = 1 AND {alias}.birth_year IS NOT NULL AND {match}"
        else:
            where = f"{match} AND (m.hebrew_birthday = 0 OR {alias}.birth_year IS NULL)"
        rows = conn.execute(sql.format(where=where), params)
        if hebrew:
            for kind, name, member_id, phone, day, month, year, owner, gender in rows:
                for on, calendar_, age in _celebrations(month, day, year, True, start, end):
                    entries.append(
                        BirthdayEntry(
                            kind, name, member_id, phone, on, calendar_, age, owner, gender
                        )
                    )
            continue
        # Thousands of rows on a big shop share a few hundred birth days: find each day's
        # celebrations once, then only the birth year (age, not yet born) differs per row.
        days_of: dict[tuple[int, int], list[date]] = {}
        for kind, name, member_id, phone, day, month, year, owner, gender in rows:
            found = days_of.get((month, day))
            if found is None:
                found = days_of[(month, day)] = [
                    on for on, _, _ in _celebrations(month, day, None, False, start, end)
                ]
            for on in found:
                if year is None or on.year >= year:
                    age = None if year is None else on.year - year
                    entries.append(
                        BirthdayEntry(
                            kind, name, member_id, phone, on, "gregorian", age, owner, gender
                        )
                    )
    return entries


def _born_in(alias: str, spans: list[tuple[int, int, int]]) -> tuple[str, list[int]]:
    """An SQL condition (using the birthday index) for birthdays within `spans`, and its values."""
    match = " OR ".join(
        f"({alias}.birth_month = ? AND {alias}.birth_day BETWEEN ? AND ?)" for _ in spans
    )
    return f"({match})", [value for span in spans for value in span]


def _month_day_spans(start: date, end: date) -> list[tuple[int, int, int]]:
    """(month, first day, last day) runs of stored birthdays celebrated in [start, end].

    Feb 29 is included wherever Feb 28 of a common year is."""
    spans: dict[int, tuple[int, int]] = {}
    if (end - start).days >= 366:
        return [(month, 1, 31) for month in range(1, 13)]
    day = start
    while day <= end:
        last = day.day
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            last = 29
        low, high = spans.get(day.month, (day.day, last))
        spans[day.month] = (min(low, day.day), max(high, last))
        day += timedelta(days=1)
    return [(month, low, high) for month, (low, high) in spans.items()]

"""Birthdays coming up for one member: theirs, their children's and their pets' (for the card badge)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shopkeeper.club.records import Member

BADGE_DAYS = 7


@dataclass(frozen=True)
class UpcomingBirthday:
    kind: str  # "member", "child" or "pet"
    name: str
    on: date
    days_away: int
    age: int | None  # the age they turn, when the year is known
    gender: str = ""  # a child's: f, m or '' (the wording about them depends on it)


def upcoming_birthdays(
    member: Member, today: date, days: int = BADGE_DAYS
) -> list[UpcomingBirthday]:
    """Every Gregorian birthday of the member, children and pets within `days` from today, soonest first."""
    people = [("member", member.full_name, member.birthday, "")]
    people += [("child", c.name, c.birthday, c.gender) for c in member.children]
    people += [("pet", p.name, p.birthday, "") for p in member.pets]
    found = []
    for kind, name, birthday, gender in people:
        if birthday is None:
            continue
        on = birthday.next_on_or_after(today)
        away = (on - today).days
        if away <= days:
            found.append(UpcomingBirthday(kind, name, on, away, birthday.age_on(on), gender))
    return sorted(found, key=lambda b: (b.days_away, b.kind, b.name))

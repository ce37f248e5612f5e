"""What a greeting says about a member and the child or pet it is for: names, ages, points.

Ages are counted as the birthdays page counts them: on the birthday being celebrated, on the
Hebrew calendar for members who chose it (and their children and pets) when the birth year is
known.  The birthday being celebrated is the one within the last week (a greeting sent a little
late) or else the coming one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.records import Member
from shopkeeper.club.text import clean_text
from shopkeeper.errors import SubjectNotFound
from shopkeeper.loyalty.tiers import TierStatus
from shopkeeper.printing.templates import tier_name
from shopkeeper.touch.greeting_texts import pet_kind_text
from shopkeeper.touch.hebrew import celebrated_in, hebrew_birth

LATE = timedelta(days=7)  # a birthday this recent is still the one being greeted


@dataclass(frozen=True)
class Subject:
    """Whom a greeting celebrates: the member, one of their children or one of their pets."""

    kind: str  # member | child | pet
    name: str  # the child's or pet's name as stored; '' for the member
    birthday: PartialDate | None
    gender: str = ""  # a child's: f, m or ''
    pet_kind: str = ""


def find_subject(member: Member, child: str | None = None, pet: str | None = None) -> Subject:
    """The member, or their child or pet called ``child`` / ``pet`` (matched without regard to
    case or surrounding spaces); SubjectNotFound when they have none by that name."""
    if child is not None:
        found = _named(member.children, child)
        if found is None:
            raise SubjectNotFound(name=member.full_name, kind="child", subject=clean_text(child))
        return Subject("child", found.name, found.birthday, gender=found.gender)
    if pet is not None:
        found = _named(member.pets, pet)
        if found is None:
            raise SubjectNotFound(name=member.full_name, kind="pet", subject=clean_text(pet))
        return Subject("pet", found.name, found.birthday, pet_kind=found.kind)
    return Subject("member", "", member.birthday)


def _named(records, name: str):
    wanted = clean_text(name)
    exact = next((r for r in records if r.name == wanted), None)
    if exact is not None or not wanted:
        return exact
    folded = wanted.casefold()
    return next((r for r in records if r.name.casefold() == folded), None)


def birthday_age(born: PartialDate | None, hebrew: bool, today: date) -> int | None:
    """Age on the birthday being celebrated (see the module); None without a birth year."""
    if born is None or born.year is None:
        return None
    since = today - LATE
    if hebrew:
        birth = hebrew_birth(date(born.year, born.month, born.day))
        year = hebrew_birth(since).year
        while celebrated_in(birth, year).to_pydate() < since:
            year += 1
        age = year - birth.year
    else:
        year = since.year
        while born.in_year(year) < since:
            year += 1
        age = year - born.year
    return age if age >= 1 else None


HEBREW_AGES = {1: "שנה", 2: "שנתיים"}  # "בן שנה", "בת שנתיים"; then digits: "בן 3", "בת 12"


def age_text(age: int | None, language: str) -> str:
    """An age as it follows "בן" / "בת" in Hebrew (1 → שנה, 2 → שנתיים, else the number) or
    as a number in English; '' when unknown."""
    if age is None:
        return ""
    if language == "he":
        return HEBREW_AGES.get(age, str(age))
    return str(age)


def value_texts(
    member: Member,
    subject: Subject,
    *,
    points: int,
    tier: TierStatus,
    language: str,
    shop_name: str,
    now: datetime,
    details: str = "",
    show_age: bool = True,
) -> dict[str, str]:
    """Each greeting placeholder's text (plain, not isolated; '' when there is none), with the
    member's points balance and tier as the loyalty services give them.  Without ``show_age``
    the ages are left empty, so the lines that tell them are left out (a printed card)."""
    today = now.date()
    age = birthday_age(member.birthday, member.hebrew_birthday, today) if show_age else None
    subject_age = (
        birthday_age(subject.birthday, member.hebrew_birthday, today) if show_age else None
    )
    child = subject.kind == "child"
    pet = subject.kind == "pet"
    return {
        "first_name": member.first_name or member.full_name,
        "last_name": member.last_name,
        "shop_name": shop_name,
        "points": f"{points:,}" if points > 0 else "",
        "tier": tier_name(tier.name, language, member.address_form),
        "date": today.strftime("%d/%m/%Y"),
        "age": age_text(age, language),
        "child_name": subject.name if child else "",
        "child_age": age_text(subject_age, language) if child else "",
        "pet_name": subject.name if pet else "",
        "pet_kind": pet_kind_text(subject.pet_kind, language) if pet else "",
        "pet_age": age_text(subject_age, language) if pet else "",
        "details": clean_text(details),
    }

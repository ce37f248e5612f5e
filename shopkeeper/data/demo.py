"""The demo shop: realistic, made-up club members (Hebrew, English and Russian-Israeli names).

Deterministic for a seed and the shop's today. Members are built as checked values directly (their
fields are valid by construction) and written in chunks through the bulk insert in one transaction:
their purchases and loyalty history follow in the same transaction (`demo_sales`), with the
tables' indexes built once at the end (`bulk`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from random import Random

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.phones import Phone
from shopkeeper.club.records import CHANNELS
from shopkeeper.club.validation import CheckedChild, CheckedMember, CheckedPet
from shopkeeper.data import demo_names as names
from shopkeeper.data.bulk import bulk_load, foreign_keys_checked_later
from shopkeeper.data.demo_identity import give_demo_identity
from shopkeeper.data.demo_pickups import add_demo_pickups
from shopkeeper.data.demo_sales import fill_demo_sales
from shopkeeper.data.demo_touch import add_demo_touch
from shopkeeper.store import member_stats

CHUNK = 5_000
DEMO_TABLES = (
    "member",
    "child",
    "pet",
    "member_tag",
    "consent_event",
    "phone_fragment",
    "name_key",
    "purchase",
    "purchase_line",
    "ledger",
    "stamp",
    "earned_reward",
    "member_tier",
    "member_stats",
)
# National prefixes of mobile ranges and the digit after them that the numbering plan allocates.
_MOBILE_RANGES = (
    ("050", "02345678"),
    ("052", "02345678"),
    ("053", "0123456789"),
    ("054", "2345678"),
    ("055", "2"),
    ("058", "34567"),
)
_MOBILE_WEIGHTS = (22, 24, 12, 26, 2, 14)
_CITIES = tuple(city for city, _ in names.CITIES)
_CITY_WEIGHTS = tuple(itertools.accumulate(weight for _, weight in names.CITIES))
_PET_KINDS = tuple(kind for kind, _ in names.PET_KINDS)
_PET_WEIGHTS = tuple(itertools.accumulate(weight for _, weight in names.PET_KINDS))
_DOMAINS = tuple(domain for domain, _ in names.EMAIL_DOMAINS)
_DOMAIN_WEIGHTS = tuple(itertools.accumulate(weight for _, weight in names.EMAIL_DOMAINS))
_LEAP_YEAR = 2000  # day-of-year draws include 29 February


def fill_demo_shop(
    shop,
    members: int = 500,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    today: date | None = None,
    sales: bool = True,
) -> int:
    """Add `members` demo members to `shop` in one transaction (phones it has are skipped), with
    two years of their purchases and loyalty history unless `sales` is false; return how many
    members. The shop gets the demo's name, logo and Hebrew programme unless it has its own. `progress(done, total)` is called after each chunk of members is written."""
    today = today or date.today()
    factory = DemoMembers(seed, today, _existing_phones(shop))
    made = factory.members(members)
    ids: list[int] = []
    joined: list[date] = []
    birthdays: list[tuple[PartialDate, bool] | None] = []
    conn = shop.db.connection()
    # All or nothing: an interrupted demo leaves the shop empty.
    with foreign_keys_checked_later(conn), shop.db.atomic():
        give_demo_identity(shop)
        with member_stats.recomputed_after(conn), bulk_load(conn, DEMO_TABLES):
            while chunk := list(itertools.islice(made, CHUNK)):
                ids += shop.members.add_checked_many(
                    [m for m, _ in chunk], [day for _, day in chunk], consent_when_joined=True
                )
                joined += [day for _, day in chunk]
                birthdays += [
                    (m.birthday, m.hebrew_birthday) if m.birthday else None for m, _ in chunk
                ]
                if progress:
                    progress(len(ids), members)
            if sales and ids:
                fill_demo_sales(shop, ids, joined, birthdays, seed, today)
                add_demo_pickups(shop, ids, seed, today)
        if sales and ids:  # reads the call lists, so after the indexes are back
            add_demo_touch(shop, ids, seed, today)
    return len(ids)


def _existing_phones(shop) -> set[str]:
    return {phone for (phone,) in shop.db.connection().execute("SELECT phone FROM member")}


class DemoMembers:
    """Draws members from one seeded random stream."""

    def __init__(self, seed: int, today: date, taken_phones: set[str] | None = None) -> None:
        self.rng = Random(seed)
        self.today = today
        self._phones = set(taken_phones or ())

    def members(self, count: int) -> Iterator[tuple[CheckedMember, date]]:
        """`count` members with their join dates; the first few have birthdays in the coming week."""
        for index in range(count):
            yield self.member(index), self.today - timedelta(days=self.rng.randrange(3 * 365))

    def member(self, index: int) -> CheckedMember:
        rng = self.rng
        gender = "f" if rng.random() < 0.56 else "m"
        first, last, first_latin, last_latin = self._name(gender)
        birthday = self._birthday()
        children = self._children(birthday) if rng.random() < 0.3 else ()
        pets = self._pets() if rng.random() < 0.2 else ()
        if index < 4:
            birthday, children, pets = self._this_week(index, birthday, children, pets)
        email = self._email(first_latin, last_latin) if rng.random() < 0.45 else ""
        return CheckedMember(
            first_name=first,
            last_name=last,
            phone=self._phone(),
            email=email,
            birthday=birthday,
            hebrew_birthday=rng.random() < 0.05,
            address_form=gender,
            address=self._address() if rng.random() < 0.6 else "",
            city=rng.choices(_CITIES, cum_weights=_CITY_WEIGHTS)[0],
            source=rng.choice(names.SOURCES) if rng.random() < 0.6 else "",
            tags=self._tags() if rng.random() < 0.25 else (),
            notes=self._note(gender) if rng.random() < 0.1 else "",
            children=children,
            pets=pets,
            consent=self._consent(bool(email)),
            consent_how=rng.choice(names.CONSENT_HOW),
        )

    def _this_week(
        self,
        index: int,
        birthday: PartialDate | None,
        children: tuple[CheckedChild, ...],
        pets: tuple[CheckedPet, ...],
    ) -> tuple[PartialDate | None, tuple[CheckedChild, ...], tuple[CheckedPet, ...]]:
        """Members 1-4 get a birthday (their own, a child's, a pet's) in the coming week, so the
        birthday badge and list have something true to show whatever the seed."""
        if index == 0:
            birthday = self._soon(0, birthday.year if birthday else 1984)
        elif index == 1:
            birthday = self._soon(2, None)
        elif index == 2:
            child = CheckedChild(
                None, self._child_name("f"), self._soon(4, self.today.year - 6), "f"
            )
            children = (child, *children)
        else:
            dog = self._soon(6, self.today.year - 3)
            pets = (CheckedPet(None, self.rng.choice(names.PET_NAMES), "כלב", dog), *pets)
        return birthday, children, pets

    # -- parts -------------------------------------------------------------------------------
    def _name(self, gender: str) -> tuple[str, str, str, str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.75:
            first, first_latin = rng.choice(
                names.HEBREW_FEMALE if gender == "f" else names.HEBREW_MALE
            )
            last, last_latin = rng.choice(names.HEBREW_LAST)
        elif roll < 0.87:
            first = rng.choice(names.ENGLISH_FEMALE if gender == "f" else names.ENGLISH_MALE)
            last = rng.choice(names.ENGLISH_LAST)
            first_latin, last_latin = first.lower(), last.lower()
        else:
            first, first_latin = rng.choice(
                names.RUSSIAN_FEMALE if gender == "f" else names.RUSSIAN_MALE
            )
            masculine, feminine, last_latin = rng.choice(names.RUSSIAN_LAST)
            last = feminine if gender == "f" else masculine
            if gender == "f" and feminine != masculine:
                last_latin += "a"
        return first, last, first_latin, last_latin

    def _phone(self) -> Phone:
        rng = self.rng
        while True:
            prefix, allowed = rng.choices(_MOBILE_RANGES, weights=_MOBILE_WEIGHTS)[0]
            national = f"{prefix}{rng.choice(allowed)}{rng.randrange(1_000_000):06d}"
            e164 = "+972" + national[1:]
            if e164 not in self._phones:
                self._phones.add(e164)
                return Phone(e164, f"{national[:3]}-{national[3:6]}-{national[6:]}", True)

    def _day_of_year(self) -> tuple[int, int]:
        day = date(_LEAP_YEAR, 1, 1) + timedelta(days=self.rng.randrange(366))
        return day.month, day.day

    def _birthday(self) -> PartialDate | None:
        roll = self.rng.random()
        if roll < 0.08:
            return None
        month, day = self._day_of_year()
        if roll < 0.2:
            return PartialDate(month, day)
        return PartialDate(
            month, day, _fit_year(month, day, self.rng.randint(1946, self.today.year - 18))
        )

    def _soon(self, days: int, year: int | None) -> PartialDate:
        """A birthday `days` from today (in the birth `year`, when there is one)."""
        day = self.today + timedelta(days=days)
        return PartialDate(
            day.month, day.day, _fit_year(day.month, day.day, year) if year else None
        )

    def _child_name(self, gender: str) -> str:
        return self.rng.choice(names.CHILD_FEMALE if gender == "f" else names.CHILD_MALE)

    def _children(self, parent_birthday: PartialDate | None) -> tuple[CheckedChild, ...]:
        rng = self.rng
        parent_year = parent_birthday.year if parent_birthday and parent_birthday.year else None
        latest = self.today.year - 1
        earliest = min(max(parent_year + 20 if parent_year else 1990, self.today.year - 30), latest)
        children = []
        for _ in range(rng.choice((1, 1, 2, 2, 2, 3, 3, 4))):
            gender = rng.choice("fm")
            month, day = self._day_of_year()
            year = _fit_year(month, day, rng.randint(earliest, latest))
            birthday = (
                PartialDate(month, day, year) if rng.random() < 0.9 else PartialDate(month, day)
            )
            children.append(CheckedChild(None, self._child_name(gender), birthday, gender))
        return tuple(children)

    def _pets(self) -> tuple[CheckedPet, ...]:
        rng = self.rng
        pets = []
        for _ in range(1 if rng.random() < 0.8 else 2):
            kind = rng.choices(_PET_KINDS, cum_weights=_PET_WEIGHTS)[0]
            birthday = None
            if rng.random() < 0.6:
                month, day = self._day_of_year()
                year = _fit_year(month, day, rng.randint(self.today.year - 14, self.today.year - 1))
                birthday = PartialDate(month, day, year)
            pets.append(CheckedPet(None, rng.choice(names.PET_NAMES), kind, birthday))
        return tuple(pets)

    def _tags(self) -> tuple[str, ...]:
        return tuple(sorted(self.rng.sample(names.TAGS, self.rng.randint(1, 2))))

    def _note(self, gender: str) -> str:
        return self.rng.choice(names.NOTES_FEMALE if gender == "f" else names.NOTES_MALE)

    def _email(self, first_latin: str, last_latin: str) -> str:
        rng = self.rng
        first = "".join(ch for ch in first_latin if ch.isalnum())
        last = "".join(ch for ch in last_latin if ch.isalnum() or ch == "-")
        local = rng.choice(
            (f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last[:1]}")
        )
        if rng.random() < 0.4:
            local += str(rng.randint(1, 99))
        return f"{local}@{rng.choices(_DOMAINS, cum_weights=_DOMAIN_WEIGHTS)[0]}"

    def _address(self) -> str:
        rng = self.rng
        address = f"{rng.choice(names.STREETS)} {rng.randint(1, 120)}"
        if rng.random() < 0.5:
            address += f" דירה {rng.randint(1, 40)}"
        return address

    def _consent(self, has_email: bool) -> dict[str, bool]:
        """Asked or not per channel; of those asked, most said yes."""
        rng = self.rng
        consent = {}
        for channel in CHANNELS:
            if channel == "email" and not has_email:
                continue
            roll = rng.random()
            if roll < 0.7:
                consent[channel] = roll < 0.5
        return consent


def _fit_year(month: int, day: int, year: int) -> int:
    """`year`, or the leap year before it for a 29 February birthday."""
    if month == 2 and day == 29:
        while not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
            year -= 1
    return year

"""Turning a MemberDraft into clean, checked values (no database access here)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shopkeeper.club.dates import PartialDate, parse_partial_date
from shopkeeper.club.phones import Phone, parse_phone
from shopkeeper.club.records import ADDRESS_FORMS, CHANNELS, ChildDraft, MemberDraft, PetDraft
from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidEmail, InvalidValue, MissingName

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_GENDER_WORDS = {
    "": "", "f": "f", "m": "m", "female": "f", "male": "m", "woman": "f", "man": "m",
    "נ": "f", "ז": "m", "נקבה": "f", "זכר": "m", "אישה": "f", "גבר": "m", "בת": "f", "בן": "m",
}


@dataclass(frozen=True)
class CheckedChild:
    id: int | None
    name: str
    birthday: PartialDate | None
    gender: str


@dataclass(frozen=True)
class CheckedPet:
    id: int | None
    name: str
    kind: str
    birthday: PartialDate | None


@dataclass(frozen=True)
class CheckedMember:
    first_name: str
    last_name: str
    phone: Phone
    email: str
    birthday: PartialDate | None
    hebrew_birthday: bool
    address_form: str
    address: str
    city: str
    source: str
    tags: tuple[str, ...]
    notes: str
    children: tuple[CheckedChild, ...]
    pets: tuple[CheckedPet, ...]
    consent: dict[str, bool]
    consent_how: str


def normalise_gender(text: str, field: str = "gender") -> str:
    """'f', 'm' or '' from what people write (f/m, female/male, נ/ז, בת/בן …)."""
    key = clean_text(text).casefold()
    if key not in _GENDER_WORDS:
        raise InvalidValue(field=field, text=clean_text(text))
    return _GENDER_WORDS[key]


def check_email(text: str) -> str:
    email = clean_text(text)
    if email and not _EMAIL.match(email):
        raise InvalidEmail(text=email)
    return email


def check_child(draft: ChildDraft) -> CheckedChild:
    name = clean_text(draft.name)
    if not name:
        raise InvalidValue(field="child name", text="")
    return CheckedChild(draft.id, name, parse_partial_date(draft.birthday), normalise_gender(draft.gender))


def check_pet(draft: PetDraft) -> CheckedPet:
    name = clean_text(draft.name)
    if not name:
        raise InvalidValue(field="pet name", text="")
    return CheckedPet(draft.id, name, clean_text(draft.kind), parse_partial_date(draft.birthday))


def check_member(draft: MemberDraft) -> CheckedMember:
    """Validate every field; raise the first problem as a ShopError."""
    first, last = clean_text(draft.first_name), clean_text(draft.last_name)
    if not first and not last:
        raise MissingName()
    address_form = normalise_gender(draft.address_form, "form of address")
    assert address_form in ADDRESS_FORMS
    for channel in draft.consent:
        if channel not in CHANNELS:
            raise InvalidValue(field="consent channel", text=channel)
    tags = tuple(dict.fromkeys(t for t in (clean_text(t) for t in draft.tags) if t))
    return CheckedMember(
        first_name=first,
        last_name=last,
        phone=parse_phone(draft.phone),
        email=check_email(draft.email),
        birthday=parse_partial_date(draft.birthday),
        hebrew_birthday=bool(draft.hebrew_birthday),
        address_form=address_form,
        address=clean_text(draft.address),
        city=clean_text(draft.city),
        source=clean_text(draft.source),
        tags=tags,
        notes=clean_text(draft.notes),
        children=tuple(check_child(c) for c in draft.children),
        pets=tuple(check_pet(p) for p in draft.pets),
        consent=dict(draft.consent),
        consent_how=clean_text(draft.consent_how),
    )

"""What the club services hand out and take in: plain frozen dataclasses, never database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from shopkeeper.club.dates import PartialDate
from shopkeeper.club.phones import format_phone
from shopkeeper.errors import ShopError

CHANNELS = ("sms", "whatsapp", "email")
ADDRESS_FORMS = ("", "f", "m")  # neutral, feminine (לקוחה יקרה), masculine (לקוח יקר)


def full_name(first_name: str, last_name: str) -> str:
    """A member's name as shown: the first and last names that are given, a space between."""
    return " ".join(part for part in (first_name, last_name) if part)


def full_name_sql(alias: str = "") -> str:
    """The same name, worked out by SQLite from the member table (aliased `alias`, if given)."""
    prefix = f"{alias}." if alias else ""
    return f"trim({prefix}first_name || ' ' || {prefix}last_name)"


@dataclass(frozen=True)
class ChildRecord:
    id: int
    name: str
    birthday: PartialDate | None
    gender: str = ""


@dataclass(frozen=True)
class PetRecord:
    id: int
    name: str
    kind: str
    birthday: PartialDate | None


@dataclass(frozen=True)
class ConsentRecord:
    """One entry of the append-only consent history."""

    channel: str
    given: bool
    at: datetime
    how: str


@dataclass(frozen=True)
class MemberSummary:
    """A row of a list or a search result."""

    id: int
    number: int
    first_name: str
    last_name: str
    phone: str
    city: str
    birthday: PartialDate | None

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def phone_display(self) -> str:
        return format_phone(self.phone)


@dataclass(frozen=True)
class Member:
    """Everything the club knows about one member."""

    id: int
    number: int
    first_name: str
    last_name: str
    phone: str
    email: str
    birthday: PartialDate | None
    hebrew_birthday: bool
    address_form: str
    address: str
    city: str
    joined_on: date
    source: str
    referred_by: int | None  # member number
    tags: tuple[str, ...]
    notes: str
    children: tuple[ChildRecord, ...]
    pets: tuple[PetRecord, ...]
    consent_history: tuple[ConsentRecord, ...]

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.last_name)

    @property
    def phone_display(self) -> str:
        return format_phone(self.phone)

    def consent(self, channel: str) -> ConsentRecord | None:
        """The latest consent entry for `channel`, or None if never asked."""
        for record in reversed(self.consent_history):
            if record.channel == channel:
                return record
        return None

    def consents_to(self, channel: str) -> bool:
        record = self.consent(channel)
        return bool(record and record.given)

    def to_json(self) -> dict:
        """The member as the CLI prints it."""
        return {
            "id": self.id,
            "number": self.number,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "phone": self.phone,
            "phone_display": self.phone_display,
            "email": self.email,
            "birthday": self.birthday.iso() if self.birthday else None,
            "hebrew_birthday": self.hebrew_birthday,
            "address_form": self.address_form,
            "address": self.address,
            "city": self.city,
            "joined_on": self.joined_on.isoformat(),
            "source": self.source,
            "referred_by": self.referred_by,
            "tags": list(self.tags),
            "notes": self.notes,
            "children": [
                {"name": c.name, "birthday": c.birthday.iso() if c.birthday else None, "gender": c.gender}
                for c in self.children
            ],
            "pets": [
                {"name": p.name, "kind": p.kind, "birthday": p.birthday.iso() if p.birthday else None}
                for p in self.pets
            ],
            "consent": {
                channel: {
                    "given": bool(rec and rec.given),
                    "at": rec.at.isoformat(timespec="seconds") if rec else None,
                    "how": rec.how if rec else None,
                }
                for channel in CHANNELS
                for rec in [self.consent(channel)]
            },
        }


@dataclass(frozen=True)
class ChildDraft:
    name: str
    birthday: str = ""  # dd/mm[/yyyy] as typed
    gender: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PetDraft:
    name: str
    kind: str = ""
    birthday: str = ""
    id: int | None = None


@dataclass(frozen=True)
class MemberDraft:
    """A member as typed in a form, a CLI command or an import row; the service validates it."""

    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    email: str = ""
    birthday: str = ""
    hebrew_birthday: bool = False
    address_form: str = ""
    address: str = ""
    city: str = ""
    joined_on: date | None = None
    source: str = ""
    referred_by: str = ""  # phone or member number of the member who brought them
    tags: tuple[str, ...] = ()
    notes: str = ""
    children: tuple[ChildDraft, ...] = ()
    pets: tuple[PetDraft, ...] = ()
    consent: dict[str, bool] = field(default_factory=dict)
    consent_how: str = ""


@dataclass(frozen=True)
class SavedMember:
    """The result of adding or updating: the member, and warnings that did not stop the save."""

    member: Member
    warnings: tuple[ShopError, ...] = ()

"""Recognising which field each column of an imported file holds, in Hebrew or English.

Members and purchases each have their own vocabulary of fields and header spellings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from shopkeeper.errors import ImportFileError

FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "full_name",
    "phone",
    "email",
    "birthday",
    "city",
    "address",
    "notes",
    "gender",
    "tags",
    "source",
    "joined_on",
    "consent_sms",
    "consent_whatsapp",
    "consent_email",
)

# A mapping to one of these leaves the column out of the import.
IGNORE = ("", "ignore", "-")

NAME_FIELDS = ("first_name", "last_name", "full_name")

# Header spellings per field, separated by "|"; compared by header_key, so case, spaces and
# punctuation do not matter.
_HEADER_NAMES: dict[str, str] = {
    "first_name": "שם פרטי | פרטי | First name | First | Firstname | Given name | Forename",
    "last_name": "שם משפחה | משפחה | Last name | Last | Surname | Family name | Lastname",
    "full_name": (
        "שם | שם מלא | שם הלקוח | שם לקוח | שם הלקוחה | Name | Full name | Customer name | "
        "Customer | Contact name"
    ),
    "phone": (
        "טלפון | נייד | טלפון נייד | פלאפון | סלולרי | מספר טלפון | מס טלפון | טל | Mobile | "
        "Phone | Cell | Cellphone | Cell phone | Mobile phone | Phone number | Telephone | Tel | "
        "Mobile number"
    ),
    "email": (
        'דוא"ל | דואל | דואר אלקטרוני | אימייל | מייל | E-mail | Email | Email address | '
        "E-mail address"
    ),
    "birthday": (
        "תאריך לידה | יום הולדת | יום הולדת לועזי | Birthday | Date of birth | DOB | Birth date | "
        "Birthdate"
    ),
    "city": "עיר | ישוב | יישוב | עיר מגורים | City | Town",
    "address": "כתובת | רחוב | כתובת מגורים | Address | Street | Street address",
    "notes": "הערות | הערה | Notes | Note | Comments | Comment | Remarks",
    "gender": "מין | מגדר | פנייה | לשון פנייה | Gender | Sex",
    "tags": "תגיות | תגית | Tags | Tag | Labels",
    "source": "מקור | איך הגיע | איך שמעו עלינו | Source | Referral source | How heard",
    "joined_on": (
        "תאריך הצטרפות | הצטרפות | תאריך הצטרפות למועדון | Joined | Join date | Joined on | "
        "Date joined | Member since | Signup date"
    ),
    "consent_sms": (
        "אישור SMS | אישור סמס | אישור הודעות | מאשר SMS | SMS | SMS consent | Consent SMS | "
        "SMS opt in | SMS optin | Accepts SMS"
    ),
    "consent_whatsapp": (
        "אישור וואטסאפ | אישור ווטסאפ | אישור WhatsApp | מאשר וואטסאפ | WhatsApp consent | "
        "Consent WhatsApp | WhatsApp opt in"
    ),
    "consent_email": (
        'אישור דוא"ל | אישור דואל | אישור מייל | אישור אימייל | מאשר מייל | Email consent | '
        "E-mail consent | Consent email | Email opt in | Accepts email | Newsletter"
    ),
}


def header_key(text: str) -> str:
    """A header reduced to its letters and digits, lower-cased: `E-mail ` → `email`, דוא"ל → דואל."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in decomposed if ch.isalnum()).casefold()


PURCHASE_FIELDS: tuple[str, ...] = (
    "phone",
    "date",
    "amount",
    "item",
    "category",
    "qty",
    "price",
    "channel",
    "note",
)

_PURCHASE_HEADER_NAMES: dict[str, str] = {
    "phone": _HEADER_NAMES["phone"] + " | טלפון לקוח | Customer phone | Member phone",
    "date": (
        "תאריך | תאריך רכישה | תאריך קנייה | מועד | Date | Purchase date | Order date | "
        "Sale date | Date of purchase"
    ),
    "amount": (
        'סכום | סה"כ | סהכ | סך הכל | סכום כולל | סכום לתשלום | Amount | Total | Sum | '
        "Total amount | Order total | Grand total"
    ),
    "item": "פריט | מוצר | שם פריט | שם מוצר | תיאור | Item | Product | Item name | Description",
    "category": "קטגוריה | קטגוריית מוצר | מחלקה | Category | Product category | Department",
    "qty": "כמות | יחידות | Qty | Quantity | Units",
    "price": "מחיר | מחיר ליחידה | מחיר יחידה | Price | Unit price | Price per unit",
    "channel": "ערוץ | ערוץ מכירה | Channel | Sales channel",
    "note": "הערה | הערות | Note | Notes | Comment | Comments",
}


@dataclass(frozen=True)
class Vocabulary:
    """The fields of one kind of import and the header spellings that name each of them."""

    fields: tuple[str, ...]
    known: dict[str, str]

    @classmethod
    def build(cls, fields: tuple[str, ...], names: Mapping[str, str]) -> Vocabulary:
        assert set(names) == set(fields)
        known = {
            header_key(name): field
            for field, spellings in names.items()
            for name in spellings.split("|")
        }
        return cls(fields, known)

    def recognise(self, header: str) -> str | None:
        """The field a header names, or None when it is not one we know."""
        return self.known.get(header_key(header))


MEMBER_HEADERS = Vocabulary.build(FIELDS, _HEADER_NAMES)
PURCHASE_HEADERS = Vocabulary.build(PURCHASE_FIELDS, _PURCHASE_HEADER_NAMES)


def recognise(header: str) -> str | None:
    """The member field a header names, or None when it is not one we know."""
    return MEMBER_HEADERS.recognise(header)


def map_columns(
    headers: Sequence[str],
    overrides: Mapping[str, str] | None = None,
    vocabulary: Vocabulary = MEMBER_HEADERS,
) -> list[str | None]:
    """The field of each column (None when not imported); the first column for a field wins.

    `overrides` maps header text (matched exactly, else ignoring case, spaces and punctuation) to a
    field name, or to "" / "ignore" to leave a recognised column out. A field given to a column
    this way is taken from any column recognised on its own. ImportFileError when an override names
    a field we do not have or a column the file does not have.
    """
    chosen: list[str | None] = [vocabulary.recognise(h) for h in headers]
    explicit: dict[int, str | None] = {}
    for header, field in (overrides or {}).items():
        target = field.strip()
        if target.lower() in IGNORE:
            target = ""
        elif target not in vocabulary.fields:
            raise ImportFileError(
                detail=f"unknown field “{target}” for the column “{header}” "
                f"(fields: {', '.join(vocabulary.fields)})."
            )
        for i in _columns_named(headers, header):
            explicit[i] = target or None
    overridden = {f for f in explicit.values() if f}
    result: list[str | None] = []
    taken: set[str] = set()
    for i, recognised in enumerate(chosen):
        field = explicit.get(i, None if recognised in overridden else recognised)
        if field is None or field in taken:
            result.append(None)
            continue
        taken.add(field)
        result.append(field)
    return result


def _columns_named(headers: Sequence[str], header: str) -> list[int]:
    columns = [i for i, h in enumerate(headers) if h == header.strip()]
    if not columns and header_key(header):
        columns = [i for i, h in enumerate(headers) if header_key(h) == header_key(header)]
    if not columns:
        listed = ", ".join(f"“{h}”" for h in headers if h)
        raise ImportFileError(detail=f"the file has no column “{header}” (its columns: {listed}).")
    return columns


def missing_fields(fields: Sequence[str | None]) -> list[str]:
    """What a member import cannot do without: a phone column and some name column."""
    present = set(fields)
    missing = []
    if "phone" not in present:
        missing.append("phone")
    if not present & set(NAME_FIELDS):
        missing.append("name")
    return missing

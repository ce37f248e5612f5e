"""Phone numbers: Israeli first, stored as E.164, shown in the national format."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from shopkeeper.club.text import clean_text
from shopkeeper.errors import InvalidPhone

DEFAULT_REGION = "IL"
_ALLOWED = re.compile(r"^[+\d\s\-().־–/]*$")  # digits and what people put between them
_EXCEL_FLOAT = re.compile(r"^\d+\.0+$")
_EXCEL_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
# An Israeli number outside the allocated ranges is still accepted (with a warning) when it has the
# shape of a landline (area code 02, 03, 04, 08, 09 and 7 digits) or of a mobile or VoIP number
# (05x or 07x and 7 digits); anything else cannot be dialled.
_UNALLOCATED_NSN = re.compile(r"^(?:[2-489]\d{7}|[57]\d{8})$")


@dataclass(frozen=True)
class Phone:
    """A parsed phone: `e164` is what is stored; `allocated` is False for a possible but unused range."""

    e164: str
    national: str
    allocated: bool


def parse_phone(text: str, region: str = DEFAULT_REGION) -> Phone:
    """Parse what a person typed or a spreadsheet held; raise InvalidPhone if it cannot exist.

    Accepts 052-345-6789, 0523456789, +972 52 345 6789, 972523456789, numbers with direction marks,
    and mobiles that lost their leading 0 in Excel (523456789, 523456789.0, 5.23456789E+08).
    """
    raw = clean_text(text)
    candidate = raw
    if _EXCEL_FLOAT.match(candidate):
        candidate = candidate.split(".")[0]
    elif _EXCEL_SCIENTIFIC.match(candidate):
        candidate = str(int(float(candidate)))
    if not candidate or not _ALLOWED.match(candidate):
        raise InvalidPhone(text=raw)
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(text=raw) from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhone(text=raw)
    valid = phonenumbers.is_valid_number(number)
    nsn = phonenumbers.national_significant_number(number)
    if number.country_code == 972 and not valid and not _UNALLOCATED_NSN.match(nsn):
        raise InvalidPhone(text=raw)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(e164=e164, national=_display(number), allocated=valid)


def format_phone(e164: str) -> str:
    """How a stored phone is shown: national for Israel (052-345-6789), international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return _display(number)


def _display(number: phonenumbers.PhoneNumber) -> str:
    if number.country_code == 972:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def national_digits(e164: str) -> str:
    """The digits a person dials at home: 0523456789 for +972523456789; all digits abroad."""
    if e164.startswith("+972"):
        return "0" + e164[4:]
    return e164.lstrip("+")


def query_digits(text: str) -> str:
    """Digits of a phone query in the national form: `+972 52-345` → `052345`.

    A `+972` or `00972` prefix is always the country code; bare `972…` only once a fifth digit
    shows it is not just digits from the middle of a number.
    """
    cleaned = clean_text(text)
    digits = "".join(ch for ch in cleaned if ch.isdigit())
    if digits.startswith("00972"):
        return "0" + digits[5:]
    if digits.startswith("972") and (cleaned.startswith("+") or len(digits) > 4):
        return "0" + digits[3:]
    return digits

"""Phones as people type them: stored E.164, shown nationally, impossible ones refused."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from shopkeeper.club.phones import format_phone, parse_phone, query_digits
from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import InvalidPhone, UnallocatedPhone

MARKS = "\u200e\u200f\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize(
    "typed",
    [
        "052-345-6789",
        "0523456789",
        "+972 52 345 6789",
        "+972-52-345-6789",
        "972523456789",
        "00972523456789",
        "052 345 6789",
        "(052) 345-6789",
        "\u200e052-345-6789\u200f",
        "\u2066052\u2069-\u2067345\u2068-6789",
        "05\u200e2\u200f3456789",
        "  052-345-6789  ",
        "523456789",
        "523456789.0",
        "52-345-6789",
        "5.23456789E+08",
    ],
)
def test_mobile_spellings_give_one_e164(typed):
    phone = parse_phone(typed)
    assert phone.e164 == "+972523456789"
    assert phone.national == "052-345-6789"
    assert phone.allocated


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("03-1234567", "+97231234567", "03-123-4567"),
        ("02 6234567", "+97226234567", "02-623-4567"),
        ("1-700-123-456", "+9721700123456", "1-700-123-456"),
        ("077-123-4567", "+972771234567", "077-123-4567"),
        ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
    ],
)
def test_landlines_special_and_foreign_numbers(typed, e164, shown):
    phone = parse_phone(typed)
    assert (phone.e164, phone.national, phone.allocated) == (e164, shown, True)
    assert format_phone(e164) == shown


@pytest.mark.parametrize(
    "typed",
    [
        "05a1234567",
        "1-800-FLOWERS",
        "052-345-678O",  # a letter O for a zero
        "phone",
        "",
        "   ",
        "\u200e\u200f",
        "052345",  # too short
        "05234567",
        "05234567890",  # too long
        "0523456789012",
        "+972 52 345 67890",
        "0000000000",  # no such area or mobile prefix
        "000000000",
        "0612345678",
        "111111111",
        "05-2345678",  # a mobile prefix with a landline's length
        "052#3456789",
        "+1 555",
    ],
)
def test_impossible_or_garbled_phones_are_refused(typed):
    with pytest.raises(InvalidPhone) as caught:
        parse_phone(typed)
    assert caught.value.params["text"] == typed.translate(str.maketrans("", "", MARKS)).strip()
    assert "not a phone number" in str(caught.value)


@pytest.mark.parametrize("typed", ["059-123-4567", "050-123-4567", "071-234-5678"])
def test_possible_but_unallocated_is_accepted_with_allocated_false(typed):
    number = phonenumbers.parse(typed, "IL")
    assert phonenumbers.is_possible_number(number) and not phonenumbers.is_valid_number(number)
    phone = parse_phone(typed)
    assert phone.allocated is False
    assert phone.national == typed
    assert phone.e164 == "+972" + typed.replace("-", "")[1:]


def test_adding_an_unallocated_phone_warns_but_saves(shop):
    saved = shop.members.add(MemberDraft(first_name="רון", phone="059 123 4567"))
    assert saved.member.phone == "+972591234567"
    [warning] = saved.warnings
    assert isinstance(warning, UnallocatedPhone)
    assert warning.params == {"phone": "059-123-4567"}
    assert shop.members.find("0591234567").id == saved.member.id


def test_an_allocated_phone_has_no_warning(shop):
    assert shop.members.add(MemberDraft(first_name="רון", phone="052-345-6789")).warnings == ()


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("+972 52-345", "052345"),
        ("+972 5", "05"),
        ("+972", "0"),
        ("00972 52 3", "0523"),
        ("972523", "0523"),
        ("9725", "9725"),  # could be the middle of 052-9725…
        ("\u200e052-3", "0523"),
        ("6789", "6789"),
    ],
)
def test_query_digits_are_national(typed, digits):
    assert query_digits(typed) == digits


VALID_MOBILE_PREFIXES = ["50", "52", "53", "54", "55", "58"]


@st.composite
def mobile_spellings(draw):
    """A valid Israeli mobile and one way a person (or a spreadsheet) might have written it."""
    nsn = draw(st.sampled_from(VALID_MOBILE_PREFIXES)) + draw(
        st.text(alphabet="0123456789", min_size=7, max_size=7)
    )
    assume(phonenumbers.is_valid_number(phonenumbers.parse("+972" + nsn)))
    form = draw(st.sampled_from(["national", "plus", "bare972", "lost0", "idd"]))
    digits = {
        "national": "0" + nsn,
        "plus": "972" + nsn,
        "bare972": "972" + nsn,
        "lost0": nsn,
        "idd": "00972" + nsn,
    }[form]
    gaps = draw(
        st.lists(
            st.sampled_from(["", "", "", "-", " ", "  ", *MARKS]),
            min_size=len(digits) - 1,
            max_size=len(digits) - 1,
        )
    )
    written = digits[0] + "".join(gap + d for gap, d in zip(gaps, digits[1:], strict=True))
    if form == "plus":
        written = "+" + written
    edge = st.sampled_from(["", " ", *MARKS])
    return "+972" + nsn, draw(edge) + written + draw(edge)


@given(mobile_spellings())
def test_any_spelling_of_a_valid_mobile_parses_to_the_same_e164(case):
    e164, written = case
    phone = parse_phone(written)
    assert phone.e164 == e164
    assert phone.allocated
    assert phone.national == f"0{e164[4:6]}-{e164[6:9]}-{e164[9:]}"

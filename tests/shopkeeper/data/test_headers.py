"""Which field a column holds: Hebrew and English headers, and the user's own mapping."""

from __future__ import annotations

import pytest

from shopkeeper.data.headers import FIELDS, header_key, map_columns, missing_fields, recognise
from shopkeeper.errors import ImportFileError


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("שם פרטי", "first_name"),
        ("First name", "first_name"),
        ("first", "first_name"),
        ("שם משפחה", "last_name"),
        ("Last Name", "last_name"),
        ("Surname", "last_name"),
        ("שם", "full_name"),
        ("שם מלא", "full_name"),
        ("Name", "full_name"),
        ("Full name", "full_name"),
        ("טלפון", "phone"),
        ("נייד", "phone"),
        ("טלפון נייד", "phone"),
        ("פלאפון", "phone"),
        ("Mobile", "phone"),
        ("PHONE", "phone"),
        ("Cell", "phone"),
        ("תאריך לידה", "birthday"),
        ("יום הולדת", "birthday"),
        ("Birthday", "birthday"),
        ("Date of birth", "birthday"),
        ("D.O.B.", "birthday"),
        ('דוא"ל', "email"),
        ("דואל", "email"),
        ("דוא״ל", "email"),  # gershayim rather than a quote
        ("אימייל", "email"),
        ("מייל", "email"),
        ("E-mail", "email"),
        ("email", "email"),
        ("עיר", "city"),
        ("ישוב", "city"),
        ("City", "city"),
        ("כתובת", "address"),
        ("Address", "address"),
        ("הערות", "notes"),
        ("Notes", "notes"),
        ("מין", "gender"),
        ("מגדר", "gender"),
        ("Gender", "gender"),
        ("תגיות", "tags"),
        ("Tags", "tags"),
        ("מקור", "source"),
        ("Source", "source"),
        ("תאריך הצטרפות", "joined_on"),
        ("Joined", "joined_on"),
        ("אישור SMS", "consent_sms"),
        ("SMS consent", "consent_sms"),
        ("WhatsApp consent", "consent_whatsapp"),
        ("אישור וואטסאפ", "consent_whatsapp"),
        ("Email consent", "consent_email"),
        ("אישור מייל", "consent_email"),
        ("  first   NAME: ", "first_name"),
        ("\u200fטלפון\u200f", "phone"),
    ],
)
def test_recognised_headers(header, field):
    assert recognise(header) == field


@pytest.mark.parametrize("header", ["", "Customer ID", "סכום קנייה", "Phone 2 notes", "WhatsApp"])
def test_unknown_headers(header):
    assert recognise(header) is None


def test_header_key_ignores_case_spaces_and_punctuation():
    assert header_key(" E-Mail ") == header_key("email") == "email"
    assert header_key('דוא"ל') == header_key("דואל")


def test_every_field_can_be_recognised_from_its_own_name():
    for field in FIELDS:
        assert field in set(
            map_columns([field.replace("_", " ")], {field.replace("_", " "): field})
        )


def test_first_column_for_a_field_wins_and_unknown_columns_are_left_out():
    fields = map_columns(["טלפון", "Customer ID", "Mobile", "שם"])
    assert fields == ["phone", None, None, "full_name"]


def test_override_maps_unknown_headers():
    fields = map_columns(["Col A", "Col B", "Col C"], {"Col A": "first_name", "Col C": "phone"})
    assert fields == ["first_name", None, "phone"]


def test_override_takes_the_field_from_a_recognised_column():
    # "Phone" is a landline; the user says the mobile column is the phone.
    fields = map_columns(["Name", "Phone", "Mobile 2"], {"Mobile 2": "phone"})
    assert fields == ["full_name", None, "phone"]


def test_override_can_leave_a_recognised_column_out():
    assert map_columns(["Name", "Phone", "Notes"], {"Notes": "ignore"}) == [
        "full_name",
        "phone",
        None,
    ]
    assert map_columns(["Name", "Phone", "Notes"], {"Notes": ""}) == ["full_name", "phone", None]


def test_override_header_matches_loosely_when_not_exact():
    assert map_columns(["Tel. (home)", "X"], {"tel home": "phone"}) == ["phone", None]


def test_override_to_an_unknown_field_is_a_clear_error():
    with pytest.raises(ImportFileError) as caught:
        map_columns(["Name", "Phone"], {"Name": "nickname"})
    message = str(caught.value)
    assert "unknown field “nickname” for the column “Name”" in message
    assert "first_name" in message and "phone" in message


def test_override_of_a_column_the_file_lacks_is_a_clear_error():
    with pytest.raises(ImportFileError) as caught:
        map_columns(["Name", "Phone"], {"Mobiel": "phone"})
    assert "the file has no column “Mobiel” (its columns: “Name”, “Phone”)" in str(caught.value)


@pytest.mark.parametrize(
    ("fields", "missing"),
    [
        (["phone", "full_name"], []),
        (["phone", "last_name"], []),
        (["full_name", None], ["phone"]),
        (["phone", "email"], ["name"]),
        ([None, "city"], ["phone", "name"]),
    ],
)
def test_missing_fields(fields, missing):
    assert missing_fields(fields) == missing

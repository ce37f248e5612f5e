"""Importing members into a real shop: what is imported, what is rejected and why, nothing half-done."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.data.importing import ImportReport, RejectedRow, import_members
from shopkeeper.errors import ImportFileError, InvalidDate

HEBREW = [
    ["שם פרטי", "שם משפחה", "טלפון", "תאריך לידה", 'דוא"ל', "עיר", "הערות"],
    ["דנה", "כהן", "052-345-6789", "03/02/1990", "dana@example.com", "חיפה", "בלי ריח, תודה"],
    ["יוסי", "לוי", "0541234567", "29/02", "", "תל אביב-יפו", ""],
]


def birthday(shop, phone):
    return shop.members.find(phone).to_json()["birthday"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1255"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_hebrew_file_in_every_encoding_and_delimiter(shop, write_csv, encoding, delimiter):
    path = write_csv(HEBREW, encoding=encoding, delimiter=delimiter)
    report = import_members(shop, path)
    assert report == ImportReport(imported=2, existing=0, rejected=[], dry_run=False)
    dana = shop.members.find("0523456789").to_json()
    assert (dana["first_name"], dana["last_name"], dana["phone"]) == ("דנה", "כהן", "+972523456789")
    assert (dana["birthday"], dana["email"], dana["city"]) == (
        "1990-02-03",
        "dana@example.com",
        "חיפה",
    )
    assert dana["notes"] == "בלי ריח, תודה"
    assert dana["joined_on"] == "2026-11-26"
    yossi = shop.members.find("054-123-4567").to_json()
    assert (yossi["first_name"], yossi["birthday"], yossi["city"]) == (
        "יוסי",
        "--02-29",
        "תל אביב-יפו",
    )


def test_english_headers_with_every_field(shop, write_csv):
    rows = [
        [
            "Full name",
            "Mobile",
            "E-mail",
            "Date of birth",
            "Town",
            "Address",
            "Notes",
            "Gender",
            "Tags",
            "Source",
            "Join date",
            "SMS consent",
            "WhatsApp consent",
            "Email consent",
            "Customer ID",
        ],
        [
            "Mary Ann Smith",
            "+972 52 345 6789",
            "mary@example.com",
            "1985-07-14",
            "Haifa",
            "1 Herzl St",
            "VIP",
            "female",
            "dogs; cats",
            "Instagram",
            "01/03/2024",
            "yes",
            "no",
            "",
            "C-77",
        ],
    ]
    assert import_members(shop, write_csv(rows)).to_json() == {
        "imported": 1,
        "existing": 0,
        "rejected": [],
    }
    mary = shop.members.find("0523456789")
    data = mary.to_json()
    assert (data["first_name"], data["last_name"]) == ("Mary", "Ann Smith")
    assert (data["email"], data["birthday"], data["city"]) == (
        "mary@example.com",
        "1985-07-14",
        "Haifa",
    )
    assert (data["address"], data["notes"], data["address_form"]) == ("1 Herzl St", "VIP", "f")
    assert (data["tags"], data["source"], data["joined_on"]) == (
        ["cats", "dogs"],
        "Instagram",
        "2024-03-01",
    )
    assert mary.consents_to("sms") and not mary.consents_to("whatsapp")
    assert mary.consent("whatsapp") is not None  # "no" is recorded as asked and refused
    assert mary.consent("email") is None  # empty: never asked
    assert mary.consent("sms").how == "imported from members.csv"


def test_mapping_override_for_headers_nobody_recognises(shop, write_csv):
    rows = [["Col A", "Col B", "Col C"], ["Dana", "0523456789", "חיפה"]]
    with pytest.raises(ImportFileError, match="missing column: phone and name"):
        import_members(shop, write_csv(rows))
    mapping = {"Col A": "full_name", "Col B": "phone", "Col C": "city"}
    report = import_members(shop, write_csv(rows), mapping=mapping)
    assert report.imported == 1
    assert shop.members.find("0523456789").city == "חיפה"


def test_mapping_to_an_unknown_field_writes_nothing(shop, write_csv):
    with pytest.raises(ImportFileError, match="unknown field “nick”"):
        import_members(shop, write_csv(HEBREW), mapping={"הערות": "nick"})
    assert shop.members.count() == 0


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("03/02/1990", "1990-02-03"),
        ("3/2/1990", "1990-02-03"),
        ("3.2.1990", "1990-02-03"),
        ("03/02", "--02-03"),
        ("29/02", "--02-29"),
        ("1990-02-03", "1990-02-03"),
        ("29/02/2000", "2000-02-29"),
        ("", None),
    ],
)
def test_date_forms_in_text(shop, write_csv, typed, stored):
    import_members(shop, write_csv([["Name", "Phone", "Birthday"], ["Dana", "0523456789", typed]]))
    assert birthday(shop, "0523456789") == stored


def test_impossible_dates_are_rejected_with_their_row_number(shop, write_csv):
    rows = [
        ["Name", "Phone", "Birthday"],
        ["Dana", "0523456789", "01/01/1990"],
        ["Ron", "0523456780", "31/02"],
        ["Tal", "0523456781", "29/02/2001"],
        ["Gil", "0523456782", "31/02/1990"],
    ]
    report = import_members(shop, write_csv(rows))
    assert report.imported == 1
    assert report.to_json()["rejected"] == [
        {"row": 3, "reason": "birthday: “31/02” is not a date (use dd/mm/yyyy or dd/mm)."},
        {"row": 4, "reason": "birthday: “29/02/2001” is not a date (use dd/mm/yyyy or dd/mm)."},
        {"row": 5, "reason": "birthday: “31/02/1990” is not a date (use dd/mm/yyyy or dd/mm)."},
    ]
    assert isinstance(report.rejected[0].error, InvalidDate)
    assert shop.members.count() == 1


def test_xlsx_cells_dates_and_phones_that_lost_their_zero(shop, write_xlsx):
    path = write_xlsx(
        [
            ["First name", "Last name", "Phone", "Birthday", "Joined", "SMS consent"],
            ["Dana", "Cohen", 523456789, datetime(1990, 2, 3), datetime(2024, 1, 15), True],
            ["Ron", "Levi", 541234567.0, "29/02", date(2023, 5, 6), False],
            ["Tal", "Ben", "0501234567", "31/02/1990", None, None],
            ["Gil", "Or", 4, None, None, None],
        ]
    )
    report = import_members(shop, path)
    assert report.imported == 2
    assert report.to_json()["rejected"] == [
        {"row": 4, "reason": "birthday: “31/02/1990” is not a date (use dd/mm/yyyy or dd/mm)."},
        {"row": 5, "reason": "phone: “4” is not a phone number that can exist."},
    ]
    dana = shop.members.find("052-345-6789")
    assert (dana.phone, dana.birthday.iso(), dana.joined_on) == (
        "+972523456789",
        "1990-02-03",
        date(2024, 1, 15),
    )
    assert dana.consents_to("sms")
    ron = shop.members.find("0541234567")
    assert (ron.birthday.iso(), ron.joined_on, ron.consents_to("sms")) == (
        "--02-29",
        date(2023, 5, 6),
        False,
    )


def test_phone_that_lost_its_zero_in_a_csv(shop, write_csv):
    rows = [
        ["Name", "Phone"],
        ["Dana", "523456789"],
        ["Ron", "541234567.0"],
        ["Tal", "5.01234567E+08"],
    ]
    assert import_members(shop, write_csv(rows)).imported == 3
    assert shop.members.find("0523456789").first_name == "Dana"
    assert shop.members.find("0541234567").first_name == "Ron"
    assert shop.members.find("0501234567").first_name == "Tal"


def test_duplicate_phone_in_the_file_imports_the_first(shop, write_csv):
    rows = [
        ["Name", "Phone"],
        ["Dana", "052-345-6789"],
        ["Ron", "0541234567"],
        ["Dana again", "+972523456789"],
        ["Dana thrice", "523456789"],
    ]
    report = import_members(shop, write_csv(rows))
    assert (report.imported, report.existing) == (2, 0)
    assert report.rejected == [
        RejectedRow(4, "duplicate phone in the file (row 2)"),
        RejectedRow(5, "duplicate phone in the file (row 2)"),
    ]
    assert shop.members.find("0523456789").first_name == "Dana"


def test_a_rejected_first_occurrence_does_not_block_a_later_good_row(shop, write_csv):
    rows = [
        ["Name", "Phone", "Birthday"],
        ["Dana", "0523456789", "31/02"],
        ["Dana", "0523456789", "1/2"],
    ]
    report = import_members(shop, write_csv(rows))
    assert report.imported == 1
    assert [r.row for r in report.rejected] == [2]


def test_existing_member_is_counted_and_not_touched(shop, write_csv):
    shop.members.add(
        MemberDraft(first_name="דנה", last_name="כהן", phone="0523456789", city="חיפה")
    )
    rows = [
        ["Name", "Phone", "City"],
        ["Someone Else", "+972-52-345-6789", "Eilat"],
        ["Ron", "0541234567", ""],
    ]
    report = import_members(shop, write_csv(rows))
    assert (report.imported, report.existing, report.rejected) == (1, 1, [])
    assert shop.members.count() == 2
    dana = shop.members.find("0523456789")
    assert (dana.first_name, dana.last_name, dana.city) == ("דנה", "כהן", "חיפה")
    # Importing the same file again adds nobody.
    again = import_members(shop, write_csv(rows))
    assert (again.imported, again.existing) == (0, 2)
    assert shop.members.count() == 2


def test_blank_rows_are_skipped_and_row_numbers_stay_right(shop, write_csv):
    text = "Name,Phone\r\n\r\nDana,0523456789\r\n , \r\n,,\r\nRon,abc\r\n\r\n"
    report = import_members(shop, write_csv(text))
    assert (report.imported, report.existing) == (1, 0)
    assert report.to_json()["rejected"] == [
        {"row": 6, "reason": "phone: “abc” is not a phone number that can exist."}
    ]


def test_blank_rows_in_xlsx_keep_spreadsheet_row_numbers(shop, write_xlsx):
    path = write_xlsx([["Name", "Phone"], [], ["Dana", "0523456789"], [None, None], ["Ron", "12"]])
    report = import_members(shop, path)
    assert report.imported == 1
    assert [r.row for r in report.rejected] == [5]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (["", "", "0523456789", ""], "A member needs a first or last name."),
        (["Dana", "", "", ""], "phone: missing."),
        (
            ["Dana", "", "052-ABC-6789", ""],
            "phone: “052-ABC-6789” is not a phone number that can exist.",
        ),
        (["Dana", "", "0523456789", "dana@"], "email: “dana@” is not an e-mail address."),
        (["Dana", "maybe", "0523456789", ""], "SMS consent: “maybe” is not allowed."),
    ],
)
def test_rejection_reasons(shop, write_csv, row, reason):
    rows = [["First name", "אישור SMS", "Phone", "Email"], row]
    report = import_members(shop, write_csv(rows))
    assert report.to_json() == {
        "imported": 0,
        "existing": 0,
        "rejected": [{"row": 2, "reason": reason}],
    }
    assert shop.members.count() == 0


def test_bad_join_date_is_rejected(shop, write_csv):
    rows = [
        ["Name", "Phone", "Joined"],
        ["Dana", "0523456789", "03/02"],
        ["Ron", "0541234567", "soon"],
    ]
    report = import_members(shop, write_csv(rows))
    assert report.imported == 0
    assert [r.row for r in report.rejected] == [2, 3]
    assert report.rejected[1].reason == "join date: “soon” is not a date (use dd/mm/yyyy or dd/mm)."


def test_names_and_text_are_kept_exactly_as_entered(shop, write_csv):
    rows = [
        ["שם פרטי", "שם משפחה", "טלפון", "הערות"],
        ["  <b>&</b>  ", 'שמעון "שימי"', "0523456789", "I'm 'fine' 😀"],
        ["\u200fמיכל 🐶\u200f", "ג'ונסון", "0541234567", "=1+2"],
    ]
    assert import_members(shop, write_csv(rows)).imported == 2
    first = shop.members.find("0523456789")
    assert (first.first_name, first.last_name, first.notes) == (
        "<b>&</b>",
        'שמעון "שימי"',
        "I'm 'fine' 😀",
    )
    second = shop.members.find("0541234567")
    assert (second.first_name, second.last_name, second.notes) == ("מיכל 🐶", "ג'ונסון", "=1+2")
    assert [m.id for m in shop.search.search("שימי")] == [first.id]

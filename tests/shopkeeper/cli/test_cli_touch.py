"""`shopkeeper-cli birthdays`, `members child add`, `members pet add` and `members set`."""

from __future__ import annotations

from tests.shopkeeper.cli.cli_support import DANA, YOSSI

KEYS = {"kind", "name", "member_phone", "date", "calendar", "age"}


def test_child_add_prints_the_member(cli_json, dana):
    code, member, err = cli_json(
        "members",
        "child",
        "add",
        DANA,
        "--name",
        "נועה",
        "--birthday",
        "28/11/2019",
        "--gender",
        "f",
    )
    assert code == 0, err
    assert member["children"] == [{"name": "נועה", "birthday": "2019-11-28", "gender": "f"}]
    assert member["first_name"] == "דנה" and member["phone"] == dana["phone"]


def test_pet_add_by_member_number_keeps_existing_pets(cli_json, dana):
    for name in ("Rex", "Mitzi"):
        code, member, err = cli_json(
            "members",
            "pet",
            "add",
            str(dana["number"]),
            "--name",
            name,
            "--kind",
            "dog",
            "--birthday",
            "29/11",
        )
        assert code == 0, err
    assert [(p["name"], p["birthday"]) for p in member["pets"]] == [
        ("Rex", "--11-29"),
        ("Mitzi", "--11-29"),
    ]


def test_set_hebrew_birthday_and_address_form(cli_json, dana):
    code, member, err = cli_json(
        "members", "set", DANA, "--hebrew-birthday", "on", "--address", "f"
    )
    assert code == 0, err
    assert member["hebrew_birthday"] is True and member["address_form"] == "f"
    code, member, err = cli_json("members", "set", DANA, "--hebrew-birthday", "off")
    assert code == 0, err
    assert member["hebrew_birthday"] is False and member["address_form"] == "f"


def test_birthdays_default_is_the_coming_week_from_the_shops_today(cli_json, dana):
    cli_json("members", "child", "add", DANA, "--name", "Noa", "--birthday", "02/12/2019")
    cli_json("members", "child", "add", DANA, "--name", "Late", "--birthday", "03/12/2019")
    cli_json("members", "pet", "add", DANA, "--name", "Rex", "--kind", "dog", "--birthday", "26/11")
    code, found, err = cli_json("birthdays")
    assert code == 0, err
    assert [(e["kind"], e["name"], e["date"], e["age"]) for e in found] == [
        ("pet", "Rex", "2026-11-26", None),
        ("child", "Noa", "2026-12-02", 7),
    ]
    assert all(e.keys() >= KEYS and e["calendar"] == "gregorian" for e in found)
    assert found[0]["member_phone"] == dana["phone"]


def test_birthdays_from_and_days_and_hebrew_calendar(cli_json):
    code, _, err = cli_json(
        "members",
        "add",
        "--first",
        "Yossi",
        "--phone",
        YOSSI,
        "--birthday",
        "10/03/2000",
        "--hebrew-birthday",
    )
    assert code == 0, err
    code, found, err = cli_json("birthdays", "--from", "01/03/2027", "--days", "31")
    assert code == 0, err
    assert [(e["name"], e["calendar"], e["date"], e["age"]) for e in found] == [
        ("Yossi", "hebrew", "2027-03-12", 27)
    ]


def test_errors_exit_1_with_a_message(cli, dana):
    code, out, err = cli(
        "members", "child", "add", "0501111111", "--name", "X", "--birthday", "1/1"
    )
    assert code == 1 and out == "" and err.strip()
    code, out, err = cli(
        "members", "pet", "add", DANA, "--name", "X", "--kind", "cat", "--birthday", "31/02"
    )
    assert code == 1 and err.strip()
    code, out, err = cli("members", "set", "999", "--address", "m")
    assert code == 1 and err.strip()
    code, _, err = cli("birthdays", "--from", "not a date")
    assert code == 1 and err.strip()


def test_bad_arguments_exit_2(cli, dana):
    assert cli("birthdays", "--days", "0")[0] == 2
    assert cli("members", "set", DANA, "--address", "x")[0] == 2

"""`shopkeeper-cli today`: the morning list, as JSON and as text."""

from __future__ import annotations

from tests.shopkeeper.cli.cli_support import DANA


def test_today_lists_a_birthday_and_a_call_back(cli, cli_json):
    assert cli("members", "add", "--first", "דנה", "--phone", DANA, "--birthday", "26/11/1990")[0] == 0
    assert cli("calls", "log", DANA, "--result", "call-back", "--call-back", "26/11/2026",
               "--note", "ask about the order")[0] == 0
    code, data, err = cli_json("today")
    assert code == 0, err
    assert [(b["kind"], b["name"], b["age"]) for b in data["birthdays_today"]] == [("member", "דנה", 36)]
    assert [c["note"] for c in data["call_backs"]] == ["ask about the order"]
    code, text, _ = cli("today")
    assert "Birthdays today" in text and "052-345-6789" in text


def test_today_on_another_day(cli_json, cli):
    assert cli("members", "add", "--first", "דנה", "--phone", DANA, "--birthday", "30/11/1990")[0] == 0
    code, data, _ = cli_json("today", "--on", "30/11/2026")
    assert code == 0 and data["on"] == "2026-11-30"
    assert [b["name"] for b in data["birthdays_today"]] == ["דנה"]
    code, _, err = cli("today", "--on", "31/02/2026")
    assert code != 0 and err

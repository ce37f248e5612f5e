"""`shopkeeper-cli points show|adjust|expire|birthdays`."""

from __future__ import annotations

from tests.shopkeeper.cli.cli_support import DANA

ENTRY_KEYS = {"kind", "points", "at", "reason"}


def show(cli_json, key: str = DANA) -> dict:
    code, data, err = cli_json("points", "show", key)
    assert code == 0, err
    return data


def test_show_balance_tier_and_ledger_newest_first(cli, cli_json, dana):
    start = show(cli_json)["balance"]
    cli_json("purchases", "add", DANA, "30", "--date", "2026-01-05")
    cli_json("purchases", "add", DANA, "40")
    data = show(cli_json)
    assert {"balance", "tier", "ledger"} <= set(data)
    assert (data["balance"], data["tier"]) == (start + 70, "Member")
    assert data["tier_detail"]["next"] == "Silver"
    assert all(set(entry) >= ENTRY_KEYS for entry in data["ledger"])
    earned = [(e["kind"], e["points"], e["at"]) for e in data["ledger"] if e["kind"] == "earn"]
    assert earned == [("earn", 40, "2026-11-26T10:30:00"), ("earn", 30, "2026-01-05T12:00:00")]
    assert sum(e["points"] for e in data["ledger"]) == data["balance"]
    code, out, _ = cli("points", "show", str(dana["number"]))
    assert f"Balance: {start + 70} points" in out
    assert "more to reach Silver" in out


def test_show_of_an_unknown_member_exits_1(cli_json):
    code, data, err = cli_json("points", "show", "0509999999")
    assert (code, data) == (1, None)
    assert "No member" in err


def test_adjust_takes_a_negative_number_as_a_positional(cli, cli_json, dana):
    start = show(cli_json)["balance"]
    code, data, err = cli_json("points", "adjust", DANA, "+80", "--reason", "goodwill")
    assert code == 0, err
    assert data == {"points": 80, "balance": start + 80}
    code, out, err = cli("points", "adjust", DANA, "-50", "--reason", "x")
    assert code == 0, err
    assert f"the balance is now {start + 30}" in out
    latest = show(cli_json)["ledger"][0]
    assert (latest["kind"], latest["points"], latest["reason"]) == ("adjust", -50, "x")


def test_adjust_below_zero_zero_or_without_reason_is_refused(cli_json, dana):
    start = show(cli_json)["balance"]
    code, _, err = cli_json("points", "adjust", DANA, str(-(start + 1)), "--reason", "x")
    assert code == 1 and "Not enough points" in err
    code, _, err = cli_json("points", "adjust", DANA, "0", "--reason", "x")
    assert code == 1 and err.strip()
    code, _, err = cli_json("points", "adjust", DANA, "10", "--reason", "  ")
    assert code == 1 and "reason" in err
    code, _, err = cli_json("points", "adjust", DANA, "10")
    assert code == 2 and "--reason" in err
    code, _, err = cli_json("points", "adjust", DANA, "ten", "--reason", "x")
    assert code == 2 and "whole number" in err
    assert show(cli_json)["balance"] == start


def test_expire_removes_old_points_once(cli_json, dana):
    cli_json("purchases", "add", DANA, "100", "--date", "2024-01-10")
    cli_json("purchases", "add", DANA, "40", "--date", "2026-02-01")
    before = show(cli_json)["balance"]
    code, report, err = cli_json("points", "expire", "--today", "2026-11-26")
    assert code == 0, err
    assert report == {"members": 1, "points": 100}
    assert show(cli_json)["balance"] == before - 100
    assert cli_json("points", "expire", "--today", "2026-11-26")[1] == {"members": 0, "points": 0}
    assert cli_json("points", "expire", "--today", "someday")[0] == 1


def test_birthdays_pay_once(cli_json):
    code, member, err = cli_json(
        "members", "add", "--first", "דנה", "--phone", DANA, "--birthday", "10/01/1990"
    )
    assert code == 0, err
    code, paid, err = cli_json("points", "birthdays", "--today", "2027-01-12")
    assert code == 0, err
    assert [(p["number"], p["birthday"]) for p in paid] == [(member["number"], "2027-01-10")]
    assert paid[0]["points"] == 100
    assert cli_json("points", "birthdays", "--today", "2027-01-12")[1] == []

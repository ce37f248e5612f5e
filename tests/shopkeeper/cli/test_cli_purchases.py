"""`shopkeeper-cli purchases add|void|return|list|show`: JSON, messages and exit codes."""

from __future__ import annotations

from datetime import datetime

from tests.shopkeeper.cli.cli_support import DANA

RECEIPT_KEYS = {"id", "points_earned", "balance", "tier"}
RECORD_KEYS = {
    "id",
    "at",
    "amount",
    "paid",
    "returned",
    "channel",
    "fulfilment",
    "note",
    "coupon",
    "voided",
    "void_reason",
    "points",
    "lines",
}
CHANGE_KEYS = {"id", "points_reversed", "written_off", "balance", "tier"}


def balance(cli_json, key: str = DANA) -> int:
    code, data, err = cli_json("points", "show", key)
    assert code == 0, err
    return data["balance"]


def buy(cli_json, *args: str) -> dict:
    code, receipt, err = cli_json("purchases", "add", *args)
    assert code == 0, err
    return receipt


# -- add ----------------------------------------------------------------------------------------
def test_add_prints_the_receipt_and_earns_points(cli_json, dana):
    before = balance(cli_json)
    code, receipt, err = cli_json("purchases", "add", DANA, "149.90")
    assert code == 0, err
    assert set(receipt) >= RECEIPT_KEYS
    assert (receipt["points_earned"], receipt["balance"], receipt["tier"]) == (
        149,
        before + 149,
        "Member",
    )
    assert receipt["to_pay"] == 149.9
    assert err == ""


def test_add_by_member_number_and_text_output(cli, cli_json, dana):
    code, out, err = cli("purchases", "add", str(dana["number"]), "20")
    assert code == 0, err
    assert "Purchase 1: ₪20, to pay ₪20." in out
    assert "+20 points" in out


def test_add_without_a_member(cli_json):
    for key in ("-", "none"):
        receipt = buy(cli_json, key, "50")
        assert (receipt["points_earned"], receipt["balance"], receipt["tier"]) == (0, 0, "")


def test_lines_that_do_not_add_up_are_recorded_with_a_warning(cli_json, dana):
    code, receipt, err = cli_json(
        "purchases", "add", DANA, "100", "--line", "Latte|coffee|2|12.50", "--line", "Mug||1|50"
    )
    assert code == 0
    assert "warning:" in err and "₪75" in err and "₪25" in err and "less" in err
    code, record, _ = cli_json("purchases", "show", str(receipt["id"]))
    assert record["amount"] == 100.0
    assert [(ln["name"], ln["category"], ln["qty"], ln["price"]) for ln in record["lines"]] == [
        ("Latte", "coffee", 2, 12.5),
        ("Mug", "", 1, 50.0),
    ]


def test_lines_that_add_up_give_no_warning_and_dash_amount_is_their_sum(cli_json, dana):
    code, _, err = cli_json("purchases", "add", DANA, "25", "--line", "Latte|coffee|2|12.50")
    assert (code, err) == (0, "")
    receipt = buy(cli_json, DANA, "-", "--line", "Latte|coffee|2|12.50", "--line", "Cake|food|1|18")
    assert receipt["to_pay"] == 43.0


def test_bad_line_and_bad_amount_exit_1(cli_json, dana):
    for args in (
        [DANA, "10", "--line", "Latte|coffee"],
        [DANA, "10", "--line", "Latte|coffee|two|5"],
        [DANA, "10", "--line", "Latte|coffee|1|abc"],
        [DANA, "abc"],
        [DANA, "-5"],
        [DANA, "-"],
    ):
        code, data, err = cli_json("purchases", "add", *args)
        assert (code, data) == (1, None), args
        assert err.strip(), args


def test_date_in_the_past_is_noon_that_day_and_today_is_now(cli_json, dana):
    buy(cli_json, DANA, "10", "--date", "2026-01-05")
    buy(cli_json, DANA, "10", "--date", "26/11/2026")
    code, listed, _ = cli_json("purchases", "list", DANA)
    assert [p["at"] for p in listed] == ["2026-11-26T10:30:00", "2026-01-05T12:00:00"]


def test_date_after_today_or_not_a_date_exits_1(cli_json, dana):
    code, _, err = cli_json("purchases", "add", DANA, "10", "--date", "2026-11-27")
    assert code == 1 and "after today" in err
    code, _, err = cli_json("purchases", "add", DANA, "10", "--date", "2026-13-01")
    assert code == 1 and "is not a date" in err


def test_channel_and_fulfilment(cli_json, dana):
    buy(cli_json, DANA, "10", "--channel", "web", "--fulfilment", "shipped", "--note", "gift")
    (record,) = cli_json("purchases", "list", DANA)[1]
    assert (record["channel"], record["fulfilment"], record["note"]) == ("web", "shipped", "gift")
    code, _, err = cli_json("purchases", "add", DANA, "10", "--channel", "fax")
    assert code == 2 and "invalid choice" in err


def test_redeem_points(cli_json, dana):
    buy(cli_json, DANA, "300")
    start = balance(cli_json)
    receipt = buy(cli_json, DANA, "50", "--redeem", "100")
    assert receipt["to_pay"] == 40.0  # 100 points = ₪10
    assert receipt["points_redeemed"] == 100
    assert receipt["balance"] == start - 100 + 40


def test_insufficient_points_exit_1(cli_json, dana):
    code, data, err = cli_json("purchases", "add", DANA, "500", "--redeem", "200")
    assert (code, data) == (1, None)
    assert "Not enough points" in err
    assert cli_json("purchases", "list", DANA)[1] == []


def test_member_not_found_exit_1(cli_json, dana):
    code, data, err = cli_json("purchases", "add", "0509999999", "10")
    assert (code, data) == (1, None)
    assert "No member" in err


# -- coupons at the counter ---------------------------------------------------------------------
def test_coupon_accepted_then_refused_when_used(cli_json, dana):
    code, made, _ = cli_json("coupons", "new", "--percent", "10")
    (coupon,) = made["codes"]
    receipt = buy(cli_json, DANA, "200", "--coupon", coupon.lower())
    assert receipt["to_pay"] == 180.0
    assert receipt["points_earned"] == 180
    code, data, err = cli_json("purchases", "add", DANA, "200", "--coupon", coupon)
    assert (code, data) == (1, None)
    assert "already used" in err


def test_unknown_and_expired_coupons_exit_1(cli_json, dana, clock):
    code, _, err = cli_json("purchases", "add", DANA, "10", "--coupon", "NOSUCH")
    assert code == 1 and "no coupon" in err
    code, made, _ = cli_json("coupons", "new", "--amount", "20", "--until", "2026-11-30")
    clock.now = datetime(2026, 12, 2, 9, 0)
    code, _, err = cli_json("purchases", "add", DANA, "100", "--coupon", made["codes"][0])
    assert code == 1 and "expired" in err


# -- void, return, list, show -------------------------------------------------------------------
def test_void_reverses_the_points_and_a_second_void_exits_1(cli_json, dana):
    start = balance(cli_json)
    receipt = buy(cli_json, DANA, "120")
    code, result, err = cli_json("purchases", "void", str(receipt["id"]), "--reason", "wrong card")
    assert code == 0, err
    assert set(result) == CHANGE_KEYS
    assert (result["id"], result["points_reversed"], result["balance"]) == (
        receipt["id"],
        -120,
        start,
    )
    code, data, err = cli_json("purchases", "void", str(receipt["id"]), "--reason", "again")
    assert (code, data) == (1, None)
    assert "already voided" in err
    (record,) = cli_json("purchases", "list", DANA)[1]
    assert record["voided"] and record["void_reason"] == "wrong card"


def test_void_needs_a_reason_and_an_existing_purchase(cli_json, dana):
    receipt = buy(cli_json, DANA, "10")
    code, _, err = cli_json("purchases", "void", str(receipt["id"]))
    assert code == 2 and "--reason" in err
    code, _, err = cli_json("purchases", "void", str(receipt["id"]), "--reason", " ")
    assert code == 1 and "reason" in err
    code, _, err = cli_json("purchases", "void", "99", "--reason", "x")
    assert code == 1 and "no purchase number 99" in err


def test_void_of_spent_points_exits_1_unless_written_off(cli_json, dana):
    receipt = buy(cli_json, DANA, "150")
    buy(cli_json, DANA, "20", "--redeem", "100")
    left = balance(cli_json)
    code, _, err = cli_json("purchases", "void", str(receipt["id"]), "--reason", "x")
    assert code == 1 and "spent" in err
    code, result, err = cli_json(
        "purchases", "void", str(receipt["id"]), "--reason", "x", "--write-off"
    )
    assert code == 0, err
    assert (result["balance"], result["written_off"], result["points_reversed"]) == (
        0,
        150 - left,
        -left,
    )


def test_return_some_lines(cli_json, dana):
    receipt = buy(cli_json, DANA, "-", "--line", "Latte|coffee|2|10", "--line", "Cake|food|1|20")
    (latte, _) = cli_json("purchases", "show", str(receipt["id"]))[1]["lines"]
    code, result, err = cli_json(
        "purchases", "return", str(receipt["id"]), "--line", f"{latte['id']}=1", "--reason", "cold"
    )
    assert code == 0, err
    assert set(result) == CHANGE_KEYS
    assert result["points_reversed"] == -10
    record = cli_json("purchases", "show", str(receipt["id"]))[1]
    assert record["returned"] == 10.0 and record["lines"][0]["returned"] == 1
    code, _, err = cli_json(
        "purchases", "return", str(receipt["id"]), "--line", f"{latte['id']}=5", "--reason", "x"
    )
    assert code == 1 and err.strip()


def test_list_is_newest_first_with_every_key(cli, cli_json, dana):
    buy(cli_json, DANA, "10", "--date", "2026-03-01")
    buy(cli_json, DANA, "20")
    code, listed, _ = cli_json("purchases", "list", DANA)
    assert code == 0
    assert [p["amount"] for p in listed] == [20.0, 10.0]
    assert all(set(p) == RECORD_KEYS for p in listed)
    code, out, _ = cli("purchases", "list", DANA)
    assert out.splitlines()[0].startswith("#2  26/11/2026 10:30  ₪20  +20 points")


def test_list_of_an_unknown_member_and_show_of_an_unknown_purchase_exit_1(cli_json):
    assert cli_json("purchases", "list", "0509999999")[0] == 1
    assert cli_json("purchases", "show", "5")[0] == 1

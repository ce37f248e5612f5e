"""`shopkeeper-cli programme show|set` and `coupons new|show`."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from shopkeeper.loyalty.programme import KEYS, Programme
from tests.shopkeeper.cli.cli_support import DANA


def test_show_of_a_new_shop_is_the_default_programme(cli, cli_json):
    code, data, err = cli_json("programme", "show")
    assert code == 0, err
    assert data == Programme().to_json()
    code, out, _ = cli("programme", "show")
    assert [line.split()[0] for line in out.splitlines() if not line.startswith(" ")] == list(KEYS)
    assert "point_value          ₪0.10 (100 points = ₪10)" in out
    assert "Silver: from ₪2,000 a year, points ×1.25, 5% off accessories" in out


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("min_purchase", "20", 20),
        ("min_purchase", "₪20.50", 20.5),
        ("point_value", "0.05", 0.05),
        ("points_per_shekel", "0.5", 0.5),
        ("rounding", "nearest", "nearest"),
        ("expiry_months", "12", 12),
        ("excluded_categories", "Gift Cards, deposit", ["gift cards", "deposit"]),
    ],
)
def test_set_changes_one_key(cli_json, key, value, stored):
    code, data, err = cli_json("programme", "set", key, value)
    assert code == 0, err
    assert data[key] == stored
    assert cli_json("programme", "show")[1][key] == stored


def test_set_a_list_key_from_json_in_shekels(cli, cli_json):
    tiers = '[{"name": "Member", "threshold": 0}, {"name": "Gold", "threshold": 3000, "multiplier": 1.5}]'
    code, out, err = cli("programme", "set", "tiers", tiers)
    assert code == 0, err
    assert "Gold: from ₪3,000 a year, points ×1.5" in out
    shown = cli_json("programme", "show")[1]["tiers"]
    assert [(t["name"], t["threshold"]) for t in shown] == [("Member", 0), ("Gold", 3000)]
    rewards = '[{"name": "₪20 voucher", "points": 200, "amount": 20}]'
    assert cli_json("programme", "set", "rewards", rewards)[1]["rewards"] == [
        {"name": "₪20 voucher", "points": 200, "amount": 20}
    ]


def test_a_list_from_show_can_be_fed_back_to_set(cli_json):
    """`programme show --json` speaks ₪ like `set`: feeding a list back changes nothing."""
    before = cli_json("programme", "show")[1]
    for key in ("tiers", "rewards"):
        code, data, _ = cli_json("programme", "set", key, json.dumps(before[key], ensure_ascii=False))
        assert code == 0
    assert cli_json("programme", "show")[1] == before


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("bogus", "1", "unknown key"),
        ("rounding", "up", "one of down, nearest"),
        ("min_redeem", "-5", "negative"),
        ("points_per_shekel", "lots", "not a number"),
        ("tiers", "[{", "tiers"),
        ("tiers", '[{"name": "Gold", "threshold": 100}]', "lowest tier must start at 0"),
    ],
)
def test_set_refuses_an_unknown_key_or_a_bad_value(cli_json, key, value, message):
    code, data, err = cli_json("programme", "set", key, value)
    assert (code, data) == (1, None)
    assert message in err
    assert cli_json("programme", "show")[1] == Programme().to_json()


def test_a_change_applies_from_now_on(cli_json, dana, clock):
    assert cli_json("purchases", "add", DANA, "100")[1]["points_earned"] == 100
    cli_json("programme", "set", "points_per_shekel", "2")
    clock.now = datetime(2026, 11, 26, 11, 0)
    assert cli_json("purchases", "add", DANA, "100")[1]["points_earned"] == 200
    back = cli_json("purchases", "add", DANA, "100", "--date", "2026-11-01")[1]
    assert back["points_earned"] == 100


# -- coupons ------------------------------------------------------------------------------------
def test_new_coupons_in_a_batch(cli, cli_json, dana):
    code, data, err = cli_json(
        "coupons", "new", "--percent", "10", "--count", "3", "--uses", "2", "--until", "31/12/2026"
    )
    assert code == 0, err
    assert set(data) == {"codes"}
    assert len(set(data["codes"])) == 3
    code, coupon, _ = cli_json("coupons", "show", data["codes"][0])
    assert (coupon["percent"], coupon["max_uses"], coupon["valid_until"]) == (10, 2, "2026-12-31")
    code, out, _ = cli("coupons", "new", "--amount", "25", "--min-basket", "100", "--member", DANA)
    (code_text,) = out.split()
    coupon = cli_json("coupons", "show", code_text)[1]
    assert (coupon["amount"], coupon["min_basket"], coupon["member_id"]) == (
        25.0,
        100.0,
        dana["id"],
    )
    code, _, err = cli_json("purchases", "add", DANA, "50", "--coupon", code_text)
    assert code == 1 and "₪100" in err


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        ([], 2),
        (["--percent", "10", "--amount", "5"], 2),
        (["--percent", "150"], 1),
        (["--amount", "abc"], 1),
        (["--amount", "5", "--member", "0509999999"], 1),
        (["--amount", "5", "--until", "not a day"], 1),
        (["--amount", "5", "--from", "2026-12-10", "--until", "2026-12-01"], 1),
    ],
)
def test_new_coupon_errors(cli_json, args, exit_code):
    code, data, err = cli_json("coupons", "new", *args)
    assert (code, data) == (exit_code, None)
    assert err.strip()


def test_show_of_an_unknown_coupon_exits_1(cli_json):
    code, _, err = cli_json("coupons", "show", "NOPE")
    assert code == 1 and "no coupon" in err

"""The programme: defaults, JSON round trip, `programme set` parsing, versions valid from their moment."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from shopkeeper.errors import InvalidProgramme
from shopkeeper.loyalty.programme import KEYS, Programme, RewardItem, StampCardRule, Tier, set_value
from tests.shopkeeper.loyalty.loyalty_support import add_member, buy


def test_a_new_shop_earns_points_out_of_the_box(shop):
    member = add_member(shop)
    receipt = buy(shop, member, 149_90)
    assert shop.programme.current() == Programme()
    assert receipt.points_earned == 149  # 1 point per ₪, rounded down
    assert receipt.tier == "Member"


def test_the_programme_survives_json():
    programme = Programme(
        points_per_shekel=Decimal("0.5"),
        rounding="nearest",
        min_purchase=20_00,
        excluded_categories=("gift card",),
        point_value=5,
        min_redeem=40,
        welcome_bonus=10,
        birthday_bonus=20,
        referral_bonus=30,
        expiry_months=6,
        tiers=(Tier("Base", 0), Tier("Gold", 1000_00, Decimal("1.5"), "gift wrap")),
        stamp_cards=(StampCardRule("Coffee", "coffee", 10, "a free coffee", 12_00),),
        rewards=(RewardItem("Mug", 300, 0),),
    )
    assert Programme.from_storage(programme.to_storage()) == programme


@pytest.mark.parametrize(
    ("key", "typed", "field", "value"),
    [
        ("points_per_shekel", "0.5", "points_per_shekel", Decimal("0.5")),
        ("rounding", "nearest", "rounding", "nearest"),
        ("min_purchase", "49.90", "min_purchase", 49_90),
        ("point_value", "0.1", "point_value", 10),
        ("min_redeem", "50", "min_redeem", 50),
        (
            "excluded_categories",
            " Gift Card , tobacco,,",
            "excluded_categories",
            ("gift card", "tobacco"),
        ),
        ("expiry_months", "12", "expiry_months", 12),
    ],
)
def test_programme_set_reads_what_the_owner_types(key, typed, field, value):
    assert getattr(set_value(Programme(), key, typed), field) == value


def test_tiers_stamp_cards_and_rewards_are_json_lists_in_shekels():
    programme = set_value(
        Programme(),
        "tiers",
        '[{"name": "Gold", "threshold": 5000, "multiplier": 1.5, '
        '"perk": "wrap"}, {"name": "Member", "threshold": 0}]',
    )
    assert programme.tiers == (
        Tier("Member", 0, Decimal(1), ""),
        Tier("Gold", 5000_00, Decimal("1.5"), "wrap"),
    )
    programme = set_value(
        programme,
        "stamp_cards",
        '[{"name": "Coffee", "category": "Coffee", '
        '"stamps_needed": 10, "reward": "free", "reward_amount": 12}]',
    )
    assert programme.stamp_cards == (StampCardRule("Coffee", "coffee", 10, "free", 12_00),)
    programme = set_value(
        programme, "rewards", '[{"name": "₪20 voucher", "points": 200, "amount": 20}]'
    )
    assert programme.rewards == (RewardItem("₪20 voucher", 200, 20_00),)


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("points_per_shekel", "lots"),
        ("points_per_shekel", "-1"),
        ("rounding", "up"),
        ("min_redeem", "1.5"),
        ("no_such_key", "1"),
        ("tiers", "[]"),
        ("tiers", '[{"name": "Gold", "threshold": 100}]'),  # nothing starts at 0
        ("tiers", '[{"name": "A", "threshold": 0}, {"name": "A", "threshold": 10}]'),
        ("tiers", "not json"),
        (
            "stamp_cards",
            '[{"name": "Coffee", "category": "coffee", "stamps_needed": 1, "reward": "x"}]',
        ),
        ("rewards", '[{"name": "Mug", "points": 0}]'),
    ],
)
def test_programme_set_refuses_nonsense(key, typed):
    with pytest.raises(InvalidProgramme) as caught:
        set_value(Programme(), key, typed)
    assert caught.value.params["key"] == key


def test_every_key_is_described():
    assert set(KEYS) >= {
        "points_per_shekel",
        "rounding",
        "min_purchase",
        "excluded_categories",
        "point_value",
        "min_redeem",
        "welcome_bonus",
        "birthday_bonus",
        "referral_bonus",
        "expiry_months",
        "tiers",
        "stamp_cards",
        "rewards",
    }
    assert all(description for _, description in KEYS.values())


def test_a_change_applies_from_now_and_earlier_purchases_keep_their_rules(club, clock):
    member = add_member(club)
    before = clock.now
    clock.advance(days=1)
    club.programme.set("points_per_shekel", "2")
    assert club.programme.current().points_per_shekel == 2
    assert club.programme.at(before).points_per_shekel == 1
    assert (
        club.programme.at(datetime(2000, 1, 1)).points_per_shekel == 1
    )  # earlier than any version
    # A purchase imported for yesterday earns as yesterday's programme said.
    assert buy(club, member, 100_00, at=before).points_earned == 100
    assert buy(club, member, 100_00).points_earned == 200


def test_two_changes_in_the_same_second_keep_the_last(club):
    club.programme.set("welcome_bonus", "10")
    club.programme.set("welcome_bonus", "20")
    assert club.programme.current().welcome_bonus == 20

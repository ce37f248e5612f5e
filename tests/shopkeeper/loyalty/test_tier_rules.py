"""Tiers by spend in the last 12 months: thresholds, multiplier, perk, progress, the cache kept true."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from shopkeeper.loyalty.programme import Programme, Tier
from shopkeeper.loyalty.tiers import refresh_all_tiers, tier_status
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    cached_tier,
    fresh_tier,
    line,
    plain_programme,
)

TIERS = (
    Tier("Member", 0, Decimal(1), ""),
    Tier("Silver", 2_000_00, Decimal("1.25"), "5% off accessories"),
    Tier("Gold", 5_000_00, Decimal("1.5"), "gift wrap"),
)


@pytest.mark.parametrize(
    ("spend", "name", "next_name", "to_next"),
    [
        (0, "Member", "Silver", 2_000_00),
        (1_999_99, "Member", "Silver", 1),
        (2_000_00, "Silver", "Gold", 3_000_00),
        (4_850_00, "Silver", "Gold", 150_00),
        (5_000_00, "Gold", None, None),
        (9_999_999_00, "Gold", None, None),
    ],
)
def test_thresholds_and_what_is_left_to_the_next(spend, name, next_name, to_next):
    status = tier_status(Programme(tiers=TIERS), spend)
    assert (status.name, status.next_name, status.to_next, status.spend_12m) == (
        name,
        next_name,
        to_next,
        spend,
    )
    assert status.multiplier == {t.name: t.multiplier for t in TIERS}[name]
    assert status.perk == {t.name: t.perk for t in TIERS}[name]


def test_tier_json_is_in_shekels():
    assert tier_status(Programme(tiers=TIERS), 4_850_00).to_json() == {
        "name": "Silver",
        "multiplier": 1.25,
        "perk": "5% off accessories",
        "spend_12m": 4850.0,
        "next": "Gold",
        "to_next": 150.0,
    }


def test_a_purchase_moves_the_tier_and_the_cache(club):
    plain_programme(club, tiers=TIERS)
    member = add_member(club)
    assert cached_tier(club, member) is None
    receipt = buy(club, member, 2_100_00)
    assert (receipt.tier_before, receipt.tier) == ("Member", "Silver")
    assert cached_tier(club, member) == ("Silver", 2_100_00)
    status = club.loyalty.for_member(member).tier
    assert (status.name, status.perk, status.next_name, status.to_next) == (
        "Silver",
        "5% off accessories",
        "Gold",
        2_900_00,
    )


def test_a_void_moves_the_tier_back(club):
    plain_programme(club, tiers=TIERS)
    member = add_member(club)
    buy(club, member, 1_000_00)
    big = buy(club, member, 4_500_00)
    assert cached_tier(club, member) == ("Gold", 5_500_00)
    result = club.purchases.void(big.id, "card declined")
    assert result.tier == "Member"
    assert cached_tier(club, member) == ("Member", 1_000_00)
    assert fresh_tier(club, member).name == "Member"


def test_a_return_lowers_the_spend(club):
    plain_programme(club, tiers=TIERS)
    member = add_member(club)
    receipt = buy(club, member, None, line("Chair", "home", 2, 1_200_00))
    assert cached_tier(club, member) == ("Silver", 2_400_00)
    line_id = club.purchases.get(receipt.id).lines[0].id
    assert club.purchases.return_lines(receipt.id, {line_id: 1}, "too big").tier == "Member"
    assert cached_tier(club, member) == ("Member", 1_200_00)


def test_spend_older_than_twelve_months_no_longer_counts(club, clock):
    plain_programme(club, tiers=TIERS)
    member = add_member(club)
    buy(club, member, 2_000_00)
    clock.advance(days=364)
    assert fresh_tier(club, member).name == "Silver"
    clock.advance(days=1)
    assert fresh_tier(club, member).name == "Member"
    assert cached_tier(club, member)[0] == "Silver"  # until a refresh or the next purchase
    assert refresh_all_tiers(club.db, club.programme.current(), clock.today()) == 1
    assert cached_tier(club, member) == ("Member", 0)
    assert refresh_all_tiers(club.db, club.programme.current(), clock.today()) == 0


def test_a_back_dated_purchase_leaves_the_cache_at_today(club, clock):
    """An imported purchase from long ago must not set the tier the member had back then."""
    plain_programme(club, tiers=TIERS)
    member = add_member(club)
    old = buy(club, member, 3_000_00, at=clock.now - timedelta(days=500))
    assert old.tier_before == "Member"
    assert cached_tier(club, member) == ("Member", 0) == (fresh_tier(club, member).name, 0)


def test_an_old_purchase_earns_with_the_tier_of_its_day(club, clock):
    plain_programme(club, tiers=TIERS)
    member = add_member(club)
    buy(club, member, 2_000_00, at=datetime(2025, 1, 10))
    assert buy(club, member, 100_00, at=datetime(2025, 2, 1)).points_earned == 125
    assert buy(club, member, 100_00).points_earned == 100  # today the old spend has aged out
    assert cached_tier(club, member) == ("Member", 100_00)


def test_a_purchase_without_a_member_has_no_tier(club):
    plain_programme(club, tiers=TIERS)
    buy(club, None, 9_000_00)
    assert club.db.connection().execute("SELECT COUNT(*) FROM member_tier").fetchone()[0] == 0

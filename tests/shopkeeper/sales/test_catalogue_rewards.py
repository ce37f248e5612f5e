"""The rewards catalogue: bought with points at the counter, given back by a void."""

from __future__ import annotations

import pytest

from shopkeeper.errors import InsufficientPoints, InvalidValue, RewardNotAvailable
from shopkeeper.loyalty.programme import RewardItem
from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_rows,
    plain_programme,
    table_counts,
)

VOUCHER = RewardItem("₪20 voucher", 200, 20_00)
GIFT = RewardItem("Gift bag", 300, 0)


@pytest.fixture
def member(club):
    plain_programme(club, rewards=(VOUCHER, GIFT), min_redeem=50)
    member = add_member(club)
    club.ledger.adjust(member, 600, "opening")
    return member


def test_a_voucher_is_a_discount_paid_with_points(club, member):
    receipt = buy(club, member, 100_00, catalogue_rewards=(VOUCHER.name,), by="dana")
    quote = receipt.quote
    assert (quote.reward_discount, quote.points_redeemed, quote.to_pay, receipt.points_earned) == (
        20_00,
        200,
        80_00,
        80,
    )
    assert receipt.balance == 600 - 200 + 80
    assert ledger_rows(club, member)[1] == (
        "redeem",
        -200,
        "reward",
        receipt.id,
        VOUCHER.name,
        "dana",
    )
    assert club.loyalty.for_member(member).waiting_rewards == ()  # used on the spot


def test_a_gift_item_costs_points_and_takes_nothing_off(club, member):
    receipt = buy(club, member, 30_00, catalogue_rewards=(GIFT.name,))
    assert (receipt.quote.reward_discount, receipt.quote.to_pay, receipt.balance) == (
        0,
        30_00,
        600 - 300 + 30,
    )


def test_rewards_points_and_redemption_together(club, member):
    receipt = buy(
        club, member, 100_00, catalogue_rewards=(VOUCHER.name, GIFT.name), redeem_points=100
    )
    quote = receipt.quote
    assert (quote.reward_discount, quote.points_discount, quote.points_redeemed, quote.to_pay) == (
        20_00,
        10_00,
        600,
        70_00,
    )
    assert receipt.balance == 70


def test_a_reward_the_balance_cannot_cover_is_refused_and_nothing_written(club, member):
    before = table_counts(club)
    with pytest.raises(InsufficientPoints):
        buy(club, member, 100_00, catalogue_rewards=(VOUCHER.name, VOUCHER.name, GIFT.name))
    with pytest.raises(RewardNotAvailable):
        buy(club, member, 100_00, catalogue_rewards=("Yacht",))
    assert table_counts(club) == before


def test_a_void_gives_the_points_back(club, member):
    receipt = buy(club, member, 100_00, catalogue_rewards=(VOUCHER.name,))
    result = club.purchases.void(receipt.id, "returned")
    assert (result.points_reversed, result.balance) == (120, 600)
    assert (
        club.db.connection()
        .execute("SELECT COUNT(*) FROM earned_reward WHERE cancelled_at IS NULL")
        .fetchone()[0]
        == 0
    )


def test_affordable_rewards_follow_the_balance(club, member):
    assert [r.name for r in club.loyalty.for_member(member).affordable_rewards] == [
        VOUCHER.name,
        GIFT.name,
    ]
    club.ledger.adjust(member, -350, "correction")
    assert [r.name for r in club.loyalty.for_member(member).affordable_rewards] == [VOUCHER.name]


def test_no_catalogue_rewards_without_a_member(club, member):
    with pytest.raises(InvalidValue) as caught:
        club.purchases.quote(PurchaseDraft(None, 100_00, catalogue_rewards=(VOUCHER.name,)))
    assert caught.value.params["field"] == "points"

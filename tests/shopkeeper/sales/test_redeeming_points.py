"""Redemption at the counter: point value, minimum, partial discount, never more than what is left."""

from __future__ import annotations

import pytest

from shopkeeper.errors import (
    BelowMinimumRedemption,
    InsufficientPoints,
    InvalidValue,
    RedemptionTooLarge,
)
from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_rows,
    plain_programme,
    table_counts,
)


@pytest.fixture
def member(club):
    plain_programme(club, point_value=10, min_redeem=100)
    member = add_member(club)
    club.ledger.adjust(member, 500, "opening balance", by="owner")
    return member


def test_partial_redemption_is_a_discount_on_this_purchase(club, member):
    receipt = buy(club, member, 150_00, redeem_points=300)
    quote = receipt.quote
    assert (quote.points_discount, quote.points_redeemed, quote.to_pay) == (30_00, 300, 120_00)
    assert receipt.points_earned == 120
    assert receipt.balance == 500 - 300 + 120
    assert ledger_rows(club, member)[1:] == [
        ("redeem", -300, "purchase", receipt.id, "discount on the purchase", "test"),
        ("earn", 120, "purchase", receipt.id, "", "test"),
    ]
    assert club.purchases.get(receipt.id).paid == 120_00


def test_point_value_follows_the_programme(club, member):
    plain_programme(club, point_value=5, min_redeem=100)
    assert (
        club.purchases.quote(PurchaseDraft(member, 100_00, redeem_points=200)).points_discount
        == 10_00
    )


def test_redeeming_the_whole_amount_leaves_nothing_to_pay_or_earn(club, member):
    receipt = buy(club, member, 40_00, redeem_points=400)
    assert (receipt.quote.to_pay, receipt.points_earned, receipt.balance) == (0, 0, 100)


@pytest.mark.parametrize(
    ("draft", "error"),
    [
        (dict(amount=100_00, redeem_points=99), BelowMinimumRedemption),
        (dict(amount=20_00, redeem_points=201), RedemptionTooLarge),
        (dict(amount=100_00, redeem_points=501), InsufficientPoints),
        (dict(amount=100_00, redeem_points=-5), InvalidValue),
    ],
)
def test_refused_redemptions_write_nothing(club, member, draft, error):
    before = table_counts(club)
    with pytest.raises(error):
        club.purchases.quote(PurchaseDraft(member, **draft))
    with pytest.raises(error):
        buy(club, member, **draft)
    assert table_counts(club) == before
    assert club.ledger.balance(member) == 500


def test_too_large_says_how_many_points_fit(club, member):
    with pytest.raises(RedemptionTooLarge) as caught:
        buy(club, member, 25_55, redeem_points=300)
    assert caught.value.params["maximum"] == 255


def test_redemption_counts_what_is_left_after_the_coupon(club, member):
    code = club.coupons.create(amount=15_00)[0]
    with pytest.raises(RedemptionTooLarge):
        buy(club, member, 20_00, coupon_code=code, redeem_points=100)
    receipt = buy(club, member, 25_00, coupon_code=code, redeem_points=100)
    assert receipt.quote.to_pay == 0


def test_a_purchase_without_a_member_cannot_redeem(club):
    with pytest.raises(InvalidValue):
        buy(club, None, 50_00, redeem_points=100)


def test_insufficient_points_names_the_balance(club, member):
    with pytest.raises(InsufficientPoints) as caught:
        buy(club, member, 100_00, redeem_points=600)
    assert caught.value.params == {"requested": 600, "balance": 500}

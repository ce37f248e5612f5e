"""Earning: points per ₪ and rounding, minimum purchase, excluded categories, tier multiplier, what was paid."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shopkeeper.loyalty.earning import excluded_value, points_for, points_worth, redemption_value
from shopkeeper.loyalty.programme import Programme, Tier
from tests.shopkeeper.loyalty.loyalty_support import add_member, buy, line, plain_programme


@pytest.mark.parametrize(
    ("per_shekel", "rounding", "paid", "points"),
    [
        (1, "down", 149_90, 149),
        (1, "nearest", 149_90, 150),
        (1, "nearest", 149_49, 149),
        (1, "nearest", 149_50, 150),
        (Decimal("0.5"), "down", 99_00, 49),
        (Decimal("0.5"), "nearest", 99_00, 50),
        (Decimal("0.1"), "down", 99_99, 9),
        (2, "down", 99, 1),
        (1, "down", 0, 0),
    ],
)
def test_points_per_shekel_and_rounding(per_shekel, rounding, paid, points):
    programme = Programme(points_per_shekel=Decimal(per_shekel), rounding=rounding)
    assert points_for(programme, paid, 0, Decimal(1)) == points


def test_minimum_purchase_is_on_what_is_paid():
    programme = Programme(min_purchase=50_00)
    assert points_for(programme, 49_99, 0, Decimal(1)) == 0
    assert points_for(programme, 50_00, 0, Decimal(1)) == 50


def test_excluded_categories_earn_nothing_whatever_their_case():
    programme = Programme(excluded_categories=("gift card",))
    lines = [("Gift Card", 2, 100_00), ("coffee", 1, 12_00), ("", 3, 1_00)]
    assert excluded_value(programme, lines) == 200_00
    assert points_for(programme, 215_00, 200_00, Decimal(1)) == 15
    assert excluded_value(Programme(excluded_categories=("Gift Card",)), lines) == 200_00


def test_the_multiplier_scales_before_rounding():
    assert points_for(Programme(), 99_90, 0, Decimal("1.5")) == 149  # 149.85 down
    assert points_for(Programme(rounding="nearest"), 99_90, 0, Decimal("1.5")) == 150


def test_point_value_both_ways():
    programme = Programme(point_value=10)
    assert redemption_value(programme, 100) == 10_00
    assert points_worth(programme, 12_34) == 123
    assert points_worth(Programme(point_value=0), 12_34) == 0


def test_a_purchase_earns_on_its_lines_less_excluded_ones(club):
    plain_programme(club, excluded_categories=("tobacco",))
    member = add_member(club)
    receipt = buy(
        club,
        member,
        None,
        line("Cigarettes", "Tobacco", 2, 30_00),
        line("Coffee", "coffee", 1, 15_50),
    )
    assert receipt.quote.amount == 75_50
    assert receipt.points_earned == 15
    assert club.ledger.balance(member) == 15


def test_points_are_on_the_amount_actually_paid(club):
    plain_programme(club, min_redeem=100, point_value=10)
    member = add_member(club)
    club.ledger.adjust(member, 200, "opening balance")
    code = club.coupons.create(amount=20_00)[0]
    receipt = buy(club, member, 200_00, redeem_points=100, coupon_code=code)
    assert (receipt.quote.coupon_discount, receipt.quote.points_discount, receipt.quote.to_pay) == (
        20_00,
        10_00,
        170_00,
    )
    assert receipt.points_earned == 170
    assert club.ledger.balance(member) == 200 - 100 + 170


def test_the_minimum_purchase_counts_after_discounts(club):
    plain_programme(club, min_purchase=100_00)
    member = add_member(club)
    code = club.coupons.create(percent=10)[0]
    assert buy(club, member, 100_00).points_earned == 100
    assert buy(club, member, 100_00, coupon_code=code).points_earned == 0


def test_the_tier_before_the_purchase_sets_the_multiplier(club):
    plain_programme(club, tiers=(Tier("Member", 0), Tier("Gold", 1000_00, Decimal(2), "wrap")))
    member = add_member(club)
    first = buy(club, member, 1000_00)
    assert (first.tier_before, first.points_earned, first.tier) == ("Member", 1000, "Gold")
    second = buy(club, member, 100_00)
    assert (second.tier_before, second.points_earned) == ("Gold", 200)


def test_a_purchase_without_a_member_earns_nothing_but_is_kept(club):
    receipt = buy(club, None, 80_00, channel="web", fulfilment="shipped", note="phone order")
    record = club.purchases.get(receipt.id)
    assert (receipt.points_earned, receipt.balance, receipt.tier) == (0, 0, "")
    assert (record.member_id, record.amount, record.channel, record.fulfilment, record.note) == (
        None,
        80_00,
        "web",
        "shipped",
        "phone order",
    )
    assert club.db.connection().execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == 0

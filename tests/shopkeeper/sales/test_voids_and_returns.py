"""Voids and returns reverse exactly the points, stamps and spend a purchase produced."""

from __future__ import annotations

import pytest

from shopkeeper.errors import (
    AlreadyVoided,
    InvalidValue,
    PointsAlreadySpent,
    PurchaseNotFound,
    ReasonRequired,
)
from shopkeeper.loyalty.programme import Tier
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    cached_tier,
    fresh_tier,
    ledger_rows,
    line,
    plain_programme,
    table_counts,
)


@pytest.fixture
def member(club):
    plain_programme(
        club,
        min_redeem=10,
        excluded_categories=("gift",),
        tiers=(Tier("Member", 0), Tier("Silver", 500_00, 2, "")),
    )
    return add_member(club)


def test_a_void_reverses_the_points_and_the_spend(club, clock, member):
    receipt = buy(club, member, 120_00)
    clock.advance(hours=2)
    result = club.purchases.void(receipt.id, " wrong card ", by="dana")
    assert (
        result.purchase_id,
        result.points_reversed,
        result.written_off,
        result.balance,
        result.tier,
    ) == (receipt.id, -120, 0, 0, "Member")
    assert ledger_rows(club, member)[-1] == (
        "reverse",
        -120,
        "purchase",
        receipt.id,
        "wrong card",
        "dana",
    )
    record = club.purchases.get(receipt.id)
    assert (record.voided_at, record.void_reason, record.points) == (clock.now, "wrong card", 0)
    assert record.to_json()["voided"] == clock.now.isoformat()
    assert cached_tier(club, member) == ("Member", 0)
    assert club.ledger.entries(member)[0].at == clock.now


def test_a_void_gives_back_the_points_the_purchase_redeemed(club, member):
    club.ledger.adjust(member, 100, "opening")
    receipt = buy(club, member, 50_00, redeem_points=100)
    assert club.ledger.balance(member) == 40
    assert club.purchases.void(receipt.id, "mistake").points_reversed == 60
    assert club.ledger.balance(member) == 100


def test_voiding_twice_is_refused(club, member):
    receipt = buy(club, member, 10_00)
    club.purchases.void(receipt.id, "mistake")
    before = table_counts(club)
    with pytest.raises(AlreadyVoided) as caught:
        club.purchases.void(receipt.id, "again")
    assert caught.value.params == {"id": receipt.id, "on": "26/11/2026"}
    with pytest.raises(AlreadyVoided):
        club.purchases.return_lines(receipt.id, {}, "again")
    assert table_counts(club) == before


@pytest.mark.parametrize("reason", ["", "  "])
def test_a_void_needs_a_reason(club, member, reason):
    receipt = buy(club, member, 10_00)
    with pytest.raises(ReasonRequired):
        club.purchases.void(receipt.id, reason)
    with pytest.raises(ReasonRequired):
        club.purchases.return_lines(receipt.id, {}, reason)
    assert club.purchases.get(receipt.id).voided_at is None


def test_voiding_an_unknown_purchase(club):
    with pytest.raises(PurchaseNotFound):
        club.purchases.void(12345, "?")


def test_points_already_spent_are_refused_and_nothing_is_written(club, member):
    receipt = buy(club, member, 100_00)
    buy(club, member, 20_00, redeem_points=80)
    assert club.ledger.balance(member) == 20 + 12
    before = table_counts(club)
    with pytest.raises(PointsAlreadySpent) as caught:
        club.purchases.void(receipt.id, "returned everything")
    assert caught.value.params == {"id": receipt.id, "earned": 100, "balance": 32, "shortfall": 68}
    assert table_counts(club) == before
    assert cached_tier(club, member) == ("Member", 120_00)


def test_a_write_off_takes_the_balance_to_zero(club, member):
    receipt = buy(club, member, 100_00)
    buy(club, member, 20_00, redeem_points=80)
    result = club.purchases.void(receipt.id, "returned everything", write_off=True)
    assert (result.points_reversed, result.written_off, result.balance) == (-32, 68, 0)
    assert ledger_rows(club, member)[-1][:2] == ("reverse", -32)
    assert "68 points already spent" in ledger_rows(club, member)[-1][4]
    assert club.ledger.check() == []


def test_a_void_without_a_member(club):
    code = club.coupons.create(percent=10)[0]
    receipt = buy(club, None, 30_00, coupon_code=code)
    result = club.purchases.void(receipt.id, "test sale")
    assert (result.points_reversed, result.balance, result.tier) == (0, 0, "")
    assert club.coupons.get(code).uses == 0


def test_a_partial_return_reverses_points_in_proportion_and_lowers_spend(club, member):
    receipt = buy(
        club, member, None, line("Shirt", "clothes", 2, 100_00), line("Hat", "clothes", 1, 50_00)
    )
    assert receipt.points_earned == 250
    shirt, hat = (ln.id for ln in club.purchases.get(receipt.id).lines)
    result = club.purchases.return_lines(receipt.id, {shirt: 1}, "too small")
    assert (result.points_reversed, result.balance) == (-100, 150)
    record = club.purchases.get(receipt.id)
    assert (record.returned, record.lines[0].returned_qty, record.points) == (100_00, 1, 150)
    assert fresh_tier(club, member).spend_12m == cached_tier(club, member)[1] == 150_00
    club.purchases.return_lines(receipt.id, {shirt: 1, hat: 1}, "all back")
    assert club.ledger.balance(member) == 0
    assert cached_tier(club, member) == ("Member", 0)
    with pytest.raises(InvalidValue):
        club.purchases.return_lines(receipt.id, {hat: 1}, "more than bought")


def test_a_return_after_a_discount_and_with_excluded_lines(club, member):
    code = club.coupons.create(amount=20_00)[0]
    receipt = buy(
        club,
        member,
        None,
        line("Gift card", "gift", 1, 100_00),
        line("Vase", "home", 2, 60_00),
        coupon_code=code,
    )
    assert receipt.points_earned == 100  # 200 paid less the 100 gift card
    vase = club.purchases.get(receipt.id).lines[1].id
    club.purchases.return_lines(receipt.id, {vase: 1}, "broken")
    # 200 paid less the returned vase (60) and the gift card (100): 40 of the 100 eligible remain.
    assert club.ledger.balance(member) == 40
    club.purchases.void(receipt.id, "all back")
    assert club.ledger.balance(member) == 0
    assert club.coupons.get(code).uses == 0


def test_returning_an_excluded_line_takes_no_points_back(club, member):
    receipt = buy(
        club, member, None, line("Gift card", "gift", 1, 100_00), line("Vase", "home", 1, 60_00)
    )
    assert receipt.points_earned == 60
    gift_card = club.purchases.get(receipt.id).lines[0].id
    result = club.purchases.return_lines(receipt.id, {gift_card: 1}, "unwanted")
    assert (result.points_reversed, result.balance) == (0, 60)
    assert fresh_tier(club, member).spend_12m == 60_00


@pytest.mark.parametrize("quantities", [{999: 1}, {"first": 0}, {"first": 3}])
def test_impossible_returns_are_refused_and_nothing_is_written(club, member, quantities):
    receipt = buy(club, member, None, line("Shirt", "clothes", 2, 100_00))
    line_id = club.purchases.get(receipt.id).lines[0].id
    quantities = {line_id if k == "first" else k: v for k, v in quantities.items()}
    before = table_counts(club)
    with pytest.raises(InvalidValue):
        club.purchases.return_lines(receipt.id, quantities, "nope")
    assert table_counts(club) == before


def test_a_return_whose_points_were_spent_is_refused_whole(club, member):
    receipt = buy(club, member, None, line("Shirt", "clothes", 2, 100_00))
    buy(club, member, 20_00, redeem_points=200)
    line_id = club.purchases.get(receipt.id).lines[0].id
    before = table_counts(club)
    with pytest.raises(PointsAlreadySpent):
        club.purchases.return_lines(receipt.id, {line_id: 1}, "too small")
    assert table_counts(club) == before
    result = club.purchases.return_lines(receipt.id, {line_id: 1}, "too small", write_off=True)
    assert (result.balance, result.written_off) == (0, 100)


def test_returning_lines_worth_more_than_the_amount_does_not_make_spend_negative(club, member):
    """Lines may add up to more than the amount charged (a discount typed as a lower amount)."""
    receipt = buy(club, member, 50_00, line("Chair", "home", 1, 100_00))
    buy(club, member, 80_00)
    line_id = club.purchases.get(receipt.id).lines[0].id
    club.purchases.return_lines(receipt.id, {line_id: 1}, "returned")
    assert club.purchases.get(receipt.id).returned == 50_00
    assert fresh_tier(club, member).spend_12m == cached_tier(club, member)[1] == 80_00
    assert club.ledger.balance(member) == 80


def test_a_return_from_lines_charged_below_their_prices_counts_its_share(club, member):
    receipt = buy(club, member, 60_00, line("Cup", "home", 2, 40_00))  # 80 of lines sold for 60
    line_id = club.purchases.get(receipt.id).lines[0].id
    result = club.purchases.return_lines(receipt.id, {line_id: 1}, "chipped")
    assert club.purchases.get(receipt.id).returned == 30_00
    assert (result.points_reversed, result.balance) == (-30, 30)
    assert fresh_tier(club, member).spend_12m == 30_00


def test_a_void_after_a_return_reverses_only_what_is_left(club, member):
    receipt = buy(club, member, None, line("Shirt", "clothes", 3, 100_00))
    line_id = club.purchases.get(receipt.id).lines[0].id
    club.purchases.return_lines(receipt.id, {line_id: 1}, "one back")
    result = club.purchases.void(receipt.id, "rest back")
    assert (result.points_reversed, result.balance) == (-200, 0)
    assert [r[:2] for r in ledger_rows(club, member)] == [
        ("earn", 300),
        ("reverse", -100),
        ("reverse", -200),
    ]


def test_a_void_reverses_the_tier_multiplier_points_exactly(club, member):
    buy(club, member, 500_00)
    boosted = buy(club, member, 100_00)
    assert boosted.points_earned == 200
    club.purchases.void(boosted.id, "mistake")
    assert club.ledger.balance(member) == 500

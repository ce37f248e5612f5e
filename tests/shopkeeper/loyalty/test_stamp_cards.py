"""Stamp cards per category, several at once; a full card is a reward; voids and returns take stamps back."""

from __future__ import annotations

import pytest

from shopkeeper.errors import RewardNotAvailable
from shopkeeper.loyalty.programme import StampCardRule
from shopkeeper.loyalty.stamps import stamp_counts, waiting_rewards
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    line,
    plain_programme,
    table_counts,
)

COFFEE = StampCardRule("Coffee card", "coffee", 5, "a free coffee", 12_00)
BAKERY = StampCardRule("Bakery card", "bakery", 3, "a free pastry", 0)


@pytest.fixture
def stamped(club):
    plain_programme(club, stamp_cards=(COFFEE, BAKERY))
    return club


def _coffees(n):
    return line("Latte", "Coffee", n, 14_00)


def _cards(club, member):
    return {c.name: c.stamps for c in club.loyalty.for_member(member).stamp_cards}


def _waiting(club, member):
    return [
        (r.source, r.description, r.amount) for r in waiting_rewards(club.db.connection(), member)
    ]


def test_each_unit_in_a_category_stamps_its_card(stamped):
    member = add_member(stamped)
    receipt = buy(
        stamped,
        member,
        None,
        _coffees(2),
        line("Croissant", "bakery", 1, 9_00),
        line("Mug", "home", 1, 30_00),
    )
    assert receipt.rewards_earned == ()
    assert _cards(stamped, member) == {"Coffee card": 2, "Bakery card": 1}
    status = stamped.loyalty.for_member(member).stamp_cards[0]
    assert (status.name, status.category, status.stamps, status.needed, status.reward) == (
        "Coffee card",
        "coffee",
        2,
        5,
        "a free coffee",
    )


def test_a_full_card_becomes_a_reward_and_starts_again(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(3))
    receipt = buy(stamped, member, None, _coffees(3), line("Bun", "bakery", 6, 5_00))
    assert sorted(receipt.rewards_earned) == ["a free coffee", "a free pastry", "a free pastry"]
    assert _cards(stamped, member) == {"Coffee card": 1, "Bakery card": 0}
    assert sorted(_waiting(stamped, member)) == [
        ("card:Bakery card", "a free pastry", 0),
        ("card:Bakery card", "a free pastry", 0),
        ("card:Coffee card", "a free coffee", 12_00),
    ]


def test_using_a_reward_takes_its_amount_off_once(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(5))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    receipt = buy(stamped, member, 30_00, reward_ids=(reward.id,))
    assert (receipt.quote.reward_discount, receipt.quote.to_pay, receipt.points_earned) == (
        12_00,
        18_00,
        18,
    )
    assert _waiting(stamped, member) == []
    with pytest.raises(RewardNotAvailable):
        buy(stamped, member, 30_00, reward_ids=(reward.id,))


def test_the_same_reward_twice_in_one_purchase_is_refused(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(5))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    before = table_counts(stamped)
    with pytest.raises(RewardNotAvailable):
        buy(stamped, member, 30_00, reward_ids=(reward.id, reward.id))
    assert table_counts(stamped) == before


def test_someone_elses_reward_is_not_available(stamped):
    member = add_member(stamped)
    other = add_member(stamped, phone="052-345-0000")
    buy(stamped, member, None, _coffees(5))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    with pytest.raises(RewardNotAvailable):
        buy(stamped, other, 30_00, reward_ids=(reward.id,))


def test_a_reward_is_worth_at_most_the_amount(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(5))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    receipt = buy(stamped, member, 8_00, reward_ids=(reward.id,))
    assert (receipt.quote.reward_discount, receipt.quote.to_pay) == (8_00, 0)


def test_a_void_takes_the_stamps_back(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(2))
    second = buy(stamped, member, None, _coffees(1), line("Bun", "bakery", 2, 5_00))
    stamped.purchases.void(second.id, "mistake")
    assert _cards(stamped, member) == {"Coffee card": 2, "Bakery card": 0}


def test_a_void_cancels_the_unused_reward_the_purchase_completed(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(4))
    completing = buy(stamped, member, None, _coffees(2))
    assert _cards(stamped, member)["Coffee card"] == 1 and len(_waiting(stamped, member)) == 1
    stamped.purchases.void(completing.id, "mistake")
    assert _cards(stamped, member)["Coffee card"] == 4
    assert _waiting(stamped, member) == []


def test_a_void_cancels_a_reward_its_stamps_helped_a_later_purchase_complete(stamped):
    member = add_member(stamped)
    early = buy(stamped, member, None, _coffees(3))
    buy(stamped, member, None, _coffees(2))  # completes the card with the early stamps
    assert len(_waiting(stamped, member)) == 1
    stamped.purchases.void(early.id, "mistake")
    assert _waiting(stamped, member) == []
    assert _cards(stamped, member)["Coffee card"] == 2


def test_a_used_reward_made_of_the_voided_stamps_is_cancelled(stamped):
    member = add_member(stamped)
    completing = buy(stamped, member, None, _coffees(5))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    using = buy(stamped, member, 20_00, reward_ids=(reward.id,))
    stamped.purchases.void(completing.id, "mistake")
    assert _cards(stamped, member)["Coffee card"] == 0  # never below zero
    # Voiding the purchase that used the reward does not bring back a reward that no longer exists.
    stamped.purchases.void(using.id, "mistake")
    assert _waiting(stamped, member) == []
    assert stamp_counts(stamped.db.connection(), member)["Coffee card"] == 0


def test_a_void_leaves_the_stamps_other_purchases_gave(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(4))
    completing = buy(stamped, member, None, _coffees(1))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    buy(stamped, member, 20_00, reward_ids=(reward.id,))
    stamped.purchases.void(completing.id, "mistake")
    assert _cards(stamped, member)["Coffee card"] == 4
    assert _waiting(stamped, member) == []


def test_voids_in_any_order_leave_an_empty_card(stamped):
    member = add_member(stamped)
    first = buy(stamped, member, None, _coffees(4))
    second = buy(stamped, member, None, _coffees(1))  # completes the card
    third = buy(stamped, member, None, _coffees(4))
    for receipt in (first, third, second):
        stamped.purchases.void(receipt.id, "mistake")
    assert _cards(stamped, member)["Coffee card"] == 0
    assert _waiting(stamped, member) == []


def test_voiding_the_purchase_that_used_a_reward_gives_it_back(stamped):
    member = add_member(stamped)
    buy(stamped, member, None, _coffees(5))
    [reward] = waiting_rewards(stamped.db.connection(), member)
    using = buy(stamped, member, 20_00, reward_ids=(reward.id,))
    stamped.purchases.void(using.id, "mistake")
    assert [r.id for r in waiting_rewards(stamped.db.connection(), member)] == [reward.id]


def test_a_return_takes_back_the_returned_units_stamps(stamped):
    member = add_member(stamped)
    receipt = buy(stamped, member, None, _coffees(3), line("Bun", "bakery", 2, 5_00))
    lines = {ln.category: ln.id for ln in stamped.purchases.get(receipt.id).lines}
    stamped.purchases.return_lines(receipt.id, {lines["coffee"]: 2}, "spilled")
    assert _cards(stamped, member) == {"Coffee card": 1, "Bakery card": 2}
    stamped.purchases.void(receipt.id, "all back")
    assert _cards(stamped, member) == {"Coffee card": 0, "Bakery card": 0}


def test_a_purchase_without_a_member_stamps_nothing(stamped):
    buy(stamped, None, None, _coffees(10))
    assert table_counts(stamped)["stamp"] == 0


def test_a_card_category_matches_whatever_the_case(club):
    plain_programme(
        club, stamp_cards=(StampCardRule("Tea card", "Green Tea", 2, "a free tea", 9_00),)
    )
    member = add_member(club)
    receipt = buy(club, member, None, line("Sencha", "green tea", 2, 9_00))
    assert receipt.rewards_earned == ("a free tea",)
    line_id = club.purchases.get(receipt.id).lines[0].id
    club.purchases.return_lines(receipt.id, {line_id: 1}, "cold")
    assert _waiting(club, member) == []
    assert _cards(club, member) == {"Tea card": 1}

"""What the customer card shows: balance and its value, tier, cards, rewards, coupons, last purchases."""

from __future__ import annotations

from decimal import Decimal

from shopkeeper.loyalty.programme import RewardItem, StampCardRule, Tier
from tests.shopkeeper.loyalty.loyalty_support import add_member, buy, line, plain_programme


def test_the_card_in_one_read(club, clock):
    plain_programme(
        club,
        point_value=10,
        tiers=(Tier("Member", 0), Tier("Gold", 300_00, Decimal("1.5"), "gift wrap")),
        stamp_cards=(StampCardRule("Coffee", "coffee", 2, "free coffee", 12_00),),
        rewards=(RewardItem("Mug", 100, 0), RewardItem("Voucher", 1000, 50_00)),
    )
    member = add_member(club)
    code = club.coupons.create(percent=10, member_id=member)[0]
    purchases = [buy(club, member, None, line("Latte", "coffee", 2, 14_00)) for _ in range(6)]
    card = club.loyalty.for_member(member)
    assert (card.balance, card.balance_value) == (168, 16_80)
    assert (card.tier.name, card.tier.spend_12m, card.tier.next_name, card.tier.to_next) == (
        "Member",
        168_00,
        "Gold",
        132_00,
    )
    assert [(c.name, c.stamps, c.needed) for c in card.stamp_cards] == [("Coffee", 0, 2)]
    assert len(card.waiting_rewards) == 6
    assert [r.name for r in card.affordable_rewards] == ["Mug"]
    assert [c.code for c in card.coupons] == [code]
    assert [p.id for p in card.last_purchases] == [p.id for p in reversed(purchases[1:])]
    data = card.to_json()
    assert (data["balance"], data["balance_value"], data["tier"]) == (168, 16.8, "Member")
    assert data["tier_detail"]["to_next"] == 132.0
    assert data["rewards_waiting"][0]["amount"] == 12.0
    assert data["coupons"][0]["code"] == code


def test_a_new_member_card(club):
    member = add_member(club)
    card = club.loyalty.for_member(member)
    assert (
        card.balance,
        card.tier.name,
        card.waiting_rewards,
        card.coupons,
        card.last_purchases,
    ) == (0, "Member", (), (), ())
    assert club.loyalty.tier(member).to_next == 2_000_00  # the default programme's Silver

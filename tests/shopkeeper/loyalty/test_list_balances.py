"""Balances and tiers for a page of the members list, read in one go."""

from __future__ import annotations

from datetime import date

from shopkeeper.club.records import MemberDraft
from shopkeeper.sales.records import PurchaseDraft


def add(shop, i: int) -> int:
    return shop.members.add(MemberDraft(first_name=f"M{i}", phone=f"052-{1000000 + i:07d}")).member.id


def test_balances_and_tiers_for_the_members_asked(shop):
    ids = [add(shop, i) for i in range(4)]
    shop.purchases.record(PurchaseDraft(ids[0], amount=2_500_00), by="test")
    shop.ledger.adjust(ids[1], 30, "goodwill")
    shop.ledger.adjust(ids[1], -10, "correction")

    got = shop.loyalty.balances_and_tiers([ids[0], ids[1], ids[2], ids[1]])
    assert got == {ids[0]: (2500, "Silver"), ids[1]: (20, "Member"), ids[2]: (0, "Member")}
    assert ids[3] not in got
    assert shop.loyalty.balances_and_tiers([]) == {}
    # The same figures as the card reads.
    for member_id, (balance, tier) in got.items():
        status = shop.loyalty.for_member(member_id)
        assert (status.balance, status.tier.name) == (balance, tier)


def test_more_members_than_one_query_takes(shop):
    from shopkeeper.club.validation import check_member

    checked = [
        check_member(MemberDraft(first_name=f"N{i}", phone=f"053-{1000000 + i:07d}"))
        for i in range(1200)
    ]
    ids = shop.members.add_checked_many(checked, [date(2026, 1, 1)] * len(checked))
    shop.ledger.adjust(ids[-1], 7, "late one")
    got = shop.loyalty.balances_and_tiers(ids)
    assert len(got) == 1200
    assert got[ids[-1]] == (7, "Member")

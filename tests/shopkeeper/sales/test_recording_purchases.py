"""Recording purchases: amounts and lines, channel and fulfilment, the quote matching what is saved."""

from __future__ import annotations

from datetime import datetime

import pytest

from shopkeeper.errors import InvalidValue, MemberNotFound, PurchaseNotFound
from shopkeeper.loyalty.programme import StampCardRule
from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    line,
    plain_programme,
    table_counts,
)


def test_lines_make_the_amount_or_the_difference_is_shown(club):
    plain_programme(club)
    member = add_member(club)
    draft = PurchaseDraft(
        member, None, lines=(line("Bowl", "home", 2, 35_00), line("Cup", "home", 1, 9_90))
    )
    quote = club.purchases.quote(draft)
    assert (quote.amount, quote.lines_total, quote.lines_difference) == (79_90, 79_90, 0)
    quote = club.purchases.quote(PurchaseDraft(member, 75_00, lines=draft.lines))
    assert (quote.amount, quote.lines_total, quote.lines_difference) == (75_00, 79_90, -4_90)
    assert club.purchases.quote(PurchaseDraft(member, 75_00)).lines_total is None


def test_a_saved_purchase_reads_back_whole(club, clock):
    plain_programme(club)
    member = add_member(club)
    receipt = buy(
        club,
        member,
        None,
        line(" Bowl ", " Home ", 2, 35_00),
        channel="phone",
        fulfilment="pickup",
        note=" for Friday ",
    )
    record = club.purchases.get(receipt.id)
    assert (
        record.member_id,
        record.at,
        record.amount,
        record.channel,
        record.fulfilment,
        record.note,
    ) == (member, clock.now, 70_00, "phone", "pickup", "for Friday")
    assert [
        (ln.name, ln.category, ln.qty, ln.unit_price, ln.returned_qty) for ln in record.lines
    ] == [("Bowl", "home", 2, 35_00, 0)]
    assert record.points == 70
    data = record.to_json()
    assert (data["amount"], data["paid"], data["voided"], data["lines"][0]["price"]) == (
        70.0,
        70.0,
        None,
        35.0,
    )
    assert receipt.to_json()["points_earned"] == 70
    assert {"id", "points_earned", "balance", "tier"} <= set(receipt.to_json())


def test_for_member_lists_newest_first(club, clock):
    member = add_member(club)
    first = buy(club, member, 10_00, at=datetime(2026, 1, 1, 9, 0))
    second = buy(club, member, 20_00)
    buy(club, None, 30_00)
    assert [r.id for r in club.purchases.for_member(member)] == [second.id, first.id]
    assert [r.id for r in club.purchases.for_member(member, limit=1)] == [second.id]


@pytest.mark.parametrize(
    "fields",
    [
        dict(amount=-1),
        dict(amount=None),
        dict(amount=10_00, channel="fax"),
        dict(amount=10_00, fulfilment="teleported"),
        dict(amount=None, lines=(line("", "x", 1, 1_00),)),
        dict(amount=None, lines=(line("Cup", "x", 0, 1_00),)),
        dict(amount=None, lines=(line("Cup", "x", 1, -1_00),)),
    ],
)
def test_impossible_drafts_are_refused_and_nothing_is_written(club, fields):
    member = add_member(club)
    before = table_counts(club)
    with pytest.raises(InvalidValue):
        club.purchases.record(PurchaseDraft(member, **fields))
    assert table_counts(club) == before


def test_unknown_member_and_purchase(club):
    with pytest.raises(MemberNotFound):
        buy(club, 999, 10_00)
    with pytest.raises(PurchaseNotFound):
        club.purchases.get(999)


def test_quote_is_what_record_then_does_and_writes_nothing(club):
    plain_programme(
        club,
        min_redeem=50,
        excluded_categories=("gift",),
        stamp_cards=(StampCardRule("Coffee", "coffee", 3, "free coffee", 12_00),),
    )
    member = add_member(club)
    club.ledger.adjust(member, 300, "opening")
    code = club.coupons.create(percent=10)[0]
    draft = PurchaseDraft(
        member,
        None,
        lines=(line("Latte", "coffee", 2, 14_00), line("Card", "gift", 1, 50_00)),
        redeem_points=60,
        coupon_code=code.lower(),
    )
    before = table_counts(club)
    quote = club.purchases.quote(draft)
    assert table_counts(club) == before
    receipt = club.purchases.record(draft)
    assert receipt.quote == quote
    assert receipt.points_earned == quote.points_to_earn
    assert receipt.balance == quote.balance_after == club.ledger.balance(member)
    assert (quote.amount, quote.coupon_discount, quote.points_discount, quote.to_pay) == (
        78_00,
        7_80,
        6_00,
        64_20,
    )
    assert quote.points_to_earn == 14  # 64.20 paid less the ₪50 gift card

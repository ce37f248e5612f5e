"""Coupons: % or ₪ off, minimum basket, dates, uses, one member, batches of readable codes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shopkeeper.errors import CouponRefused, InvalidValue, UnknownCoupon
from shopkeeper.loyalty.coupons import CODE_ALPHABET, CODE_LENGTH, normalise_code
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    phone_for,
    plain_programme,
    table_counts,
)

TODAY = date(2026, 11, 26)


def _refusal(club, code, member=None, basket=100_00, on=TODAY) -> str:
    with pytest.raises(CouponRefused) as caught:
        club.coupons.check(code, member, basket, on)
    return caught.value.params["why"]


def test_percent_and_amount_off(club):
    plain_programme(club)
    member = add_member(club)
    ten = club.coupons.create(percent=10)[0]
    twenty = club.coupons.create(amount=20_00)[0]
    assert buy(club, member, 99_99, coupon_code=ten).quote.coupon_discount == 9_99
    receipt = buy(club, member, 15_00, coupon_code=twenty)
    assert (receipt.quote.coupon_discount, receipt.quote.to_pay, receipt.points_earned) == (
        15_00,
        0,
        0,
    )
    assert club.purchases.get(receipt.id).coupon_code == twenty


def test_a_batch_has_unique_codes_from_the_readable_alphabet(club):
    codes = club.coupons.create(percent=10, count=300, batch="thank-you notes")
    assert len(set(codes)) == 300
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01OI") & set(CODE_ALPHABET)
    assert club.db.connection().execute("SELECT COUNT(DISTINCT batch) FROM coupon").fetchone() == (
        1,
    )


def test_a_code_is_found_however_it_is_typed(club):
    code = club.coupons.create(percent=10)[0]
    typed = f" {code[:4].lower()}-{code[4:]} ".replace(code[5], f" {code[5]}", 1)
    assert normalise_code(typed) == code
    assert club.coupons.get(typed).code == code
    assert club.coupons.check(f"\u200e{code.lower()}", None, 10_00, TODAY).code == code


def test_an_unknown_code(club):
    with pytest.raises(UnknownCoupon) as caught:
        club.coupons.get("nope-123")
    assert caught.value.params["code"] == "nope-123"


def test_a_one_time_code_is_refused_once_used_and_freed_by_a_void(club):
    member = add_member(club)
    code = club.coupons.create(amount=5_00)[0]
    receipt = buy(club, member, 50_00, coupon_code=code)
    assert _refusal(club, code) == "used"
    with pytest.raises(CouponRefused, match="already used"):
        buy(club, member, 50_00, coupon_code=code)
    club.purchases.void(receipt.id, "customer changed their mind")
    assert club.coupons.get(code).uses == 0
    assert buy(club, member, 50_00, coupon_code=code).quote.coupon_discount == 5_00


def test_a_code_for_n_uses(club):
    code = club.coupons.create(percent=5, uses=3)[0]
    for _ in range(3):
        buy(club, None, 20_00, coupon_code=code)
    with pytest.raises(CouponRefused) as caught:
        buy(club, None, 20_00, coupon_code=code)
    assert caught.value.params["why"] == "used"
    assert "3 times" in str(caught.value)


def test_dates_from_and_until_are_inclusive(club):
    code = club.coupons.create(percent=10, valid_from=TODAY, until=TODAY + timedelta(days=7))[0]
    assert _refusal(club, code, on=TODAY - timedelta(days=1)) == "not_yet"
    assert club.coupons.check(code, None, 10_00, TODAY).code == code
    assert club.coupons.check(code, None, 10_00, TODAY + timedelta(days=7)).code == code
    assert _refusal(club, code, on=TODAY + timedelta(days=8)) == "expired"
    with pytest.raises(CouponRefused, match="expired on 03/12/2026"):
        club.coupons.check(code, None, 10_00, date(2026, 12, 4))


def test_an_expired_code_is_refused_at_the_counter_and_nothing_is_written(club, clock):
    member = add_member(club)
    code = club.coupons.create(percent=10, until=TODAY - timedelta(days=1))[0]
    before = table_counts(club)
    with pytest.raises(CouponRefused) as caught:
        buy(club, member, 50_00, coupon_code=code)
    assert caught.value.params["why"] == "expired"
    assert table_counts(club) == before


def test_minimum_basket(club):
    code = club.coupons.create(amount=10_00, min_basket=100_00)[0]
    assert _refusal(club, code, basket=99_99) == "basket"
    with pytest.raises(CouponRefused, match="₪100"):
        club.coupons.check(code, None, 99_99, TODAY)
    assert club.coupons.check(code, None, 100_00, TODAY).discount_on(100_00) == 10_00


def test_a_code_bound_to_one_member(club):
    owner, other = add_member(club, phone=phone_for(1)), add_member(club, phone=phone_for(2))
    code = club.coupons.create(percent=15, member_id=owner)[0]
    assert _refusal(club, code, member=other) == "other_member"
    assert _refusal(club, code, member=None) == "no_member"
    assert club.coupons.check(code, owner, 10_00, TODAY).percent == 15
    assert [c.code for c in club.coupons.valid_for(owner, TODAY)] == [code]
    assert club.coupons.valid_for(other, TODAY) == []


def test_valid_for_leaves_out_used_expired_and_future_codes(club):
    member = add_member(club)
    usable = club.coupons.create(percent=10, member_id=member)[0]
    used = club.coupons.create(percent=10, member_id=member)[0]
    club.coupons.create(percent=10, member_id=member, until=TODAY - timedelta(days=1))
    club.coupons.create(percent=10, member_id=member, valid_from=TODAY + timedelta(days=1))
    buy(club, member, 10_00, coupon_code=used)
    assert [c.code for c in club.coupons.valid_for(member, TODAY)] == [usable]


@pytest.mark.parametrize(
    "terms",
    [
        dict(),
        dict(percent=10, amount=5_00),
        dict(percent=0),
        dict(percent=101),
        dict(amount=0),
        dict(percent=10, uses=0),
        dict(percent=10, count=0),
        dict(percent=10, valid_from=TODAY, until=TODAY - timedelta(days=1)),
    ],
)
def test_impossible_terms_are_refused(club, terms):
    with pytest.raises(InvalidValue):
        club.coupons.create(**terms)
    assert table_counts(club)["coupon"] == 0


def test_coupon_describe_and_json(club):
    code = club.coupons.create(amount=12_50, until=date(2026, 12, 31))[0]
    coupon = club.coupons.get(code)
    assert coupon.describe() == "₪12.50"
    assert coupon.to_json()["amount"] == 12.5 and coupon.to_json()["valid_until"] == "2026-12-31"
    assert club.coupons.get(club.coupons.create(percent=10)[0]).describe() == "10%"

"""Points a return wrote off are settled: a later return or void never asks for them again."""

from __future__ import annotations

import pytest

from shopkeeper.errors import PointsAlreadySpent
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_rows,
    line,
    plain_programme,
)


@pytest.fixture
def member(club):
    plain_programme(club, min_redeem=10)
    return add_member(club)


def _two_shirts(club, member) -> tuple[int, list[int]]:
    """A purchase of two shirts at ₪100 (200 points), its line id once per shirt."""
    receipt = buy(club, member, None, line("Shirt", "clothes", 2, 100_00))
    assert receipt.points_earned == 200
    shirt = club.purchases.get(receipt.id).lines[0].id
    return receipt.id, [shirt, shirt]


def _outcome(result) -> tuple[int, int, int]:
    return result.points_reversed, result.written_off, result.balance


def test_a_return_after_a_written_off_return_takes_back_only_its_own_points(club, member):
    purchase, (first, second) = _two_shirts(club, member)
    buy(club, member, 20_00, redeem_points=200)
    written = club.purchases.return_lines(purchase, {first: 1}, "too small", write_off=True)
    assert _outcome(written) == (0, 100, 0)
    buy(club, member, 500_00)
    result = club.purchases.return_lines(purchase, {second: 1}, "too big")
    assert _outcome(result) == (-100, 0, 400)
    assert club.ledger.check() == []


def test_a_return_after_a_partly_written_off_return(club, member):
    purchase, (first, second) = _two_shirts(club, member)
    buy(club, member, 17_00, redeem_points=170)
    assert club.ledger.balance(member) == 30
    written = club.purchases.return_lines(purchase, {first: 1}, "too small", write_off=True)
    assert _outcome(written) == (-30, 70, 0)
    buy(club, member, 300_00)
    assert _outcome(club.purchases.return_lines(purchase, {second: 1}, "too big")) == (-100, 0, 200)


def test_a_void_after_a_written_off_return_takes_back_only_what_is_left(club, member):
    purchase, (first, _) = _two_shirts(club, member)
    buy(club, member, 20_00, redeem_points=200)
    club.purchases.return_lines(purchase, {first: 1}, "too small", write_off=True)
    buy(club, member, 150_00)
    result = club.purchases.void(purchase, "the rest back")
    assert _outcome(result) == (-100, 0, 50)
    assert [row[:2] for row in ledger_rows(club, member) if row[3] == purchase] == [
        ("earn", 200),
        ("reverse", -100),
    ]


def test_a_void_after_a_written_off_return_still_refuses_points_spent_since(club, member):
    purchase, (first, _) = _two_shirts(club, member)
    buy(club, member, 20_00, redeem_points=200)
    club.purchases.return_lines(purchase, {first: 1}, "too small", write_off=True)
    buy(club, member, 60_00)
    with pytest.raises(PointsAlreadySpent) as caught:
        club.purchases.void(purchase, "the rest back")
    assert caught.value.params == {"id": purchase, "earned": 100, "balance": 60, "shortfall": 40}


def test_write_offs_and_take_backs_together_never_pass_what_was_earned(club, member):
    purchase, (first, _) = _two_shirts(club, member)
    buy(club, member, 20_00, redeem_points=200)
    first_step = club.purchases.return_lines(purchase, {first: 1}, "too small", write_off=True)
    buy(club, member, 50_00)
    void = club.purchases.void(purchase, "the rest back", write_off=True)
    assert _outcome(void) == (-50, 50, 0)
    taken = -(first_step.points_reversed + void.points_reversed)
    assert taken + first_step.written_off + void.written_off == 200
    assert club.ledger.check() == []


def test_a_void_gives_back_what_it_redeemed_less_the_points_still_owed(club, member):
    club.ledger.adjust(member, 100, "opening")
    receipt = buy(club, member, None, line("Shirt", "clothes", 2, 100_00), redeem_points=100)
    assert receipt.points_earned == 190  # ₪190 paid after the ₪10 the points paid for
    shirt = club.purchases.get(receipt.id).lines[0].id
    buy(club, member, 19_00, redeem_points=190)
    written = club.purchases.return_lines(receipt.id, {shirt: 1}, "too small", write_off=True)
    assert _outcome(written) == (0, 100, 0)
    # 90 points of the shirt kept are still owed; the 100 points redeemed come back.
    assert _outcome(club.purchases.void(receipt.id, "the rest back")) == (10, 0, 10)


def test_three_returns_with_write_offs_between_them(club, member):
    receipt = buy(club, member, None, line("Cup", "home", 3, 10_00))
    cup = club.purchases.get(receipt.id).lines[0].id
    buy(club, member, 3_00, redeem_points=30)
    steps = [
        club.purchases.return_lines(receipt.id, {cup: 1}, "chipped", write_off=True),
        club.purchases.return_lines(receipt.id, {cup: 1}, "chipped", write_off=True),
    ]
    buy(club, member, 40_00)
    steps.append(club.purchases.return_lines(receipt.id, {cup: 1}, "chipped"))
    assert [_outcome(s) for s in steps] == [(0, 10, 0), (0, 10, 0), (-10, 0, 30)]

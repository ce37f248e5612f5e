"""Expiry after N months, oldest points first, safe to repeat."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.loyalty.ledger import months_before, remaining_lots
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_rows,
    phone_for,
    plain_programme,
)


@pytest.mark.parametrize(
    ("day", "months", "before"),
    [
        (date(2026, 11, 26), 12, date(2025, 11, 26)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2028, 3, 31), 1, date(2028, 2, 29)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 1, 31), 13, date(2024, 12, 31)),
        (date(2028, 2, 29), 12, date(2027, 2, 28)),
        (date(2026, 5, 31), 3, date(2026, 2, 28)),
        (date(2026, 12, 31), 24, date(2024, 12, 31)),
    ],
)
def test_months_before_clamps_to_the_end_of_a_short_month(day, months, before):
    assert months_before(day, months) == before


def test_remaining_lots_spend_the_oldest_first():
    rows = [("a", 100), ("b", 50), ("c", -120), ("d", 30), ("e", -40)]
    assert remaining_lots(rows) == [("d", 20)]
    assert remaining_lots([("a", 100), ("b", -30), ("c", 10)]) == [("a", 70), ("c", 10)]
    # A debt (a redemption dated before what paid for it) is settled by the next lot.
    assert remaining_lots([("a", -20), ("b", 50)]) == [("b", 30)]


@pytest.fixture
def expiring(club, clock):
    """Points expire after 12 months, a programme in force since 2024."""
    clock.set(datetime(2024, 1, 1, 8, 0))
    plain_programme(club, expiry_months=12, min_redeem=1)
    return club


def test_points_expire_after_the_programme_months_and_only_once(expiring, clock):
    member = add_member(expiring)
    clock.set(datetime(2025, 3, 10, 12, 0))
    buy(expiring, member, 100_00)
    clock.set(datetime(2025, 9, 1, 12, 0))
    buy(expiring, member, 40_00)
    assert expiring.ledger.expire(date(2026, 3, 9)).points == 0
    report = expiring.ledger.expire(date(2026, 3, 10))
    assert (report.members, report.points) == (1, 100)
    assert ledger_rows(expiring, member)[-1] == (
        "expire",
        -100,
        "expiry",
        None,
        "points from before 2025-03-10 expired",
        "expiry",
    )
    assert expiring.ledger.entries(member)[0].at == datetime(2026, 3, 10)
    assert expiring.ledger.balance(member) == 40
    again = expiring.ledger.expire(date(2026, 3, 10))
    assert (again.members, again.points) == (0, 0)
    assert expiring.ledger.expire(date(2026, 6, 1)).points == 0
    assert expiring.ledger.expire(date(2026, 9, 1)).points == 40
    assert expiring.ledger.balance(member) == 0


def test_redeeming_uses_the_oldest_points_so_only_what_is_left_expires(expiring, clock):
    member = add_member(expiring)
    clock.set(datetime(2025, 1, 5, 9, 0))
    buy(expiring, member, 100_00)  # lot of 100
    clock.set(datetime(2025, 6, 5, 9, 0))
    buy(expiring, member, 80_00)  # lot of 80
    clock.set(datetime(2025, 12, 1, 9, 0))
    buy(expiring, member, 70_00, redeem_points=70)  # uses 70 of the oldest, earns 63
    assert expiring.ledger.expire(date(2026, 1, 5)).points == 30
    assert expiring.ledger.balance(member) == 80 + 63
    assert expiring.ledger.expire(date(2026, 6, 5)).points == 80
    assert expiring.ledger.expire(date(2026, 12, 1)).points == 63


def test_an_expiry_run_leaves_the_young_points_of_everyone(expiring, clock):
    old, young = add_member(expiring, phone=phone_for(1)), add_member(expiring, phone=phone_for(2))
    clock.set(datetime(2025, 1, 1, 9, 0))
    buy(expiring, old, 10_00)
    clock.set(datetime(2025, 12, 31, 9, 0))
    buy(expiring, old, 20_00)
    buy(expiring, young, 30_00)
    report = expiring.ledger.expire(date(2026, 1, 1))
    assert (report.members, report.points) == (1, 10)
    assert (expiring.ledger.balance(old), expiring.ledger.balance(young)) == (20, 30)


def test_no_expiry_when_the_programme_says_never(club, clock):
    plain_programme(club, expiry_months=0)
    member = add_member(club)
    buy(club, member, 10_00, at=datetime(2010, 1, 1))
    assert club.ledger.expire(date(2026, 11, 26)).points == 0
    assert club.ledger.balance(member) == 10


def test_bonuses_and_adjustments_expire_too(expiring, clock):
    clock.set(datetime(2026, 1, 1, 9, 0))
    plain_programme(expiring, expiry_months=6, welcome_bonus=50, min_redeem=1)
    member = add_member(expiring)
    expiring.bonuses.welcome(member)
    expiring.ledger.adjust(member, 20, "gift")
    expiring.ledger.adjust(member, -15, "correction")
    assert expiring.ledger.expire(date(2026, 7, 1)).points == 55
    assert expiring.ledger.balance(member) == 0
    assert expiring.ledger.check() == []


def test_the_run_follows_the_programme_in_force_on_its_day(expiring, clock):
    member = add_member(expiring)
    buy(expiring, member, 10_00)  # 2024-01-01
    clock.set(datetime(2024, 6, 1, 8, 0))
    expiring.programme.set("expiry_months", "3")
    assert expiring.ledger.expire(date(2024, 5, 31)).points == 0  # 12 months then
    assert expiring.ledger.expire(date(2024, 6, 1)).points == 10

"""The ledger: rows with who/when/why, balance = sum ≥ 0, adjustments, append-only, the check."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from shopkeeper.errors import InsufficientPoints, InvalidValue, ReasonRequired
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_sum,
    phone_for,
    plain_programme,
)


def test_every_change_is_a_row_with_time_source_who_and_why(club, clock):
    plain_programme(club, welcome_bonus=50, min_redeem=10)
    member = add_member(club)
    club.bonuses.welcome(member, by="dana")
    clock.advance(hours=1)
    assert club.ledger.adjust(member, 30, "  sorry for the wait ", by="owner") == 80
    clock.advance(hours=1)
    receipt = buy(club, member, 20_00, redeem_points=20, by="dana")
    entries = club.ledger.entries(member)
    assert [(e.kind, e.points, e.source, e.purchase_id, e.reason, e.by) for e in entries] == [
        ("earn", 18, "purchase", receipt.id, "", "dana"),
        ("redeem", -20, "purchase", receipt.id, "discount on the purchase", "dana"),
        ("adjust", 30, "manual", None, "sorry for the wait", "owner"),
        ("bonus", 50, "welcome", None, "welcome to the club", "dana"),
    ]
    assert entries[0].at == clock.now and entries[2].at == datetime(2026, 11, 26, 11, 30)
    assert club.ledger.balance(member) == sum(e.points for e in entries) == 78
    assert [e.id for e in club.ledger.entries(member, limit=2)] == [e.id for e in entries[:2]]
    assert entries[2].to_json() == {
        "id": entries[2].id,
        "kind": "adjust",
        "points": 30,
        "at": "2026-11-26T11:30:00",
        "source": "manual",
        "purchase_id": None,
        "reason": "sorry for the wait",
        "by": "owner",
    }


@pytest.mark.parametrize("reason", ["", "   ", "\u200f"])
def test_a_manual_change_needs_a_reason(club, reason):
    member = add_member(club)
    with pytest.raises(ReasonRequired):
        club.ledger.adjust(member, 10, reason)
    assert club.ledger.entries(member) == []


def test_an_adjustment_of_nothing_is_refused(club):
    member = add_member(club)
    with pytest.raises(InvalidValue):
        club.ledger.adjust(member, 0, "nothing")
    assert club.ledger.entries(member) == []


def test_the_balance_never_goes_below_zero(club):
    member = add_member(club)
    club.ledger.adjust(member, 40, "gift")
    with pytest.raises(InsufficientPoints) as caught:
        club.ledger.adjust(member, -41, "mistake")
    assert caught.value.params == {"requested": 41, "balance": 40}
    assert club.ledger.adjust(member, -40, "mistake") == 0
    assert len(club.ledger.entries(member)) == 2


def test_balances_are_per_member(club):
    first, second = add_member(club, phone=phone_for(1)), add_member(club, phone=phone_for(2))
    club.ledger.adjust(first, 10, "a")
    club.ledger.adjust(second, 25, "b")
    assert (club.ledger.balance(first), club.ledger.balance(second)) == (10, 25)
    assert club.ledger.balance(999) == 0


def test_the_ledger_is_append_only(club):
    member = add_member(club)
    club.ledger.adjust(member, 10, "gift")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        club.db.connection().execute("UPDATE ledger SET points = 1000")
    assert club.ledger.balance(member) == 10


def test_check_is_empty_on_a_healthy_shop_and_finds_a_negative_run(club):
    plain_programme(club, min_redeem=1)
    member = add_member(club)
    club.ledger.adjust(member, 100, "gift")
    buy(club, member, 50_00, redeem_points=100)
    assert club.ledger.check() == []
    assert club.check().ok
    # A row written behind the service's back, taking the running balance below zero.
    club.db.connection().execute(
        "INSERT INTO ledger (member_id, at, kind, points, source) VALUES (?, ?, 'adjust', -60, 'manual')",
        (member, "2026-11-26T12:00:00"),
    )
    assert club.ledger.check() == [f"member {member}: points balance went below zero"]
    assert not club.check().ok
    assert ledger_sum(club, member) == club.ledger.balance(member) == -20

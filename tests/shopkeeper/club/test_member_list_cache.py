"""Schema v5: the member row's cached balance, last purchase and spend follow every write."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from shopkeeper.shop import Shop
from shopkeeper.store.database import DATABASE_FILE
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    ledger_sum,
    line,
    phone_for,
    plain_programme,
)

V4_FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schema_v4.sqlite3"


def cached(shop: Shop, member_id: int) -> tuple[int, str, int]:
    return (
        shop.db.connection()
        .execute(
            "SELECT points_balance, last_purchase_at, spend_12m FROM member_stats WHERE member_id=?",
            (member_id,),
        )
        .fetchone()
    )


def truth(shop: Shop, member_id: int) -> tuple[int, str, int]:
    conn = shop.db.connection()
    newest = conn.execute(
        "SELECT COALESCE(MAX(at), '') FROM purchase WHERE member_id=? AND voided_at IS NULL",
        (member_id,),
    ).fetchone()[0]
    spend = conn.execute(
        "SELECT COALESCE(MAX(spend_12m), 0) FROM member_tier WHERE member_id=?", (member_id,)
    ).fetchone()[0]
    return ledger_sum(shop, member_id), newest, spend


def test_earn_redeem_void_return_and_expiry_keep_the_cache_equal_to_the_ledger(club, clock):
    plain_programme(club, expiry_months=1)
    member = add_member(club)
    other = add_member(club, phone=phone_for(2))
    assert cached(club, member) == (0, "", 0)

    first = buy(club, member, 100_00)
    assert cached(club, member) == (100, "2026-11-26T10:30:00", 100_00) == truth(club, member)

    clock.advance(days=1)
    second = buy(club, member, None, line("mug", price=30_00, qty=2), redeem_points=50)
    assert cached(club, member) == truth(club, member)
    assert cached(club, member)[1] == "2026-11-27T10:30:00"

    club.purchases.void(second.id, "wrong basket")
    assert cached(club, member) == truth(club, member)
    assert cached(club, member)[1] == "2026-11-26T10:30:00"  # the voided one no longer counts

    clock.advance(days=1)
    third = buy(club, member, None, line("tea", price=20_00, qty=3))
    [tea] = club.purchases.get(third.id).lines
    club.purchases.return_lines(third.id, {tea.id: 1}, "too many")
    assert cached(club, member) == truth(club, member)
    assert cached(club, member)[2] == 100_00 + 40_00

    club.purchases.void(first.id, "test")
    club.purchases.void(third.id, "test")
    assert cached(club, member) == truth(club, member) == (0, "", 0)

    buy(club, other, 80_00)
    clock.advance(days=70)
    report = club.ledger.expire(clock.today())
    assert report.points == 80
    assert cached(club, other)[0] == 0 == ledger_sum(club, other)
    club.ledger.adjust(other, 15, "goodwill")
    assert cached(club, other) == truth(club, other)
    assert club.check().ok


def test_a_purchase_without_a_member_and_an_older_one_leave_the_newest(club, clock):
    plain_programme(club)
    member = add_member(club)
    buy(club, member, 10_00)
    buy(club, None, 10_00)
    buy(club, member, 5_00, at=clock.now.replace(day=1))
    assert cached(club, member)[1] == "2026-11-26T10:30:00"


def test_check_names_a_member_whose_cached_balance_is_wrong(club):
    member = add_member(club)
    club.ledger.adjust(member, 30, "gift")
    conn = club.db.connection()
    conn.execute("UPDATE member_stats SET points_balance = 7 WHERE member_id=?", (member,))
    report = club.check()
    assert not report.ok
    assert any(
        f"member {member}: cached points balance 7 but it is 30" in p for p in report.problems
    )


def test_the_v4_fixture_migrates_with_back_filled_values(tmp_path):
    shutil.copyfile(V4_FIXTURE, tmp_path / DATABASE_FILE)
    with Shop(tmp_path, exclusive=True) as shop:
        assert shop.check().ok
        rows = shop.db.connection().execute(
            "SELECT number, points_balance, last_purchase_at, spend_12m "
            "FROM member JOIN member_stats ON member_id = id ORDER BY number"
        )
        assert rows.fetchall() == [
            (1, 200, "2025-12-20T12:30:00", 200_00),  # the purchase of 02/01 was voided
            (2, 25, "", 0),
            (3, 45, "2025-11-05T17:00:00", 45_50),
        ]


def test_the_cache_triggers_exist_after_migration(shop):
    conn: sqlite3.Connection = shop.db.connection()
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"ledger_balance_insert", "purchase_last_insert", "member_stats_new"} <= triggers


def test_a_member_without_cached_values_is_reported(club):
    member = add_member(club)
    club.db.connection().execute("DELETE FROM member_stats WHERE member_id=?", (member,))
    assert f"member {member}: no cached list values (member_stats row)" in club.check().problems

"""Every reason the programme writes on the ledger reads back into its parts (so a window can word
it in its own language); only what a person typed is kept as written."""

from __future__ import annotations

from datetime import date

import pytest

from shopkeeper.data.demo import fill_demo_shop
from shopkeeper.data.demo_baskets import VOID_REASONS
from shopkeeper.loyalty.reasons import KEYS, LedgerReason, read_reason
from shopkeeper.shop import Shop
from tests.shopkeeper.loyalty.loyalty_support import (
    add_member,
    buy,
    phone_for,
    plain_programme,
)


def rows(shop, member_id=None) -> list[tuple[str, str, str]]:
    sql = "SELECT source, kind, reason FROM ledger"
    args: tuple = ()
    if member_id is not None:
        sql, args = sql + " WHERE member_id=?", (member_id,)
    return shop.db.connection().execute(sql + " ORDER BY id", args).fetchall()


@pytest.mark.parametrize(
    ("source", "kind", "reason", "expected"),
    [
        ("welcome", "bonus", "welcome to the club", LedgerReason("welcome")),
        (
            "birthday",
            "bonus",
            "happy birthday 28/11/2026",
            LedgerReason("birthday", on=date(2026, 11, 28)),
        ),
        ("referral", "bonus", "referred by member 12", LedgerReason("referred_by", number=12)),
        ("referral", "bonus", "brought member 40", LedgerReason("brought", number=40)),
        (
            "expiry",
            "expire",
            "points from before 2024-12-07 expired",
            LedgerReason("expired", on=date(2024, 12, 7)),
        ),
        ("goodwill", "bonus", "complaint #3", LedgerReason("goodwill", number=3)),
        ("purchase", "earn", "", LedgerReason("earned")),
        ("purchase", "redeem", "discount on the purchase", LedgerReason("discount")),
        ("purchase", "reverse", "wrong member", LedgerReason("taken_back", text="wrong member")),
        (
            "purchase",
            "reverse",
            "טעות בקופה (40 points already spent, written off)",
            LedgerReason("taken_back", text="טעות בקופה", points=40),
        ),
        ("reward", "redeem", "קפה חינם", LedgerReason("reward", text="קפה חינם")),
        (
            "manual",
            "adjust",
            "happy birthday 28/11/2026",
            LedgerReason("typed", text="happy birthday 28/11/2026"),
        ),
        ("manual", "adjust", "complaint #3", LedgerReason("typed", text="complaint #3")),
        (
            "birthday",
            "bonus",
            "a different wording",
            LedgerReason("typed", text="a different wording"),
        ),
        ("something-new", "bonus", "as stored", LedgerReason("typed", text="as stored")),
    ],
)
def test_each_stored_reason_reads_into_its_parts(source, kind, reason, expected):
    assert read_reason(source, kind, reason) == expected
    assert expected.key in KEYS


def test_what_the_services_write_reads_back(club, clock):
    plain_programme(club, welcome_bonus=50, referral_bonus=100)
    friend = add_member(club, "רון", phone_for(1))
    club.bonuses.welcome(friend)
    newcomer = add_member(club, "גל", phone_for(2), referred_by=phone_for(1))
    first = buy(club, newcomer, 200_00)
    club.ledger.adjust(newcomer, -150, "ספירה ידנית (מלאי)")
    club.purchases.void(first.id, "נרשם בטעות", write_off=True)
    complaint = club.complaints.open(friend, "הקפה היה קר")
    club.complaints.update(complaint, status="resolved", goodwill=30)
    read = {
        member: [read_reason(*row) for row in rows(club, member)] for member in (friend, newcomer)
    }
    assert read[friend] == [
        LedgerReason("welcome"),
        LedgerReason("brought", number=club.members.get(newcomer).number),
        LedgerReason("goodwill", number=complaint),
    ]
    # 200 earned + 100 referral - 150 by hand leaves 150 of the 200 to take back: 50 written off
    assert read[newcomer] == [
        LedgerReason("earned"),
        LedgerReason("referred_by", number=club.members.get(friend).number),
        LedgerReason("typed", text="ספירה ידנית (מלאי)"),
        LedgerReason("taken_back", text="נרשם בטעות", points=50),
    ]


def test_every_row_of_a_demo_shop_is_read(tmp_path):
    with Shop(tmp_path, today=lambda: date(2026, 11, 26)) as shop:
        fill_demo_shop(shop, members=150, seed=3, today=date(2026, 11, 26))
        read = [(row, read_reason(*row)) for row in rows(shop)]
    keys = {reason.key for _, reason in read}
    assert {"welcome", "birthday", "expired", "earned", "discount", "goodwill"} <= keys
    assert "typed" not in keys  # the demo types nothing by hand: every row is the programme's
    assert all(r.text in VOID_REASONS for _, r in read if r.key == "taken_back")

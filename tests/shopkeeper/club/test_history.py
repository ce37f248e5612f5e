"""A member's whole history: every kind, newest first, filtered, paged by cursor, with the balance
after each points row and the totals above it."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopkeeper.club.history_records import KINDS, kinds_for
from shopkeeper.errors import InvalidValue, MemberNotFound
from shopkeeper.loyalty.programme import StampCardRule
from tests.shopkeeper.loyalty.loyalty_support import (
    Clock,
    add_member,
    buy,
    line,
    open_shop,
    phone_for,
    plain_programme,
)

COFFEE = StampCardRule("Coffee card", "coffee", 3, "a free coffee", 12_00)


@pytest.fixture
def dana(club, clock):
    """A member with one of everything, a minute apart, and another member who must never show."""
    plain_programme(club, stamp_cards=(COFFEE,))
    member = add_member(club)
    other = add_member(club, "יוסי", phone_for(1))
    buy(club, other, 99_00)
    clock.advance(minutes=1)
    club.ledger.adjust(member, 40, "hello gift", by="test")
    clock.advance(minutes=1)
    buy(club, member, None, line("Latte", "coffee", 3, 15_00), line("Mug", "home", 1, 40_00))
    clock.advance(minutes=1)
    club.coupons.create(amount=20_00, member_id=member, until=clock.today() + timedelta(days=30))
    clock.advance(minutes=1)
    club.calls.log(member, "reached", reason="other", note="asked about mugs", by="test")
    clock.advance(minutes=1)
    club.complaints.open(member, "the mug was chipped", owner="test")
    clock.advance(minutes=1)
    club.feedback.add(member, 9, comment="lovely coffee", by="test")
    clock.advance(minutes=1)
    club.greetings.mark_greeted(member, "birthday", clock.today(), channel="sms", by="test")
    return member


def test_every_kind_appears_newest_first(club, dana):
    entries = club.history.timeline(dana)
    assert {e.kind for e in entries} == set(KINDS)
    keys = [(e.at, e.cursor.rank, e.id) for e in entries]
    assert keys == sorted(keys, reverse=True)
    assert [e.kind for e in entries][:4] == ["greeting", "feedback", "complaint", "call"]
    # The purchase stands above the points, stamps and reward it gave in the same second.
    bought_at = next(e.at for e in entries if e.kind == "purchase")
    assert [e.kind for e in entries if e.at == bought_at] == [
        "purchase",
        "points",
        "stamp",
        "stamp",
        "reward",
    ]
    assert entries[-1].kind == "points" and entries[-1].text == "hello gift"
    purchase = next(e for e in entries if e.kind == "purchase")
    assert purchase.purchase is not None and purchase.purchase.amount == 85_00
    assert [ln.name for ln in purchase.purchase.lines] == ["Latte", "Mug"]
    reward = next(e for e in entries if e.kind == "reward")
    assert (reward.text, reward.state, reward.amount) == ("a free coffee", "waiting", 12_00)
    stamps = [e for e in entries if e.kind == "stamp"]
    assert [(s.state, s.points, s.balance) for s in stamps] == [("reward", -3, 0), ("stamp", 3, 3)]
    coupon = next(e for e in entries if e.kind == "coupon")
    assert (coupon.state, coupon.amount) == ("available", 20_00)
    call = next(e for e in entries if e.kind == "call")
    assert (call.state, call.text) == ("reached", "asked about mugs")
    complaint = next(e for e in entries if e.kind == "complaint")
    assert (complaint.text, complaint.state) == ("the mug was chipped", "open")
    assert [ev["kind"] for ev in complaint.detail("events")] == ["opened"]
    assert next(e for e in entries if e.kind == "feedback").detail("nps") == 9
    assert next(e for e in entries if e.kind == "greeting").text == "birthday"


def test_filters_show_only_their_kinds(club, dana):
    for name, kinds in (
        ("purchases", {"purchase"}),
        ("points", {"points"}),
        ("rewards", {"reward", "stamp"}),
        ("calls", {"call"}),
        ("coupons", {"coupon"}),
        ("complaints", {"complaint"}),
        ("feedback", {"feedback"}),
        ("greetings", {"greeting"}),
    ):
        assert {e.kind for e in club.history.timeline(dana, name)} == kinds, name
    points = club.history.timeline(dana, "points")
    assert [(e.state, e.points, e.balance) for e in points] == [
        ("earn", 85, 125),
        ("adjust", 40, 40),
    ]
    assert kinds_for(["calls", "stamps"]) == ("stamp", "call")
    with pytest.raises(InvalidValue):
        club.history.timeline(dana, "shoes")


def test_paging_gives_the_rows_of_one_big_page(club, dana, clock):
    for n in range(7):
        clock.advance(hours=1)
        buy(club, dana, (n + 1) * 10_00)
        club.ledger.adjust(dana, -1, f"tidy {n}", by="test")
    whole = club.history.timeline(dana, limit=1000)
    for size in (1, 2, 3, 5, 7):
        pages, before = [], None
        while True:
            page = club.history.timeline(dana, before=before, limit=size)
            pages.extend(page)
            if len(page) < size:
                break
            before = page[-1].cursor
        assert pages == whole, size
    assert club.history.everything(dana) == whole


def test_a_voided_purchase_shows_voided_and_its_reversal(club, dana, clock):
    receipt = buy(club, dana, 50_00)
    clock.advance(minutes=5)
    club.purchases.void(receipt.id, "wrong member", by="test")
    entries = club.history.timeline(dana, limit=3)
    assert [e.kind for e in entries[:2]] == ["points", "purchase"]
    reversal, purchase = entries[0], entries[1]
    assert (reversal.state, reversal.points, reversal.balance) == ("reverse", -50, 125)
    assert purchase.purchase.voided_at is not None
    data = purchase.to_json()
    assert data["voided"] is True and data["id"] == receipt.id and data["amount"] == 50_00


def test_a_return_shows_on_its_line(club, dana):
    purchase = club.history.timeline(dana, "purchases")[0].purchase
    mug = next(ln for ln in purchase.lines if ln.name == "Mug")
    club.purchases.return_lines(purchase.id, {mug.id: 1}, "chipped", by="test")
    after = club.history.timeline(dana, "purchases")[0].to_json()
    assert after["returned"] == 40_00
    assert [(ln["name"], ln["returned_qty"]) for ln in after["lines"]] == [("Latte", 0), ("Mug", 1)]
    assert club.history.timeline(dana, "points")[0].balance == club.ledger.balance(dana)


def test_a_backdated_purchase_stands_at_its_date_and_the_balances_read_down(club, dana, clock):
    buy(club, dana, 30_00, at=datetime(2026, 1, 5, 12, 0))
    points = club.history.timeline(dana, "points")
    assert [e.points for e in points] == [85, 40, 30]
    # Reading down: each balance is the one below it plus the row's points.
    assert [e.balance for e in points] == [155, 70, 30]


def test_totals(club, dana, clock):
    buy(club, dana, None, line("Beans", "coffee", 1, 60_00), at=clock.now - timedelta(days=400))
    voided = buy(club, dana, 500_00)
    club.purchases.void(voided.id, "test", by="test")
    totals = club.history.totals(dana)
    assert (totals.visits_12m, totals.spend_12m) == (1, 85_00)
    assert (totals.visits, totals.spend, totals.average_basket) == (2, 145_00, 72_50)
    assert [(c.category, c.qty, c.spend) for c in totals.favourite_categories] == [
        ("coffee", 4, 105_00),
        ("home", 1, 40_00),
    ]
    assert totals.balance == club.ledger.balance(dana)
    assert totals.joined_on == date(2026, 11, 26)
    with pytest.raises(MemberNotFound):
        club.history.totals(9999)


def test_a_coupon_is_used_or_expired(club, dana, clock):
    [code] = club.coupons.create(
        percent=10, member_id=dana, until=clock.today() + timedelta(days=1)
    )
    assert club.history.timeline(dana, "coupons")[0].state == "available"
    buy(club, dana, 10_00, coupon_code=code)
    assert club.history.timeline(dana, "coupons")[0].state == "used"
    clock.advance(days=40)
    assert [e.state for e in club.history.timeline(dana, "coupons")] == ["used", "expired"]


# -- the running balance, whatever the member did --------------------------------------------

_steps = st.lists(
    st.tuples(st.sampled_from(["buy", "redeem", "adjust", "void"]), st.integers(1, 300)),
    min_size=1,
    max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_steps, st.integers(1, 6))
def test_the_balance_of_every_points_row_is_the_ledger_up_to_it(steps, page_size):
    with tempfile.TemporaryDirectory() as folder:
        clock = Clock()
        shop = open_shop(Path(folder), clock)
        try:
            plain_programme(shop)
            member = add_member(shop)
            receipts = []
            for action, n in steps:
                clock.advance(minutes=n % 3)  # some rows share a second
                balance = shop.ledger.balance(member)
                if action == "buy":
                    receipts.append(buy(shop, member, n * 100).id)
                elif action == "redeem" and balance:
                    buy(shop, member, n * 1000, redeem_points=min(balance, n))
                elif action == "adjust":
                    shop.ledger.adjust(member, n if n % 2 else -min(n, balance) or 1, "by hand")
                elif action == "void" and receipts:
                    shop.purchases.void(receipts.pop(n % len(receipts)), "oops", write_off=True)
            rows = (
                shop.db.connection()
                .execute(
                    "SELECT id, at, points FROM ledger WHERE member_id=? ORDER BY at, id", (member,)
                )
                .fetchall()
            )
            expected, running = {}, 0
            for id_, _, points in rows:
                running += points
                expected[id_] = running
            seen, before = {}, None
            while True:
                page = shop.history.timeline(member, "points", before=before, limit=page_size)
                seen.update({e.id: e.balance for e in page})
                if len(page) < page_size:
                    break
                before = page[-1].cursor
            assert seen == expected
            if rows:
                newest = shop.history.timeline(member, "points", limit=1)[0]
                assert newest.balance == shop.ledger.balance(member)
        finally:
            shop.close()

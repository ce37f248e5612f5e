"""Win-back list: lapsed members by value, without those called lately."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from shopkeeper.errors import InvalidValue
from shopkeeper.sales.records import LineDraft, PurchaseDraft
from tests.shopkeeper.touch.calls_support import TODAY, buy, member, moment

DAY = timedelta(days=1)


def ids(entries) -> list[int]:
    return [e.member_id for e in entries]


def called_on(club, clock, member_id: int, day: date, **fields) -> None:
    """Log a call as if it was made at 11:00 on `day`."""
    before = clock.now
    clock.set(moment(day, 11))
    try:
        club.calls.log(member_id, fields.pop("result", "no-answer"), **fields)
    finally:
        clock.set(before)


# -- who is lapsed ------------------------------------------------------------------------------
def test_lapsed_from_exactly_the_days_without_a_purchase(club):
    ninety = member(club, "Ninety")
    eighty_nine = member(club, "Eighty-nine")
    buy(club, ninety, 100_00, TODAY - 90 * DAY)
    buy(club, eighty_nine, 100_00, TODAY - 89 * DAY)
    [entry] = club.calls.winback(TODAY)
    assert (entry.member_id, entry.last_purchase_on, entry.days_since) == (
        ninety,
        TODAY - 90 * DAY,
        90,
    )
    assert ids(club.calls.winback(TODAY + DAY)) == [eighty_nine, ninety]  # the more recent first


def test_the_days_come_from_the_setting_or_the_argument(club):
    a = member(club)
    buy(club, a, 100_00, TODAY - 40 * DAY)
    assert club.calls.winback(TODAY) == []
    assert ids(club.calls.winback(TODAY, days=40)) == [a]
    assert club.calls.winback(TODAY, days=41) == []
    club.settings.set("winback_days", "30")
    assert ids(club.calls.winback(TODAY)) == [a]


def test_a_purchase_after_the_day_asked_about_does_not_count(club):
    a = member(club)
    buy(club, a, 100_00, TODAY - 200 * DAY)
    buy(club, a, 100_00, TODAY - 10 * DAY)
    assert club.calls.winback(TODAY) == []
    [entry] = club.calls.winback(TODAY - 11 * DAY)
    assert entry.last_purchase_on == TODAY - 200 * DAY and entry.days_since == 189


def test_bought_only_after_the_day_is_never_bought_on_that_day(club):
    a = member(club, joined=date(2026, 11, 1))
    buy(club, a, 100_00, date(2026, 11, 20))
    assert club.calls.winback(date(2026, 11, 10), days=20) == []  # a member for 9 days only
    [entry] = club.calls.winback(date(2026, 11, 10), days=5)
    assert (entry.last_purchase_on, entry.spend_12m) == (None, 0)
    assert club.calls.winback(date(2026, 10, 31), days=1) == []  # not a member yet


def test_a_voided_purchase_is_no_visit_and_no_spend(club):
    a = member(club, "Voided lately")
    buy(club, a, 300_00, TODAY - 120 * DAY)
    buy(club, a, 200_00, TODAY - 150 * DAY)
    recent = buy(club, a, 900_00, TODAY - 5 * DAY)
    old = buy(club, a, 700_00, TODAY - 100 * DAY)
    club.purchases.void(recent, "mistake")
    club.purchases.void(old, "mistake")
    [entry] = club.calls.winback(TODAY)
    assert (entry.spend_12m, entry.visits_12m, entry.last_purchase_on) == (
        500_00,
        2,
        TODAY - 120 * DAY,
    )


def test_returns_are_taken_off_the_spend(club):
    a = member(club)
    receipt = club.purchases.record(
        PurchaseDraft(
            a,
            lines=(
                LineDraft("Mug", qty=1, unit_price=40_00),
                LineDraft("Pot", qty=1, unit_price=60_00),
            ),
            at=moment(TODAY - 100 * DAY),
        )
    )
    mug = club.purchases.get(receipt.id).lines[0].id
    club.purchases.return_lines(receipt.id, {mug: 1}, "broken")
    [entry] = club.calls.winback(TODAY)
    assert (entry.spend_12m, entry.visits_12m) == (60_00, 1)


# -- who is left out for a call ------------------------------------------------------------------
def test_a_member_called_in_the_last_days_is_left_out_whatever_the_call(club, clock):
    called_89 = member(club, "Called 89 days ago")
    called_90 = member(club, "Called 90 days ago")
    followed_up = member(club, "Follow-up call")
    for who in (called_89, called_90, followed_up):
        buy(club, who, 100_00, TODAY - 200 * DAY)
    called_on(club, clock, called_89, TODAY - 89 * DAY, result="reached")
    called_on(club, clock, called_90, TODAY - 90 * DAY, result="not-interested")
    called_on(club, clock, followed_up, TODAY - 3 * DAY, reason="followup")
    [entry] = club.calls.winback(TODAY)
    assert entry.member_id == called_90
    assert entry.last_called_at == moment(TODAY - 90 * DAY, 11).isoformat()


def test_a_call_today_takes_the_member_off_todays_list(club):
    a = member(club)
    buy(club, a, 100_00, TODAY - 200 * DAY)
    assert ids(club.calls.winback(TODAY)) == [a]
    club.calls.log(a, "no-answer")
    assert club.calls.winback(TODAY) == []


# -- the order ----------------------------------------------------------------------------------
def test_best_value_first_spend_then_visits_then_the_latest_purchase(club):
    big = member(club, "Big spender")
    frequent = member(club, "Frequent")
    rare = member(club, "Rare")
    recent_rare = member(club, "Rare but more recent")
    buy(club, big, 900_00, TODAY - 300 * DAY)
    for days in (100, 150, 200):
        buy(club, frequent, 100_00, TODAY - days * DAY)
    buy(club, rare, 300_00, TODAY - 250 * DAY)
    buy(club, recent_rare, 300_00, TODAY - 120 * DAY)
    entries = club.calls.winback(TODAY)
    assert ids(entries) == [big, frequent, recent_rare, rare]
    assert [(e.spend_12m, e.visits_12m) for e in entries] == [
        (900_00, 1),
        (300_00, 3),
        (300_00, 1),
        (300_00, 1),
    ]


def test_the_limit_keeps_the_best_even_when_spend_is_tied(club):
    one_visit = member(club, "One visit")
    two_visits = member(club, "Two visits")
    buy(club, one_visit, 200_00, TODAY - 100 * DAY)
    buy(club, two_visits, 100_00, TODAY - 100 * DAY)
    buy(club, two_visits, 100_00, TODAY - 110 * DAY)
    assert ids(club.calls.winback(TODAY, limit=1)) == [two_visits]
    assert club.calls.winback(TODAY, limit=0) == []


def test_spend_older_than_twelve_months_is_worth_nothing(club):
    last_year = member(club, "Last year")
    two_years = member(club, "Two years ago")
    small = member(club, "Small")
    buy(club, last_year, 5000_00, TODAY - 400 * DAY)
    buy(club, two_years, 9000_00, TODAY - 700 * DAY)
    buy(club, small, 10_00, TODAY - 364 * DAY)
    entries = club.calls.winback(TODAY)
    assert ids(entries) == [small, last_year, two_years]
    assert [e.spend_12m for e in entries] == [10_00, 0, 0]
    assert entries[1].days_since == 400


def test_members_who_never_bought_come_last_once_members_for_the_days(club):
    long_ago = member(club, "Joined long ago", joined=TODAY - 500 * DAY)
    exactly = member(club, "Joined 90 days ago", joined=TODAY - 90 * DAY)
    member(club, "Joined 89 days ago", joined=TODAY - 89 * DAY)
    member(club, "Joins later", joined=TODAY + DAY)
    buyer = member(club, "Bought once")
    buy(club, buyer, 50_00, TODAY - 100 * DAY)
    entries = club.calls.winback(TODAY)
    assert ids(entries) == [buyer, long_ago, exactly]
    never = entries[1]
    assert (never.last_purchase_on, never.days_since, never.spend_12m, never.visits_12m) == (
        None,
        None,
        0,
        0,
    )


def test_only_voided_purchases_is_never_bought(club):
    a = member(club, joined=TODAY - 20 * DAY)
    club.purchases.void(buy(club, a, 100_00, TODAY - 10 * DAY), "test")
    assert club.calls.winback(TODAY) == []
    assert ids(club.calls.winback(TODAY, days=20)) == [a]


def test_json_has_the_phone_and_money_in_agorot(club):
    a = member(club, "Dana")
    buy(club, a, 123_45, TODAY - 100 * DAY)
    [entry] = club.calls.winback(TODAY)
    assert entry.to_json() == {
        "member_id": a,
        "number": entry.number,
        "name": "Dana",
        "phone": entry.phone,
        "last_purchase_on": (TODAY - 100 * DAY).isoformat(),
        "days_since": 100,
        "spend_12m": 123_45,
        "visits_12m": 1,
        "last_called_at": None,
    }
    assert entry.phone.startswith("+9725")


def test_bad_days_are_refused(club):
    for days in (0, -5, 3661, True):
        with pytest.raises(InvalidValue):
            club.calls.winback(TODAY, days=days)
    club.settings.set("winback_days", "soon")
    with pytest.raises(InvalidValue) as caught:
        club.calls.winback(TODAY)
    assert caught.value.params["field"] == "winback_days"


# -- the same as counting everything by hand ------------------------------------------------------
def test_matches_a_count_of_every_purchase(club, clock):
    rnd = random.Random(6)
    members = [member(club, f"M{n}", joined=TODAY - rnd.randint(0, 800) * DAY) for n in range(40)]
    purchases: list[tuple[int, int, date, bool]] = []
    for who in members:
        for _ in range(rnd.choice((0, 1, 2, 4))):
            day = TODAY - rnd.randint(0, 500) * DAY
            amount = rnd.choice((50_00, 100_00, 100_00, 250_00))
            pid = buy(club, who, amount, day)
            voided = rnd.random() < 0.15
            if voided:
                club.purchases.void(pid, "test", write_off=True)
            purchases.append((who, amount, day, voided))
    called = {}
    for who in rnd.sample(members, 10):
        day = TODAY - rnd.randint(0, 150) * DAY
        called_on(club, clock, who, day)
        called[who] = day
    # the tier cache is as of today, so a shorter list is exact for today; the whole list for any day
    for days, on, limits in (
        (90, TODAY, (3, 200)),
        (30, TODAY, (3, 200)),
        (60, TODAY - 40 * DAY, (200,)),
    ):
        expected = _by_hand(club, members, purchases, called, days, on)
        for limit in limits:
            got = [
                (e.member_id, e.spend_12m, e.visits_12m, e.last_purchase_on)
                for e in club.calls.winback(on, days=days, limit=limit)
            ]
            assert got == expected[:limit], (days, on, limit)


def _by_hand(club, members, purchases, called, days, on):
    rows = []
    start = datetime.combine(on, datetime.max.time()).replace(microsecond=0) - timedelta(days=365)
    for who in members:
        joined = club.members.get(who).joined_on
        mine = [(a, d) for w, a, d, voided in purchases if w == who and not voided and d <= on]
        last = max((d for _, d in mine), default=None)
        quiet_since = on - timedelta(days=days - 1)
        if joined > on or (last is not None and last >= quiet_since):
            continue
        if last is None and joined > on - timedelta(days=days):
            continue
        if who in called and quiet_since <= called[who] <= on:
            continue
        year = [(a, d) for a, d in mine if moment(d) > start]
        rows.append((who, sum(a for a, _ in year), len(year), last))
    number = {who: club.members.get(who).number for who in members}
    rows.sort(key=lambda r: (-r[1], -r[2], -(r[3].toordinal() if r[3] else 0), number[r[0]]))
    return rows

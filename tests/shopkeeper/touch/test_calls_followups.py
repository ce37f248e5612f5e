"""After-purchase follow-up calls and call-backs due."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shopkeeper.errors import InvalidValue
from tests.shopkeeper.touch.calls_support import TODAY, buy, member, moment

DAY = timedelta(days=1)


def purchases(entries) -> list[int]:
    return [e.purchase_id for e in entries]


def shipped(club, who: int, days_ago: int, amount: int = 80_00) -> int:
    return buy(club, who, amount, TODAY - days_ago * DAY, fulfilment="shipped")


# -- follow-ups ---------------------------------------------------------------------------------
def test_shipped_purchases_from_three_to_thirty_days_ago_oldest_first(club):
    a = member(club)
    too_recent = shipped(club, a, 2)
    three = shipped(club, a, 3)
    thirty = shipped(club, a, 30)
    shipped(club, a, 31)
    buy(club, a, 80_00, TODAY - 5 * DAY)  # taken at the counter, small: no call
    entries = club.calls.followups(TODAY)
    assert purchases(entries) == [thirty, three]
    assert {e.reason for e in entries} == {"shipped"}
    assert too_recent in purchases(club.calls.followups(TODAY + DAY))


def test_a_purchase_of_at_least_the_amount_is_followed_up(club):
    a = member(club, "Dana")
    exactly = buy(club, a, 500_00, TODAY - 4 * DAY)
    buy(club, a, 499_99, TODAY - 4 * DAY)
    [entry] = club.calls.followups(TODAY)
    assert (entry.purchase_id, entry.reason, entry.total, entry.name) == (
        exactly,
        "amount",
        500_00,
        "Dana",
    )
    assert entry.purchase_at == moment(TODAY - 4 * DAY)
    assert entry.to_json()["phone"].startswith("+972")
    assert entry.to_json()["purchase_at"] == moment(TODAY - 4 * DAY).isoformat()


def test_a_shipped_purchase_over_the_amount_is_listed_once_as_shipped(club):
    a = member(club)
    big = shipped(club, a, 4, amount=900_00)
    assert [(e.purchase_id, e.reason) for e in club.calls.followups(TODAY)] == [(big, "shipped")]


def test_settings_move_the_day_and_the_amount(club):
    a = member(club)
    small = buy(club, a, 100_00, TODAY - 4 * DAY)
    sent = shipped(club, a, 4)
    club.settings.set("followup_min_amount", "10000")
    assert purchases(club.calls.followups(TODAY)) == [small, sent]
    club.settings.set("followup_days", "5")
    assert club.calls.followups(TODAY) == []
    club.settings.set("followup_days", "3")
    club.settings.set("followup_min_amount", "0")  # no amount rule: shipped only
    assert purchases(club.calls.followups(TODAY)) == [sent]
    club.settings.set("followup_days", "three")
    with pytest.raises(InvalidValue):
        club.calls.followups(TODAY)


def test_voided_and_anonymous_purchases_are_not_followed_up(club):
    a = member(club)
    club.purchases.void(shipped(club, a, 5), "cancelled")
    buy(club, None, 900_00, TODAY - 5 * DAY, fulfilment="shipped")
    assert club.calls.followups(TODAY) == []


def test_a_follow_up_disappears_once_logged_for_that_purchase(club):
    a = member(club)
    first = shipped(club, a, 5)
    second = shipped(club, a, 6)
    club.calls.log(a, "reached", reason="winback", purchase_id=first)  # not a follow-up call
    club.calls.log(a, "reached", reason="followup")  # a follow-up, but of no purchase
    assert purchases(club.calls.followups(TODAY)) == [second, first]
    club.calls.log(a, "no-answer", reason="followup", purchase_id=first)
    assert purchases(club.calls.followups(TODAY)) == [second]
    club.calls.log(a, "reached", reason="followup", purchase_id=second)
    assert club.calls.followups(TODAY) == []


# -- call-backs ---------------------------------------------------------------------------------
def log_at(club, clock, day: date, who: int, result: str, **fields):
    before = clock.now
    clock.set(moment(day, 11))
    try:
        return club.calls.log(who, result, **fields)
    finally:
        clock.set(before)


def test_a_call_back_is_due_from_its_day_until_the_next_call(club, clock):
    a = member(club, "Dana")
    asked = club.calls.log(a, "call-back", call_back_on=TODAY + 2 * DAY, note="after the holiday")
    assert club.calls.call_backs_due(TODAY + DAY) == []
    [due] = club.calls.call_backs_due(TODAY + 2 * DAY)
    assert (due.member_id, due.call_back_on, due.note, due.call_id, due.name) == (
        a,
        TODAY + 2 * DAY,
        "after the holiday",
        asked.id,
        "Dana",
    )
    assert due.to_json()["call_back_on"] == (TODAY + 2 * DAY).isoformat()
    assert len(club.calls.call_backs_due(TODAY + 30 * DAY)) == 1  # still due when late
    log_at(club, clock, TODAY + 3 * DAY, a, "reached", reason="callback")
    assert club.calls.call_backs_due(TODAY + 30 * DAY) == []


def test_a_new_call_back_replaces_the_earlier_one(club, clock):
    a = member(club)
    club.calls.log(a, "call-back", call_back_on=TODAY + DAY)
    later = log_at(club, clock, TODAY + DAY, a, "call-back", call_back_on=TODAY + 7 * DAY)
    assert club.calls.call_backs_due(TODAY + 6 * DAY) == []
    assert [e.call_id for e in club.calls.call_backs_due(TODAY + 7 * DAY)] == [later.id]


def test_a_call_the_same_second_supersedes_by_order_logged(club):
    a = member(club)
    club.calls.log(a, "call-back", call_back_on=TODAY)
    club.calls.log(a, "no-answer")  # the clock has not moved
    assert club.calls.call_backs_due(TODAY) == []


def test_call_backs_earliest_first_and_per_member(club):
    a = member(club, "A")
    b = member(club, "B")
    club.calls.log(a, "call-back", call_back_on=TODAY + 3 * DAY)
    club.calls.log(b, "call-back", call_back_on=TODAY + DAY)
    assert [e.member_id for e in club.calls.call_backs_due(TODAY + 5 * DAY)] == [b, a]
    club.calls.log(b, "reached")  # b's call does not touch a's call-back
    assert [e.member_id for e in club.calls.call_backs_due(TODAY + 5 * DAY)] == [a]

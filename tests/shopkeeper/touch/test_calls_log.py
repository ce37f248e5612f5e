"""Logging a call: what is accepted, what is refused, and the member's call history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shopkeeper.errors import InvalidValue, MemberNotFound, PurchaseNotFound
from shopkeeper.touch.calls import REASONS, RESULTS, CallRecord
from tests.conftest import NOW
from tests.shopkeeper.touch.calls_support import TODAY, buy, member

DAY = timedelta(days=1)


def call_count(shop) -> int:
    return shop.db.connection().execute("SELECT COUNT(*) FROM call_log").fetchone()[0]


def test_log_returns_the_record_as_stored(shop):
    a = member(shop)
    pid = buy(shop, a, 600_00, TODAY - 3 * DAY)
    record = shop.calls.log(
        a,
        "complaint",
        reason="followup",
        note="  the lid was broken \u200f",
        by="Noa",
        purchase_id=pid,
    )
    assert record == CallRecord(
        id=record.id,
        member_id=a,
        reason="followup",
        purchase_id=pid,
        result="complaint",
        call_back_on=None,
        note="the lid was broken",
        by="Noa",
        at=NOW,
    )
    assert record.to_json() == {
        "id": record.id,
        "member_id": a,
        "reason": "followup",
        "purchase_id": pid,
        "result": "complaint",
        "call_back_on": None,
        "note": "the lid was broken",
        "by": "Noa",
        "at": "2026-11-26T10:30:00",
    }
    assert shop.calls.history(a) == [record]


def test_a_call_back_keeps_its_day(shop):
    a = member(shop)
    record = shop.calls.log(a, "call-back", call_back_on=TODAY + 2 * DAY)
    assert record.call_back_on == TODAY + 2 * DAY
    assert record.to_json()["call_back_on"] == "2026-11-28"
    assert shop.calls.log(a, "call-back", call_back_on=TODAY).call_back_on == TODAY


@pytest.mark.parametrize(
    ("result", "fields", "field"),
    [
        ("answered", {}, "result"),
        ("reached", {"reason": "sale"}, "reason"),
        ("call-back", {}, "call back on"),
        ("reached", {"call_back_on": date(2026, 12, 1)}, "call back on"),
        ("call-back", {"call_back_on": TODAY - DAY}, "call back on"),
    ],
)
def test_invalid_calls_are_refused_and_nothing_is_written(shop, result, fields, field):
    a = member(shop)
    with pytest.raises(InvalidValue) as caught:
        shop.calls.log(a, result, **fields)
    assert caught.value.params["field"] == field
    assert call_count(shop) == 0


def test_every_result_and_reason_is_accepted(shop):
    a = member(shop)
    for result in RESULTS:
        for reason in REASONS:
            day = TODAY + DAY if result == "call-back" else None
            assert shop.calls.log(a, result, reason=reason, call_back_on=day).result == result
    assert call_count(shop) == len(RESULTS) * len(REASONS)


def test_unknown_member_or_purchase_is_refused(shop):
    a = member(shop)
    b = member(shop)
    theirs = buy(shop, b, 100_00, TODAY)
    with pytest.raises(MemberNotFound):
        shop.calls.log(9999, "reached")
    with pytest.raises(PurchaseNotFound):
        shop.calls.log(a, "reached", reason="followup", purchase_id=9999)
    with pytest.raises(InvalidValue) as caught:
        shop.calls.log(a, "reached", reason="followup", purchase_id=theirs)
    assert caught.value.params == {"field": "purchase", "text": str(theirs)}
    assert call_count(shop) == 0


def test_history_newest_first_with_a_limit(shop, tmp_path):
    a = member(shop)
    other = member(shop)
    made = [shop.calls.log(a, result) for result in ("no-answer", "no-answer", "reached")]
    shop.calls.log(other, "reached")
    assert [r.id for r in shop.calls.history(a)] == [r.id for r in reversed(made)]
    assert [r.id for r in shop.calls.history(a, limit=2)] == [made[2].id, made[1].id]
    assert shop.calls.history(9999) == []

"""The complaint flow: forward-only status, its moments, goodwill points through the ledger,
and opening a complaint from a detractor's feedback."""

from __future__ import annotations

from datetime import date, datetime
from itertools import product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopkeeper.errors import ComplaintStatusRefused, InvalidValue, ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.complaints import STATUSES
from tests.conftest import NOW
from tests.shopkeeper.touch.touch_support import add_member

ORDER = {status: index for index, status in enumerate(STATUSES)}


def complaint_in(shop, status: str, member_id: int | None = None) -> int:
    complaint_id = shop.complaints.open(member_id or add_member(shop), "late delivery")
    if status != "open":
        shop.complaints.update(complaint_id, status=status)
    return complaint_id


@pytest.mark.parametrize(("current", "target"), list(product(STATUSES, STATUSES)))
def test_status_moves_forward_only(shop, current, target):
    complaint_id = complaint_in(shop, current)
    before = shop.complaints.get(complaint_id)
    if ORDER[target] < ORDER[current]:
        with pytest.raises(ComplaintStatusRefused) as refused:
            shop.complaints.update(complaint_id, status=target, informed="told them")
        assert refused.value.params == {"id": complaint_id, "status": current, "target": target}
        assert shop.complaints.get(complaint_id) == before  # the informed entry was not kept
        return
    after = shop.complaints.update(complaint_id, status=target)
    assert after.status == target
    new_events = [(e.kind, e.text) for e in after.events[len(before.events) :]]
    assert new_events == ([] if target == current else [("status", target)])


@pytest.mark.parametrize(
    ("steps", "resolved", "closed"),
    [
        (["in-progress"], False, False),
        (["resolved"], True, False),
        (["closed"], True, True),  # closing straight from open resolves it too
        (["in-progress", "resolved", "closed"], True, True),
    ],
)
def test_moments_are_set_when_reached(shop, steps, resolved, closed):
    complaint_id = complaint_in(shop, "open")
    for step in steps:
        record = shop.complaints.update(complaint_id, status=step)
    assert (record.resolved_at == NOW) is resolved and (record.resolved_at is None) is not resolved
    assert (record.closed_at == NOW) is closed and (record.closed_at is None) is not closed
    assert record.resolution_days == (0.0 if resolved else None)


def test_closing_later_keeps_the_day_it_was_resolved(tmp_path):
    clock = [datetime(2026, 11, 1, 10, 0)]
    shop = Shop(tmp_path / "shop", today=lambda: clock[0].date(), now=lambda: clock[0])
    try:
        complaint_id = complaint_in(shop, "open")
        clock[0] = datetime(2026, 11, 2, 16, 0)
        shop.complaints.update(complaint_id, status="resolved")
        clock[0] = datetime(2026, 11, 9, 9, 0)
        record = shop.complaints.update(complaint_id, status="closed")
        assert record.resolved_at == datetime(2026, 11, 2, 16, 0)
        assert record.closed_at == datetime(2026, 11, 9, 9, 0)
        assert record.resolution_days == 1.2  # 30 hours
    finally:
        shop.close()


# -- goodwill -----------------------------------------------------------------------------------
def goodwill_rows(shop, member_id: int) -> list[tuple]:
    return [
        (e.kind, e.points, e.source, e.reason, e.by)
        for e in shop.ledger.entries(member_id)
        if e.source == "goodwill"
    ]


def test_goodwill_when_resolving_goes_through_the_ledger(shop):
    dana = add_member(shop)
    shop.ledger.adjust(dana, 20, "opening balance")
    complaint_id = complaint_in(shop, "in-progress", dana)
    record = shop.complaints.update(complaint_id, status="resolved", goodwill=50, by="Rina")
    assert record.goodwill_points == 50
    assert shop.ledger.balance(dana) == 70
    assert goodwill_rows(shop, dana) == [
        ("bonus", 50, "goodwill", f"complaint #{complaint_id}", "Rina")
    ]
    assert [(e.kind, e.text) for e in record.events[-2:]] == [
        ("status", "resolved"),
        ("goodwill", "50"),
    ]
    record = shop.complaints.update(complaint_id, goodwill=30)  # still resolved: more is fine
    assert record.goodwill_points == 80 and shop.ledger.balance(dana) == 100
    assert shop.ledger.check() == []


# (status before, status asked for or None) → goodwill allowed?
GOODWILL_CASES = [
    ("open", None, False),
    ("open", "in-progress", False),
    ("in-progress", None, False),
    ("open", "resolved", True),
    ("in-progress", "resolved", True),
    ("resolved", None, True),
    ("resolved", "resolved", True),
    ("open", "closed", True),  # closing straight away resolves it in the same change
    ("resolved", "closed", True),
    ("closed", None, False),
    ("closed", "closed", False),
]


@pytest.mark.parametrize(("current", "target", "allowed"), GOODWILL_CASES)
def test_goodwill_only_when_resolving_or_resolved(shop, current, target, allowed):
    dana = add_member(shop)
    complaint_id = complaint_in(shop, current, dana)
    before = shop.complaints.get(complaint_id)
    if allowed:
        record = shop.complaints.update(complaint_id, status=target, goodwill=25)
        assert record.goodwill_points == 25 and shop.ledger.balance(dana) == 25
        return
    with pytest.raises(InvalidValue) as refused:
        shop.complaints.update(complaint_id, status=target, goodwill=25)
    assert refused.value.params == {"field": "goodwill points", "text": "25"}
    assert shop.complaints.get(complaint_id) == before
    assert shop.ledger.balance(dana) == 0 and goodwill_rows(shop, dana) == []


def test_goodwill_with_a_refused_status_writes_no_ledger_row(shop):
    dana = add_member(shop)
    complaint_id = complaint_in(shop, "resolved", dana)
    with pytest.raises(ComplaintStatusRefused):
        shop.complaints.update(complaint_id, status="open", goodwill=40)
    assert shop.ledger.balance(dana) == 0
    assert shop.complaints.get(complaint_id).goodwill_points == 0


def test_zero_goodwill_adds_nothing(shop):
    dana = add_member(shop)
    complaint_id = complaint_in(shop, "open", dana)
    record = shop.complaints.update(complaint_id, status="resolved", goodwill=0)
    assert record.goodwill_points == 0 and goodwill_rows(shop, dana) == []
    assert [e.kind for e in record.events] == ["opened", "status"]


STEP = st.tuples(st.none() | st.sampled_from(STATUSES), st.integers(min_value=0, max_value=200))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(STEP, min_size=1, max_size=8))
def test_any_sequence_keeps_the_flow_and_the_ledger_consistent(tmp_path_factory, steps):
    shop = Shop(tmp_path_factory.mktemp("flow"), today=lambda: NOW.date(), now=lambda: NOW)
    try:
        dana = add_member(shop)
        complaint_id = complaint_in(shop, "open", dana)
        status, granted = "open", 0
        for target, points in steps:
            try:
                record = shop.complaints.update(complaint_id, status=target, goodwill=points)
            except ShopError:
                record = shop.complaints.get(complaint_id)
            else:
                granted += points
            assert ORDER[record.status] >= ORDER[status]
            status = record.status
            assert record.goodwill_points == granted == shop.ledger.balance(dana)
            assert (record.resolved_at is not None) == (ORDER[status] >= ORDER["resolved"])
            assert (record.closed_at is not None) == (status == "closed")
        assert shop.ledger.check() == []
    finally:
        shop.close()


# -- from feedback ------------------------------------------------------------------------------
def test_open_from_a_detractors_feedback(shop):
    dana = add_member(shop, "דנה")
    feedback_id = shop.feedback.add(
        dana, 3, comment="the cashier ignored me 😞", given_on=date(2026, 11, 20)
    )
    complaint_id = shop.complaints.open_from_feedback(
        feedback_id, owner="Avi", follow_up_on=date(2026, 11, 28), by="Rina"
    )
    record = shop.complaints.get(complaint_id)
    assert (record.member_id, record.what, record.happened_on) == (
        dana,
        "the cashier ignored me 😞",
        date(2026, 11, 20),
    )
    assert (record.owner, record.follow_up_on, record.feedback_id) == (
        "Avi",
        date(2026, 11, 28),
        feedback_id,
    )
    assert record.events[0].by == "Rina"
    assert shop.feedback.get(feedback_id).complaint_id == complaint_id
    assert shop.complaints.open_from_feedback(feedback_id) == complaint_id  # a second click
    assert len(shop.complaints.list()) == 1


def test_open_from_feedback_without_a_comment_names_the_score(shop):
    feedback_id = shop.feedback.add(add_member(shop), 2)
    complaint_id = shop.complaints.open_from_feedback(feedback_id)
    assert shop.complaints.get(complaint_id).what == "NPS 2"


def test_open_from_walk_in_or_unknown_feedback_is_refused(shop):
    walk_in = shop.feedback.add(None, 1, comment="awful")
    with pytest.raises(InvalidValue):
        shop.complaints.open_from_feedback(walk_in)
    with pytest.raises(InvalidValue):
        shop.complaints.open_from_feedback(999)
    assert shop.complaints.list() == []


def test_open_with_someone_elses_feedback_is_refused(shop):
    dana, yossi = add_member(shop), add_member(shop, "Yossi")
    feedback_id = shop.feedback.add(dana, 0, comment="bad")
    with pytest.raises(InvalidValue):
        shop.complaints.open(yossi, "bad", feedback_id=feedback_id)
    complaint_id = shop.complaints.open(dana, "bad", feedback_id=feedback_id)
    assert shop.complaints.get(complaint_id).feedback_id == feedback_id

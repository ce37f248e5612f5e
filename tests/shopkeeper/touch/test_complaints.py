"""Complaints: opening, the log of changes, listing and follow-ups due."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shopkeeper.errors import ComplaintNotFound, InvalidValue, MemberNotFound
from shopkeeper.shop import Shop
from shopkeeper.touch.complaint_records import open_first
from shopkeeper.touch.complaints import CHANNELS, REMEDIES, STATUSES
from tests.conftest import NOW
from tests.shopkeeper.touch.touch_support import add_member


def events(shop, complaint_id: int) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in shop.complaints.get(complaint_id).events]


def test_vocabulary_matches_the_schema():
    assert STATUSES == ("open", "in-progress", "resolved", "closed")
    assert REMEDIES == ("refund", "credit", "compensation", "replacement", "apology")
    assert CHANNELS == ("in-person", "phone", "whatsapp", "sms", "email", "other")


def test_open_records_everything_and_logs_it(shop):
    dana = add_member(shop, "דנה", "לוי")
    complaint_id = shop.complaints.open(
        dana,
        "  the cake arrived squashed ",
        happened_on=date(2026, 11, 24),
        channel="phone",
        remedy="replacement",
        owner="Avi",
        follow_up_on=date(2026, 11, 28),
        by="Rina",
    )
    record = shop.complaints.get(complaint_id)
    assert record.member_id == dana and record.member_name == "דנה לוי"
    assert record.member_phone.startswith("+9725")
    assert record.what == "the cake arrived squashed"
    assert (record.happened_on, record.channel, record.remedy, record.owner) == (
        date(2026, 11, 24),
        "phone",
        "replacement",
        "Avi",
    )
    assert record.follow_up_on == date(2026, 11, 28)
    assert (record.status, record.goodwill_points) == ("open", 0)
    assert record.opened_at == NOW and record.resolved_at is None and record.closed_at is None
    assert record.resolution_days is None
    assert [(e.kind, e.text, e.by, e.at) for e in record.events] == [
        ("opened", "the cake arrived squashed", "Rina", NOW),
    ]


def test_open_defaults(shop):
    record = shop.complaints.get(shop.complaints.open(add_member(shop), "rude answer"))
    assert record.happened_on == date(2026, 11, 26)
    assert (record.channel, record.remedy, record.owner, record.follow_up_on) == (
        "in-person",
        None,
        "",
        None,
    )


def test_what_keeps_markup_and_emoji(shop):
    what = '<script>&amp; 😡 "שבור"'
    complaint_id = shop.complaints.open(add_member(shop), what)
    assert shop.complaints.get(complaint_id).what == what
    assert shop.complaints.get(complaint_id).to_json()["what"] == what


@pytest.mark.parametrize(
    "kwargs",
    [
        {"what": "  "},
        {"channel": "pigeon"},
        {"remedy": "hug"},
        {"happened_on": date(2026, 11, 27)},
    ],
)
def test_open_refuses_bad_values_and_saves_nothing(shop, kwargs):
    dana = add_member(shop)
    arguments = {"what": "late delivery", **kwargs}
    with pytest.raises(InvalidValue):
        shop.complaints.open(dana, **arguments)
    assert shop.complaints.list() == []


def test_open_needs_an_existing_member(shop):
    with pytest.raises(MemberNotFound):
        shop.complaints.open(999, "late delivery")
    with pytest.raises(MemberNotFound):
        shop.complaints.open(None, "late delivery")
    assert shop.complaints.list() == []


def test_get_and_update_of_an_unknown_complaint(shop):
    with pytest.raises(ComplaintNotFound):
        shop.complaints.get(7)
    with pytest.raises(ComplaintNotFound):
        shop.complaints.update(7, informed="called")


def test_every_change_writes_an_event(shop):
    complaint_id = shop.complaints.open(add_member(shop), "wrong size")
    record = shop.complaints.update(
        complaint_id,
        status="in-progress",
        remedy="credit",
        owner="Avi",
        follow_up_on=date(2026, 11, 30),
        informed="told her we ordered the right size",
        note="supplier delay",
        by="Rina",
    )
    assert (record.status, record.remedy, record.owner, record.follow_up_on) == (
        "in-progress",
        "credit",
        "Avi",
        date(2026, 11, 30),
    )
    assert [(e.kind, e.text) for e in record.events[1:]] == [
        ("status", "in-progress"),
        ("remedy", "credit"),
        ("owner", "Avi"),
        ("follow-up", "2026-11-30"),
        ("informed", "told her we ordered the right size"),
        ("note", "supplier delay"),
    ]
    assert {e.by for e in record.events[1:]} == {"Rina"}


def test_unchanged_values_write_no_event(shop):
    complaint_id = shop.complaints.open(
        add_member(shop),
        "wrong size",
        remedy="credit",
        owner="Avi",
        follow_up_on=date(2026, 11, 30),
    )
    shop.complaints.update(
        complaint_id,
        status="open",
        remedy="credit",
        owner=" Avi ",
        follow_up_on=date(2026, 11, 30),
    )
    assert events(shop, complaint_id) == [("opened", "wrong size")]


def test_informed_entries_are_a_log(shop):
    complaint_id = shop.complaints.open(add_member(shop), "wrong size")
    shop.complaints.update(complaint_id, informed="called, no answer")
    shop.complaints.update(complaint_id, informed="sent a WhatsApp 👍")
    assert events(shop, complaint_id)[1:] == [
        ("informed", "called, no answer"),
        ("informed", "sent a WhatsApp 👍"),
    ]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"status": "done"},
        {"remedy": "hug"},
        {"informed": "  "},
        {"note": ""},
        {"goodwill": -5},
        {"goodwill": 2.5},
    ],
)
def test_update_refuses_bad_values_and_changes_nothing(shop, kwargs):
    complaint_id = shop.complaints.open(add_member(shop), "wrong size")
    before = shop.complaints.get(complaint_id)
    with pytest.raises(InvalidValue):
        shop.complaints.update(complaint_id, owner="Avi", **kwargs)
    assert shop.complaints.get(complaint_id) == before


def test_list_newest_first_and_open_only(shop):
    dana = add_member(shop)
    first = shop.complaints.open(dana, "one")
    second = shop.complaints.open(dana, "two")
    third = shop.complaints.open(dana, "three")
    shop.complaints.update(first, status="in-progress")
    shop.complaints.update(second, status="resolved")
    shop.complaints.update(third, status="closed")
    assert [c.id for c in shop.complaints.list()] == [third, second, first]
    assert [c.id for c in shop.complaints.list(open_only=True)] == [first]


def test_for_member(shop):
    dana, yossi = add_member(shop), add_member(shop, "Yossi")
    mine = [shop.complaints.open(dana, "one"), shop.complaints.open(dana, "two")]
    shop.complaints.open(yossi, "three")
    assert [c.id for c in shop.complaints.for_member(dana)] == mine[::-1]


def test_follow_ups_due_boundary_and_order(shop):
    dana = add_member(shop)
    on = date(2026, 11, 26)

    def opened(follow_up_on, status="open"):
        complaint_id = shop.complaints.open(dana, "x", follow_up_on=follow_up_on)
        if status != "open":
            shop.complaints.update(complaint_id, status=status)
        return complaint_id

    today = opened(date(2026, 11, 26))
    overdue_late = opened(date(2026, 11, 25), "in-progress")
    overdue_early = opened(date(2026, 11, 20))
    opened(date(2026, 11, 27))  # tomorrow: not yet
    opened(None)  # no follow-up day
    opened(date(2026, 11, 1), "resolved")
    opened(date(2026, 11, 1), "closed")
    due = shop.complaints.follow_ups_due(on)
    assert [c.id for c in due] == [overdue_early, overdue_late, today]
    assert [c.follow_up_overdue(on) for c in due] == [True, True, False]
    assert [c.id for c in shop.complaints.follow_ups_due(date(2026, 11, 19))] == []


def test_moving_the_follow_up_takes_it_off_the_due_list(shop):
    complaint_id = shop.complaints.open(add_member(shop), "x", follow_up_on=date(2026, 11, 20))
    shop.complaints.update(complaint_id, follow_up_on=date(2026, 12, 1))
    assert shop.complaints.follow_ups_due(date(2026, 11, 26)) == []


def test_to_json_has_the_cli_keys(shop):
    complaint_id = shop.complaints.open(
        add_member(shop, "Dana"), "late", owner="Avi", follow_up_on=date(2026, 11, 28)
    )
    data = shop.complaints.get(complaint_id).to_json()
    assert {
        "id",
        "member_phone",
        "member_name",
        "what",
        "status",
        "remedy",
        "owner",
        "follow_up_on",
        "opened_at",
        "resolved_at",
        "closed_at",
        "resolution_days",
        "goodwill_points",
        "events",
    } <= data.keys()
    assert data["follow_up_on"] == "2026-11-28" and data["opened_at"] == "2026-11-26T10:30:00"
    assert data["resolved_at"] is None and data["resolution_days"] is None
    assert data["events"] == [
        {"kind": "opened", "text": "late", "by": "", "at": "2026-11-26T10:30:00"}
    ]


def test_deleting_the_member_removes_their_complaints(shop):
    dana = add_member(shop)
    shop.complaints.open(dana, "late")
    shop.db.execute_sql("DELETE FROM member WHERE id=?", (dana,))
    assert shop.complaints.list() == []
    assert shop.db.execute_sql("SELECT COUNT(*) FROM complaint_event").fetchone() == (0,)


def test_timestamps_come_from_the_shop_clock(tmp_path):
    clock = [datetime(2026, 11, 1, 9, 0)]
    shop = Shop(tmp_path / "shop", today=lambda: clock[0].date(), now=lambda: clock[0])
    try:
        complaint_id = shop.complaints.open(add_member(shop), "late")
        clock[0] = datetime(2026, 11, 3, 21, 0)
        record = shop.complaints.update(complaint_id, status="resolved")
        assert record.opened_at == datetime(2026, 11, 1, 9, 0)
        assert record.resolved_at == datetime(2026, 11, 3, 21, 0)
        assert record.resolution_days == 2.5
        assert record.events[-1].at == datetime(2026, 11, 3, 21, 0)
    finally:
        shop.close()


def test_remedy_and_follow_up_can_be_cleared(shop):
    complaint_id = shop.complaints.open(
        add_member(shop), "wrong size", remedy="credit", follow_up_on=date(2026, 11, 30)
    )
    kept = shop.complaints.update(complaint_id, owner="Avi")
    assert (kept.remedy, kept.follow_up_on) == ("credit", date(2026, 11, 30))
    cleared = shop.complaints.update(complaint_id, remedy=None, follow_up_on=None)
    assert (cleared.remedy, cleared.follow_up_on) == (None, None)
    assert events(shop, complaint_id)[-2:] == [("remedy", ""), ("follow-up", "")]
    assert shop.complaints.follow_ups_due(date(2026, 12, 31)) == []


def test_complaints_still_handled_come_first_by_follow_up_then_the_rest_newest_first(shop):
    member = add_member(shop)
    done = shop.complaints.open(member, "old")
    shop.complaints.update(done, status="resolved")
    later = shop.complaints.open(member, "later", follow_up_on=date(2026, 12, 5))
    no_date = shop.complaints.open(member, "no date")
    sooner = shop.complaints.open(member, "sooner", follow_up_on=date(2026, 11, 28))
    closed = shop.complaints.open(member, "closed")
    shop.complaints.update(closed, status="closed")
    ordered = open_first(shop.complaints.list())
    assert [c.id for c in ordered] == [sooner, later, no_date, closed, done]

"""The today report: birthdays today and this week, pickups, calls and complaint follow-ups due."""

from __future__ import annotations

from datetime import date, timedelta

from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft
from shopkeeper.touch.today import greeting_key, today
from tests.shopkeeper.touch.calls_support import buy

TODAY = date(2026, 11, 26)


def _member(shop, name: str, phone: str, birthday: str = "", **fields) -> int:
    draft = MemberDraft(first_name=name, phone=phone, birthday=birthday, joined_on=date(2024, 1, 1), **fields)
    return shop.members.add(draft).member.id


def test_birthdays_today_and_this_week_of_members_children_and_pets(shop):
    dana = _member(shop, "Dana", "0523456701", "26/11/1990",
                   children=(ChildDraft(name="Noa", birthday="28/11/2019", gender="f"),),
                   pets=(PetDraft(name="Rex", kind="dog", birthday="02/12"),))
    _member(shop, "Later", "0523456702", "03/12/1980")  # a week from today: next week's list
    report = today(shop, TODAY)
    assert [(e.kind, e.name, e.age) for e in report.birthdays_today] == [("member", "Dana", 36)]
    assert [(e.kind, e.name, e.date) for e in report.birthdays_week] == [
        ("child", "Noa", date(2026, 11, 28)),
        ("pet", "Rex", date(2026, 12, 2)),
    ]
    assert {e.member_id for e in report.birthdays_week} == {dana}


def test_a_greeted_birthday_leaves_the_list(shop):
    dana = _member(shop, "Dana", "0523456701", "26/11/1990",
                   children=(ChildDraft(name="Noa", birthday="28/11/2019", gender="f"),))
    shop.greetings.mark_greeted(dana, "birthday", TODAY, channel="whatsapp", by="Yossi")
    report = today(shop, TODAY)
    assert report.birthdays_today == []
    assert [e.name for e in report.birthdays_week] == ["Noa"]
    assert (dana, "member", "", TODAY) in report.greeted
    shop.greetings.mark_greeted(
        dana, "birthday", date(2026, 11, 28), subject_kind="child", subject_name="Noa"
    )
    again = today(shop, TODAY)
    assert again.birthdays_week == []
    assert greeting_key(report.birthdays_week[0]) in again.greeted


def test_pickups_ready_and_overdue(shop):
    dana = _member(shop, "Dana", "0523456701")
    late = shop.pickups.create(dana, [("Cake", 1, 100_00)], ready_by=TODAY - timedelta(days=2))
    ready = shop.pickups.create(dana, [("Candles", 2, 10_00)], ready_by=TODAY + timedelta(days=1))
    shop.pickups.ready(ready.id)
    waiting = shop.pickups.create(dana, [("Box", 1, 5_00)], ready_by=TODAY + timedelta(days=2))
    report = today(shop, TODAY)
    assert [o.id for o in report.pickups_overdue] == [late.id]
    assert [o.id for o in report.pickups_ready] == [ready.id]
    assert waiting.id not in {o.id for o in report.pickups_ready + report.pickups_overdue}


def test_calls_due_and_complaint_follow_ups(shop):
    dana = _member(shop, "Dana", "0523456701")
    yossi = _member(shop, "Yossi", "0523456702")
    lapsed = _member(shop, "Lapsed", "0523456703")
    buy(shop, lapsed, 900_00, TODAY - timedelta(days=200))
    shipped = buy(shop, yossi, 80_00, TODAY - timedelta(days=4), fulfilment="shipped")
    shop.calls.log(dana, "call-back", call_back_on=TODAY, note="after lunch")
    complaint = shop.complaints.open(dana, "Broken cup", follow_up_on=TODAY - timedelta(days=1))
    report = today(shop, TODAY)
    assert [(e.member_id, e.note) for e in report.call_backs] == [(dana, "after lunch")]
    assert [e.purchase_id for e in report.followups] == [shipped]
    assert lapsed in [e.member_id for e in report.winback]
    assert [c.id for c in report.complaints_due] == [complaint]
    shop.complaints.update(complaint, status="resolved")
    shop.calls.log(yossi, "reached", reason="followup", purchase_id=shipped)
    after = today(shop, TODAY)
    assert after.complaints_due == [] and after.followups == []


def test_json_has_every_list(shop):
    _member(shop, "Dana", "0523456701", "26/11/1990")
    data = today(shop, TODAY).to_json()
    assert data["on"] == "2026-11-26"
    assert set(data) == {
        "on", "birthdays_today", "birthdays_week", "pickups_ready", "pickups_overdue",
        "call_backs", "followups", "winback", "complaints_due",
    }
    assert data["birthdays_today"][0]["name"] == "Dana"

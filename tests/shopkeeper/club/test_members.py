"""Members: every field round trip, duplicates, edits, consent history, lookups."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from shopkeeper.club.records import ChildDraft, MemberDraft, PetDraft
from shopkeeper.club.validation import check_member
from shopkeeper.errors import (
    DuplicatePhone,
    InvalidDate,
    InvalidEmail,
    InvalidPhone,
    InvalidValue,
    MemberNotFound,
    MissingName,
)

TODAY = date(2026, 11, 26)  # the shop fixture's clock
NOW = datetime(2026, 11, 26, 10, 30)

FULL = MemberDraft(
    first_name="  מיכל  ",
    last_name="\u200fכהן-לוי\u200e",
    phone="052-345-6789",
    email="michal@example.co.il",
    birthday="29/02",
    hebrew_birthday=True,
    address_form="נ",
    address="הרצל 12, דירה 3",
    city="חיפה",
    joined_on=date(2025, 3, 1),
    source="פייסבוק",
    tags=("vip", " קפה ", "vip", ""),
    notes="אוהבת\nקפה שחור",
    children=(
        ChildDraft(name="נועה", birthday="14/07/2015", gender="בת"),
        ChildDraft(name="Ariel", birthday="", gender="m"),
    ),
    pets=(PetDraft(name="ריקי", kind="כלב", birthday="03/05"), PetDraft(name="Tom", kind="cat")),
    consent={"sms": True, "whatsapp": False, "email": True},
    consent_how="טופס בקופה",
)


def add(shop, first="דנה", phone="052-345-6789", last="", **fields):
    return shop.members.add(
        MemberDraft(first_name=first, last_name=last, phone=phone, **fields)
    ).member


def test_every_field_round_trips(shop):
    saved = shop.members.add(FULL)
    assert saved.warnings == ()
    member = shop.members.get(saved.member.id)
    assert member == saved.member
    assert member.number == 1
    assert (member.first_name, member.last_name) == ("מיכל", "כהן-לוי")
    assert member.phone == "+972523456789"
    assert member.phone_display == "052-345-6789"
    assert member.email == "michal@example.co.il"
    assert member.birthday.iso() == "--02-29"
    assert member.hebrew_birthday is True
    assert member.address_form == "f"
    assert (member.address, member.city) == ("הרצל 12, דירה 3", "חיפה")
    assert member.joined_on == date(2025, 3, 1)
    assert member.source == "פייסבוק"
    assert member.referred_by is None
    assert member.tags == ("vip", "קפה")
    assert member.notes == "אוהבת\nקפה שחור"
    assert [(c.name, c.birthday and c.birthday.iso(), c.gender) for c in member.children] == [
        ("נועה", "2015-07-14", "f"),
        ("Ariel", None, "m"),
    ]
    assert [(p.name, p.kind, p.birthday and p.birthday.iso()) for p in member.pets] == [
        ("ריקי", "כלב", "--05-03"),
        ("Tom", "cat", None),
    ]
    assert [(r.channel, r.given, r.at, r.how) for r in member.consent_history] == [
        ("sms", True, NOW, "טופס בקופה"),
        ("whatsapp", False, NOW, "טופס בקופה"),
        ("email", True, NOW, "טופס בקופה"),
    ]
    assert member.consents_to("sms") and member.consents_to("email")
    assert not member.consents_to("whatsapp")


def test_json_shape(shop):
    member = shop.members.add(FULL).member
    data = member.to_json()
    assert data["id"] == member.id and data["number"] == 1
    assert data["phone"] == "+972523456789"
    assert data["birthday"] == "--02-29"
    assert data["children"][0] == {"name": "נועה", "birthday": "2015-07-14", "gender": "f"}
    assert data["pets"][1] == {"name": "Tom", "kind": "cat", "birthday": None}
    assert data["consent"]["whatsapp"] == {
        "given": False,
        "at": "2026-11-26T10:30:00",
        "how": "טופס בקופה",
    }
    assert data["tags"] == ["vip", "קפה"]


def test_join_date_defaults_to_today(shop):
    assert add(shop).joined_on == TODAY


def test_a_member_never_asked_has_no_consent(shop):
    member = add(shop)
    assert member.consent_history == ()
    assert member.consent("sms") is None
    assert member.to_json()["consent"]["sms"] == {"given": False, "at": None, "how": None}


@pytest.mark.parametrize(
    "name",
    [
        '<b>מיכל & "דני"</b>',
        "O'Brien",
        "ג'ונסון",
        'שמעון "שימי"',
        "רותי 🌸",
        "Zoë-Ann",
        "<img src=x onerror=alert(1)>",
        "a\u200fb",
    ],
)
def test_names_are_kept_exactly_minus_marks_and_outer_spaces(shop, name):
    member = add(shop, first=f" \u200e{name}\u2069 ", last="  ")
    expected = name.replace("\u200f", "")
    assert member.first_name == expected
    assert member.last_name == ""
    assert shop.members.get(member.id).full_name == expected


def test_only_a_last_name_is_enough(shop):
    member = shop.members.add(MemberDraft(last_name="כהן", phone="0523456789")).member
    assert member.full_name == "כהן"


@pytest.mark.parametrize("blank", ["", "   ", "\u200e\u200f"])
def test_a_name_is_required(shop, blank):
    with pytest.raises(MissingName):
        shop.members.add(MemberDraft(first_name=blank, last_name=blank, phone="0523456789"))
    assert shop.members.count() == 0


@pytest.mark.parametrize(
    "email",
    ["michal", "michal@", "@example.com", "mi chal@example.com", "michal@example", "a@b@c.com"],
)
def test_bad_email_is_refused(shop, email):
    with pytest.raises(InvalidEmail) as caught:
        add(shop, email=email)
    assert caught.value.params["text"] == email
    assert shop.members.count() == 0


def test_bad_fields_write_nothing(shop):
    for draft, error in [
        (MemberDraft(first_name="דנה", phone="05a1234567"), InvalidPhone),
        (MemberDraft(first_name="דנה", phone=""), InvalidPhone),
        (MemberDraft(first_name="דנה", phone="0523456789", birthday="31/02"), InvalidDate),
        (MemberDraft(first_name="דנה", phone="0523456789", address_form="x"), InvalidValue),
        (MemberDraft(first_name="דנה", phone="0523456789", consent={"fax": True}), InvalidValue),
        (
            MemberDraft(first_name="דנה", phone="0523456789", children=(ChildDraft(name=" "),)),
            InvalidValue,
        ),
        (
            MemberDraft(
                first_name="דנה",
                phone="0523456789",
                children=(ChildDraft(name="נועה", birthday="31/04"),),
            ),
            InvalidDate,
        ),
        (
            MemberDraft(first_name="דנה", phone="0523456789", pets=(PetDraft(name=""),)),
            InvalidValue,
        ),
    ]:
        with pytest.raises(error):
            shop.members.add(draft)
    assert shop.members.count() == 0
    conn = shop.db.connection()
    for table in ("child", "pet", "consent_event", "member_tag", "name_key", "phone_fragment"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


@pytest.mark.parametrize(
    "same_phone", ["0523456789", "+972 52-345-6789", "\u200e52 345 6789", "523456789.0"]
)
def test_a_phone_belongs_to_one_member(shop, same_phone):
    first = add(shop, first="דנה", last="כהן", address_form="f")
    with pytest.raises(DuplicatePhone) as caught:
        add(shop, first="יוסי", phone=same_phone)
    assert caught.value.params == {
        "phone": "052-345-6789",
        "number": first.number,
        "name": "דנה כהן",
        "member_id": first.id,
        "form": "f",
    }
    assert "already belongs to member 1 (דנה כהן)" in str(caught.value)
    assert shop.members.count() == 1


def test_update_to_another_members_phone_is_refused(shop):
    dana = add(shop, first="דנה", phone="052-345-6789")
    yossi = add(shop, first="יוסי", phone="054-123-4567")
    with pytest.raises(DuplicatePhone) as caught:
        shop.members.update(yossi.id, MemberDraft(first_name="יוסי", phone="+972523456789"))
    assert caught.value.params["member_id"] == dana.id
    assert shop.members.get(yossi.id).phone == "+972541234567"


def test_update_keeping_own_phone_in_another_spelling(shop):
    dana = add(shop, first="דנה", phone="052-345-6789")
    saved = shop.members.update(dana.id, MemberDraft(first_name="דנה רות", phone="972523456789"))
    assert saved.member.first_name == "דנה רות"
    assert saved.member.number == dana.number


def test_update_replaces_children_and_pets_keeping_ids(shop):
    member = shop.members.add(FULL).member
    noa, ariel = member.children
    ricky, tom = member.pets
    draft = MemberDraft(
        first_name="מיכל",
        phone="052-345-6789",
        children=(
            ChildDraft(name="נועה לי", birthday="14/07/2015", gender="f", id=noa.id),
            ChildDraft(name="יובל", birthday="01/01/2020", gender="m"),
        ),
        pets=(PetDraft(name="טום", kind="חתול", birthday="02/02", id=tom.id),),
    )
    updated = shop.members.update(member.id, draft).member
    assert [(c.id, c.name) for c in updated.children][0] == (noa.id, "נועה לי")
    assert updated.children[1].name == "יובל"
    assert updated.children[1].id != noa.id
    assert "Ariel" not in [c.name for c in updated.children]
    assert [(p.id, p.name, p.kind, p.birthday.iso()) for p in updated.pets] == [
        (tom.id, "טום", "חתול", "--02-02")
    ]
    conn = shop.db.connection()
    assert conn.execute("SELECT COUNT(*) FROM child").fetchone()[0] == 2
    assert conn.execute("SELECT COUNT(*) FROM pet").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM pet WHERE id=?", (ricky.id,)).fetchone()[0] == 0


def test_update_clears_and_replaces_fields(shop):
    member = shop.members.add(FULL).member
    updated = shop.members.update(
        member.id, MemberDraft(first_name="מיכל", phone="050-555-1234", tags=("חדש",))
    ).member
    assert updated.phone == "+972505551234"
    assert (updated.email, updated.city, updated.birthday, updated.children, updated.pets) == (
        "",
        "",
        None,
        (),
        (),
    )
    assert updated.tags == ("חדש",)
    assert updated.joined_on == date(2025, 3, 1)
    assert updated.number == member.number
    # The old phone no longer finds anyone; the new one does.
    assert shop.members.id_by_phone("052-345-6789") is None
    assert shop.members.find("0505551234").id == member.id
    assert [m.id for m in shop.search.search("6789")] == []
    assert [m.id for m in shop.search.search("כהן")] == []


def test_update_of_an_unknown_member(shop):
    with pytest.raises(MemberNotFound):
        shop.members.update(99, MemberDraft(first_name="דנה", phone="0523456789"))


def test_consent_is_append_only_history(shop, monkeypatch):
    member = add(shop, consent={"sms": False}, consent_how="counter")
    times = iter([datetime(2026, 11, 27, 9), datetime(2026, 11, 28, 9), datetime(2026, 11, 29, 9)])
    monkeypatch.setattr(shop.members, "_now", lambda: next(times))
    shop.members.set_consent(member.id, "sms", True, " phone call ")
    shop.members.set_consent(member.id, "whatsapp", True, "whatsapp message")
    latest = shop.members.set_consent(member.id, "sms", False, "replied STOP")
    assert [(r.channel, r.given, r.at.day, r.how) for r in latest.consent_history] == [
        ("sms", False, 26, "counter"),
        ("sms", True, 27, "phone call"),
        ("whatsapp", True, 28, "whatsapp message"),
        ("sms", False, 29, "replied STOP"),
    ]
    assert not latest.consents_to("sms")
    assert latest.consents_to("whatsapp")
    assert latest.consent("sms").how == "replied STOP"


def test_consent_on_an_unknown_channel_or_member(shop):
    member = add(shop)
    with pytest.raises(InvalidValue):
        shop.members.set_consent(member.id, "fax", True)
    with pytest.raises(MemberNotFound):
        shop.members.set_consent(999, "sms", True)
    assert shop.members.get(member.id).consent_history == ()


def test_editing_appends_only_changed_consent(shop):
    member = add(shop, consent={"sms": True, "email": False})
    base = dict(first_name="דנה", phone="052-345-6789")
    shop.members.update(member.id, MemberDraft(**base, consent={"sms": True, "email": False}))
    assert len(shop.members.get(member.id).consent_history) == 2
    draft = MemberDraft(**base, consent={"sms": False, "email": False})
    updated = shop.members.update(member.id, draft).member
    assert [(r.channel, r.given, r.how) for r in updated.consent_history][-1] == (
        "sms",
        False,
        "edited",
    )
    assert len(updated.consent_history) == 3


def test_member_numbers_are_unique_and_increasing(shop):
    numbers = [add(shop, first=f"חבר {i}", phone=f"052-000-{i:04d}").number for i in range(12)]
    assert numbers == list(range(1, 13))
    assert shop.members.count() == 12


def test_find_by_number_and_by_phone(shop):
    dana = add(shop, first="דנה", phone="052-345-6789")
    yossi = add(shop, first="יוסי", phone="03-1234567")
    assert shop.members.find("1").id == dana.id
    assert shop.members.find(" 2 ").id == yossi.id
    assert shop.members.find("0523456789").id == dana.id
    assert shop.members.find("+972 3 123 4567").id == yossi.id
    assert shop.members.id_by_number(2) == yossi.id
    assert shop.members.id_by_phone("not a phone") is None
    for missing in ("3", "054-999-9999", "דנה", ""):
        with pytest.raises(MemberNotFound) as caught:
            shop.members.find(missing)
        assert caught.value.params["key"] == missing
    with pytest.raises(MemberNotFound):
        shop.members.get(12345)


def test_referred_by_phone_or_number(shop):
    dana = add(shop, first="דנה", phone="052-345-6789")
    by_number = add(shop, first="יוסי", phone="054-123-4567", referred_by="1")
    by_phone = add(shop, first="רון", phone="050-555-1234", referred_by="052 345 6789")
    assert by_number.referred_by == dana.number
    assert by_phone.referred_by == dana.number
    with pytest.raises(MemberNotFound):
        add(shop, first="גל", phone="050-555-9999", referred_by="77")
    with pytest.raises(InvalidValue):
        shop.members.update(
            dana.id, MemberDraft(first_name="דנה", phone="0523456789", referred_by="1")
        )
    assert shop.members.count() == 3


def test_browse_is_sorted_and_paged(shop):
    for i, (first, last) in enumerate(
        [("דנה", "כהן"), ("אבי", "לוי"), ("Zed", "Adams"), ("בני", "כהן")]
    ):
        add(shop, first=first, last=last, phone=f"052-000-{i:04d}")
    page1 = shop.members.browse(limit=2)
    last = page1[-1]
    page2 = shop.members.browse(after=(last.last_name, last.first_name, last.id), limit=2)
    names = [m.full_name for m in page1 + page2]
    assert names == ["Zed Adams", "בני כהן", "דנה כהן", "אבי לוי"]
    assert (
        shop.members.browse(after=(page2[-1].last_name, page2[-1].first_name, page2[-1].id)) == []
    )


def test_summaries_keep_the_given_order(shop):
    ids = [add(shop, first=f"חבר {i}", phone=f"052-000-{i:04d}").id for i in range(3)]
    assert [s.id for s in shop.members.summaries([ids[2], 999, ids[0]])] == [ids[2], ids[0]]
    assert shop.members.summaries([]) == []


def test_bulk_insert_is_all_or_nothing(shop):
    add(shop, first="קיים", phone="052-345-6789")
    batch = [
        check_member(
            MemberDraft(first_name="אחד", phone="054-000-0001", children=(ChildDraft(name="ילד"),))
        ),
        check_member(MemberDraft(first_name="שניים", phone="054-000-0002", consent={"sms": True})),
    ]
    ids = shop.members.add_checked_many(batch, [date(2024, 1, 1), date(2024, 1, 2)])
    assert [shop.members.get(i).number for i in ids] == [2, 3]
    assert shop.members.get(ids[0]).children[0].name == "ילד"
    assert shop.members.get(ids[1]).joined_on == date(2024, 1, 2)
    assert shop.members.get(ids[1]).consents_to("sms")
    assert [m.id for m in shop.search.search("שני")] == [ids[1]]

    clash = [
        check_member(MemberDraft(first_name="שלוש", phone="054-000-0003")),
        check_member(MemberDraft(first_name="כפול", phone="052-345-6789")),
    ]
    with pytest.raises(sqlite3.IntegrityError):
        shop.members.add_checked_many(clash, [TODAY, TODAY])
    assert shop.members.count() == 3
    assert shop.members.id_by_phone("054-000-0003") is None
    assert shop.search.search("שלוש") == []

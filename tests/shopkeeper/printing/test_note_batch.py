"""Batches of notes: a day's shipped purchases, chosen members; coupons made as notes are."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PIL import Image

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import MemberNotFound
from shopkeeper.printing.layout import strip_bidi_controls
from shopkeeper.printing.note_batch import (
    LOGO_SETTING,
    compose_note,
    notes_for_members,
    notes_for_shipped,
    shop_logo,
)
from shopkeeper.printing.notes import note_pdf
from shopkeeper.printing.placeholders import NoteValues
from shopkeeper.printing.templates import NoteTemplate
from shopkeeper.sales.records import LineDraft, PurchaseDraft
from tests.shopkeeper.printing.pdf_support import drawn_lines

TODAY = date(2026, 11, 26)


def member(shop, first: str, phone: str, form: str = "f") -> int:
    return shop.join(MemberDraft(first_name=first, phone=phone, address_form=form)).member.id


def buy(shop, member_id, item: str, *, hour: int = 9, day: date = TODAY, how="shipped") -> int:
    draft = PurchaseDraft(
        member_id=member_id,
        lines=(LineDraft(item, "", 1, 50_00), LineDraft("Gift wrap", "", 1, 5_00)),
        at=datetime.combine(day, datetime.min.time()).replace(hour=hour),
        fulfilment=how,
    )
    return shop.purchases.record(draft, by="test").id


def coupons(shop) -> list[tuple]:
    return (
        shop.db.connection()
        .execute("SELECT member_id, percent, valid_until, batch FROM coupon ORDER BY id")
        .fetchall()
    )


@pytest.fixture
def day(shop):
    """Three shipped purchases today (one voided), and others that get no note."""
    dana = member(shop, "דנה", "052-345-6789")
    noa = member(shop, "Noa", "054-123-4567")
    yossi = member(shop, "יוסי", "050-123-4567", "m")
    buy(shop, noa, "Teapot", hour=10)
    buy(shop, dana, "עציץ", hour=8)
    voided = buy(shop, yossi, "Lamp", hour=9)
    shop.purchases.void(voided, "wrong order", by="test")
    buy(shop, dana, "Mug", hour=10, how="taken")  # not shipped
    buy(shop, yossi, "Vase", day=TODAY - timedelta(days=1))  # yesterday
    buy(shop, None, "Card", hour=10)  # no member to thank
    return {"dana": dana, "noa": noa, "yossi": yossi}


def test_one_note_per_purchase_shipped_that_day_in_the_order_sold(shop, day):
    batch = notes_for_shipped(shop, TODAY)
    assert len(batch) == 2
    assert batch.member_ids == [day["dana"], day["noa"]]
    assert coupons(shop) == []  # nothing made until the notes are read
    notes = list(batch)
    assert [n.member_id for n in notes] == [day["dana"], day["noa"]]
    first, second = (strip_bidi_controls(n.body) for n in notes)
    assert first.startswith("דנה היקרה,") and "מקווים שתיהני מעציץ." in first
    assert second.startswith("Noa היקרה,") and "מקווים שתיהני מTeapot." in second
    until = (TODAY + timedelta(days=60)).isoformat()
    dana_buys, noa_buys = (
        shop.db.connection()
        .execute("SELECT id FROM purchase WHERE member_id=? AND fulfilment='shipped'", (m,))
        .fetchone()[0]
        for m in (day["dana"], day["noa"])
    )
    assert coupons(shop) == [
        (day["dana"], 10, until, f"note:purchase:{dana_buys}"),
        (day["noa"], 10, until, f"note:purchase:{noa_buys}"),
    ]
    assert [n.coupon for n in batch] == [n.coupon for n in notes]  # read again: the same
    assert len(coupons(shop)) == 2
    assert [n.coupon for n in notes] == [
        r[0] for r in shop.db.connection().execute("SELECT code FROM coupon ORDER BY id")
    ]
    assert notes[0].coupon_offer == "10% הנחה בקנייה הבאה"
    assert notes[0].coupon_until == "בתוקף עד 25/01/2027"
    assert notes[0].return_policy.startswith("אפשר להחליף")


def test_a_day_with_nothing_shipped_has_no_notes(shop, day):
    assert len(notes_for_shipped(shop, TODAY + timedelta(days=1))) == 0


def test_a_template_without_a_coupon_makes_none_and_drops_its_line(shop, day):
    template = shop.note_templates.save(
        NoteTemplate(
            name="plain", language="en", body="Dear {first_name},\nYour code: {coupon}\nBye"
        )
    )
    notes = list(notes_for_shipped(shop, TODAY, template))
    assert [strip_bidi_controls(n.body) for n in notes] == ["Dear דנה,\nBye", "Dear Noa,\nBye"]
    assert all(n.coupon is None and n.language == "en" for n in notes)
    assert coupons(shop) == []


def test_notes_for_members_once_each_in_the_order_given(shop, day):
    batch = notes_for_members(shop, [day["yossi"], day["dana"], day["yossi"]])
    assert batch.member_ids == [day["yossi"], day["dana"]]
    yossi = strip_bidi_controls(next(iter(batch)).body)
    assert yossi.startswith("יוסי היקר,") and "שתיהנה" in yossi
    assert len(coupons(shop)) == 2  # made a hundred notes at a time: both in the first
    with pytest.raises(MemberNotFound):
        notes_for_members(shop, [day["dana"], 999])
    assert len(coupons(shop)) == 2


def test_the_shop_language_picks_the_default_template(shop, day):
    shop.settings.set("language", "en")
    note = next(iter(notes_for_members(shop, [day["noa"]])))
    assert strip_bidi_controls(note.body).startswith("Dear Noa,")
    assert note.coupon_offer == "10% off your next order"


def test_a_shipped_day_prints_one_page_per_purchase(shop, day, tmp_path):
    out = tmp_path / "day.pdf"
    result = note_pdf(notes_for_shipped(shop, TODAY), out)
    assert (result.notes, result.pages) == (2, 2)
    assert ".ץיצעמ ינהיתש םיווקמ" in drawn_lines(out, 1)
    assert ".Teapotמ ינהיתש םיווקמ" in drawn_lines(out, 2)


def test_the_shop_logo_comes_from_the_settings(shop, tmp_path):
    assert shop_logo(shop) is None
    Image.new("RGB", (20, 10), "red").save(tmp_path / "logo.png")
    shop.settings.set(LOGO_SETTING, str(tmp_path / "logo.png"))
    logo = shop_logo(shop)
    assert (logo.width, logo.height) == (20, 10)


def test_compose_note_is_what_a_preview_shows(shop):
    template = shop.note_templates.get("Thank you")
    values = NoteValues(first_name="Noa", coupon="SAMPLE12", next_tier="Gold", to_next_tier=150_00)
    note = compose_note(template, values, TODAY + timedelta(days=60))
    assert strip_bidi_controls(note.body).startswith("Dear Noa,")
    assert "Only ₪150 more to reach Gold!" in strip_bidi_controls(note.body)
    assert (note.coupon, note.coupon_until) == ("SAMPLE12", "Valid until 25/01/2027")
    assert coupons(shop) == []  # nothing written
    assert notes_for_members(shop, iter([])).member_ids == []

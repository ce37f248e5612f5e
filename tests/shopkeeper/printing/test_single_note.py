"""One member's note from the card: previews write nothing, printing makes one coupon, reused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import MemberNotFound
from shopkeeper.loyalty.coupons import CODE_LENGTH
from shopkeeper.printing.layout import strip_bidi_controls
from shopkeeper.printing.note_batch import SAMPLE_CODE, NoteRequest, note_content
from shopkeeper.printing.notes import note_pdf
from shopkeeper.printing.single_note import SingleNote
from shopkeeper.printing.templates import NoteTemplate
from shopkeeper.sales.records import LineDraft, PurchaseDraft
from tests.shopkeeper.printing.pdf_support import pdftotext_pages

TODAY = date(2026, 11, 26)


def coupon_rows(shop) -> list[tuple]:
    return (
        shop.db.connection()
        .execute(
            "SELECT code, member_id, percent, amount, valid_until, batch FROM coupon ORDER BY id"
        )
        .fetchall()
    )


@pytest.fixture
def noa(shop) -> int:
    return shop.join(
        MemberDraft(first_name="Noa", phone="054-123-4567", address_form="f")
    ).member.id


def test_a_preview_shows_the_sample_code_marked_and_writes_nothing(shop, noa):
    note = SingleNote(shop, noa)
    template = shop.note_templates.get("Thank you")
    for _ in range(3):
        shown = note.preview(template)
    assert coupon_rows(shop) == []
    assert SAMPLE_CODE == "X" * CODE_LENGTH
    assert shown.coupon == SAMPLE_CODE
    assert shown.coupon_hint == "Sample: the real code is made when printed"
    assert f"A gift code for next time: {SAMPLE_CODE}" in strip_bidi_controls(shown.body)
    assert shown.coupon_until == "Valid until 25/01/2027" and shown.member_id == noa
    hebrew = note.preview(shop.note_templates.get("תודה"))
    assert hebrew.coupon_hint == "דוגמה: הקוד האמיתי נוצר בהדפסה"
    assert coupon_rows(shop) == []


def test_printing_makes_one_coupon_and_prints_it_again_after(shop, noa, tmp_path):
    note = SingleNote(shop, noa)
    template = shop.note_templates.get("Thank you")
    printed = note.printed(template)
    rows = coupon_rows(shop)
    assert rows == [(printed.coupon, noa, 10, None, "2027-01-25", "note")]
    assert printed.coupon_hint == "" and printed.coupon != SAMPLE_CODE
    assert printed.coupon in strip_bidi_controls(printed.body)
    assert note.printed(template) == printed  # printed again: the same coupon
    assert note.preview(template) == printed  # and a preview now shows the code printed
    same_terms = note.printed(shop.note_templates.get("תודה"))
    assert same_terms.coupon == printed.coupon and len(coupon_rows(shop)) == 1
    assert note.coupon_codes == [printed.coupon]
    out = tmp_path / "note.pdf"
    note_pdf([printed], out)
    assert printed.coupon in pdftotext_pages(out)[0]


def test_other_coupon_terms_need_a_coupon_of_their_own(shop, noa):
    note = SingleNote(shop, noa)
    template = shop.note_templates.get("Thank you")
    first = note.printed(template).coupon
    five_off = replace(template, coupon_percent=None, coupon_amount=5_00)
    second = note.printed(five_off).coupon
    assert first != second
    assert [r[2:4] for r in coupon_rows(shop)] == [(10, None), (None, 5_00)]


def test_a_template_without_a_coupon_never_makes_one(shop, noa):
    plain = NoteTemplate(name="plain", language="en", body="Dear {first_name},\nCode: {coupon}")
    note = SingleNote(shop, noa)
    for content in (note.preview(plain), note.printed(plain)):
        assert content.coupon is None and content.coupon_hint == ""
        assert strip_bidi_controls(content.body) == "Dear Noa,"
    assert coupon_rows(shop) == []


def test_a_gone_member_makes_no_coupon(shop):
    note = SingleNote(shop, 999)
    with pytest.raises(MemberNotFound):
        note.printed(shop.note_templates.get("Thank you"))
    assert coupon_rows(shop) == [] and note.coupon_codes == []


def test_the_same_note_printed_again_reuses_its_coupon(shop, noa):
    template = shop.note_templates.get("Thank you")
    codes = {note_content(shop, template, NoteRequest(noa)).coupon for _ in range(3)}
    codes.add(SingleNote(shop, noa).printed(template).coupon)  # another window, the same coupon
    assert len(codes) == 1 and len(coupon_rows(shop)) == 1


def test_a_used_coupon_is_not_printed_again(shop, noa):
    template = shop.note_templates.get("Thank you")
    first = note_content(shop, template, NoteRequest(noa)).coupon
    shop.db.connection().execute("UPDATE coupon SET max_uses = 0 WHERE code = ?", (first,))
    second = note_content(shop, template, NoteRequest(noa)).coupon
    assert second != first and len(coupon_rows(shop)) == 2


def test_a_note_per_purchase_has_its_own_coupon_reused_for_that_purchase(shop, noa):
    template = shop.note_templates.get("Thank you")
    draft = PurchaseDraft(member_id=noa, lines=(LineDraft("Teapot", "", 1, 50_00),))
    first, second = (shop.purchases.record(draft, by="test").id for _ in range(2))
    codes = [
        note_content(shop, template, NoteRequest(noa, purchase)).coupon
        for purchase in (first, second, first, second)
    ]
    assert codes[0] == codes[2] and codes[1] == codes[3] and codes[0] != codes[1]
    assert [row[5] for row in coupon_rows(shop)] == [
        f"note:purchase:{first}",
        f"note:purchase:{second}",
    ]


def test_the_preview_pdf_shows_the_sample_code_and_says_it_is_one(shop, noa, tmp_path):
    shown = SingleNote(shop, noa).preview(shop.note_templates.get("Thank you"))
    out = tmp_path / "preview.pdf"
    note_pdf([shown], out)
    text = pdftotext_pages(out)[0]
    assert SAMPLE_CODE in text and "Sample: the real code is made when printed" in text

"""Paragraph direction comes from the document's language, never from the first strong letter:
a Hebrew line that starts with an English word still reads from the right, and a Hebrew name
inside an English paragraph stays whole (poppler-utils required)."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.printing.birthday_cards import write_birthday_card
from shopkeeper.printing.layout import isolate, layout_paragraph
from shopkeeper.printing.notes import NoteContent, note_pdf
from shopkeeper.printing.slips import pickup_slip_pdf
from shopkeeper.shop import Shop
from tests.shopkeeper.printing.pdf_support import drawn_lines, run

MIXED = "Dana's order מוכנה לאיסוף"
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>(.*?)</word>')


@pytest.fixture
def shop(tmp_path):
    opened = Shop(
        tmp_path / "shop", today=lambda: date(2026, 9, 10), now=lambda: datetime(2026, 9, 10, 10)
    )
    yield opened
    opened.close()


def word_boxes(pdf: Path) -> dict[str, tuple[float, float]]:
    """Each drawn word's left edge and top (the first one of that spelling)."""
    out = run("pdftotext", "-bbox-layout", pdf, "-")
    boxes: dict[str, tuple[float, float]] = {}
    for x, y, _x2, text in _WORD.findall(out):
        boxes.setdefault(html.unescape(text), (float(x), float(y)))
    return boxes


def reads_from_the_right(boxes) -> bool:
    """ "Dana's order" at the right of "מוכנה לאיסוף" on the same line."""
    dana, ready = boxes["Dana's"], boxes["הנכומ"]
    return abs(dana[1] - ready[1]) < 1 and dana[0] > ready[0] > boxes["ףוסיאל"][0]


def test_a_hebrew_paragraph_starting_with_english_is_right_to_left():
    line = layout_paragraph(MIXED, 300, direction="rtl").lines[0]
    assert line.rtl and line.text == "ףוסיאל הנכומ Dana's order"
    assert line.x > 100  # right-aligned
    english = layout_paragraph(MIXED, 300, direction="ltr").lines[0]
    assert english.text == "Dana's order ףוסיאל הנכומ" and english.x == 0


@pytest.mark.parametrize(
    ("direction", "visual"),
    [
        ("rtl", "ףוסיאל הנכומ Dana's order :הרעה"),
        (None, "Dana's order ףוסיאל הנכומ :הרעה"),  # first strong: English, read from the left
        ("ltr", "Dana's order ףוסיאל הנכומ :הרעה"),
    ],
)
def test_a_value_isolated_in_the_documents_direction(direction, visual):
    text = "הערה: " + isolate(MIXED, direction)
    assert layout_paragraph(text, 400, direction="rtl").lines[0].text == visual


def test_a_code_isolated_left_to_right_keeps_its_order():
    text = "טלפון: " + isolate("+972 52 888 1234", "ltr")
    assert layout_paragraph(text, 400, direction="rtl").texts == ["+972 52 888 1234 :ןופלט"]


def test_a_hebrew_slip_item_and_note_starting_with_english_read_from_the_right(shop, tmp_path):
    member = shop.members.add(
        MemberDraft(first_name="Dana", last_name="כהן", phone="052-345-6789", address_form="f")
    ).member
    order = shop.pickups.create(member.id, [(MIXED, 1, 50_00)], note=MIXED)
    pdf = tmp_path / "slip.pdf"
    pickup_slip_pdf(replace(order, code="K7M2QX"), "החנות", pdf, language="he")
    lines = drawn_lines(pdf)
    assert lines.count("ףוסיאל הנכומ Dana's order") == 2, lines  # the item and the note
    assert "Dana ןהכ" in lines  # a name keeps its own direction
    assert "052-345-6789" in lines
    assert reads_from_the_right(word_boxes(pdf))


def test_a_hebrew_note_line_starting_with_english_reads_from_the_right(tmp_path):
    note = NoteContent(body=f"{MIXED}\nתודה, {isolate('Dana')}!", language="he")
    pdf = tmp_path / "note.pdf"
    note_pdf([note], pdf)
    lines = drawn_lines(pdf)
    assert "ףוסיאל הנכומ Dana's order" in lines
    assert "!Dana ,הדות" in lines
    assert reads_from_the_right(word_boxes(pdf))


def test_an_english_birthday_card_keeps_a_hebrew_name_whole(shop, tmp_path):
    shop.settings.set("shop_name", "הסדנה")
    draft = MemberDraft(
        first_name="דניס", phone="0523456789", birthday="28/11/1986", address_form="m"
    )
    member_id = shop.members.add(draft).member.id
    pdf = write_birthday_card(shop, member_id, tmp_path / "card.pdf", language="en")
    lines = drawn_lines(pdf)
    assert "Happy birthday, סינד! 🎂" in lines  # reads "Happy birthday, דניס!"
    assert "With love, הנדסה" in lines


def test_a_hebrew_call_sheet_reads_a_note_starting_with_english_from_the_right(shop, tmp_path):
    from shopkeeper.printing.call_sheet import write_call_sheet
    from shopkeeper.touch.call_records import CallBackEntry

    entry = CallBackEntry(
        member_id=1,
        number=1,
        name="Dana Levi",
        phone="+972524000001",
        call_back_on=date(2026, 9, 10),
        note=MIXED,
        call_id=1,
    )
    pdf = tmp_path / "calls.pdf"
    write_call_sheet(shop, [entry], pdf, language="he")
    lines = drawn_lines(pdf)
    assert "ףוסיאל הנכומ Dana's order" in lines  # the note's cell reads from the right
    assert "Dana Levi" in lines  # a name keeps its own direction
    assert "052-400-0001" in lines

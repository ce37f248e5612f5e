"""Birthday card PDFs: A6, the greeting in the handwriting font, Hebrew drawn right to left, the
gift code as text and QR (poppler-utils and zbar-tools required)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest

from shopkeeper.club.records import ChildDraft, MemberDraft
from shopkeeper.errors import MemberNotFound, SubjectNotFound
from shopkeeper.printing.birthday_cards import GIFT, BirthdayCard, draw_birthday_card
from shopkeeper.printing.birthday_cards import write_birthday_card as write_card
from tests.shopkeeper.printing.pdf_support import (
    drawn_lines,
    pdf_fonts,
    pdftotext_pages,
    require,
    run,
)

A6_POINTS = (297.638, 419.528)
SHOP_NAME = "הסדנה של רותי"


def member(shop, first_name="דנה", form="f", children=()) -> int:
    shop.settings.set("shop_name", SHOP_NAME)
    draft = MemberDraft(
        first_name=first_name,
        phone="0523456789",
        birthday="28/11/1986",
        address_form=form,
        children=children,
    )
    return shop.members.add(draft).member.id


def letters(text: str) -> str:
    """Letters and digits only, in order: what survives poppler's rebuilding of a mixed line."""
    return re.sub(r"[\W_]", "", text)


def words(text: str) -> str:
    return " ".join(text.split())


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = run("pdfinfo", "-f", "1", "-l", "99", pdf)
    found = re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)
    return [(float(w), float(h)) for w, h in found]


def decoded(pdf: Path, tmp_path: Path) -> list[str]:
    prefix = tmp_path / f"{pdf.stem}-qr"
    run("pdftoppm", "-r", "150", "-png", "-singlefile", pdf, prefix)
    found = subprocess.run(  # exit code 4: nothing found
        [require("zbarimg"), "-q", "--raw", f"{prefix}.png"], capture_output=True, text=True
    )
    return found.stdout.split()


def test_a_hebrew_card_with_a_gift_code(shop, tmp_path):
    member_id = member(shop)
    pdf = write_card(shop, member_id, tmp_path / "card.pdf", coupon_code="BDAY-7Q2X", show_age=True)
    assert pdf == tmp_path / "card.pdf" and pdf.exists()
    assert not (tmp_path / "card.pdf.part").exists()
    assert page_sizes(pdf) == [A6_POINTS]

    text = pdftotext_pages(pdf)[0]
    greeting = shop.greetings.compose(member_id, language="he").text
    assert letters("יום הולדת שמח!\n" + greeting) in letters(text)
    assert "BDAY-7Q2X" in text
    assert letters(GIFT["he"]) in letters(text)

    drawn = drawn_lines(pdf)
    assert drawn[0] == "!חמש תדלוה םוי"  # the title, right to left
    assert "!120 דעו 40 תב" in drawn
    assert "BDAY-7Q2X" in drawn
    assert decoded(pdf, tmp_path) == ["BDAY-7Q2X"]


def test_fonts_are_ours_and_embedded(shop, tmp_path):
    pdf = write_card(shop, member(shop), tmp_path / "card.pdf", coupon_code="X1")
    fonts = pdf_fonts(pdf)
    assert all(row["emb"] == "yes" for row in fonts)
    names = {row["name"].split("+")[-1] for row in fonts}
    assert "PlaypenSansHebrew-Regular" in names  # the handwriting face, like the notes
    assert not any("Helvetica" in name for name in names)


def test_an_english_card_for_a_son(shop, tmp_path):
    member_id = member(shop, "Dana", children=(ChildDraft("Tom", "01/12/2020", "m"),))
    shop.settings.set("shop_name", "Ruti's Workshop")
    pdf = write_card(
        shop, member_id, tmp_path / "tom.pdf", child="tom", language="en", show_age=True
    )
    text = words(pdftotext_pages(pdf)[0])
    assert text == words(
        "Happy Birthday! "
        "Hi Dana, happy birthday to your son Tom! 🎈 "
        "He's turning 6 – how exciting! "
        "Wishing him a year full of fun, laughter and surprises. "
        "With love, Ruti's Workshop"
    )
    assert decoded(pdf, tmp_path) == []  # no gift code, no QR


def test_a_hebrew_card_for_a_daughter(shop, tmp_path):
    member_id = member(shop, children=(ChildDraft("נועה", "28/11/2018", "f"),))
    pdf = write_card(shop, member_id, tmp_path / "noa.pdf", child="נועה", show_age=True)
    text = pdftotext_pages(pdf)[0]
    assert letters("היי דנה, מזל טוב לבתך נועה ליום ההולדת!") in letters(text)
    assert "!120 דעו 8 תב" in drawn_lines(pdf)
    assert letters(GIFT["he"]) not in letters(text)


def test_names_with_markup_and_emoji_are_drawn_as_written(shop, tmp_path):
    name = '<b>Dana</b> & "Co" 🌸'
    member_id = member(shop, name)
    shop.settings.set("shop_name", "Tom & <Jerry>")
    pdf = write_card(shop, member_id, tmp_path / "odd.pdf", language="en", coupon_code="A&B<1>")
    text = words(pdftotext_pages(pdf)[0])
    assert f"Happy birthday, {name}! 🎂" in text
    assert "With love, Tom & <Jerry>" in text
    assert "A&B<1>" in text
    assert decoded(pdf, tmp_path) == ["A&B<1>"]


def test_an_unknown_child_writes_nothing(shop, tmp_path):
    member_id = member(shop)
    out = tmp_path / "cards"
    out.mkdir()
    with pytest.raises(SubjectNotFound):
        write_card(shop, member_id, out / "x.pdf", child="Dan")
    with pytest.raises(MemberNotFound):
        write_card(shop, member_id + 9, out / "x.pdf")
    assert list(out.iterdir()) == []


def test_a_card_from_plain_data_into_a_buffer(tmp_path):
    buffer = io.BytesIO()
    draw_birthday_card(BirthdayCard("Happy birthday, Noa!", "en", "GIFT5"), buffer)
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(buffer.getvalue())
    assert words(pdftotext_pages(pdf)[0]) == words(
        f"Happy Birthday! Happy birthday, Noa! {GIFT['en']} GIFT5"
    )
    assert decoded(pdf, tmp_path) == ["GIFT5"]

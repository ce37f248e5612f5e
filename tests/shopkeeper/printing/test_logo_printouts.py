"""The shop's logo on notes, member cards and pickup slips: embedded once it is set, absent
without one, in the start corner of a card (right in Hebrew, left in English) and above the
slip's text, never over it (poppler's pdfimages, pdftoppm and pdftotext needed)."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest
from PIL import Image

from shopkeeper.club.records import MemberDraft
from shopkeeper.printing.cards import card_data, write_cards
from shopkeeper.printing.note_batch import shop_logo
from shopkeeper.printing.note_parts import shop_logo_or_none
from shopkeeper.printing.notes import NoteContent, note_pdf
from shopkeeper.printing.slips import pickup_slip_pdf
from tests.shopkeeper.printing.pdf_support import run

RED = (220, 20, 20)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def red_logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (90, 60), RED).save(buffer, "PNG")
    return buffer.getvalue()


def images(pdf: Path) -> list[str]:
    """The image rows of `pdfimages -list` (its two header lines dropped)."""
    return run("pdfimages", "-list", pdf).splitlines()[2:]


def red_box(pdf: Path, folder: Path, dpi: int = 72) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) in points of the red pixels on page 1."""
    stem = folder / pdf.stem
    run("pdftoppm", "-r", dpi, "-singlefile", "-png", pdf, stem)
    image = Image.open(stem.with_suffix(".png")).convert("RGB")
    mask = Image.eval(image.split()[0], lambda v: 255 if v > 180 else 0)
    green = Image.eval(image.split()[1], lambda v: 255 if v < 90 else 0)
    box = Image.composite(mask, Image.new("L", image.size, 0), green).getbbox()
    assert box, "no logo drawn"
    return box


def words(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    out = run("pdftotext", "-bbox-layout", "-f", 1, "-l", 1, pdf, "-")
    return [
        (float(a), float(b), float(c), float(d), html.unescape(t))
        for a, b, c, d, t in _WORD.findall(out)
    ]


@pytest.fixture
def member(shop):
    shop.settings.set("shop_name", "הפינה של נועה")
    return shop.members.add(MemberDraft(first_name="נועה", last_name="כהן", phone="0541234567"))


def test_a_note_carries_the_logo_from_the_database(shop, tmp_path):
    note = NoteContent("תודה רבה!", "he")
    note_pdf([note], tmp_path / "plain.pdf", logo=shop_logo(shop))
    assert images(tmp_path / "plain.pdf") == []
    shop.settings.set_logo(red_logo(), "logo.png")
    note_pdf([note, note], tmp_path / "logo.pdf", logo=shop_logo(shop))
    assert len(images(tmp_path / "logo.pdf")) == 2  # one per page, the same image object
    left, top, right, _ = red_box(tmp_path / "logo.pdf", tmp_path)
    width = 105 * 72 / 25.4
    assert abs((left + right) / 2 - width / 2) < 3  # centred at the top of the note
    assert top < 60


@pytest.mark.parametrize("language", ["he", "en"])
def test_a_card_has_the_logo_in_its_start_corner_beside_the_name(shop, member, tmp_path, language):
    plain = tmp_path / f"plain-{language}.pdf"
    write_cards(plain, [card_data(shop, member.member.id, language)])
    assert images(plain) == []
    shop.settings.set_logo(red_logo(), "logo.png")
    card = card_data(shop, member.member.id, language)
    assert card.logo is not None
    pdf = tmp_path / f"card-{language}.pdf"
    write_cards(pdf, [card])
    assert len(images(pdf)) == 1
    left, top, right, bottom = red_box(pdf, tmp_path)
    card_width = 85.6 * 72 / 25.4
    band = [w for w in words(pdf) if w[3] < 15 * 72 / 25.4]  # words in the header band
    assert band, "the shop's name is in the band"
    if language == "he":
        assert left > card_width * 0.75
        assert all(w[2] < left for w in band)  # the name and the tier stay left of the logo
    else:
        assert right < card_width * 0.25
        assert all(w[0] > right for w in band)


@pytest.mark.parametrize("size", ["a6", "label62"])
def test_a_slip_has_the_logo_above_its_text(shop, member, tmp_path, size):
    order = shop.pickups.create(member.member.id, [("עוגת גבינה", 1, 89_90)], paid=0)
    plain = tmp_path / f"plain-{size}.pdf"
    pickup_slip_pdf(order, shop.settings.shop_name, plain, size=size, logo=shop_logo_or_none(shop))
    assert images(plain) == []
    shop.settings.set_logo(red_logo(), "logo.png")
    pdf = tmp_path / f"slip-{size}.pdf"
    pickup_slip_pdf(order, shop.settings.shop_name, pdf, size=size, logo=shop_logo_or_none(shop))
    assert len(images(pdf)) == 1
    _, _, _, bottom = red_box(pdf, tmp_path)
    first_text = min(w[1] for w in words(pdf))
    assert bottom <= first_text + 1  # the logo ends before the first line of text begins


def test_a_damaged_stored_logo_does_not_stop_a_card_or_slip(shop, member):
    shop.settings._put("logo", "data:image/png;base64,AAAA")
    assert shop_logo_or_none(shop) is None
    assert card_data(shop, member.member.id).logo is None

"""The pickup slip PDF: exact page sizes, embedded fonts, a barcode that decodes to the code,
the drawn text (visual order), and a label that grows with the items (poppler and zbar needed)."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.printing.slips import pickup_slip_pdf
from shopkeeper.shop import Shop
from tests.shopkeeper.printing.pdf_support import drawn_lines, pdf_fonts, require, run

MM = 72 / 25.4
A6_POINTS = (round(105 * MM, 3), round(148 * MM, 3))  # 297.638 x 419.528
LABEL_WIDTH = round(62 * MM, 3)  # 175.748
_SIZE = re.compile(r"Page size:\s+([\d.]+) x ([\d.]+) pts")


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("slips") / "shop"
    opened = Shop(folder, today=lambda: date(2026, 9, 10), now=lambda: datetime(2026, 9, 10, 10))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def hebrew_order(shop):
    dana = shop.members.add(
        MemberDraft(first_name="דנה", last_name="לוי-כהן", phone="052-345-6789", address_form="f")
    ).member
    order = shop.pickups.create(
        dana.id,
        [
            ("עוגת גבינה (גדולה)", 2, 89_90),
            ("Lego Classic 10696", 1, 149_90),
            ("כרטיס ברכה 🎁", 1, 0),
        ],
        paid=100_00,
        shelf="B3",
        note="להתקשר לפני 18:00",
    )
    return replace(order, code="K7M2QX")


@pytest.fixture(scope="module")
def english_order(shop):
    dana = shop.members.add(
        MemberDraft(first_name="Dana", last_name="O'Brien <b>&", phone="054-123-4567")
    ).member
    order = shop.pickups.create(
        dana.id, [("Birthday cake (chocolate)", 1, 120_00), ("Candles", 3, 5_00)]
    )
    return replace(order, code="8HSA4H")


def page_size(pdf: Path) -> tuple[float, float]:
    width, height = _SIZE.search(run("pdfinfo", pdf)).groups()
    return float(width), float(height)


def decoded(pdf: Path, tmp_path: Path) -> list[str]:
    """What zbarimg reads on the page rendered at 150 dpi."""
    prefix = tmp_path / pdf.stem
    run("pdftoppm", "-r", "150", "-png", "-singlefile", pdf, prefix)
    result = subprocess.run(
        [require("zbarimg"), "-q", "--raw", f"{prefix}.png"], capture_output=True, text=True
    )
    return result.stdout.split()


def slip(tmp_path, order, name="slip", **options) -> Path:
    out = tmp_path / f"{name}.pdf"
    pickup_slip_pdf(order, options.pop("shop_name", "צעצועי הגן (Garden Toys)"), out, **options)
    return out


def test_a6_hebrew_slip(tmp_path, hebrew_order):
    pdf = slip(tmp_path, hebrew_order)
    assert page_size(pdf) == A6_POINTS
    assert "Pages:           1" in run("pdfinfo", pdf)
    lines = drawn_lines(pdf)
    for expected in [
        "(Garden Toys) ןגה יעוצעצ",
        f"{hebrew_order.number} ׳סמ ףוסיאל הנמזה",  # the order number
        "ןהכ-יול הנד",  # the customer
        "052-345-6789",  # the phone, left to right
        "2 × (הלודג) הניבג תגוע",
        "₪ 179.80",
        "Lego Classic 10696",
        "🎁 הכרב סיטרכ",
        "ףוסיאב םולשתל",
        "₪ 229.70",  # to pay: 329.70 less 100 paid
        "םלוש",
        "₪ 100.00",  # agorot shown on every amount once one has them
        "דע הנכומ",
        "14/09/2026",  # ready by, dd/mm/yyyy
        "ףדמ",
        "B3",
        "18:00 ינפל רשקתהל",
        "ףוסיא דוק",
        "K7M2QX",  # the code in big letters
    ]:
        assert expected in lines, f"{expected!r} not drawn; drawn: {lines}"
    assert decoded(pdf, tmp_path) == ["K7M2QX"]


def test_a6_english_slip(tmp_path, english_order):
    pdf = slip(tmp_path, english_order, shop_name="Garden Toys", language="en")
    assert page_size(pdf) == A6_POINTS
    lines = drawn_lines(pdf)
    for expected in [
        "Garden Toys",
        f"Pickup order no. {english_order.number}",
        "Dana O'Brien <b>&",
        "054-123-4567",
        "Birthday cake (chocolate)",
        "₪120",
        "Candles × 3",
        "₪15",
        "To pay at pickup",
        "₪135",
        "Ready by",
        "14/09/2026",
        "8HSA4H",
    ]:
        assert expected in lines, f"{expected!r} not drawn; drawn: {lines}"
    assert "Paid" not in lines  # nothing was paid: no paid line, no total line
    assert decoded(pdf, tmp_path) == ["8HSA4H"]


@pytest.mark.parametrize("language", ["he", "en"])
def test_fonts_are_ours_and_embedded(tmp_path, hebrew_order, language):
    for size in ("a6", "label62"):
        fonts = pdf_fonts(slip(tmp_path, hebrew_order, size=size, language=language))
        assert fonts and all(font["emb"] == "yes" for font in fonts), fonts
        assert not any("Helvetica" in font["name"] for font in fonts)
        assert {font["name"].split("+")[-1] for font in fonts} <= {
            "Rubik-Regular",
            "Rubik-Medium",
            "Rubik-Bold",
            "NotoEmoji-Regular",
            "NotoSansSymbols2-Regular",
        }


def test_label62_is_62_mm_wide_and_grows_with_the_items(tmp_path, hebrew_order):
    heights = []
    for count in (1, 2, 5, 12):
        lines = tuple(replace(hebrew_order.lines[1], name=f"פריט {n}") for n in range(count))
        pdf = slip(tmp_path, replace(hebrew_order, lines=lines), f"label{count}", size="label62")
        width, height = page_size(pdf)
        assert width == LABEL_WIDTH
        heights.append(height)
        assert decoded(pdf, tmp_path) == ["K7M2QX"]
    steps = [b - a for a, b in zip(heights, heights[1:], strict=False)]
    per_item = steps[0]
    assert 10 < per_item < 20  # one line of 9 pt type and its spacing
    assert steps == pytest.approx([per_item, 3 * per_item, 7 * per_item], abs=0.01)


def test_label62_has_everything_the_a6_has(tmp_path, hebrew_order):
    a6 = drawn_lines(slip(tmp_path, hebrew_order))
    label = drawn_lines(slip(tmp_path, hebrew_order, "label", size="label62"))
    assert label == a6


def test_an_a6_slip_with_many_items_lists_what_fits_and_says_how_many_more(tmp_path, hebrew_order):
    lines = tuple(replace(hebrew_order.lines[1], name=f"פריט {n}") for n in range(40))
    pdf = slip(tmp_path, replace(hebrew_order, lines=lines))
    assert page_size(pdf) == A6_POINTS
    drawn = drawn_lines(pdf)
    listed = [line for line in drawn if line.endswith(" טירפ")]
    more = [line for line in drawn if line.endswith("דועו")]
    assert more == [f"םיטירפ {40 - len(listed)} דועו"]
    assert 8 <= len(listed) < 40
    assert "K7M2QX" in drawn and decoded(pdf, tmp_path) == ["K7M2QX"]


def test_a_slip_without_a_member_or_shop_name(tmp_path, hebrew_order):
    order = replace(hebrew_order, member=None, shelf="", note="")
    pdf = slip(tmp_path, order, shop_name="")
    drawn = drawn_lines(pdf)
    assert drawn[0] == f"{order.number} ׳סמ ףוסיאל הנמזה"
    assert "052-345-6789" not in drawn and "ףדמ" not in drawn


def test_paid_in_full(tmp_path, hebrew_order):
    order = replace(hebrew_order, paid=329_70, due=0)
    drawn = drawn_lines(slip(tmp_path, order))
    assert "ואולמב םלוש" in drawn and "ףוסיאב םולשתל" not in drawn


def test_written_to_a_buffer_and_unknown_size_refused(hebrew_order):
    buffer = io.BytesIO()
    assert pickup_slip_pdf(hebrew_order, "x", buffer) == pytest.approx((105 * MM, 148 * MM))
    assert buffer.getvalue().startswith(b"%PDF")
    with pytest.raises(ValueError):
        pickup_slip_pdf(hebrew_order, "x", io.BytesIO(), size="a4")

"""Member cards: exact sizes, embedded fonts, barcodes that decode to what the counter opens,
the right member in the right cell of a sheet, cut marks clear of the cards (poppler-utils,
zbarimg and Pillow required)."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4

from shopkeeper.club.records import MemberDraft
from shopkeeper.printing import cards as cards_module
from shopkeeper.printing.cards import (
    CARD_HEIGHT,
    CARD_WIDTH,
    MARK_OFFSET,
    PAD,
    CardData,
    card_data,
    cut_marks,
    sheet_cells,
    write_cards,
)
from shopkeeper.printing.templates import values_for
from shopkeeper.sales.records import PurchaseDraft
from tests.shopkeeper.printing.pdf_support import drawn_lines, pdf_fonts, require, run

SHOP_HE = "בוטיק הפרחים של מיכל"
SHOP_EN = "Michal's Flower Boutique"
MEDIUM_HEBREW = "אלכסנדרה-מרגריטה רוזנבלום-שטיינברג"
LONG_HEBREW = "אלכסנדרה-מרגריטה בת-שבע בן-אליעזר רוזנבלום-שטיינברג מקריית-ביאליק"
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
_SIZE = re.compile(r"size:\s+([\d.]+) x ([\d.]+) pts")


def he(name: str, number: int, tier: str = "זהב") -> CardData:
    return CardData(SHOP_HE, name, number, tier, "he")


def en(name: str, number: int, tier: str = "Gold") -> CardData:
    return CardData(SHOP_EN, name, number, tier, "en")


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = run("pdfinfo", "-f", "1", "-l", "999", pdf)
    return [(float(w), float(h)) for w, h in _SIZE.findall(out)]


def words(pdf: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every drawn word, y from the top of the page."""
    out = run("pdftotext", "-bbox-layout", "-f", page, "-l", page, pdf, "-")
    return [
        (float(a), float(b), float(c), float(d), html.unescape(t))
        for a, b, c, d, t in _WORD.findall(out)
    ]


def render(pdf: Path, folder: Path, dpi: int, page: int = 1) -> Path:
    stem = folder / f"{pdf.stem}-{dpi}-{page}"
    run("pdftoppm", "-r", dpi, "-f", page, "-l", page, "-singlefile", "-png", pdf, stem)
    return stem.with_suffix(".png")


def decode(png: Path) -> list[str]:
    """What zbarimg reads in an image, as "TYPE:data" lines (none: empty list)."""
    result = subprocess.run(
        [require("zbarimg"), "-q", png], capture_output=True, text=True, timeout=60
    )
    return result.stdout.split()


def write(tmp_path: Path, name: str, cards, **options) -> Path:
    pdf = tmp_path / f"{name}.pdf"
    write_cards(pdf, cards, **options)
    return pdf


# ---------------------------------------------------------------- from the shop


@pytest.fixture
def gold_member(shop):
    """Member 1, נועה כהן, with ₪5,200 spent this year: the default programme's Gold tier."""
    shop.settings.set("shop_name", SHOP_HE)
    shop.members.add(MemberDraft(first_name="דנה", last_name="לוי", phone="0523456789"))
    saved = shop.members.add(MemberDraft(first_name="נועה", last_name="כהן", phone="0541234567"))
    shop.purchases.record(PurchaseDraft(saved.member.id, amount=5_200_00), by="test")
    return saved.member


def test_card_data_comes_from_the_shop_and_the_number_opens_the_member(shop, gold_member):
    assert shop.loyalty.tier(gold_member.id).name == "Gold"
    data = card_data(shop, gold_member.id)
    assert data == CardData(SHOP_HE, "נועה כהן", gold_member.number, "זהב", "he")
    # what the barcode holds, typed by the scanner at the counter, opens this member
    assert data.code == str(gold_member.number) == "2"
    assert shop.search.exact_id(data.code) == gold_member.id
    english = card_data(shop, gold_member.id, "en")
    assert (english.tier, english.language) == ("Gold", "en")  # the programme's name as written


def test_card_data_follows_the_shops_language_and_keeps_own_tier_names(shop, gold_member):
    shop.settings.set("language", "en")
    assert card_data(shop, gold_member.id).language == "en"
    first = shop.members.find("1")
    assert card_data(shop, first.id).tier == "Member"  # no purchases: the lowest tier


@pytest.mark.parametrize(
    ("form", "tier"), [("f", "חברת מועדון"), ("m", "חבר מועדון"), ("", "חבר/ת מועדון")]
)
def test_the_cards_tier_speaks_to_the_member_as_her_note_does(shop, tmp_path, form, tier):
    saved = shop.members.add(
        MemberDraft(first_name="מיכל", last_name="אברהם", phone="0529876543", address_form=form)
    )
    member = saved.member
    data = card_data(shop, member.id)
    assert data.tier == tier == values_for(shop, member.id).tier
    assert card_data(shop, member.id, "en").tier == "Member"
    # drawn right to left: the glyphs read left to right are the Hebrew reversed
    assert tier[::-1] in drawn_lines(write(tmp_path, f"form-{form or 'none'}", [data]))


def test_a_card_from_the_shop_scans_to_its_member(shop, gold_member, tmp_path):
    pdf = write(tmp_path, "shop", [card_data(shop, gold_member.id)])
    [read] = decode(render(pdf, tmp_path, 300))
    kind, _, number = read.partition(":")
    assert kind == "CODE-128"
    assert shop.search.exact_id(number) == gold_member.id


# ---------------------------------------------------------------- pages and fonts


def test_a_single_card_is_one_page_of_credit_card_size_per_member(tmp_path):
    pdf = write(tmp_path, "single", [he("נועה כהן", 1234), en("Dana Levi", 7)])
    assert (
        page_sizes(pdf) == [(pytest.approx(242.65, abs=0.01), pytest.approx(153.07, abs=0.01))] * 2
    )
    assert (
        pytest.approx(242.646, abs=1e-3),
        pytest.approx(153.071, abs=1e-3),
    ) == (CARD_WIDTH, CARD_HEIGHT)


def test_a_sheet_holds_ten_cards_to_an_a4_page(tmp_path):
    cards = [he(f"חבר {n}", n) for n in range(1, 24)]
    pdf = write(tmp_path, "sheets", cards, sheet=True)
    assert (
        page_sizes(pdf) == [(pytest.approx(595.28, abs=0.01), pytest.approx(841.89, abs=0.01))] * 3
    )
    numbers = [set(w[4] for w in words(pdf, page)) for page in (1, 2, 3)]
    assert {str(n) for n in range(1, 11)} <= numbers[0]
    assert {str(n) for n in range(11, 21)} <= numbers[1]
    assert {str(n) for n in range(21, 24)} <= numbers[2] and "20" not in numbers[2]


@pytest.mark.parametrize("sheet", [False, True], ids=["single", "sheet"])
def test_every_font_is_embedded(tmp_path, sheet):
    pdf = write(
        tmp_path, "fonts", [he("<b>&</b> 🌸", 1), en("נועה כהן", 2)], sheet=sheet, code="qr"
    )
    rows = pdf_fonts(pdf)
    assert rows and all(row["emb"] == "yes" for row in rows)
    assert not any("Helvetica" in row["name"] for row in rows)
    assert {row["name"].split("+")[-1] for row in rows} >= {
        "Rubik-Bold",
        "Rubik-Regular",
        "NotoEmoji-Regular",
    }


def test_no_cards_is_an_error(tmp_path):
    with pytest.raises(ValueError):
        write_cards(tmp_path / "none.pdf", [])


# ---------------------------------------------------------------- barcodes


@pytest.mark.parametrize("number", [7, 42, 1234, 12345, 1234567])
@pytest.mark.parametrize("language", ["he", "en"])
def test_the_code128_decodes_to_the_member_number(tmp_path, number, language):
    card = (he if language == "he" else en)("נועה כהן", number)
    pdf = write(tmp_path, f"c128-{language}-{number}", [card])
    assert decode(render(pdf, tmp_path, 300)) == [f"CODE-128:{number}"]


@pytest.mark.parametrize("number", [7, 1234567])
@pytest.mark.parametrize("language", ["he", "en"])
def test_the_qr_decodes_to_the_member_number(tmp_path, number, language):
    card = (he if language == "he" else en)("Dana Levi", number)
    pdf = write(tmp_path, f"qr-{language}-{number}", [card], code="qr")
    assert decode(render(pdf, tmp_path, 300)) == [f"QR-Code:{number}"]


def test_a_7_digit_barcode_still_decodes_at_150_dpi(tmp_path):
    pdf = write(tmp_path, "low", [he("נועה כהן", 1234567)])
    assert decode(render(pdf, tmp_path, 150)) == ["CODE-128:1234567"]


def test_the_code_sits_on_the_end_side_for_qr_and_the_start_side_for_bars(tmp_path):
    """Hebrew: bars from the right edge, QR on the left; English the other way round."""
    dpi = 150
    for card, code, side in [
        (he("נועה כהן", 1234), "code128", "right"),
        (en("Dana Levi", 1234), "code128", "left"),
        (he("נועה כהן", 1234), "qr", "left"),
        (en("Dana Levi", 1234), "qr", "right"),
    ]:
        pdf = write(tmp_path, f"side-{card.language}-{code}", [card], code=code)
        image = Image.open(render(pdf, tmp_path, dpi)).convert("L")
        # the lower part of the card, under the number line: only the code is drawn there
        band = image.crop((0, int(image.height * 0.62), image.width, image.height))
        columns = [
            x
            for x in range(band.width)
            if min(band.crop((x, 0, x + 1, band.height)).get_flattened_data()) < 100
        ]
        pad = PAD / 72 * dpi
        if side == "right":
            assert abs(columns[-1] - (image.width - pad)) < 3 and columns[0] > image.width / 3
        else:
            assert abs(columns[0] - pad) < 3 and columns[-1] < image.width * 2 / 3


# ---------------------------------------------------------------- text


def test_hebrew_card_reads_right_to_left_and_keeps_the_number_left_to_right(tmp_path):
    pdf = write(tmp_path, "he-text", [he("נועה כהן", 1234567)])
    lines = drawn_lines(pdf)
    assert "לכימ לש םיחרפה קיטוב" in lines  # shop name, drawn reordered
    assert "ןודעומ רבח סיטרכ" in lines
    assert "ןהכ העונ" in lines
    assert "1234567 רבח ׳סמ" in lines  # the label at the right, the number after it (leftwards)
    assert "בהז" in lines
    boxes = {w[4]: w for w in words(pdf)}
    right = CARD_WIDTH - PAD
    assert boxes["העונ"][2] == pytest.approx(right, abs=1.5)  # right-aligned name
    assert boxes["׳סמ"][2] == pytest.approx(right, abs=1.5)
    assert boxes["בהז"][0] == pytest.approx(PAD + 2.6 * 72 / 25.4, abs=1.5)  # the tier on the left


def test_english_card_reads_left_to_right(tmp_path):
    pdf = write(tmp_path, "en-text", [en("Dana Levi", 56, "Member")])
    lines = drawn_lines(pdf)
    assert "Michal's Flower Boutique" in lines
    assert "Dana Levi" in lines
    assert "Member no. 56" in lines
    assert "Member card" in lines
    boxes = {w[4]: w for w in words(pdf)}
    assert boxes["Dana"][0] == pytest.approx(PAD, abs=1.5)
    assert boxes["56"][0] > boxes["no."][2]


@pytest.mark.parametrize(
    ("card", "drawn"),
    [
        (he("<b>&</b>", 1), "<b>&</b>"),
        (he("נועה 🌸 כהן", 2), "ןהכ 🌸 העונ"),
        (he("Dana Levi 🌸", 3), "Dana Levi 🌸"),
        (en("נועה כהן 🌸", 4), "🌸 ןהכ העונ"),
        (en("<script>&amp;</script>", 5), "<script>&amp;</script>"),
    ],
    ids=[
        "markup",
        "emoji in hebrew",
        "english name on hebrew card",
        "hebrew name on english card",
        "script",
    ],
)
def test_names_are_drawn_as_written(tmp_path, card, drawn):
    pdf = write(tmp_path, "names", [card])
    assert drawn in drawn_lines(pdf)


def _name_words(pdf: Path, name: str):
    return [w for w in words(pdf) if w[4][::-1] in name.split()]


def _height(word) -> float:
    return word[3] - word[1]


@pytest.mark.parametrize(
    ("name", "lines"), [(MEDIUM_HEBREW, 1), (LONG_HEBREW, 2)], ids=["shrinks", "wraps"]
)
def test_a_long_hebrew_name_shrinks_then_wraps_inside_the_card(tmp_path, name, lines):
    short = _name_words(write(tmp_path, "short", [he("נועה כהן", 12)]), "נועה כהן")
    pdf = write(tmp_path, "long", [he(name, 12)])
    drawn = " ".join(drawn_lines(pdf))
    for word in name.split():
        assert word[::-1] in drawn  # every word, nothing cut off
    assert "…" not in drawn
    found = _name_words(pdf, name)
    assert len(found) == len(name.split())
    assert len({round(w[1]) for w in found}) == lines
    assert all(_height(w) < _height(short[0]) * 0.9 for w in found)  # smaller than 15 pt
    assert all(_height(w) > _height(short[0]) * 0.45 for w in found)  # still readable
    number_top = next(w for w in words(pdf) if w[4] == "12")[1]
    for x0, _y0, x1, y1, _text in found:
        assert x0 >= PAD - 0.5 and x1 <= CARD_WIDTH - PAD + 0.5
        assert y1 < number_top  # above the number line, never over it


def test_an_absurdly_long_name_is_cut_with_an_ellipsis_not_spilled(tmp_path):
    pdf = write(tmp_path, "absurd", [he(" ".join([LONG_HEBREW] * 4), 99)])
    boxes = words(pdf)
    assert any("…" in w[4] for w in boxes)
    number_top = next(w for w in boxes if w[4] == "99")[1]
    barcode_top = CARD_HEIGHT - cards_module.BOTTOM_PAD - cards_module.BARCODE_HEIGHT
    assert number_top < barcode_top
    assert all(w[0] >= 0 and w[2] <= CARD_WIDTH for w in boxes)
    assert decode(render(pdf, tmp_path, 300)) == ["CODE-128:99"]


def test_a_shop_without_a_name_prints_a_club_title(tmp_path):
    pdf = write(tmp_path, "noname", [CardData("", "Dana Levi", 1, "Gold", "en")])
    assert "Customer club" in drawn_lines(pdf)


# ---------------------------------------------------------------- the sheet


def _cell_pixels(cell: tuple[float, float], dpi: int) -> tuple[int, int, int, int]:
    x, y = cell
    scale = dpi / 72
    top = A4[1] - (y + CARD_HEIGHT)
    return (
        round(x * scale),
        round(top * scale),
        round((x + CARD_WIDTH) * scale),
        round((top + CARD_HEIGHT) * scale),
    )


@pytest.mark.parametrize(("language", "code"), [("he", "code128"), ("en", "qr")])
def test_the_sheet_puts_each_member_in_their_cell(tmp_path, language, code):
    make = he if language == "he" else en
    cards = [make(f"Member {n}", 100 + n) for n in range(13)]
    pdf = write(tmp_path, f"sheet-{language}", cards, sheet=True, code=code)
    kind = "CODE-128" if code == "code128" else "QR-Code"
    cells = sheet_cells("rtl" if language == "he" else "ltr")
    for page, chunk in ((1, cards[:10]), (2, cards[10:])):
        image = Image.open(render(pdf, tmp_path, 200, page))
        for index, cell in enumerate(cells):
            crop = tmp_path / f"cell-{page}-{index}.png"
            image.crop(_cell_pixels(cell, 200)).save(crop)
            expected = [f"{kind}:{chunk[index].number}"] if index < len(chunk) else []
            assert decode(crop) == expected, (page, index)
            # the drawn text of the cell: its member's name and number, nobody else's
            x, y = cell
            text = run(
                "pdftotext",
                "-f",
                page,
                "-l",
                page,
                "-x",
                int(x),
                "-y",
                int(A4[1] - y - CARD_HEIGHT),
                "-W",
                int(CARD_WIDTH),
                "-H",
                int(CARD_HEIGHT),
                pdf,
                "-",
            )
            if index < len(chunk):
                assert str(chunk[index].number) in text
                assert sum(str(card.number) in text for card in cards) == 1
            else:
                assert not text.strip()


def test_sheet_order_starts_at_the_top_on_the_reading_side():
    rtl, ltr = sheet_cells("rtl"), sheet_cells("ltr")
    assert rtl[0][0] > rtl[1][0] and ltr[0][0] < ltr[1][0]  # first card top right in Hebrew
    assert rtl[0][1] == ltr[0][1] > rtl[2][1] > rtl[9][1]
    assert sorted(rtl) == sorted(ltr)
    xs = sorted({x for x, _ in rtl})
    ys = sorted({y for _, y in rtl})
    left, right = xs[0], A4[0] - (xs[-1] + CARD_WIDTH)
    bottom, top = ys[0], A4[1] - (ys[-1] + CARD_HEIGHT)
    assert left == pytest.approx(right) and bottom == pytest.approx(top)  # centred
    assert bottom > 5 * 72 / 25.4  # room for the outer marks


def _inside(px: float, py: float, cell, margin: float) -> bool:
    x, y = cell
    return x - margin < px < x + CARD_WIDTH + margin and y - margin < py < y + CARD_HEIGHT + margin


@pytest.mark.parametrize("count", [10, 3, 1])
def test_cut_marks_sit_at_every_corner_outside_the_cards(count):
    cells = sheet_cells("rtl")[:count]
    marks = cut_marks(cells)
    for x1, y1, x2, y2 in marks:
        assert x1 == x2 or y1 == y2
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            px, py = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
            assert not any(_inside(px, py, cell, MARK_OFFSET - 0.01) for cell in cells)
            assert 0 < px < A4[0] and 0 < py < A4[1]
    for x, y in cells:
        for cx in (x, x + CARD_WIDTH):
            for cy in (y, y + CARD_HEIGHT):
                # one mark continuing the vertical edge and one the horizontal edge at each corner
                assert any(
                    x1 == x2 == cx and min(abs(y1 - cy), abs(y2 - cy)) == pytest.approx(MARK_OFFSET)
                    for x1, y1, x2, y2 in marks
                )
                assert any(
                    y1 == y2 == cy and min(abs(x1 - cx), abs(x2 - cx)) == pytest.approx(MARK_OFFSET)
                    for x1, y1, x2, y2 in marks
                )


def test_cut_marks_are_drawn_and_the_cards_corners_stay_clean(tmp_path):
    dpi = 150
    cells = sheet_cells("rtl")
    pdf = write(tmp_path, "marks", [he(f"Member {n}", n) for n in range(1, 11)], sheet=True)
    image = Image.open(render(pdf, tmp_path, dpi)).convert("L")
    scale = dpi / 72
    for x1, y1, x2, y2 in cut_marks(cells):
        mx, my = (x1 + x2) / 2 * scale, (A4[1] - (y1 + y2) / 2) * scale
        darkest = min(
            image.getpixel((round(mx) + dx, round(my) + dy))
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        )
        assert darkest < 200  # the mark is on the page
    for x, y in cells:
        # the card's bottom corners are white (the band covers the top ones): no mark over a card
        for cx in (x + 2, x + CARD_WIDTH - 2):
            px, py = round(cx * scale), round((A4[1] - y - 2) * scale)
            assert image.getpixel((px, py)) > 250

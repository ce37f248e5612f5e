"""Thank-you note PDFs: sizes, fonts, the drawn text, the coupon's QR code, the 4-up sheet, the
label, a logo, progress and cancel (poppler-utils and zbar-tools required)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from shopkeeper.errors import UnsupportedLogo
from shopkeeper.logo import read_logo_file
from shopkeeper.printing.layout import isolate
from shopkeeper.printing.note_parts import logo_from_image
from shopkeeper.printing.notes import SHEET_CELL, NoteContent, PrintedNotes, note_pdf
from tests.shopkeeper.printing.pdf_support import (
    drawn_lines,
    pdf_fonts,
    pdftotext_pages,
    poppler_expectation,
    require,
    run,
)

A6_POINTS = (297.638, 419.528)
A5_POINTS = (419.528, 595.276)
A4_POINTS = (595.276, 841.89)
MM = 72 / 25.4
LABEL_WIDTH = 175.748  # 62 mm

HEBREW = NoteContent(
    body="\n".join(
        [
            f"{isolate('דנה')} היקרה,",
            "תודה רבה שקנית אצלנו! 🌸",
            f"צברת {isolate('1,234')} נקודות.",
        ]
    ),
    language="he",
    return_policy="החלפה תוך 14 יום.",
    coupon="AB12CD34",
    coupon_offer="10% הנחה בקנייה הבאה",
    coupon_until="בתוקף עד 25/01/2027",
)
HEBREW_DRAWN = [",הרקיה הנד", "🌸 !ונלצא תינקש הבר הדות", ".תודוקנ 1,234 תרבצ"]
ENGLISH = NoteContent(
    body="\n".join(
        [
            f"Dear {isolate('Noa')},",
            "Thank you (really)!",
            f"You have {isolate('1,234')} points.",
        ]
    ),
    language="en",
    return_policy="Returns within 14 days.",
    coupon="ZX98YW76",
    coupon_offer="10% off your next order",
    coupon_until="Valid until 25/01/2027",
)
ENGLISH_DRAWN = ["Dear Noa,", "Thank you (really)!", "You have 1,234 points."]


def write(tmp_path: Path, notes, name: str, **options) -> Path:
    out = tmp_path / f"{name}.pdf"
    result = note_pdf(notes, out, **options)
    assert result.notes == len(notes) and not result.cancelled
    return out


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = run("pdfinfo", "-f", "1", "-l", "999", pdf)
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts", info)
    ]


def decoded(pdf: Path, tmp_path: Path, page: int = 1) -> list[str]:
    prefix = tmp_path / f"{pdf.stem}-{page}"
    run("pdftoppm", "-r", "150", "-png", "-f", page, "-l", page, "-singlefile", pdf, prefix)
    found = subprocess.run(  # exit code 4: nothing found
        [require("zbarimg"), "-q", "--raw", f"{prefix}.png"], capture_output=True, text=True
    )
    return sorted(found.stdout.split())


def contains_in_order(lines: list[str], expected: list[str]) -> bool:
    """Whether ``expected`` are consecutive lines of ``lines``."""
    return any(lines[i : i + len(expected)] == expected for i in range(len(lines)))


# ---------------------------------------------------------------- sizes and fonts


@pytest.mark.parametrize(
    ("size", "points", "per_page"),
    [("a6", A6_POINTS, 1), ("a5", A5_POINTS, 1), ("a4x4", A4_POINTS, 4)],
)
def test_page_sizes_are_exact(tmp_path, size, points, per_page):
    pdf = write(tmp_path, [HEBREW] * 5, size, size=size)
    sizes = page_sizes(pdf)
    assert len(sizes) == -(-5 // per_page)
    assert set(sizes) == {points}


def test_every_font_is_embedded_and_none_is_helvetica(tmp_path):
    for size in ("a6", "label62"):
        pdf = write(tmp_path, [HEBREW, ENGLISH], size, size=size)
        rows = pdf_fonts(pdf)
        assert rows and all(row["emb"] == "yes" for row in rows), rows
        assert not any("Helvetica" in row["name"] for row in rows)
        names = {row["name"].split("+", 1)[1] for row in rows}
        assert "PlaypenSansHebrew-Regular" in names  # the greeting's handwriting
        assert "NotoEmoji-Regular" in names  # the flower in the text


# ---------------------------------------------------------------- the drawn text


@pytest.mark.parametrize("size", ["a6", "a5", "label62"])
def test_the_hebrew_body_is_drawn_as_worked_out_by_hand(tmp_path, size):
    pdf = write(tmp_path, [HEBREW], size, size=size)
    lines = drawn_lines(pdf)
    assert contains_in_order(lines, HEBREW_DRAWN), lines
    assert "AB12CD34" in lines  # the code, left to right
    assert ".םוי 14 ךות הפלחה" in lines
    # poppler reads the Hebrew-only lines back in logical order
    text = pdftotext_pages(pdf)[0].splitlines()
    assert poppler_expectation("תודה רבה שקנית אצלנו! 🌸") in [t.strip() for t in text]


@pytest.mark.parametrize("size", ["a6", "a5", "label62"])
def test_the_english_body_is_drawn_left_to_right(tmp_path, size):
    pdf = write(tmp_path, [ENGLISH], size, size=size)
    lines = drawn_lines(pdf)
    assert contains_in_order(lines, ENGLISH_DRAWN), lines
    assert {"ZX98YW76", "10% off your next order", "Valid until 25/01/2027"} <= set(lines)


def test_hebrew_lines_end_at_the_right_english_at_the_left_of_a_centred_body(tmp_path):
    """The body is centred; the coupon's text sits beside its QR code: on the left of the
    box in Hebrew (the code comes last reading right to left), on the right in English."""
    he = _words(write(tmp_path, [HEBREW], "he"))
    en = _words(write(tmp_path, [ENGLISH], "en"))
    width = A6_POINTS[0]
    assert he["AB12CD34"][0] > width * 0.4  # the code is right of the QR (QR on the left)
    assert en["ZX98YW76"][2] < width * 0.6  # the code is left of the QR (QR on the right)


def test_a_member_called_markup_with_emoji(tmp_path):
    note = NoteContent(body=f"{isolate('<b>&</b>')} {isolate('🌸 כהן')}, תודה!", language="he")
    pdf = write(tmp_path, [note], "markup")
    assert drawn_lines(pdf)[1] == "!הדות ,ןהכ 🌸 <b>&</b>"  # whole, in its place, unescaped
    assert not any("Helvetica" in row["name"] for row in pdf_fonts(pdf))


def test_a_long_body_shrinks_to_fit_its_card(tmp_path):
    long = NoteContent(body="\n".join(["תודה רבה על הקנייה, מחכים לראות אותך שוב!"] * 14))
    pdf = write(tmp_path, [long], "long")
    drawn = drawn_lines(pdf)
    assert drawn.count("!בוש ךתוא תוארל םיכחמ ,היינקה לע הבר הדות") == 14  # nothing cut


# ---------------------------------------------------------------- the coupon


@pytest.mark.parametrize("size", ["a6", "a5", "label62"])
def test_the_coupon_qr_decodes_to_the_code(tmp_path, size):
    pdf = write(tmp_path, [HEBREW, ENGLISH], size, size=size)
    assert decoded(pdf, tmp_path, 1) == ["AB12CD34"]
    assert decoded(pdf, tmp_path, 2) == ["ZX98YW76"]


def test_no_coupon_no_qr(tmp_path):
    plain = NoteContent(body="תודה!", language="he")
    pdf = write(tmp_path, [plain], "plain")
    assert decoded(pdf, tmp_path) == []
    assert drawn_lines(pdf) == ["✿", "!הדות"]


# ---------------------------------------------------------------- four to a sheet


def _words(pdf: Path, page: int = 1) -> dict[str, tuple[float, float, float, float]]:
    """Each word on a page → (xMin, yMin, xMax, yMax), y from the top."""
    out = run("pdftotext", "-bbox-layout", "-f", page, "-l", page, pdf, "-")
    return {
        text: (float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            out,
        )
    }


def _cell(word: tuple[float, float, float, float]) -> str:
    x = (word[0] + word[2]) / 2
    y = (word[1] + word[3]) / 2
    return ("top " if y < A4_POINTS[1] / 2 else "bottom ") + (
        "left" if x < A4_POINTS[0] / 2 else "right"
    )


NAMES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]


@pytest.mark.parametrize(
    ("language", "order"),
    [
        ("he", ["top right", "top left", "bottom right", "bottom left"]),
        ("en", ["top left", "top right", "bottom left", "bottom right"]),
    ],
)
def test_four_up_places_each_member_in_their_cell(tmp_path, language, order):
    notes = [
        NoteContent(body=f"{isolate(name)} ✿", language=language, coupon=f"CODE{i}X")
        for i, name in enumerate(NAMES)
    ]
    pdf = write(tmp_path, notes, f"sheet-{language}", size="a4x4")
    words = _words(pdf)
    assert [_cell(words[name]) for name in NAMES[:4]] == order
    assert [_cell(words[f"CODE{i}X"]) for i in range(4)] == order
    assert _cell(_words(pdf, 2)["Echo"]) == order[0]
    assert decoded(pdf, tmp_path) == sorted(f"CODE{i}X" for i in range(4))


def test_four_up_cut_marks_stay_outside_the_notes(tmp_path):
    pdf = write(tmp_path, [ENGLISH] * 4, "marks", size="a4x4")
    png = tmp_path / "marks"
    run("pdftoppm", "-r", "150", "-png", "-singlefile", pdf, png)
    image = Image.open(f"{png}.png").convert("L")
    dots = 150 / 72
    middle = round(A4_POINTS[0] / 2 * dots)
    grid_top = (A4_POINTS[1] - 2 * SHEET_CELL[1]) / 2  # points from the top of the page
    mark = range(round((grid_top - 6.2 * MM) * dots), round((grid_top - 1.8 * MM) * dots))
    gutter = range(round((grid_top + 2 * MM) * dots), round((A4_POINTS[1] / 2 - 10) * dots))

    def darkest(rows) -> int:
        return min(image.getpixel((x, y)) for y in rows for x in (middle - 1, middle, middle + 1))

    assert darkest(mark) < 160  # a mark in the margin continues the middle cut line …
    assert darkest(gutter) > 240  # … and nothing is drawn on the line between two notes


# ---------------------------------------------------------------- the label


def test_the_label_is_62_mm_wide_and_grows_with_the_text(tmp_path):
    notes = [NoteContent(body="\n".join(["תודה רבה!"] * lines)) for lines in (1, 5, 10, 20)]
    pdf = write(tmp_path, notes, "labels", size="label62")
    sizes = page_sizes(pdf)
    assert [w for w, _ in sizes] == [LABEL_WIDTH] * 4
    heights = [h for _, h in sizes]
    assert heights[0] == pytest.approx(40 * MM, abs=0.01)  # the shortest a label is
    per_line = (heights[2] - heights[1]) / 5
    assert 12 < per_line < 17  # 11 pt handwriting, 1.35 leading
    assert heights[3] - heights[2] == pytest.approx(10 * per_line, abs=0.01)
    assert drawn_lines(pdf, 4).count("!הבר הדות") == 20  # never shrunk or cut


# ---------------------------------------------------------------- logo, progress, cancel


@pytest.fixture
def png_logo(tmp_path) -> Path:
    path = tmp_path / "logo.png"
    image = Image.new("RGBA", (200, 80), (255, 255, 255, 0))
    for x in range(20, 180):
        for y in range(20, 60):
            image.putpixel((x, y), (180, 88, 110, 255))
    image.save(path)
    return path


def test_a_png_logo_is_drawn_once_and_shown_on_every_note(tmp_path, png_logo):
    pdf = write(
        tmp_path, [HEBREW, ENGLISH, HEBREW], "logo", logo=logo_from_image(read_logo_file(png_logo))
    )
    images = [row.split() for row in run("pdfimages", "-list", pdf).splitlines()[2:]]
    images = [row for row in images if row[2] == "image"]
    assert [row[0] for row in images] == ["1", "2", "3"]  # on every page …
    assert len({row[10] for row in images}) == 1  # … the same object, stored once
    assert "✿" not in drawn_lines(pdf)  # the logo replaces the flower


def test_logo_files_that_cannot_be_used(tmp_path):
    """The one reader of logo files refuses what a note could not print."""
    with pytest.raises(UnsupportedLogo):
        read_logo_file(tmp_path / "missing.png")
    with pytest.raises(UnsupportedLogo):
        read_logo_file(tmp_path)  # a folder
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("hello")
    with pytest.raises(UnsupportedLogo):
        read_logo_file(not_an_image)
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"/>')
    with pytest.raises(UnsupportedLogo):
        read_logo_file(svg)  # PNG or JPEG only
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(UnsupportedLogo):
        read_logo_file(empty)


def test_a_jpeg_logo_is_read_and_printed(tmp_path):
    path = tmp_path / "logo.jpg"
    Image.new("RGB", (120, 60), (180, 88, 110)).save(path)
    logo = logo_from_image(read_logo_file(path))
    assert (logo.width, logo.height) == (120, 60)
    pdf = write(tmp_path, [ENGLISH], "jpeg", logo=logo)
    assert len(run("pdfimages", "-list", pdf).splitlines()[2:]) == 1


def test_progress_is_reported_after_each_page(tmp_path):
    seen = []
    note_pdf(
        [HEBREW] * 6, tmp_path / "p.pdf", size="a4x4", progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(4, 6), (6, 6)]
    seen.clear()
    note_pdf(iter([ENGLISH] * 2), io.BytesIO(), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 0), (2, 0)]  # no length: total unknown


def test_cancel_stops_and_writes_nothing(tmp_path):
    out = tmp_path / "cancelled.pdf"
    out.write_bytes(b"the previous file")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    result = note_pdf([HEBREW] * 10, out, cancelled=cancelled)
    assert result == PrintedNotes(notes=2, pages=2, cancelled=True)
    assert out.read_bytes() == b"the previous file"
    assert list(tmp_path.iterdir()) == [out]  # no half-written file left behind


def test_no_notes_writes_nothing(tmp_path):
    assert note_pdf([], tmp_path / "none.pdf") == PrintedNotes(0, 0)
    assert not (tmp_path / "none.pdf").exists()


def test_an_unknown_size_is_refused(tmp_path):
    with pytest.raises(ValueError, match="a6, a5, a4x4, label62"):
        note_pdf([HEBREW], tmp_path / "x.pdf", size="a7")


def test_writing_to_a_buffer(tmp_path):
    buffer = io.BytesIO()
    assert note_pdf([HEBREW, ENGLISH], buffer, size="a5").pages == 2
    assert buffer.getvalue().startswith(b"%PDF-1.4")
    (tmp_path / "buffer.pdf").write_bytes(buffer.getvalue())
    assert page_sizes(tmp_path / "buffer.pdf") == [A5_POINTS, A5_POINTS]

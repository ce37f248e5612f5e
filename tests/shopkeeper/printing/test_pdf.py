"""What lands in the PDF: glyph order, text read back, embedded fonts (poppler-utils required)."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A6

from shopkeeper.printing import draw_paragraph, isolate, new_canvas
from shopkeeper.printing.layout import layout_paragraph
from tests.shopkeeper.printing.pdf_support import (
    drawn_lines,
    pdf_fonts,
    pdftotext_pages,
    poppler_expectation,
)

W, H = A6


class Case:
    def __init__(self, text, drawn, *, direction="rtl", poppler=False, width=None, **options):
        self.text, self.drawn, self.direction = text, drawn, direction
        self.poppler = poppler  # plain pdftotext rebuilds this one's logical order
        self.width, self.options = width, options


# drawn: hand-worked visual lines (left to right, words joined by one space)
CORPUS = {
    "conventions example": Case("שלום (עולם) [x] 12.50 ₪", ["₪ 12.50 [x] (םלוע) םולש"]),
    "dog in brackets": Case("מיקי (הכלב)", ["(בלכה) יקימ"], poppler=True),
    "amount": Case("סה״כ לתשלום: 149.90 ₪", ["₪ 149.90 :םולשתל כ״הס"]),
    "english name": Case("תודה רבה, " + isolate("Dana Levi") + "!", ["!Dana Levi ,הבר הדות"]),
    "name first": Case(isolate("Dana Levi") + " היקרה, תודה!", ["!הדות ,הרקיה Dana Levi"]),
    "markup name": Case(
        "שלום " + isolate("<b>&</b>") + ", תודה על הקנייה",
        ["היינקה לע הדות ,<b>&</b> םולש"],
    ),
    "points": Case("קיבלת 120 נקודות (שווי 12 ₪)", ["(₪ 12 יווש) תודוקנ 120 תלביק"]),
    "emoji name": Case("נועה 🌸 תודה", ["הדות 🌸 העונ"], poppler=True),
    "emoji around": Case("🌸 נועה כהן 🌸", ["🌸 ןהכ העונ 🌸"], poppler=True),
    "niqqud dropped": Case("שָׁלוֹם עוֹלָם", ["םלוע םולש"], poppler=True, keep_niqqud=False),
    "english doc": Case(
        "Dana 🌸 (Levi) [x] 12.50 ₪", ["Dana 🌸 (Levi) [x] 12.50 ₪"], direction="ltr", poppler=True
    ),
    "english doc, hebrew name": Case(
        "Thank you, " + isolate("נועה כהן") + " (member #1234)!",
        ["Thank you, ןהכ העונ (member #1234)!"],
        direction="ltr",
    ),
    "emoji sequences": Case(
        "Dana 👍🏽 👩\u200d🦰 🇮🇱", ["Dana 👍🏽 👩\u200d🦰 🇮🇱"], direction="ltr", poppler=True
    ),
    "english run broken": Case(
        "קניתי Blue Suede Shoes בחנות",
        ["Blue Suede יתינק", "תונחב Shoes"],
        width="קניתי Blue Suede",
    ),
}


@pytest.fixture(scope="module")
def corpus_pdf(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "corpus.pdf"
    canvas = new_canvas(path, A6, title="corpus")
    for case in CORPUS.values():
        width = W - 40
        if case.width:
            width = layout_paragraph(case.width, 1000).lines[0].width + 1
        draw_paragraph(
            canvas,
            case.text,
            (20, 20, width, H - 40),
            direction=case.direction,
            size=11,
            **case.options,
        )
        canvas.showPage()
    canvas.save()
    return path


@pytest.mark.parametrize("name", list(CORPUS))
def test_glyphs_are_drawn_in_the_hand_worked_visual_order(corpus_pdf, name):
    page = list(CORPUS).index(name) + 1
    assert drawn_lines(corpus_pdf, page) == CORPUS[name].drawn


@pytest.mark.parametrize("name", [name for name, case in CORPUS.items() if case.poppler])
def test_pdftotext_reads_back_the_logical_text(corpus_pdf, name):
    case = CORPUS[name]
    page = list(CORPUS).index(name) + 1
    logical = case.text if case.options.get("keep_niqqud", True) else "שלום עולם"
    assert pdftotext_pages(corpus_pdf)[page - 1] == poppler_expectation(logical, case.direction)


def test_poppler_expectation_swaps_only_right_to_left_brackets():
    assert poppler_expectation("מיקי (הכלב)") == "מיקי )הכלב("
    assert poppler_expectation("שלום " + isolate("Dana (1)")) == "שלום Dana (1)"
    assert poppler_expectation("Dana (Levi)", "ltr") == "Dana (Levi)"


def test_every_font_is_embedded_and_there_is_no_helvetica(corpus_pdf, tmp_path):
    path = tmp_path / "families.pdf"
    canvas = new_canvas(path, A6)
    for i, family in enumerate(["sans", "sans-medium", "sans-bold", "hand"]):
        draw_paragraph(canvas, "שלום Dana 12.50 ₪ ★ 🌸", (20, 300 - 40 * i, 250, 30), font=family)
    canvas.save()
    for pdf in (path, corpus_pdf):
        rows = pdf_fonts(pdf)
        assert rows, "no fonts listed"
        assert all(row["emb"] == "yes" for row in rows), rows
        assert not any("Helvetica" in row["name"] for row in rows), rows
    names = {row["name"].split("+", 1)[1] for row in pdf_fonts(path)}
    assert names == {
        "Rubik-Regular",
        "Rubik-Medium",
        "Rubik-Bold",
        "PlaypenSansHebrew-Regular",
        "NotoSansSymbols2-Regular",
        "NotoEmoji-Regular",
    }


def test_new_canvas_writes_to_a_buffer_with_our_font_only():
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A6)
    canvas.drawString(20, 20, "no layout, still not Helvetica")  # the canvas's initial font
    canvas.save()
    data = buffer.getvalue()
    assert data.startswith(b"%PDF") and b"Helvetica" not in data
    assert b"Rubik-Regular" in data


def test_emoji_to_unicode_maps_back_to_the_sequence(tmp_path):
    path = tmp_path / "emoji.pdf"
    canvas = new_canvas(path, A6)
    canvas.setPageCompression(0)
    draw_paragraph(canvas, "👩\u200d🦰 🌸", (20, 20, 200, 100), direction="ltr")
    canvas.save()
    streams = path.read_bytes()
    # reportlab writes <1F338> (5 digits) for astral code points; ours are UTF-16BE
    assert b"<D83CDF38>" in streams or b"<D83CDF38>" in _inflate_all(streams)
    assert "👩\u200d🦰".encode("utf-16-be").hex().upper().encode() in _inflate_all(streams)


def _inflate_all(data: bytes) -> bytes:
    out = []
    for chunk in data.split(b"stream")[1:]:
        body = chunk.split(b"endstream")[0].strip(b"\r\n")
        try:
            out.append(zlib.decompress(body))
        except zlib.error:
            out.append(body)
    return b"\n".join(out)

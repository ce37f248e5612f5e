"""The streaming canvas: a valid PDF, the same pages as a plain canvas, memory that stays flat."""

from __future__ import annotations

import io
import re
import tracemalloc

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A6

from shopkeeper.printing import draw_paragraph, new_canvas, streaming
from shopkeeper.printing.streaming import StreamingCanvas
from tests.shopkeeper.printing.pdf_support import drawn_lines, pdf_fonts, pdftotext_pages, run


def draw_pages(canvas, count: int, logo=None) -> None:
    for i in range(count):
        if i == 1:
            canvas.setPageSize((200, 300))  # pages of another size in between
        if i == 2:
            canvas.setPageSize(A6)
        draw_paragraph(canvas, f"עמוד {i + 1} (Page {i + 1}) 🌸", (20, 20, 250, 100))
        canvas.doForm("frame")
        if logo:
            canvas.drawImage(logo, 20, 200, 40, 20)
        canvas.showPage()


def with_form(canvas):
    canvas.beginForm("frame")
    canvas.rect(10, 10, 100, 50)
    draw_paragraph(canvas, "מסגרת", (12, 12, 90, 40))
    canvas.endForm()
    return canvas


def check_xref(data: bytes) -> int:
    """Every cross-reference entry points at its object; returns how many objects."""
    start = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[start : start + 4] == b"xref"
    lines = data[start:].split(b"\n")
    count = int(lines[1].split()[1])
    for number in range(1, count):
        offset = int(lines[2 + number][:10])
        assert data[offset:].startswith(b"%d 0 obj" % number), number
    return count - 1


def test_the_same_pages_as_a_plain_canvas(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), "red").save(logo)
    plain, streamed = tmp_path / "plain.pdf", tmp_path / "streamed.pdf"
    for path, streaming_ in ((plain, False), (streamed, True)):
        canvas = with_form(new_canvas(path, A6, title="t", streaming=streaming_))
        draw_pages(canvas, 5, str(logo))
        canvas.save()
    assert pdftotext_pages(streamed) == pdftotext_pages(plain)
    for page in range(1, 6):
        assert drawn_lines(streamed, page) == drawn_lines(plain, page)
    assert "(Page 3)" in pdftotext_pages(streamed)[2]
    info = run("pdfinfo", "-f", "1", "-l", "5", streamed)
    assert "Pages:           5" in info and "Title:           t" in info
    assert re.search(r"Page +2 size: +200 x 300 pts", info)
    assert re.search(r"Page +3 size: +297.638 x 419.528 pts", info)
    assert {row["name"].split("+")[1] for row in pdf_fonts(streamed)} == {
        row["name"].split("+")[1] for row in pdf_fonts(plain)
    }
    images = run("pdfimages", "-list", streamed).splitlines()[2:]
    assert len(images) == 5 and len({row.split()[10] for row in images}) == 1
    data = streamed.read_bytes()
    assert check_xref(data) > 10
    assert data.count(b"<< /Filter [ /FlateDecode ] /Length") == 5  # pages: Flate, no ASCII85
    assert len(data) < plain.stat().st_size


def test_a_buffer_and_getpdfdata():
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, A6, streaming=True)
    draw_pages(with_form(canvas), 2)
    canvas.save()
    assert buffer.getvalue().startswith(b"%PDF-1.") and check_xref(buffer.getvalue())
    canvas = new_canvas(io.BytesIO(), A6, streaming=True)
    draw_pages(with_form(canvas), 1)
    assert check_xref(canvas.getpdfdata())


def test_discard_writes_nothing(tmp_path):
    path = tmp_path / "never.pdf"
    canvas = StreamingCanvas(str(path), pagesize=A6)
    canvas.drawString(10, 10, "x")
    canvas.showPage()
    canvas.discard()
    assert not path.exists()


@pytest.mark.parametrize("kind", ["streamed", "plain"])
def test_memory_per_page(monkeypatch, tmp_path, kind):
    """A streamed page costs a few hundred bytes (its numbers, its place in the file); reportlab
    keeps every page until the end and then the whole file: kilobytes each."""
    monkeypatch.setattr(streaming, "_SPOOL_MEMORY", 1)  # the spool on disk from the start

    def peak(pages: int) -> int:
        tracemalloc.start()
        canvas = new_canvas(tmp_path / f"{pages}.pdf", A6, streaming=kind == "streamed")
        for i in range(pages):
            draw_paragraph(canvas, "שלום לכולם, תודה רבה!", (20, 20, 250, 300))
            canvas.rect(20, 20, i % 200, 50)  # every page different
            canvas.showPage()
        canvas.save()
        result = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return result

    peak(50)  # fonts, caches
    per_page = (peak(2500) - peak(500)) / 2000
    if kind == "streamed":
        assert per_page < 400, per_page
    else:
        assert per_page > 2000, per_page  # what the streaming canvas saves

"""A PDF printed through Qt: each printer page is the PDF page's own size (a 62 mm label stays
62 mm wide, A6 stays A6), or a chosen paper with the page at real size; cancel between pages."""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm

from shopkeeper.printing import new_canvas
from ui.printing.pdf_printer import first_page_points, page_layout, print_pdf

_SIZE = re.compile(r"Page +\d+ size: +([\d.]+) x ([\d.]+) pts")
LABEL = (62 * mm, 100 * mm)
CARD = (85.6 * mm, 54 * mm)


def pdf_of(*sizes: tuple[float, float]) -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, sizes[0], title="test", language="en")
    for size in sizes:
        canvas.setPageSize(size)
        canvas.rect(3 * mm, 3 * mm, size[0] - 6 * mm, size[1] - 6 * mm, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def sizes_mm(path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [(float(w) * 25.4 / 72, float(h) * 25.4 / 72) for w, h in _SIZE.findall(out)]


def near(got: tuple[float, float], want_mm: tuple[float, float], slack: float = 0.5) -> bool:
    return abs(got[0] - want_mm[0]) <= slack and abs(got[1] - want_mm[1]) <= slack


def test_a_62_mm_label_stays_62_mm_and_a6_stays_a6(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    pages = print_pdf(pdf_of(LABEL, A6, CARD), pdf_printer(out))
    assert pages == 3
    label, a6, card = sizes_mm(out)
    assert near(label, (62, 100)) and near(a6, (105, 148)) and near(card, (85.6, 54))


def test_the_page_is_painted_whole_not_a_corner_of_it(qapp, tmp_path):
    out = tmp_path / "label.pdf"
    print_pdf(pdf_of(LABEL), pdf_printer(out))
    png = tmp_path / "label"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(out), str(png)], check=True)
    image = QImage(f"{png}.png")
    # the black box drawn 3 mm inside every edge: dark near all four sides, white at the corners
    w, h = image.width(), image.height()
    inside = [(w // 2, int(h * 0.05)), (w // 2, int(h * 0.95)), (int(w * 0.08), h // 2)]
    assert all(image.pixelColor(x, y).value() < 80 for x, y in inside)
    assert image.pixelColor(1, 1).value() > 200 and image.pixelColor(w - 2, h - 2).value() > 200


def test_the_first_page_s_size_from_bytes_or_a_file(tmp_path):
    path = tmp_path / "two.pdf"
    path.write_bytes(pdf_of(LABEL, A6))
    for pdf in (pdf_of(LABEL, A6), path, str(path)):
        width, height = first_page_points(pdf)
        assert (round(width, 2), round(height, 2)) == (round(LABEL[0], 2), round(LABEL[1], 2))


def test_a_named_page_size_keeps_its_name_and_a_label_is_custom():
    assert page_layout(*A6).pageSize().id() == QPageSize.PageSizeId.A6
    assert page_layout(*LABEL).pageSize().id() == QPageSize.PageSizeId.Custom
    landscape = page_layout(*CARD)
    assert landscape.orientation() == landscape.Orientation.Landscape
    rect = landscape.fullRectPoints()
    assert rect.width() == pytest.approx(CARD[0], abs=1) and rect.height() == pytest.approx(
        CARD[1], abs=1
    )


def test_on_a_chosen_paper_the_page_keeps_its_real_size(qapp, tmp_path):
    out = tmp_path / "on-a4.pdf"
    print_pdf(pdf_of(A6), pdf_printer(out), paper=QPageSize(QPageSize.PageSizeId.A4))
    [size] = sizes_mm(out)
    assert near(size, (210, 297))
    png = tmp_path / "a4"
    subprocess.run(
        ["pdftoppm", "-r", "25.4", "-png", "-singlefile", str(out), str(png)], check=True
    )
    image = QImage(f"{png}.png")  # one pixel per millimetre
    dark = [
        x for x in range(image.width()) if image.pixelColor(x, image.height() // 2).value() < 80
    ]
    # the A6 page's box is 99 mm wide (3 mm inside 105 mm), centred on the 210 mm sheet
    assert abs(len(dark) - 99) <= 2 and abs((dark[0] + dark[-1]) / 2 - 105) <= 2


def test_cancel_between_pages_aborts_the_job(qapp, tmp_path):
    out = tmp_path / "cancelled.pdf"
    seen = []

    class Stop(Exception):
        pass

    def progress(done, total):
        seen.append((done, total))
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        print_pdf(pdf_of(A6, A6, A6, A6), pdf_printer(out), progress=progress)
    assert seen == [(0, 4), (1, 4), (2, 4)]

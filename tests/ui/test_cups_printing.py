"""The window's printing path on a real CUPS queue (cups-pdf): QPrinter set to the queue, the
PDF pages painted at their own size; the preview's Print button on the remembered queue."""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from test_pdf_printer import LABEL, pdf_of

from shopkeeper.club.records import MemberDraft
from shopkeeper.printing.note_batch import notes_for_members
from shopkeeper.printing.notes import note_pdf
from tests.print_queue_support import print_queue, release
from tests.shopkeeper.printing.pdf_support import run
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.printing.pdf_printer import available_printers, print_pdf
from ui.printing.preferences import PrintChoice

_SIZE = re.compile(r"Page(?: +\d+)? size: +([\d.]+) x ([\d.]+) pts")


@pytest.fixture(scope="session")
def queue():
    yield print_queue()
    release()


def sizes_mm(pdf) -> list[tuple[float, float]]:
    out = run("pdfinfo", "-f", "1", "-l", "99", pdf)
    return [(float(w) * 25.4 / 72, float(h) * 25.4 / 72) for w, h in _SIZE.findall(out)]


def queue_printer(name: str, token: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    printer.setDocName(token)  # cups-pdf names the file after the job's title
    return printer


def note_of(shop, size: str) -> bytes:
    member = shop.join(MemberDraft(first_name="Noa", phone="054-123-4567", address_form="f"))
    notes = list(notes_for_members(shop, [member.member.id], shop.note_templates.get("Thank you")))
    buffer = io.BytesIO()
    note_pdf(notes, buffer, size)
    return buffer.getvalue()


def test_qt_sees_the_queue(qapp, queue):
    assert queue.name in available_printers()


def dark_share(pdf) -> float:
    """The share of dark pixels on the first page, rendered at 40 dpi."""
    out = Path(str(pdf) + "-page")
    run("pdftoppm", "-r", "40", "-gray", "-singlefile", "-png", pdf, out)
    image = QImage(f"{out}.png")
    out.with_suffix(".png").unlink(missing_ok=True)
    pixels = [
        image.pixelColor(x, y).value() < 128
        for x in range(image.width())
        for y in range(image.height())
    ]
    return sum(pixels) / len(pixels)


def dark_share_of(data: bytes, folder: Path) -> float:
    source = folder / f"source-{uuid.uuid4().hex[:6]}.pdf"
    source.write_bytes(data)
    return dark_share(source)


def test_a_note_and_a_62_mm_label_through_qt(qapp, queue, shop, tmp_path):
    for size, want in (("a6", (105, 148)), ("label62", (62, None))):
        data = note_of(shop, size) if size == "a6" else pdf_of(LABEL)
        token = f"qt{size}{uuid.uuid4().hex[:8]}"
        assert print_pdf(data, queue_printer(queue.name, token)) == 1
        printed = queue.titled_pdf(token)
        [(width, height)] = sizes_mm(printed)
        assert abs(width - want[0]) <= 0.5
        if want[1]:
            assert abs(height - want[1]) <= 0.5
        # painted as an image (the PDF is what prints, nothing laid out again): compare pixels
        assert dark_share(printed) == pytest.approx(dark_share_of(data, tmp_path), abs=0.02)


def test_the_preview_prints_on_the_remembered_queue_without_asking(
    qtbot, queue, print_preferences, monkeypatch
):
    print_preferences.set("slip", PrintChoice(queue.name, "", True))
    dialog = PrintPreviewDialog(pdf_of(LABEL), file_name="pickup-5.pdf")
    qtbot.addWidget(dialog)
    token = f"preview{uuid.uuid4().hex[:8]}"
    made = dialog.print_job.make_printer

    def titled(choice):
        printer = made(choice)
        printer.setDocName(token)
        return printer

    monkeypatch.setattr(dialog.print_job, "make_printer", titled)
    monkeypatch.setattr(dialog.print_job, "ask_printer", lambda printer: pytest.fail("asked"))
    with qtbot.waitSignal(dialog.print_job.printed, timeout=60000) as signal:
        dialog.print_button.click()
    assert signal.args == [1, queue.name]
    [(width, height)] = sizes_mm(queue.titled_pdf(token))
    assert abs(width - 62) <= 0.5 and abs(height - 100) <= 0.5

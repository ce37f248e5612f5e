"""The PDF preview renders pages inside the app; the dialog saves and opens them."""

from __future__ import annotations

import errno
import io
import os
import tempfile

from PySide6.QtGui import QDesktopServices

from shopkeeper.errors import MemberNotFound
from shopkeeper.printing import draw_paragraph, new_canvas
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.widgets.pdf_preview import PdfPreview


def two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (300, 400), title="test", language="he")
    for text in ("שלום Noa 12", "עמוד שני"):
        draw_paragraph(canvas, text, (20, 300, 260, 80), font="sans", size=24, direction="rtl")
        canvas.rect(20, 20, 100, 100, fill=1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def one_page_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (300, 400), title="printed", language="en")
    canvas.rect(20, 20, 100, 100, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def dark_pixels(image) -> int:
    small = image.scaled(100, 130)
    return sum(
        1
        for x in range(small.width())
        for y in range(small.height())
        if small.pixelColor(x, y).value() < 128
    )


def test_preview_renders_pages_and_navigates(qtbot):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(two_page_pdf())
    assert preview.page_count == 2
    assert preview.image is not None and not preview.image.isNull()
    assert dark_pixels(preview.image) > 50  # not a blank page
    assert preview.page_label.text().endswith("Page 1 of 2")
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page == 1 and not preview.next_button.isEnabled()
    width = preview.image.width()
    preview.zoom_in_button.click()
    assert preview.image.width() > width


def test_dialog_saves_a_copy_and_opens_the_viewer(qtbot, tmp_path, monkeypatch):
    data = two_page_pdf()
    dialog = PrintPreviewDialog(data, title="Note", file_name="note.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_path", lambda: str(tmp_path / "copy"))
    dialog.save_button.click()
    assert (tmp_path / "copy.pdf").read_bytes() == data
    assert "copy.pdf" in dialog.status_label.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_button.click()
    assert opened and opened[0].toLocalFile() == str(dialog.viewer_path)
    assert dialog.viewer_path.read_bytes() == data


def test_dialog_shows_a_pdf_file(qtbot, tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(two_page_pdf())
    dialog = PrintPreviewDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.preview.page_count == 2


def test_a_full_disk_when_opening_the_viewer_says_so(qtbot, tmp_path, monkeypatch):
    dialog = PrintPreviewDialog(two_page_pdf(), title="Note", file_name="note.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def full_disk(handle, mode):
        os.close(handle)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", full_disk)
    dialog.open_button.click()  # no exception reaches the event loop
    assert dialog.viewer_path is None and opened == []
    assert dialog.status_label.plain_text() == (
        f"Could not save to {tmp_path / 'shopkeeper-print'}: No space left on device"
    )
    assert list((tmp_path / "shopkeeper-print").iterdir()) == []  # no empty PDF left behind


def test_what_is_printed_is_made_once_when_first_saved_or_opened(qtbot, tmp_path, monkeypatch):
    preview, printed = two_page_pdf(), one_page_pdf()
    made = []
    dialog = PrintPreviewDialog(preview, printed=lambda: made.append(1) or printed)
    qtbot.addWidget(dialog)
    assert made == [] and dialog.data == preview
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dialog.save_to(tmp_path / "a.pdf")
    dialog.save_to(tmp_path / "b.pdf")
    dialog.open_in_viewer()
    assert made == [1] and dialog.data == printed and dialog.preview.page_count == 1
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes() == printed
    assert dialog.viewer_path.read_bytes() == printed


def test_a_problem_making_what_is_printed_is_said_and_nothing_saved(qtbot, tmp_path):
    def refused() -> bytes:
        raise MemberNotFound(key="7")

    dialog = PrintPreviewDialog(two_page_pdf(), printed=refused)
    qtbot.addWidget(dialog)
    assert dialog.save_to(tmp_path / "a.pdf") is None
    assert dialog.status_label.plain_text() and not (tmp_path / "a.pdf").exists()

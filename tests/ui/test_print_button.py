"""The Print button of the previews and of the batch of notes: the print dialog the first time,
the remembered printer without asking once chosen, Ctrl+P, no printer → says so; batches print
page by page with progress and cancel."""

from __future__ import annotations

from gui_support import TODAY, add_many
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtPrintSupport import QPrinter
from test_pdf_printer import LABEL, pdf_of, sizes_mm

from ui.dialogs.batch_notes import BatchNotesDialog
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.printing import pdf_printer
from ui.printing.preferences import PrintChoice, kind_of
from ui.printing.print_job import PrintJob


def printers(monkeypatch, names: list[str]) -> None:
    monkeypatch.setattr(pdf_printer, "available_printers", lambda: list(names))


def to_pdf_file(monkeypatch, path, asked: list) -> None:
    """The print dialog answered by the test: Print, to a PDF file; make_printer gives a printer
    that writes that file too (the remembered one, when no dialog is shown)."""

    def ask(self, printer: QPrinter) -> bool:
        asked.append(self.kind)
        printer.setOutputFileName(str(path))
        return True

    def make(self, choice: PrintChoice) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFileName(str(path))
        return printer

    monkeypatch.setattr(PrintJob, "ask_printer", ask)
    monkeypatch.setattr(PrintJob, "make_printer", make)


def test_kinds_of_document_from_the_file_names():
    names = ["note-12.pdf", "notes-2026-11-26.pdf", "pickup-7.pdf", "card-3.pdf"]
    names += ["birthday-card-3.pdf", "calls-today-2026-11-26.pdf", "x.pdf"]
    assert [kind_of(n) for n in names] == [
        "note", "note", "slip", "card", "birthday_card", "call_sheet", "document",
    ]  # fmt: skip


def test_no_printer_disables_print_and_says_save(qtbot, monkeypatch):
    printers(monkeypatch, [])
    dialog = PrintPreviewDialog(pdf_of(LABEL), file_name="pickup-1.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert "No printer is installed" in dialog.print_button.toolTip()
    assert "Save as" in dialog.status_label.text()
    assert dialog.save_button.isEnabled()
    assert dialog.print_now() is None


def test_print_asks_first_then_prints_without_asking(
    qtbot, monkeypatch, tmp_path, print_preferences
):
    printers(monkeypatch, ["Labels"])
    out = tmp_path / "printed.pdf"
    asked: list[str] = []
    to_pdf_file(monkeypatch, out, asked)
    dialog = PrintPreviewDialog(pdf_of(LABEL), file_name="pickup-1.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.kind == "slip" and dialog.print_button.isEnabled()
    assert not dialog.without_asking_box.isChecked()
    box = dialog.without_asking_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().topLeft() + QPoint(8, 8))
    assert box.isChecked()
    with qtbot.waitSignal(dialog.print_job.printed, timeout=20000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == ["slip"]
    [size] = sizes_mm(out)
    assert abs(size[0] - 62) <= 0.5 and abs(size[1] - 100) <= 0.5
    assert "Sent 1 page(s)" in dialog.status_label.text()
    choice = print_preferences.get("slip")
    assert choice.without_asking and choice.paper == ""
    assert print_preferences.get("note") == PrintChoice()  # other kinds keep their own

    # the remembered printer, for the next slip: no dialog, Ctrl+P prints
    print_preferences.set("slip", PrintChoice("Labels", "", True))
    out.unlink()
    dialog.close()
    again = PrintPreviewDialog(pdf_of(LABEL), file_name="pickup-2.pdf")
    qtbot.addWidget(again)
    again.show()
    assert again.without_asking_box.isChecked()
    assert "Print on Labels" in again.print_button.toolTip()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    with qtbot.waitSignal(again.print_job.printed, timeout=20000):
        qtbot.keyClick(again, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["slip"] and not again.print_job.asked
    assert len(sizes_mm(out)) == 1


def test_a_remembered_printer_that_is_gone_asks_again(
    qtbot, monkeypatch, tmp_path, print_preferences
):
    printers(monkeypatch, ["Office"])
    print_preferences.set("note", PrintChoice("Labels", "", True))
    asked: list[str] = []
    to_pdf_file(monkeypatch, tmp_path / "n.pdf", asked)
    dialog = PrintPreviewDialog(pdf_of(LABEL), file_name="note-1.pdf")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.print_job.printed, timeout=20000):
        dialog.print_button.click()
    assert asked == ["note"]


def test_a_note_printed_from_the_preview_makes_its_coupon_once(qtbot, monkeypatch, tmp_path):
    printers(monkeypatch, ["Office"])
    to_pdf_file(monkeypatch, tmp_path / "n.pdf", [])
    made = []
    dialog = PrintPreviewDialog(
        pdf_of(LABEL), file_name="note-1.pdf", printed=lambda: made.append(1) or pdf_of(LABEL)
    )
    qtbot.addWidget(dialog)
    for _ in range(2):
        with qtbot.waitSignal(dialog.print_job.printed, timeout=20000):
            dialog.print_button.click()
    assert made == [1]


def test_batch_notes_print_page_by_page_with_progress(window, qtbot, monkeypatch, tmp_path):
    printers(monkeypatch, ["Office"])
    out = tmp_path / "batch-printed.pdf"
    to_pdf_file(monkeypatch, out, [])
    ids = add_many(window.shop, 12)
    dialog = BatchNotesDialog(window.shop, ids, today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("label62"))
    seen: list[tuple[int, int]] = []
    dialog.print_job.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.print_job.printed, timeout=60000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # makes, then prints
    sizes = sizes_mm(out)
    assert len(sizes) == 12 and all(abs(w - 62) <= 0.5 for w, _ in sizes)
    assert seen[-1] == (12, 12)
    assert "Sent 12 page(s)" in dialog.status_label.text()
    assert dialog.print_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_batch_printing_cancels_between_pages(window, qtbot, monkeypatch, tmp_path):
    printers(monkeypatch, ["Office"])
    to_pdf_file(monkeypatch, tmp_path / "cancelled.pdf", [])
    ids = add_many(window.shop, 30)
    dialog = BatchNotesDialog(window.shop, ids, today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    made = tmp_path / "notes.pdf"
    with qtbot.waitSignal(dialog.start(made).finished, timeout=60000):
        pass
    task = dialog.print_notes()
    assert task is not None and dialog.cancel_button.isEnabled()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 1:
            dialog.cancel_button.click()

    task.progress.connect(progress)
    with qtbot.waitSignal(dialog.print_job.cancelled, timeout=60000):
        pass
    assert seen and max(seen) < 30
    assert "cancelled" in dialog.status_label.text()
    assert dialog.print_button.isEnabled() and dialog.make_button.isEnabled()


def test_batch_without_a_printer_says_so(window, qtbot, monkeypatch):
    printers(monkeypatch, [])
    dialog = BatchNotesDialog(window.shop, [], today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert "No printer" in dialog.print_button.toolTip()


def shown(text: str) -> str:
    """A status line without the direction mark the label puts before it."""
    return text.strip("\u200e\u200f")


class PageCounts(QTranslator):
    """Hebrew numerus forms for the "Sent … page(s)" line, as the translation gives them."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if source != "Sent %n page(s) to {printer}.":
            return None  # no translation (an empty string would be one)
        return "נשלח עמוד אחד אל {printer}." if n == 1 else "נשלחו %n עמודים אל {printer}."


def test_the_pages_sent_are_counted_in_the_language_s_plural(window, qtbot, monkeypatch, tmp_path):
    printers(monkeypatch, ["Office"])
    out = tmp_path / "printed.pdf"
    to_pdf_file(monkeypatch, out, [])
    translator = PageCounts()
    QCoreApplication.installTranslator(translator)
    try:
        said = []
        for pages in ((LABEL,), (LABEL, LABEL)):
            dialog = PrintPreviewDialog(pdf_of(*pages), file_name="pickup-1.pdf")
            qtbot.addWidget(dialog)
            with qtbot.waitSignal(dialog.print_job.printed, timeout=20000):
                dialog.print_button.click()
            said.append(shown(dialog.status_label.text()))
        assert said == [f"נשלח עמוד אחד אל {out}.", f"נשלחו 2 עמודים אל {out}."]

        batch = tmp_path / "notes.pdf"
        batch.write_bytes(pdf_of(LABEL, LABEL, LABEL))
        dialog = BatchNotesDialog(window.shop, [], today=lambda: TODAY, parent=window)
        qtbot.addWidget(dialog)
        dialog.out_path = batch
        with qtbot.waitSignal(dialog.print_job.printed, timeout=20000):
            dialog.print_notes()
        assert shown(dialog.status_label.text()) == f"נשלחו 3 עמודים אל {out}."
    finally:
        QCoreApplication.removeTranslator(translator)

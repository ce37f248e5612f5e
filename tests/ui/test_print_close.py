"""Closing a preview or the batch of notes while a (slow) print or batch runs returns at once:
the work is asked to stop and ends on its own, off the GUI thread, and nothing reaches the
closed window afterwards."""

from __future__ import annotations

import threading
import time

from gui_support import TODAY, add_many
from test_pdf_printer import LABEL, pdf_of
from test_print_button import printers, to_pdf_file

from ui.dialogs import batch_notes
from ui.dialogs.batch_notes import BatchNotesDialog
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.printing import print_job
from ui.tasks import Task

PAGE_SECONDS = 2.0  # a printer that takes its time over each page


def slow_work(started: threading.Event, ended: threading.Event):
    """A fake print (or batch) that reports progress between slow pages, as the real one does."""

    def work(*args, progress=None, **kwargs):
        progress = progress or args[-1]
        started.set()
        try:
            for page in range(1, 4):
                progress(page, 3)  # raises TaskCancelled once the task is cancelled
                time.sleep(PAGE_SECONDS)
            return 3
        finally:
            ended.set()

    return work


def settle(qtbot, task: Task, ended: threading.Event) -> None:
    """Let the abandoned work end and its outcome be delivered (to nobody)."""
    assert ended.wait(10)
    qtbot.waitUntil(lambda: task not in Task._running, timeout=10000)


def test_closing_a_preview_while_printing_returns_at_once(qtbot, monkeypatch, tmp_path):
    printers(monkeypatch, ["Labels"])
    to_pdf_file(monkeypatch, tmp_path / "printed.pdf", [])
    started, ended = threading.Event(), threading.Event()
    monkeypatch.setattr(print_job, "print_pdf", slow_work(started, ended))
    dialog = PrintPreviewDialog(pdf_of(LABEL), file_name="pickup-1.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    outcomes: list[str] = []
    dialog.print_job.printed.connect(lambda *a: outcomes.append("printed"))
    dialog.print_job.cancelled.connect(lambda: outcomes.append("cancelled"))
    task = dialog.print_now()
    assert task is not None and started.wait(10)
    began = time.monotonic()
    dialog.close()
    assert time.monotonic() - began < 0.5
    assert not dialog.isVisible() and not dialog.print_job.busy()
    assert task.parent() is None  # no longer deleted with the window
    settle(qtbot, task, ended)
    assert outcomes == []  # it stopped at the next page, and told the closed window nothing


def test_closing_the_batch_while_making_or_printing_returns_at_once(
    window, qtbot, monkeypatch, tmp_path
):
    printers(monkeypatch, ["Office"])
    to_pdf_file(monkeypatch, tmp_path / "printed.pdf", [])
    ids = add_many(window.shop, 3)
    started, ended = threading.Event(), threading.Event()
    monkeypatch.setattr(batch_notes, "write_notes", slow_work(started, ended))
    dialog = BatchNotesDialog(window.shop, ids, today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    task = dialog.start(tmp_path / "notes.pdf")
    assert task is not None and started.wait(10)
    began = time.monotonic()
    dialog.close()
    assert time.monotonic() - began < 0.5
    assert dialog.task is None and task.parent() is None
    settle(qtbot, task, ended)

    made = tmp_path / "made.pdf"
    made.write_bytes(pdf_of(LABEL))
    started, ended = threading.Event(), threading.Event()
    monkeypatch.setattr(print_job, "print_pdf", slow_work(started, ended))
    dialog = BatchNotesDialog(window.shop, ids, today=lambda: TODAY, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.out_path = made
    task = dialog.print_notes()
    assert task is not None and started.wait(10)
    began = time.monotonic()
    dialog.close()
    assert time.monotonic() - began < 0.5
    assert not dialog.print_job.busy()
    settle(qtbot, task, ended)

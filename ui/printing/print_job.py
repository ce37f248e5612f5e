"""One document to the printer from a window: the remembered printer (or the print dialog), then
the pages printed off the GUI thread with progress and cancel.

Used by the print preview and by the batch of notes; each says what kind of document it prints
(note, slip, card, birthday_card, call_sheet) so that each kind keeps its own printer and paper.
"""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from ui.printing import pdf_printer
from ui.printing.pdf_printer import PrintError, first_page_points, page_layout, print_pdf
from ui.printing.preferences import PrintChoice, PrintPreferences
from ui.tasks import Task


def paper_key(size: QPageSize) -> str:
    """A named paper's key for the preferences ("A4"); "" for a custom size."""
    if size.id() == QPageSize.PageSizeId.Custom:
        return ""
    return size.id().name


def paper_from_key(key: str) -> QPageSize | None:
    try:
        return QPageSize(QPageSize.PageSizeId[key]) if key else None
    except KeyError:
        return None


def let_go(task: Task) -> None:
    """Ask `task` to stop and let it end on its own, without waiting for it: its signals are
    disconnected and it no longer belongs to a window, so closing the window neither blocks the
    GUI thread nor deletes the task (and what its work uses) while a pool thread still runs it.
    The Task keeps itself alive until its outcome is delivered (Task._running)."""
    task.cancel()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a signal with nothing connected
        for signal in (task.progress, task.finished, task.failed, task.cancelled):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect()
    task.setParent(None)


class PrintJob(QObject):
    """Prints PDFs of one kind of document for the window `parent`.

    `print_pdf(data, without_asking)` asks for the printer (or takes the remembered one when
    `without_asking` and it is still installed), remembers the choice, and prints in a Task:
    `progress(done, total)`, then `printed(pages, printer)`, `failed(text)` or `cancelled()`.
    Tests replace `ask_printer` (the modal print dialog) and `make_printer`.
    """

    progress = Signal(int, int)
    printed = Signal(int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, kind: str, parent: QWidget, preferences: PrintPreferences | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._parent = parent
        self.preferences = preferences or PrintPreferences()
        self.task: Task | None = None
        self.printer: QPrinter | None = None
        self.asked = False  # whether the last print showed the print dialog

    # -- choices ---------------------------------------------------------------------------
    def choice(self) -> PrintChoice:
        return self.preferences.get(self.kind)

    def remembered_printer(self) -> str:
        """The printer this kind goes to without asking, if that is chosen and still there."""
        choice = self.choice()
        if choice.without_asking and choice.printer in pdf_printer.available_printers():
            return choice.printer
        return ""

    def set_without_asking(self, on: bool) -> None:
        choice = self.choice()
        self.preferences.set(
            self.kind, PrintChoice(choice.printer, choice.paper, without_asking=on)
        )

    def make_printer(self, choice: PrintChoice) -> QPrinter:
        """A printer set to the remembered one (if still installed)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if choice.printer and choice.printer in pdf_printer.available_printers():
            printer.setPrinterName(choice.printer)
        return printer

    def ask_printer(self, printer: QPrinter) -> bool:
        """The print dialog, modal; True when the user chose Print."""
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    # -- printing --------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.task is not None

    def print_pdf(self, data: bytes | str | Path, *, without_asking: bool = False) -> Task | None:
        """Start printing `data`; None when the user cancelled the dialog or a job is running."""
        if self.task is not None:
            return None
        choice = self.choice()
        printer = self.make_printer(choice)
        paper = paper_from_key(choice.paper)
        width, height = first_page_points(data)
        if paper is not None:
            printer.setPageSize(paper)
        elif width and height:
            printer.setPageLayout(page_layout(width, height))
        direct = bool(choice.without_asking and self.remembered_printer())
        self.asked = not direct
        if not direct and not self.ask_printer(printer):
            return None
        if not direct:
            paper = self._paper_chosen(printer, width, height)
        self.preferences.set(
            self.kind,
            PrintChoice(
                printer=printer.printerName() or choice.printer,
                paper=paper_key(paper) if paper else "",
                without_asking=without_asking,
            ),
        )
        return self._start(data, printer, paper)

    def _paper_chosen(self, printer: QPrinter, width: float, height: float) -> QPageSize | None:
        """The paper picked in the dialog when it is not the document's own page size."""
        chosen = printer.pageLayout().pageSize()
        own = page_layout(width, height).pageSize() if width and height else None
        if own is None or chosen.isEquivalentTo(own):
            return None
        return chosen if chosen.id() != QPageSize.PageSizeId.Custom else None

    def _start(self, data, printer: QPrinter, paper: QPageSize | None) -> Task:
        self.printer = printer
        name = printer.printerName() or printer.outputFileName()

        def work(progress):
            return print_pdf(data, printer, paper=paper, progress=progress)

        task = Task(work, parent=self)
        task.progress.connect(self.progress)
        task.finished.connect(lambda pages: self._done(lambda: self.printed.emit(pages, name)))
        task.failed.connect(lambda error: self._done(lambda: self.failed.emit(self._text(error))))
        task.cancelled.connect(lambda: self._done(self.cancelled.emit))
        self.task = task
        task.start()
        return task

    def _done(self, emit) -> None:
        self.task = None
        emit()

    def _text(self, error: object) -> str:
        if isinstance(error, PrintError):
            return str(error)
        return self.tr("The printer did not take the document: {reason}").format(reason=error)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def abandon(self) -> None:
        """Stop printing (between two pages) for a window that is closing: returns at once, and
        nothing is emitted after."""
        if self.task is not None:
            let_go(self.task)
            self.task = None

"""Thank-you notes for many at once — today's shipped purchases or the members selected — made
in the background with a progress bar and Cancel, then previewed or sent to the printer (page by
page, with progress and Cancel between pages)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from ui.bidi import make_ltr
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.messages import error_text
from ui.note_printing import (
    NOTE_SIZES,
    PrintedNotes,
    member_batch,
    shipped_batch,
    size_name,
    write_notes,
)
from ui.printing import pdf_printer
from ui.printing.preferences import PrintPreferences
from ui.printing.print_job import PrintJob, let_go
from ui.tasks import Task
from ui.widgets.text_label import TextLabel


class BatchNotesDialog(QDialog):
    """Not blocking; `finishedNotes(path)` once a PDF was written. The window stays usable while
    the notes are made: the work runs in a `Task` and only its progress comes back here."""

    finishedNotes = Signal(str)

    def __init__(
        self,
        shop: Shop,
        member_ids: Sequence[int] = (),
        *,
        today: Callable[[], date] = date.today,
        preferences: PrintPreferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._print_after = False  # Print pressed before the PDF was made: print once it is
        self.print_job = PrintJob("note", self, preferences)
        self.print_job.progress.connect(self._print_progress)
        self.print_job.printed.connect(self._print_done)
        self.print_job.failed.connect(self._print_failed)
        self.print_job.cancelled.connect(self._print_cancelled)
        self._member_ids = list(member_ids)
        self.task: Task | None = None
        self.out_path: Path | None = None
        self.setWindowTitle(self.tr("Print thank-you notes"))

        self.shipped_radio = QRadioButton(self.tr("Purchases shipped on"))
        self.day_edit = make_ltr(QDateEdit())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        day = today()
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.members_radio = QRadioButton(
            self.tr("The members selected on the members page ({n})").format(n=len(member_ids))
        )
        self.members_radio.setEnabled(bool(member_ids))
        (self.members_radio if member_ids else self.shipped_radio).setChecked(True)
        sources = QGridLayout()
        sources.addWidget(self.shipped_radio, 0, 0)
        sources.addWidget(self.day_edit, 0, 1)
        sources.addWidget(self.members_radio, 1, 0, 1, 2)

        self.template_combo = QComboBox()
        templates = shop.note_templates.list()
        templates.sort(key=lambda t: t.language != shop.settings.language)
        for template in templates:
            self.template_combo.addItem(template.name, template.name)
        self.size_combo = QComboBox()
        for size in NOTE_SIZES:
            self.size_combo.addItem(size_name(size), size)
        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template_combo)
        form.addRow(self.tr("Size:"), self.size_combo)

        self.progress_bar = QProgressBar()
        self.progress_bar.setFormat(self.tr("%v of %m notes"))
        self.progress_bar.hide()
        self.status_label = TextLabel(wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.make_button = QPushButton(self.tr("Make the PDF"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(lambda: self.start())
        self.cancel_button = QPushButton(self.tr("Cancel printing"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self.print_notes())
        for button in (
            self.make_button,
            self.print_button,
            self.cancel_button,
            self.preview_button,
        ):
            button.setAutoDefault(button is self.make_button)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.without_asking_box = QCheckBox(self.tr("Print without asking next time"))
        self.without_asking_box.setChecked(self.print_job.choice().without_asking)
        self.without_asking_box.toggled.connect(self.print_job.set_without_asking)
        if not pdf_printer.available_printers():
            self.print_button.setEnabled(False)
            self.without_asking_box.setEnabled(False)
            self.print_button.setToolTip(
                self.tr("No printer is installed on this computer: make the PDF and save it.")
            )

        layout = QVBoxLayout(self)
        layout.addLayout(sources)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.without_asking_box)
        layout.addWidget(self.buttons)

    # -- running ---------------------------------------------------------------------------
    def default_path(self) -> Path:
        folder = Path(tempfile.gettempdir()) / "shopkeeper-print"
        folder.mkdir(exist_ok=True)
        return folder / f"notes-{self.day_edit.date().toString('yyyy-MM-dd')}.pdf"

    def start(self, out: str | Path | None = None) -> Task | None:
        """Make the notes into `out` (a temporary file by default) in the background."""
        if self.task is not None:
            return None
        path = Path(out) if out else self.default_path()
        shop, size = self._shop, str(self.size_combo.currentData())
        template = str(self.template_combo.currentData())
        if self.members_radio.isChecked():
            ids = list(self._member_ids)
            make_batch = lambda: member_batch(shop, ids, template)  # noqa: E731
        else:
            day = self.day_edit.date().toPython()
            make_batch = lambda: shipped_batch(shop, day, template)  # noqa: E731

        def work(progress: Callable[[int, int], None]) -> PrintedNotes:
            batch = make_batch()
            progress(0, len(batch))
            return write_notes(shop, batch, path, size, progress)

        self.out_path = path
        self.task = Task(work, shop=shop, parent=self)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self._running(True)
        self.status_label.setText(self.tr("Making the notes…"))
        self.task.start()
        return self.task

    def cancel(self) -> None:
        self._print_after = False
        if self.task is not None:
            self.task.cancel()
            self.status_label.setText(self.tr("Stopping…"))
        if self.print_job.busy():
            self.print_job.cancel()
            self.status_label.setText(self.tr("Stopping…"))

    def _running(self, running: bool) -> None:
        self.make_button.setEnabled(not running)
        self.print_button.setEnabled(not running and bool(pdf_printer.available_printers()))
        self.cancel_button.setEnabled(running)
        for widget in (self.template_combo, self.size_combo, self.shipped_radio, self.day_edit):
            widget.setEnabled(not running)
        self.members_radio.setEnabled(not running and bool(self._member_ids))
        if running:
            self.preview_button.setEnabled(False)
            self.progress_bar.setRange(0, 0)
            self.progress_bar.show()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _finished(self, printed: PrintedNotes) -> None:
        self.task = None
        self._running(False)
        print_after, self._print_after = self._print_after, False
        if printed.notes == 0:
            print_after = False
            self.status_label.setText(self.tr("There are no notes to print."))
            self.progress_bar.hide()
            return
        self.status_label.setText(
            self.tr("{notes} notes on {pages} pages: {path}").format(
                notes=printed.notes, pages=printed.pages, path=str(self.out_path)
            )
        )
        self.preview_button.setEnabled(True)
        self.finishedNotes.emit(str(self.out_path))
        if print_after:
            self.print_notes()

    def _failed(self, error: object) -> None:
        self.task = None
        self._print_after = False
        self._running(False)
        text = error_text(error) if isinstance(error, ShopError) else str(error)
        self.status_label.setText(
            self.tr("The notes could not be made: {error}").format(error=text)
        )

    def _cancelled(self) -> None:
        self.task = None
        self._print_after = False
        self._running(False)
        self.progress_bar.hide()
        self.status_label.setText(self.tr("Cancelled: no file was written."))

    def preview(self) -> PrintPreviewDialog | None:
        if self.out_path is None or not self.out_path.exists():
            return None
        dialog = PrintPreviewDialog(self.out_path, title=self.windowTitle(),
                                    file_name=self.out_path.name, parent=self.parentWidget())  # fmt: skip
        dialog.open()
        return dialog

    # -- to the printer --------------------------------------------------------------------
    def print_notes(self) -> Task | None:
        """Send the notes' PDF to the printer (made first if it is not yet): the remembered
        printer for notes when "without asking" is on, else the print dialog's choice."""
        if self.task is not None or self.print_job.busy():
            return None
        if self.out_path is None or not self.out_path.exists():
            self._print_after = True
            return self.start()
        task = self.print_job.print_pdf(
            self.out_path, without_asking=self.without_asking_box.isChecked()
        )
        if task is None:
            return None
        self._running(True)
        self.progress_bar.setFormat(self.tr("%v of %m pages"))
        self.status_label.setText(self.tr("Printing…"))
        return task

    def _print_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _print_ended(self, text: str) -> None:
        self._running(False)
        self.preview_button.setEnabled(True)
        self.progress_bar.setFormat(self.tr("%v of %m notes"))
        self.status_label.setText(text)

    def _print_done(self, pages: int, printer: str) -> None:
        self._print_ended(
            self.tr("Sent %n page(s) to {printer}.", "", pages).format(printer=printer)
        )

    def _print_failed(self, text: str) -> None:
        self._print_ended(text)

    def _print_cancelled(self) -> None:
        self._print_ended(self.tr("Printing was cancelled between two pages."))

    def reject(self) -> None:
        """Closing while the notes are made or printed asks them to stop and closes at once:
        the work ends on its own (a half-made PDF is removed by it)."""
        self._print_after = False
        if self.task is not None:
            let_go(self.task)
            self.task = None
        self.print_job.abandon()
        super().reject()

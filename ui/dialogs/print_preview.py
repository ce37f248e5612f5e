"""A PDF before it is printed: previewed in the app, printed (Print or Ctrl+P: the remembered
printer of its kind, or the print dialog), saved where the user chooses, or opened in the system's
viewer."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from ui.messages import error_text
from ui.printing import pdf_printer
from ui.printing.preferences import PrintPreferences, kind_of
from ui.printing.print_job import PrintJob
from ui.tasks import Task
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.text_label import TextLabel


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it: never a half-written PDF."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class PrintPreviewDialog(QDialog):
    """Shows `pdf` (bytes or a file) with "Print…", "Save as…", "Open in viewer" and "Close".

    `file_name` is what "Save as…" proposes; `saved_path` and `viewer_path` tell where the PDF went.
    `kind` (note, slip, card, birthday_card, call_sheet; by default read from `file_name`) picks
    the printer and paper remembered for that kind of document, and "Print without asking".
    `printed`, when given, makes the PDF that is saved or opened, which differs from the preview
    (a note's real coupon instead of its sample code): it is called once, the first time, and the
    preview then shows what it made.
    """

    def __init__(
        self,
        pdf: bytes | str | Path,
        *,
        title: str = "",
        file_name: str = "document.pdf",
        printed: Callable[[], bytes] | None = None,
        kind: str = "",
        preferences: PrintPreferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind or kind_of(file_name)
        self.print_job = PrintJob(self.kind, self, preferences)
        self.print_job.printed.connect(self._print_done)
        self.print_job.failed.connect(self._print_failed)
        self.print_job.cancelled.connect(self._print_cancelled)
        self._data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
        self._file_name = file_name
        self._printed = printed
        self.saved_path: Path | None = None
        self.viewer_path: Path | None = None
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(760, 820)

        self.preview = PdfPreview()
        self.preview.set_pdf(self._data)
        self.status_label = TextLabel(wrap=True)
        self.status_label.setStyleSheet("color: #5a6270;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self.save_as)
        self.open_button = QPushButton(self.tr("Open in viewer"))
        self.open_button.setToolTip(self.tr("Open the PDF in the system's viewer to print it"))
        self.open_button.clicked.connect(self.open_in_viewer)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self.print_now())
        for button in (self.print_button, self.save_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.without_asking_box = QCheckBox(self.tr("Print without asking next time"))
        self.without_asking_box.setChecked(self.print_job.choice().without_asking)
        self.without_asking_box.toggled.connect(self._without_asking_toggled)
        self.print_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        self.print_shortcut.activated.connect(lambda: self.print_now())

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.without_asking_box)
        layout.addWidget(buttons)
        self.update_print_button()

    # -- printing --------------------------------------------------------------------------
    def has_printer(self) -> bool:
        return bool(pdf_printer.available_printers())

    def update_print_button(self) -> None:
        """Enabled with a tooltip naming the printer; disabled, saying why, with no printer."""
        if not self.has_printer():
            self.print_button.setEnabled(False)
            self.without_asking_box.setEnabled(False)
            self.print_button.setToolTip(self.no_printer_text())
            self.status_label.setText(self.no_printer_text())
            return
        self.print_button.setEnabled(not self.print_job.busy())
        self.without_asking_box.setEnabled(True)
        remembered = self.print_job.remembered_printer()
        self.print_button.setToolTip(
            self.tr("Print on {printer} (Ctrl+P)").format(printer=remembered)
            if remembered
            else self.tr("Choose a printer and print (Ctrl+P)")
        )

    def no_printer_text(self) -> str:
        return self.tr(
            "No printer is installed on this computer: save the PDF (Save as…) and print it "
            "from another one."
        )

    def print_now(self) -> Task | None:
        """Print the PDF: on the remembered printer when "without asking" is on, else after the
        print dialog.  With no printer installed, says so (and Save as… is there)."""
        if not self.has_printer():
            self.status_label.setText(self.no_printer_text())
            return None
        if self.print_job.busy():
            return None
        data = self.printed_data()
        if data is None:
            return None
        task = self.print_job.print_pdf(data, without_asking=self.without_asking_box.isChecked())
        if task is not None:
            self.print_button.setEnabled(False)
            self.status_label.setText(self.tr("Printing…"))
        return task

    def reject(self) -> None:
        """Closing while pages are still sent asks the job to stop (between two pages) and
        closes at once: the job ends on its own."""
        self.print_job.abandon()
        super().reject()

    def _without_asking_toggled(self, on: bool) -> None:
        self.print_job.set_without_asking(on)
        self.update_print_button()

    def _print_done(self, pages: int, printer: str) -> None:
        self.update_print_button()
        self.status_label.setText(
            self.tr("Sent %n page(s) to {printer}.", "", pages).format(printer=printer)
        )

    def _print_failed(self, text: str) -> None:
        self.update_print_button()
        self.status_label.setText(text)

    def _print_cancelled(self) -> None:
        self.update_print_button()
        self.status_label.setText(self.tr("Printing was cancelled."))

    @property
    def data(self) -> bytes:
        """What the preview shows: once saved or opened, the PDF that was."""
        return self._data

    def printed_data(self) -> bytes | None:
        """The PDF to save or open: made by `printed` the first time (then also shown), None
        with the reason under the preview when it cannot be made."""
        if self._printed is not None:
            try:
                data = self._printed()
            except ShopError as error:
                self.status_label.setText(error_text(error))
                return None
            self._printed = None
            self._data = data
            self.preview.set_pdf(data)
        return self._data

    def choose_path(self) -> str:
        """Ask where to save (a separate method so that tests can answer it)."""
        start = str(Path.home() / self._file_name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), start, self.tr("PDF files (*.pdf)")
        )
        return path

    def save_as(self) -> Path | None:
        path = self.choose_path()
        if not path:
            return None
        return self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        """Write the PDF to `path`; says so (or why not) under the preview."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        data = self.printed_data()
        if data is None:
            return None
        try:
            write_atomically(target, data)
        except OSError as exc:
            self.status_label.setText(
                self.tr("Could not save to {path}: {reason}").format(
                    path=str(target), reason=exc.strerror or str(exc)
                )
            )
            return None
        self.saved_path = target
        self.status_label.setText(self.tr("Saved to {path}").format(path=str(target)))
        return target

    def open_in_viewer(self) -> Path | None:
        """Write the PDF to a temporary file and open it with the system's PDF viewer; None, with
        the reason under the preview, when the file cannot be written (a full disk)."""
        data = self.printed_data()
        if data is None:
            return None
        folder = Path(tempfile.gettempdir()) / "shopkeeper-print"
        try:
            folder.mkdir(exist_ok=True)
            handle, name = tempfile.mkstemp(
                prefix=Path(self._file_name).stem + "-", suffix=".pdf", dir=folder
            )
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(data)
            except OSError:
                Path(name).unlink(missing_ok=True)  # no half-written PDF left for the viewer
                raise
        except OSError as exc:
            self.status_label.setText(
                self.tr("Could not save to {path}: {reason}").format(
                    path=str(folder), reason=exc.strerror or str(exc)
                )
            )
            return None
        self.viewer_path = Path(name)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(name)):
            self.status_label.setText(
                self.tr("No PDF viewer opened; the file is at {path}").format(path=name)
            )
        return self.viewer_path

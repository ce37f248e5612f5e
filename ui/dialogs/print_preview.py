"""A PDF before it is printed: previewed in the app, saved where the user chooses, or opened in the
system's viewer (which prints it)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from ui.messages import error_text
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
    """Shows `pdf` (bytes or a file) with "Save as…", "Open in viewer" and "Close".

    `file_name` is what "Save as…" proposes; `saved_path` and `viewer_path` tell where the PDF went.
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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
        for button in (self.save_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

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

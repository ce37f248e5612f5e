"""Choosing the shop's logo: a preview, "Choose…" (a PNG or JPEG file) and "Remove".

The picker only checks the file (through the core) and shows it; its owner decides when to keep
it — the Settings page at once, the set-up when it moves on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopkeeper.errors import ShopError
from shopkeeper.logo import LogoImage, read_logo_file
from ui.messages import error_text
from ui.widgets.form_errors import ErrorLabel

PREVIEW = 88  # pixels


class LogoPicker(QWidget):
    """`changed(image or None)` after a usable file was chosen or the logo removed."""

    changed = Signal(object)

    def __init__(self, image: LogoImage | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet(
            "border: 1px dashed #b8bec8; border-radius: 6px; color: #5a6270;"
        )
        self.preview.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton()
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5a6270;")
        self.error = ErrorLabel()
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(self.tr("A PNG or JPEG picture, at most 2 MB."))
        self._show()

    def choose(self) -> None:
        """Ask for a file and load it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Check the file and show it; an unusable file is explained under the preview."""
        try:
            image = read_logo_file(path)
        except ShopError as exc:
            self.error.show_error(error_text(exc))
            return False
        self.error.clear_error()
        self.set_image(image)
        self.changed.emit(image)
        return True

    def remove(self) -> None:
        self.error.clear_error()
        self.set_image(None)
        self.changed.emit(None)

    def set_image(self, image: LogoImage | None) -> None:
        self.image = image
        self._show()

    def _show(self) -> None:
        self.remove_button.setEnabled(self.image is not None)
        pixmap = QPixmap()
        if self.image is not None and pixmap.loadFromData(self.image.data):
            size = PREVIEW - 8
            self.preview.setPixmap(
                pixmap.scaled(
                    size,
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))

"""A few choices before a PDF is made (template, size, single or sheet), then its preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from ui.dialogs.print_preview import PrintPreviewDialog
from ui.messages import error_text
from ui.widgets.text_label import TextLabel

Choice = tuple[str, str, Sequence[tuple[str, object]]]  # key, label, (text, value) options


class PrintChoicesDialog(QDialog):
    """One combo box per choice; "Preview" calls `make(values)` → PDF bytes and shows them.

    `values` maps each choice's key to the value chosen. The preview opens beside this dialog,
    which stays open for another try (a different size, say). When what is saved or printed
    differs from what is previewed (a note's coupon is made only when it is printed), `printed`
    makes it, called with the values of the preview the first time that preview is saved or
    opened."""

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        make: Callable[[dict[str, object]], bytes],
        *,
        file_name: str = "document.pdf",
        printed: Callable[[dict[str, object]], bytes] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._make = make
        self._printed = printed
        self._file_name = file_name
        self.preview_dialog: PrintPreviewDialog | None = None
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key, label, options in choices:
            combo = QComboBox()
            for text, value in options:
                combo.addItem(text, value)
            self.combos[key] = combo
            form.addRow(label, combo)
        self.error_label = TextLabel(wrap=True)
        self.error_label.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def choose(self, key: str, value: object) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def preview(self) -> PrintPreviewDialog | None:
        """Make the PDF with the current choices and show it (a problem is said in the dialog)."""
        values = self.values()
        try:
            data = self._make(values)
        except ShopError as error:
            self.error_label.setText(error_text(error))
            return None
        self.error_label.setText("")
        printed = self._printed
        self.preview_dialog = PrintPreviewDialog(
            data,
            title=self.windowTitle(),
            file_name=self._file_name,
            printed=(lambda: printed(values)) if printed is not None else None,
            parent=self.parentWidget(),
        )
        self.preview_dialog.open()
        return self.preview_dialog

"""Templates: thank-you notes (the list, the editor and a live preview of the note as printed) and,
on a second tab, the greeting texts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.printing.templates import NoteTemplate
from shopkeeper.shop import Shop
from ui.messages import error_text
from ui.note_printing import preview_pdf, sample_note
from ui.pages.greeting_templates import GreetingTemplatesEditor
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.template_form import TemplateForm
from ui.widgets.text_label import TextLabel

PREVIEW_DELAY_MS = 300


class TemplatesPage(QWidget):
    """Pick a template on the left, edit it in the middle, see it on the right. `saved(name)`.

    The greeting texts are on the second tab (`greetings`)."""

    saved = Signal(str)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self.list_widget = QListWidget()
        self.list_widget.currentItemChanged.connect(lambda item, _old: self._open(item))
        self.new_button = QPushButton(self.tr("New template"))
        self.new_button.clicked.connect(self.new_template)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_template)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_widget, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        self.form = TemplateForm()
        self.form.edited.connect(self._edited)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.status_label = TextLabel(wrap=True)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.form, 1)
        middle_layout.addWidget(self.status_label)
        middle_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("Preview for a woman"), "f")
        self.form_combo.addItem(self.tr("Preview for a man"), "m")
        self.form_combo.addItem(self.tr("Preview, form of address not given"), "")
        self.form_combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.preview = PdfPreview(fit_width=True)
        self.preview_error = TextLabel(wrap=True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form_combo)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_error)

        splitter = QSplitter()
        for widget, stretch in ((left, 1), (middle, 3), (right, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        self.greetings = GreetingTemplatesEditor(shop, today=lambda: shop.now().date())
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Thank-you notes"))
        self.tabs.addTab(self.greetings, self.tr("Greetings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.refresh()

    # -- the list --------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = self.list_widget.currentItem()
        select = select or (current.text() if current else None)
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for template in self._shop.note_templates.list():
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list_widget.addItem(item)
        self.list_widget.blockSignals(False)
        matches = self.list_widget.findItems(select, Qt.MatchFlag.MatchExactly) if select else []
        self.list_widget.setCurrentItem(matches[0] if matches else self.list_widget.item(0))

    def select(self, name: str) -> None:
        matches = self.list_widget.findItems(name, Qt.MatchFlag.MatchExactly)
        if matches:
            self.list_widget.setCurrentItem(matches[0])

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.form.load(item.data(Qt.ItemDataRole.UserRole))
            self.status_label.setText("")

    def new_template(self) -> None:
        self.list_widget.clearSelection()
        language = self._shop.settings.language
        self.form.load(NoteTemplate(name=self.tr("New template"), language=language,
                                    body="{first_name},\n"))  # fmt: skip
        self.form.name_edit.setFocus()
        self.form.name_edit.selectAll()

    def delete_template(self) -> None:
        item = self.list_widget.currentItem()
        if item is None or self.list_widget.count() < 2:
            return
        try:
            self._shop.note_templates.delete(item.text())
        except ShopError as error:
            self.status_label.setText(error_text(error))
            return
        self.refresh()

    # -- editing ---------------------------------------------------------------------------
    def _edited(self) -> None:
        self.save_button.setEnabled(not self.form.problems())
        self._timer.start()

    def save(self) -> NoteTemplate | None:
        if self.form.problems():
            return None
        try:
            stored = self._shop.note_templates.save(self.form.template())
        except ShopError as error:
            self.status_label.setText(error_text(error))
            return None
        self.refresh(stored.name)
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit(stored.name)
        return stored

    def update_preview(self) -> None:
        """Render the note for a sample member now (normally after a short pause in typing)."""
        self._timer.stop()
        if self.form.problems():
            self.preview_error.setText(self.tr("The preview waits until the text is fixed."))
            return
        try:
            note = sample_note(self._shop, self.form.template(), str(self.form_combo.currentData()))
            data = preview_pdf(self._shop, note)
        except ShopError as error:
            self.preview_error.setText(error_text(error))
            return
        self.preview_error.setText("")
        self.preview.set_pdf(data)

"""The greeting texts per occasion and language: edit, see them for a sample woman and man as you
type, problems marked where they are, save or go back to the default."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.printing.placeholders import sample_tiers
from shopkeeper.shop import Shop
from shopkeeper.touch.greeting_preview import problems, sample_greeting
from shopkeeper.touch.greeting_texts import OCCASIONS, PLACEHOLDERS, PROMOTIONS
from ui.messages import error_text
from ui.widgets.chip_editor import ChipTextEdit
from ui.widgets.placeholder_buttons import placeholder_grid
from ui.widgets.template_form import PROBLEM_BACKGROUND, placeholder_title
from ui.widgets.text_direction import set_text_direction
from ui.widgets.text_label import TextLabel
from ui.widgets.touch_texts import occasion_title

PREVIEW_DELAY_MS = 200
ERROR_STYLE = "color: #b3261e;"
NOTICE_STYLE = "color: #1d4d1a;"


def greeting_placeholder_title(name: str) -> str:
    translate = QCoreApplication.translate
    titles = {
        "age": translate("Placeholders", "Age"),
        "child_name": translate("Placeholders", "Child's name"),
        "child_age": translate("Placeholders", "Child's age"),
        "pet_name": translate("Placeholders", "Pet's name"),
        "pet_kind": translate("Placeholders", "Pet's kind"),
        "pet_age": translate("Placeholders", "Pet's age"),
        "details": translate("Placeholders", "Offer details"),
    }
    return titles.get(name) or placeholder_title(name)


class GreetingTemplatesEditor(QWidget):
    """Occasions on the left, the text in the middle, the previews on the right. `saved(occasion)`."""

    saved = Signal(str)

    def __init__(
        self, shop: Shop, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shop = shop
        self._today = today
        self._loading = False
        self.occasion_list = QListWidget()
        for occasion in (*OCCASIONS, *PROMOTIONS):
            item = QListWidgetItem(occasion_title(occasion))
            item.setData(Qt.ItemDataRole.UserRole, occasion)
            self.occasion_list.addItem(item)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Hebrew"), "he")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            shop.settings.language)))  # fmt: skip
        self.body_edit = ChipTextEdit(PLACEHOLDERS, greeting_placeholder_title)
        self.body_edit.setMinimumHeight(160)
        self.problem_label = TextLabel()
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.status_label = TextLabel()
        grid, _buttons = placeholder_grid(PLACEHOLDERS, greeting_placeholder_title, self.body_edit)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button = QPushButton(self.tr("Back to the default text"))
        self.reset_button.clicked.connect(lambda: self.reset())
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Text:"), self.body_edit)
        form.addRow(self.tr("Insert:"), grid)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(form, 1)
        middle_layout.addWidget(self.problem_label)
        middle_layout.addWidget(self.status_label)
        middle_layout.addLayout(buttons)

        self.previews: dict[str, QPlainTextEdit] = {}
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for form_key, title in (("f", self.tr("For a woman:")), ("m", self.tr("For a man:"))):
            preview = QPlainTextEdit()
            preview.setReadOnly(True)
            self.previews[form_key] = preview
            right_layout.addWidget(TextLabel(title))
            right_layout.addWidget(preview, 1)
        widest = max(self.occasion_list.fontMetrics().horizontalAdvance(
            self.occasion_list.item(i).text()) for i in range(self.occasion_list.count()))  # fmt: skip
        self.occasion_list.setMinimumWidth(widest + 24)

        splitter = QSplitter()
        for widget, stretch in ((self.occasion_list, 0), (middle, 3), (right, 2)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([widest + 24, 480, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.body_edit.textChanged.connect(self._edited)
        self.occasion_list.currentItemChanged.connect(lambda _item, _old: self.load())
        self.language_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.occasion_list.setCurrentRow(0)

    # -- choosing --------------------------------------------------------------------------
    @property
    def occasion(self) -> str:
        item = self.occasion_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else OCCASIONS[0]

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def choose(self, occasion: str, language: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self.occasion_list.setCurrentRow((*OCCASIONS, *PROMOTIONS).index(occasion))

    def load(self) -> None:
        """Show the text in use for the chosen occasion and language."""
        self._loading = True
        for edit in (self.body_edit, *self.previews.values()):
            set_text_direction(edit, self.language)
        self.body_edit.setPlainText(self._shop.greetings.template(self.occasion, self.language))
        self._loading = False
        self.status_label.setText("")
        self._edited()
        self.update_preview()

    # -- editing ---------------------------------------------------------------------------
    def problems(self) -> list[ShopError]:
        return problems(self.body_edit.toPlainText())

    def _edited(self) -> None:
        found = self.problems()
        self._mark(found)
        self.problem_label.setText("\n".join(error_text(p) for p in found))
        self.save_button.setEnabled(not found)
        if not self._loading:
            self.status_label.setText("")
            self._timer.start()

    def _mark(self, found: list[ShopError]) -> None:
        selections = []
        for problem in found:
            cursor = QTextCursor(self.body_edit.document())
            cursor.setPosition(self.body_edit.document_position(int(problem.params.get("at", 0))))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfWord,
                                QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(PROBLEM_BACKGROUND)
            selection.format = fmt
            selections.append(selection)
        self.body_edit.setExtraSelections(selections)

    def update_preview(self) -> None:
        """The text for the sample woman and man, now (normally after a pause in typing)."""
        self._timer.stop()
        body = self.body_edit.toPlainText()
        for form_key, preview in self.previews.items():
            try:
                text = sample_greeting(self.occasion, self.language, body, form_key,
                                       shop_name=self._shop.settings.shop_name, on=self._today(),
                                       tier=self._sample_tier(form_key))  # fmt: skip
            except ShopError:
                text = self.tr("The preview waits until the text is fixed.")
            preview.setPlainText(text)

    def _sample_tier(self, form: str) -> str:
        """A tier of the shop's own programme for the preview (never one it does not have)."""
        names = [tier.name for tier in self._shop.programme.current().tiers]
        return sample_tiers(names, self.language, form)[0]

    def save(self) -> bool:
        try:
            stored = self._shop.greetings.save_template(self.occasion, self.language,
                                                        self.body_edit.toPlainText())  # fmt: skip
        except ShopError as error:
            self._say(error_text(error), error=True)
            return False
        if stored != self.body_edit.toPlainText():
            self._loading = True
            self.body_edit.setPlainText(stored)
            self._loading = False
        self._say(self.tr("Saved."))
        self.saved.emit(self.occasion)
        return True

    def reset(self) -> str:
        """Go back to the built-in text (it is used from now on)."""
        try:
            text = self._shop.greetings.reset_template(self.occasion, self.language)
        except ShopError as error:
            self._say(error_text(error), error=True)
            return ""
        self.load()
        self._say(self.tr("The default text is back."))
        return text

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.status_label.setText(text)

"""The fields of a note template: name, language, text with placeholder buttons, return policy,
coupon; every problem in the text is listed and marked where it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.errors import ShopError
from shopkeeper.printing.placeholders import PLACEHOLDERS, check_template
from shopkeeper.printing.templates import NoteTemplate
from ui.bidi import make_ltr
from ui.messages import error_text
from ui.widgets.chip_editor import ChipTextEdit
from ui.widgets.money_field import MoneyEdit
from ui.widgets.placeholder_buttons import placeholder_grid
from ui.widgets.text_label import TextLabel

PROBLEM_BACKGROUND = QColor("#ffd0cc")


def placeholder_title(name: str) -> str:
    """The button text of a placeholder (what it fills in, in the user's language)."""
    translate = QCoreApplication.translate
    titles = {
        "first_name": translate("Placeholders", "First name"),
        "last_name": translate("Placeholders", "Last name"),
        "points": translate("Placeholders", "Points"),
        "tier": translate("Placeholders", "Tier"),
        "points_to_next_tier": translate("Placeholders", "To next tier"),
        "next_tier": translate("Placeholders", "Next tier"),
        "stamps_left": translate("Placeholders", "Stamps left"),
        "coupon": translate("Placeholders", "Coupon"),
        "last_item": translate("Placeholders", "Last item"),
        "shop_name": translate("Placeholders", "Shop name"),
        "date": translate("Placeholders", "Date"),
    }
    return titles.get(name, name)


class TemplateForm(QWidget):
    """Emits `edited()` on any change; `problems()` lists the text's errors, `template()` the
    template as typed (keeping the id it was loaded with)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: NoteTemplate | None = None
        self.name_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Hebrew"), "he")
        self.language_combo.addItem(self.tr("English"), "en")
        # placeholders shown as chips named in the interface's language; the text is stored as
        # typed in the template language ({first_name}, {היקר|היקרה})
        self.body_edit = ChipTextEdit(PLACEHOLDERS, placeholder_title)
        self.body_edit.setMinimumHeight(150)
        self.policy_edit = QPlainTextEdit()
        self.policy_edit.setMaximumHeight(70)
        self.percent_spin = make_ltr(QSpinBox())
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix("%")
        self.percent_spin.setSpecialValueText(self.tr("none"))
        self.amount_edit = MoneyEdit()
        self.days_spin = make_ltr(QSpinBox())
        self.days_spin.setRange(1, 3650)
        self.problem_label = TextLabel(wrap=True)
        self.problem_label.setStyleSheet("color: #b3261e;")

        grid, self.placeholder_buttons = placeholder_grid(
            PLACEHOLDERS, placeholder_title, self.body_edit
        )

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Text:"), self.body_edit)
        form.addRow(self.tr("Insert:"), grid)
        form.addRow(self.tr("Return policy:"), self.policy_edit)
        form.addRow(self.tr("Coupon, percent off:"), self.percent_spin)
        form.addRow(self.tr("or amount off (₪):"), self.amount_edit)
        form.addRow(self.tr("Coupon valid for (days):"), self.days_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        for signal in (
            self.name_edit.textChanged,
            self.language_combo.currentIndexChanged,
            self.body_edit.textChanged,
            self.policy_edit.textChanged,
            self.percent_spin.valueChanged,
            self.amount_edit.textChanged,
            self.days_spin.valueChanged,
        ):
            signal.connect(self._changed)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._set_direction())

    def _set_direction(self) -> None:
        """Lines laid out in the template's language, even one that starts with {first_name}."""
        rtl = self.language_combo.currentData() == "he"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        for edit in (self.body_edit, self.policy_edit):
            option = edit.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))  # fmt: skip
            edit.document().setDefaultTextOption(option)
            edit.setLayoutDirection(direction)

    def load(self, template: NoteTemplate) -> None:
        self._loaded = template
        self.name_edit.setText(template.name)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(template.language)))
        self.body_edit.setPlainText(template.body)
        self.policy_edit.setPlainText(template.return_policy)
        self.percent_spin.setValue(template.coupon_percent or 0)
        self.amount_edit.set_agorot(template.coupon_amount)
        self.days_spin.setValue(template.coupon_days)
        self._set_direction()
        self._changed()

    def template(self) -> NoteTemplate:
        """The template as typed; InvalidAmount for an amount that cannot be read."""
        loaded = self._loaded
        return NoteTemplate(
            name=self.name_edit.text(),
            language=str(self.language_combo.currentData()),
            body=self.body_edit.toPlainText(),
            return_policy=self.policy_edit.toPlainText(),
            coupon_percent=self.percent_spin.value() or None,
            coupon_amount=self.amount_edit.agorot(),
            coupon_days=self.days_spin.value(),
            id=loaded.id if loaded else None,
        )

    def problems(self) -> list[ShopError]:
        return check_template(self.body_edit.toPlainText()) + check_template(
            self.policy_edit.toPlainText()
        )

    def _changed(self) -> None:
        self._mark(self.body_edit, check_template(self.body_edit.toPlainText()))
        self._mark(self.policy_edit, check_template(self.policy_edit.toPlainText()))
        self.problem_label.setText("\n".join(error_text(p) for p in self.problems()))
        self.edited.emit()

    @staticmethod
    def _mark(edit: QPlainTextEdit | ChipTextEdit, problems: list[ShopError]) -> None:
        """Colour the place of each problem in the text."""
        selections = []
        for problem in problems:
            at = int(problem.params.get("at", 0))
            if isinstance(edit, ChipTextEdit):
                at = edit.document_position(at)
            cursor = QTextCursor(edit.document())
            cursor.setPosition(at)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.movePosition(
                QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
            )
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(PROBLEM_BACKGROUND)
            selection.format = fmt
            selections.append(selection)
        edit.setExtraSelections(selections)

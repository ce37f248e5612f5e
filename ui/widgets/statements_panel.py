"""The owner's Likert statements: the mean answer to each in a period, add one, retire one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopkeeper.errors import ShopError
from shopkeeper.shop import Shop
from shopkeeper.touch.feedback_records import LikertResult
from ui.bidi import isolate, ltr
from ui.messages import error_text
from ui.widgets.record_table import Column, RecordTableModel, record_view

RETIRED_COLOUR = QColor("#7a808c")


def mean_text(result: LikertResult) -> str:
    return ltr(f"{result.mean:.2f}") if result.mean is not None else "—"


class StatementsPanel(QWidget):
    """Statements with their mean 1–5 answer; emits `changed()` after adding or retiring and
    `failed(text)` with the translated reason a change was refused."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        translate = QCoreApplication.translate
        self.model = RecordTableModel(
            [
                Column(translate("Statements", "Statement"), lambda r: isolate(r.text)),
                Column(translate("Statements", "Mean (1–5)"), mean_text),
                Column(translate("Statements", "Answers"), lambda r: ltr(str(r.count))),
                Column(
                    translate("Statements", "Asked"),
                    lambda r: (
                        translate("Statements", "yes")
                        if r.active
                        else translate("Statements", "retired")
                    ),
                ),
            ],
            row_foreground=lambda r: None if r.active else RETIRED_COLOUR,
            parent=self,
        )
        self.view = record_view(self.model, stretch=0)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(
            self.tr("A new statement, e.g. “The staff knew what I needed”")
        )
        self.text_edit.returnPressed.connect(self.add_statement)
        self.add_button = QPushButton(self.tr("Add statement"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_statement)
        self.retire_button = QPushButton(self.tr("Stop asking"))
        self.retire_button.setAutoDefault(False)
        self.retire_button.setToolTip(self.tr("Its answers are kept and still counted"))
        self.retire_button.clicked.connect(self.retire_selected)
        row = QHBoxLayout()
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.retire_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._selection_changed()

    def set_results(self, results: Sequence[LikertResult]) -> None:
        self.model.set_records(results)
        self._selection_changed()

    def selected(self) -> LikertResult | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.retire_button.setEnabled(chosen is not None and chosen.active)

    def add_statement(self) -> None:
        try:
            self._shop.feedback.add_statement(self.text_edit.text())
        except ShopError as error:
            self.failed.emit(error_text(error))
            return
        self.text_edit.clear()
        self.changed.emit()

    def retire_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self._shop.feedback.retire_statement(chosen.statement_id)
        except ShopError as error:
            self.failed.emit(error_text(error))
            return
        self.changed.emit()

"""Item lines of a purchase: name, category, quantity and unit price, with rows added and removed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.text import clean_text
from shopkeeper.sales.records import LineDraft
from ui.bidi import make_ltr
from ui.widgets.money_field import MoneyEdit

MAX_QTY = 999


class LineRow:
    """The widgets of one line."""

    def __init__(self, categories: Sequence[str]) -> None:
        self.name = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(["", *categories])
        self.category.setMinimumContentsLength(8)
        self.qty = make_ltr(QSpinBox())
        self.qty.setRange(1, MAX_QTY)
        self.price = MoneyEdit()
        self.price.setMaximumWidth(110)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)

    def widgets(self) -> list[QWidget]:
        return [self.name, self.category, self.qty, self.price, self.remove]

    def is_empty(self) -> bool:
        return not clean_text(self.name.text()) and self.price.is_empty()

    def draft(self) -> LineDraft:
        """The line as typed; InvalidAmount if the price cannot be read."""
        return LineDraft(
            name=self.name.text(),
            category=self.category.currentText(),
            qty=self.qty.value(),
            unit_price=self.price.agorot() or 0,
        )


class LineItemsEditor(QWidget):
    """Rows of item lines; `changed()` on any edit. Empty rows are ignored."""

    changed = Signal()

    def __init__(self, categories: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories = list(categories)
        self.rows: list[LineRow] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        titles = [self.tr("Item"), self.tr("Category"), self.tr("Qty"), self.tr("Unit price")]
        for column, title in enumerate(titles):
            label = QLabel(title)
            label.setStyleSheet("color: #5a6270;")
            self.grid.addWidget(label, 0, column)
        self.add_button = QPushButton(self.tr("Add a line"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row().name.setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)
        self.add_row()

    def add_row(
        self, name: str = "", category: str = "", qty: int = 1, price: int | None = None
    ) -> LineRow:
        """A new line at the end, filled with the values given."""
        row = LineRow(self._categories)
        row.name.setText(name)
        row.category.setCurrentText(category)
        row.qty.setValue(qty)
        row.price.set_agorot(price)
        row.name.textChanged.connect(self.changed)
        row.category.currentTextChanged.connect(self.changed)
        row.qty.valueChanged.connect(self.changed)
        row.price.textChanged.connect(self.changed)
        row.remove.setToolTip(self.tr("Remove this line"))
        row.remove.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        self.rows.append(row)
        self._lay_out()
        self.changed.emit()
        return row

    def remove_row(self, row: LineRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            widget.deleteLater()
        self._lay_out()
        self.changed.emit()

    def _lay_out(self) -> None:
        for index, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, index, column)

    def lines(self) -> tuple[LineDraft, ...]:
        """The lines typed (empty rows left out); InvalidAmount for a price that cannot be read."""
        return tuple(row.draft() for row in self.rows if not row.is_empty())

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        self.add_row()

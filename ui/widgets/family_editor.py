"""Editing a member's children and pets: a few rows of fields with add and remove."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopkeeper.club.records import ChildDraft, ChildRecord, PetDraft, PetRecord
from ui.bidi import make_ltr
from ui.widgets.form_errors import ErrorLabel


class _Row:
    """The widgets of one child or pet, and its id when it already exists."""

    def __init__(self, record_id: int | None, fields: list[QWidget], remove: QPushButton) -> None:
        self.id = record_id
        self.fields = fields
        self.remove = remove


class RowsEditor(QWidget):
    """Rows of fields under column titles; `changed` after a row is added or removed."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        titles: Callable[[], Sequence[str]],
        add_text: Callable[[], str],
        make_fields: Callable[[], list[QWidget]],
    ) -> None:
        super().__init__(parent)
        self._titles = list(titles())
        self._make_fields = make_fields
        self.rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        for column, title in enumerate(self._titles):
            label = QLabel(title)
            label.setStyleSheet("color: #5a6270;")
            self._grid.addWidget(label, 0, column)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 1)
        self.add_button = QPushButton(add_text())
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_clicked)
        self.error = ErrorLabel()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self._refresh_titles()

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.fields[0].setFocus()

    def add_row(self, record_id: int | None = None) -> _Row:
        fields = self._make_fields()
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        row = _Row(record_id, fields, remove)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._place()
        self.changed.emit()
        return row

    def remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        for widget in (*row.fields, row.remove):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._place()
        self.changed.emit()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)

    def _place(self) -> None:
        for index, row in enumerate(self.rows, start=1):
            for column, widget in enumerate([*row.fields, row.remove]):
                self._grid.addWidget(widget, index, column)
        self._refresh_titles()

    def _refresh_titles(self) -> None:
        for column in range(len(self._titles)):
            item = self._grid.itemAtPosition(0, column)
            if item and item.widget():
                item.widget().setVisible(bool(self.rows))


def _text(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else ""


class ChildrenEditor(RowsEditor):
    """Children: name, birthday (dd/mm[/yyyy]), gender."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            lambda: [self.tr("Name"), self.tr("Birthday"), self.tr("Gender")],
            lambda: self.tr("Add a child"),
            self._child_fields,
        )

    def _child_fields(self) -> list[QWidget]:
        name = QLineEdit()
        birthday = make_ltr(QLineEdit())
        birthday.setPlaceholderText(self.tr("dd/mm/yyyy"))
        gender = QComboBox()
        gender.addItem(self.tr("—"), "")
        gender.addItem(self.tr("Girl"), "f")
        gender.addItem(self.tr("Boy"), "m")
        return [name, birthday, gender]

    def set_children(self, children: Sequence[ChildRecord]) -> None:
        self.clear_rows()
        for child in children:
            row = self.add_row(child.id)
            name, birthday, gender = row.fields
            name.setText(child.name)
            birthday.setText(child.birthday.display() if child.birthday else "")
            gender.setCurrentIndex(max(0, gender.findData(child.gender)))

    def drafts(self) -> tuple[ChildDraft, ...]:
        """The rows as drafts; completely empty rows are left out."""
        found = []
        for row in self.rows:
            name, birthday, gender = row.fields
            if not (_text(name).strip() or _text(birthday).strip()):
                continue
            found.append(
                ChildDraft(_text(name), _text(birthday), gender.currentData() or "", row.id)
            )
        return tuple(found)

    def birthday_texts(self) -> list[str]:
        return [_text(row.fields[1]) for row in self.rows]


class PetsEditor(RowsEditor):
    """Pets: name, kind, birthday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            lambda: [self.tr("Name"), self.tr("Kind"), self.tr("Birthday")],
            lambda: self.tr("Add a pet"),
            self._pet_fields,
        )

    def _pet_fields(self) -> list[QWidget]:
        name = QLineEdit()
        kind = QLineEdit()
        kind.setPlaceholderText(self.tr("dog, cat…"))
        birthday = make_ltr(QLineEdit())
        birthday.setPlaceholderText(self.tr("dd/mm/yyyy"))
        return [name, kind, birthday]

    def set_pets(self, pets: Sequence[PetRecord]) -> None:
        self.clear_rows()
        for pet in pets:
            row = self.add_row(pet.id)
            name, kind, birthday = row.fields
            name.setText(pet.name)
            kind.setText(pet.kind)
            birthday.setText(pet.birthday.display() if pet.birthday else "")

    def drafts(self) -> tuple[PetDraft, ...]:
        found = []
        for row in self.rows:
            name, kind, birthday = row.fields
            if not (_text(name).strip() or _text(kind).strip() or _text(birthday).strip()):
                continue
            found.append(PetDraft(_text(name), _text(kind), _text(birthday), row.id))
        return tuple(found)

    def birthday_texts(self) -> list[str]:
        return [_text(row.fields[2]) for row in self.rows]
